"""`consistency`: two forms of one thing used in the same article.

For each `either` pair the form used less often is flagged at every use, and
the message names the form the article mostly uses. On a tie, the form that
appears second is the one flagged.

With `person-initials`, a form written as initials before a capitalised word
("U.S. Grant") is no use of the form when the story spells out a person with
those initials and that surname, each later initial a dotted letter
("Ulysses S. Grant"; "United Nations Security Council" is no person): it is
that person's name ("the Galena & U.S. Grant Museum", undotted "the US
Grant Hotel", or "U.S." and "Grant" on two lines of a wrapped text), not
the country.

A form glued to a currency sign ("US$5 million", "HK$", "U.S.$") is part of
the currency's symbol (ISO 4217 prefixes as AP and Reuters write them), not
a use of the name: it is never counted.

With `headline-second`, the pairs it names by their first form are written
one way in text and the other in headlines (AP Stylebook, 'U.S.' entry: U.S.
in text, US in headlines; 'United Nations': U.N. and UN). The headline's
second form ("US and China sign pact") is then no use of the pair while the
headline has no first form and no other part writes the second: that is the
style, not a mix. Once the text writes US as well, the headline's US counts
with it, as any use does. A form no pair of `either` has is passed over (an override of `either`
keeps the rule's `headline-second`); a pair's second form there is refused.
"""
from __future__ import annotations

from .. import rx as regex

from ..marks import KEY
from ..regex_join import enclosed
from .base import Finding, Kind, Option, OptionError, compile_pattern, matches, times


class Consistency(Kind):
    name = "consistency"
    placeholders = frozenset({"count", "counts", "form", "other", "times"})
    description = "Flags the minority form when both forms of a pair appear."
    fixable = True
    fix_words = True
    fix_needs = "fix: true"
    options = {
        "either": Option(dict, required=True, non_empty=True,
                         help="form -> other form (regexes); both in one article is flagged"),
        "ignorecase": Option(bool, False, help="match without regard to case"),
        "labels": Option(dict, {}, help="pattern -> how to name it in messages"),
        "fix": Option(bool, False, help="offer the majority form as a fix (only when it is literal)"),
        "person-initials": Option(bool, False,
                                  help="initials before a surname the story spells out in full "
                                       "(U.S. Grant beside Ulysses S. Grant) are a name, not the form"),
        "headline-second": Option(list, [],
                                  help="first forms of `either` pairs whose second form is the headline's "
                                       "(AP: U.S. in text, US in headlines); a headline's use of it is "
                                       "no mix while the text writes only the first"),
    }

    def setup(self) -> None:
        self.fixable = self.opts["fix"]        # a rule without `fix: true` offers none
        flags = regex.IGNORECASE if self.opts["ignorecase"] else 0
        labels = self.opts["labels"]
        self.labels: list[str] = []      # label of form i; pair k holds forms 2k and 2k+1
        alternatives = []
        # a pair's second form named here is a slip and refused; a form no
        # pair has is passed over: a config that overrides `either` whole (UK
        # and EU only) keeps the rule's own `headline-second` (U.S., U.N.),
        # and that must not end the run (qa225 #1)
        heads = self.opts["headline-second"]
        seconds = set(self.opts["either"].values())
        for i, head in enumerate(heads):
            if head in seconds and head not in self.opts["either"]:
                raise OptionError("headline-second", f"{head!r} is no first form of `either`",
                                  ("headline-second", i))
        self.headline_second: set[int] = set()    # first-form numbers of those pairs
        for a, b in self.opts["either"].items():
            if a in heads:
                self.headline_second.add(len(self.labels))
            if not isinstance(b, str):
                raise OptionError("either", f"the other form of {a!r} must be a string",
                                  ("either", a))
            for pat, at in ((a, ("either", a, KEY)), (b, ("either", a))):
                compile_pattern("either", pat, at=at, empty_ok=False)   # name the bad form
                alternatives.append(enclosed(pat, flags, name=f"f{len(self.labels)}"))   # (?x) ... # note too
                self.labels.append(str(labels.get(pat, _label(pat))))
        # Every form of every pair in one scan: m.lastgroup says which form hit.
        self.pattern = compile_pattern(
            "either", rf"(?<!\w)(?:{'|'.join(alternatives)})(?![\w\p{{Sc}}])", flags)

    def check(self, doc, parts):
        hits: dict[int, list] = {}
        names: list = []     # the names spelled out, read when first asked
        for part in parts:
            for m in matches(self.pattern, part.text, self.trusted):
                if self.opts["person-initials"] and _person(m, parts, names):
                    continue
                form = int(m.lastgroup[1:])
                hits.setdefault(form, []).append((part, m))
        for a in self.headline_second:
            _drop_headline_style(hits, a)
        for a in range(0, len(self.labels), 2):
            hits_a, hits_b = hits.get(a), hits.get(a + 1)
            if not hits_a or not hits_b:
                continue
            first_a = (hits_a[0][0].index, hits_a[0][1].start())
            first_b = (hits_b[0][0].index, hits_b[0][1].start())
            a_wins = len(hits_a) > len(hits_b) or (len(hits_a) == len(hits_b) and first_a < first_b)
            la, lb = self.labels[a], self.labels[a + 1]
            minority, major_label, major_count, minor_label = (
                (hits_b, la, len(hits_a), lb) if a_wins else (hits_a, lb, len(hits_b), la))
            literal = major_label if self.opts["fix"] and _is_literal(major_label) else None
            if major_count > len(minority):
                counts = (f"'{major_label}' appears {times(major_count)}, '{minor_label}' "
                          f"{times(len(minority))}")
            else:    # a tie: the form the story used first is kept
                counts = f"each appears {times(major_count)}; '{major_label}' comes first"
            for part, m in minority:
                yield Finding(part, m.start(), m.end(), fix=literal, args={
                    "other": major_label, "count": major_count, "form": minor_label,
                    "times": times(major_count), "counts": counts})


def _drop_headline_style(hits: dict, a: int) -> None:
    """Drop the headline's uses of form a + 1 (US) from `hits` (form number ->
    [(part, match)]) when that is the pair's headline style: the headline
    writes no form a (U.S.) and no other part writes a + 1."""
    second = hits.get(a + 1, [])
    in_head = [h for h in second if h[0].kind == "headline"]
    if not in_head or len(in_head) < len(second):
        return
    if any(part.kind == "headline" for part, _ in hits.get(a, [])):
        return
    del hits[a + 1]


# Initials dotted or not ("U.S. Grant", "the US Grant Hotel"), and the
# surname after them on the same line or the next (a wrapped text file).
_INITIALS = regex.compile(r"(?:\p{Lu}\.){2,3}|\p{Lu}{2,3}")
_SURNAME = regex.compile(r"(?:[ \t]+|[ \t]*\n[ \t]*)(\p{Lu}\p{Ll}+)(?!\w)")


# A person's name spelled out with a given name and one or two dotted
# initials: "Ulysses S. Grant" -> ("US", "Grant"); "United Nations Security
# Council" has no dotted initial, so no person.
_SPELLED = regex.compile(r"(?<!\w)(\p{Lu})\p{Ll}+((?:\s+\p{Lu}\.){1,2})\s+(\p{Lu}\p{Ll}+)(?!\p{Ll})")


def _person(m, parts, names: list) -> bool:
    """Is the form m ("U.S.") a person's initials before a surname ("U.S.
    Grant") that the story spells out elsewhere with the given name written
    and each later initial a dotted letter ("Ulysses S. Grant"; not "United
    Nations Security Council", an organisation, for "U.N. Security")?
    `names` holds the set of (initials, surname) the article spells out,
    read once on the first call (one scan, however many forms ask)."""
    if not _INITIALS.fullmatch(m[0]):
        return False
    surname = _SURNAME.match(m.string, m.end())
    if surname is None:
        return False
    if not names:
        names.append({(n[1] + regex.sub(r"[\s.]", "", n[2]), n[3])
                      for p in parts for n in _SPELLED.finditer(p.text)})
    return (m[0].replace(".", ""), surname[1]) in names[0]



def _label(pattern: str) -> str:
    """A readable name for a pattern: drop regex escapes (`U\\.S\\.` -> `U.S.`)."""
    return regex.sub(r"\\(.)", regex.group1, pattern)


def _is_literal(text: str) -> bool:
    return not regex.search(r"[\[\]()|*+?{}^$\\]", text)


KIND = Consistency
