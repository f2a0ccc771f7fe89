"""What an inline directive's ids name (`read_ids`): each is checked against
the rules and packs loaded, and a slip in how the directive is written is a
`file.directive` warning (`Slip`) over the words it is about, never a
problem of the run: one file's slip never fails the others (exit 2), as ruff
warns of a `# noqa` code it does not know (RUF102).
"""
from __future__ import annotations

from dataclasses import replace
from typing import NamedTuple

from . import rx as regex

from .document import Suppression
from .suppress import _REASON, ACTIONS, EVERY, directive_ids
from .suppress_vale import NEWSLINT_STYLE, VALE_UNKNOWN, VALE_UNKNOWN_SWITCH, VALE_WORD

# How near a misspelt id must be to a rule's or pack's name to be offered as
# the one meant (difflib's ratio): 0.6 offered `style.time-of-day` for `dates.day`.
NEAR = 0.8
# Dashes written between an id and a reason with no space on a side (`style.x--why`,
# `style.x—why`): no rule id holds two dashes running or an em or en dash.
_GLUED = regex.compile(r"--+|[\u2014\u2013]+")


class Slip(NamedTuple):
    """One slip in a directive, said as `newslint-{action}: {words}` over
    [offset, end) in the file (the id, or the reason's first words): an
    editor underlines them."""

    offset: int
    end: int
    action: str      # `disable-line`, or a misspelt one's whole name as written (`newslint-disable_line`)
    words: str

    def label(self) -> str:
        """The directive's name as the warning starts with it (`newslint-disable-line`)."""
        return f"newslint-{self.action}" if self.action in ACTIONS else self.action


def read_ids(directives: list[Suppression], known: set[str]) -> tuple[list[Suppression], list[Slip]]:
    """(the directives, each with the ids it names clearly, and the reason a
    writer wrote in the wrong form; the slips to say). An id that names no
    rule or pack is said at the id, with the nearest name (`did you mean`, at
    `NEAR`) and, when the directive gives no reason, where one goes, as a typo
    must not leave a finding switched on silently; the directive's other ids
    still act, and with none it hides nothing. A reason in the wrong form is
    said over its words, quoted as written, and the ids before it act, with
    it as their reason: words after the ids that are no id (no dot, none near
    a name), written without ` -- ` (`is 'the agenda says so' a reason?`),
    and dashes glued to an id (`style.x--reason`: put a space on each side).
    With no clear id before them the directive hides nothing. In an XML
    comment the dashes offered are an em dash: `--` may not stand in one."""
    names = known | {k.split(".")[0] for k in known} | set(EVERY)
    out, said = [], []
    for d in directives:
        if d.action not in ACTIONS and not d.vale:     # no code acts on it: said, hides nothing
            out.append(d)
            start, end = d.name or (d.offset, d.offset)
            said.append(Slip(start, end, d.action, f"no such directive ({_action_hint(d.action)})"
                             + ("; as written it switches nothing back on: what is off above stays off"
                                if "enab" in d.action.lower() else _hides([]))))     # qa72 #7
            continue
        if any(r.endswith(":") and r.rstrip(":") in names for r in d.rules):   # `id: reason`, as ruff's noqa
            d = replace(d, rules=tuple(r.rstrip(":") if r.rstrip(":") in names else r for r in d.rules))
        if d.vale:      # Vale ignores a comment naming a rule it did not load; so do we, but
            out.append(d)       # one near a loaded id is a typo, said as a directive's (qa92 #2)
            said.extend(_vale_slips(d, names))
            continue
        if all(not rid or rid in names for rid in d.rules):
            out.append(d)
            continue
        d, words = _misread(d, names)
        out.append(d)
        said.extend(words)
    return out, said


def nearest_id(rid: str, names, *, by_name: bool = True) -> str | None:
    """The rule or pack id of `names` a misspelt `rid` most likely means: the
    one rule named `rid` in some pack (`time-of-day` -> `style.time-of-day`),
    else the nearest at difflib's ratio `NEAR` or more, else, for a bare
    name (no `.`) and with `by_name`, the rule whose own name (after its
    pack's) is nearest it at `NEAR` (`doubled-wrd` -> `hygiene.doubled-word`,
    which as a whole id is only 0.65 near; qa128 #3), or the rules of that
    name listed as every refusal lists them (`did_you_mean.alternatives`:
    "A or B", "A, B or C") when packs share it; else None: a far-off id
    (`style.oxford` -> `style.date-order` at 0.6) misleads more than none.
    Case is no difference (`Style.Time-Of-Day`, qa67 #7.3), as in a config."""
    from .did_you_mean import alternatives, nearest   # an unknown rule id only
    lower = {n.lower(): n for n in sorted(names, reverse=True)}     # (`all` over `ALL`)
    rid = rid.lower()
    named = [n for n in lower if n == rid or n.endswith("." + rid)]
    if len(named) == 1:
        return lower[named[0]]
    near = nearest(rid, lower, NEAR)
    if near is not None:
        return lower[near]
    if not by_name or "." in rid:
        return None
    rules: dict[str, list[str]] = {}        # a rule's own name -> its ids
    for n in sorted(lower):
        if "." in n:
            rules.setdefault(n.rsplit(".", 1)[1], []).append(lower[n])
    name = nearest(rid, rules, NEAR)
    return None if name is None else alternatives(rules[name])


def near_ids(rid: str, names) -> list[str]:
    """What a misspelt `rid` may mean among `names` (rule and pack ids), for
    a refusal that may offer several (`explain`): `nearest_id`'s one, as
    `--select`, a config and a directive offer it (`titles.cse`,
    `TITLES.CASE` -> titles.case); else the packs `rid` begins (`dat` ->
    dates); else the rules with `rid`, or the name after its pack, in their
    own name (`weekday` -> dates.relative-weekday, ...; `dates.after` ->
    dates.after-publication), in that pack when it is one. Ids as `names`
    spells them, sorted; case is no difference; [] when none."""
    near = nearest_id(rid, names)
    if near is not None:
        return [near]
    lower = {n.lower(): n for n in sorted(names, reverse=True)}     # (`all` over `ALL`)
    rid = rid.strip().lower()
    if not rid:
        return []
    packs = [lower[n] for n in sorted(lower) if "." not in n and n.startswith(rid)]
    if packs:
        return packs
    pack, _, word = rid.rpartition(".")
    within = pack + "." if pack in lower else ""
    return [lower[n] for n in sorted(lower) if n.startswith(within) and "." in n
            and word and word in n.partition(".")[2]]


def _vale_slips(d: Suppression, names: set[str]) -> list[Slip]:
    """A Vale comment's slips, each said at its words: a comment in none of
    Vale's forms (`vale of`, with the nearest form); a dotted id naming no
    loaded rule but near one (`nearest_id`); a dotless one naming no style
    newslint knows (`newslint`, a pack, a loaded Vale style), with the rule
    or style it most likely means (`vale Spelling = NO`: a rule's name,
    where Vale reads a style's). A dotted id near none (another style's
    rule, `Microsoft.Passive`) is left to Vale, as Vale leaves what it did
    not load. Vale has no `ALL` (vale.sh, "Comments": `vale off` turns
    every rule off; main read `vale ALL = NO` as newslint's `ALL` by
    accident, qa102 #3): `vale ALL = NO` is said at the id with the form
    meant, unless a loaded style is named so."""
    names = names | {NEWSLINT_STYLE}
    if d.action in (VALE_UNKNOWN, VALE_UNKNOWN_SWITCH):
        what = "comment" if d.action == VALE_UNKNOWN else "switch"
        return [Slip(d.at[0], d.ends[0], "vale", f"no such Vale {what} {d.text!r} ({_vale_form(d.text)}); "
                     "as written it hides nothing")]
    out = []
    for rid, at, end in zip(d.rules, d.at, d.ends):
        if rid in EVERY and not any(n.startswith(rid + ".") for n in names):
            off = d.action == "disable"
            out.append(Slip(at, end, "vale", f"Vale's comments name no {rid!r} style (did you mean "
                            f"<!-- vale {'off' if off else 'on'} -->? it switches every rule); as written "
                            + ("it hides nothing" if off else "it switches nothing back on")))
            continue
        if not rid or rid in names:
            continue
        if "." in rid:
            if (near := nearest_id(rid, names)) is not None:
                out.append(Slip(at, end, "vale", f"no rule or pack {rid!r} (did you mean {near}?); "
                                "as written it hides nothing"))
            continue
        out.append(Slip(at, end, "vale", f"no style or pack {rid!r} ({_style_hint(rid, names)}); "
                        "as written it hides nothing"))
    return out


# Vale's comment forms, by the word a slip in one is nearest to.
_VALE_FORMS = {"off": "vale off", "on": "vale on"}
# A switch's values as Vale spells them (`commentControlRE`: NO and YES in
# capitals, off and on in lower case), by the value in any case.
_VALE_VALUES = {"no": "NO", "yes": "YES", "off": "off", "on": "on"}
_VALE_VALUE = regex.compile(r"=\s*(?P<value>\S+)$")
# A switch's `=` as Vale reads it, from the blank before it: one blank each side, no more.
_ONE_BLANK_EQUALS = regex.compile(r"(?<=\S) = (?=\S)")
_LEADING_SPACE = regex.compile(r"\s")


def _vale_form(text: str) -> str:
    """What to say of the Vale comment `text` in none of Vale's forms: one
    blank after `vale` when other white space leads `text` (only a comment
    with such a gap keeps it: `suppress_vale.vale_directives`), the form its
    first word is nearest (`of` -> `vale off`), one blank each side of a
    switch's `=`, else the forms."""
    from .did_you_mean import nearest   # a slip only
    if _LEADING_SPACE.match(text):
        return "Vale reads one blank after vale, as in vale off or vale Style.Rule = NO"     # qa131 #4
    first = VALE_WORD.search(text)        # the comment's own white space, never str.split's
    word = (first[0] if first else text).lower()
    near = nearest(word, _VALE_FORMS)
    if near and "=" not in text:
        return f"did you mean <!-- {_VALE_FORMS[near]} -->?"
    value = _VALE_VALUE.search(text)
    meant = _VALE_VALUES.get(value["value"].lower()) if value else None
    if value and not (value.start() and _ONE_BLANK_EQUALS.match(text, value.start() - 1)):      # qa131 #3: two blanks too
        return "Vale reads a switch's = with one blank each side, as in Style.Rule = NO"     # qa125 #7
    if meant in ("off", "on") and "[" in text:
        return "a match list ([...]) takes = NO or = YES in Vale"   # even for "= Off" (qa125 #6)
    if meant is not None and meant != value["value"]:
        return f"did you mean = {meant}? Vale reads NO and YES in capitals, off and on in lower case"
    return "Vale's are vale off, vale on, vale Style.Rule = NO (or YES, off, on) and vale Style = NO"


def _style_hint(word: str, names: set[str]) -> str:
    """The rules or style a dotless Vale switch `word` most likely means: the
    rules of that name (`placeholder` -> captions.placeholder or
    hygiene.placeholder), else the nearest style or pack, else the styles."""
    from .did_you_mean import alternatives   # a slip only
    lower = word.lower()
    rules = sorted(n for n in names if "." in n and n.lower().endswith("." + lower))
    if rules:
        return f"a rule is named Style.Rule: did you mean {alternatives(rules)}?"
    styles = sorted({n for n in names if "." not in n} - set(EVERY), key=str.lower)
    near = nearest_id(word, styles)
    if near is not None:
        return f"did you mean {near}?"
    shown = ", ".join(styles[:8]) + (", ..." if len(styles) > 8 else "")
    return f"a switch names a rule as Style.Rule, or a style: {shown}"


def _no_id(word: str, names: set[str]) -> bool:
    # (near no whole id: a word of a reason near a rule's own name, `cases`, is still a word)
    return "." not in word and nearest_id(word, names, by_name=False) is None


def _misread(d: Suppression, names: set[str]) -> tuple[Suppression, list[Slip]]:
    said = []
    sep = _REASON.search(d.text)            # the dashes the writer put before a reason
    dash = sep[0] if sep else "\u2014" if d.xml else "--"
    after = f"' {dash} '" + (" (an em dash: an XML comment may not hold '--')" if d.xml and not sep else "")
    for k, rid in enumerate(d.rules):
        if not rid or rid in names:
            continue
        at = d.at[k] if k < len(d.at) else d.offset
        end = d.ends[k] if k < len(d.ends) else at
        ids = list(d.rules[:k])
        glued = _GLUED.search(rid)
        if glued and (not rid[:glued.start()] or rid[:glued.start()] in names):
            ids += [rid[:glued.start()]] if glued.start() else []
            reason = " ".join((rid[glued.end():], *d.rules[k + 1:], d.reason)).split()
            every = not ids          # `disable-line --why`: no id before the dashes, as ` -- why` reads
            said.append(Slip(at + glued.start(), at + glued.end(), d.action, (
                f"'{glued[0]}' glued to a word ('{rid}') reads as part of an id: put a space on each side "
                f"(newslint-{d.action}{''.join(' ' + i for i in ids)} {glued[0]} {' '.join(reason)})"
                + ("; read as hiding every rule" if every else _hides(ids)))))
            return _read_as(d, ids, reason, every), said
        rest = d.rules[k:]
        if all(_no_id(w, names) for w in rest) and (k or len(rest) > 1):
            reason = [*rest, *d.reason.split()]
            last = d.ends[-1] if len(d.ends) == len(d.rules) else end
            said.append(Slip(at, last, d.action, (
                f"is '{_written(d, k)}' {'part of the reason? put it' if sep else 'a reason? write it'} after "
                f"{after}: newslint-{d.action} {' '.join(ids) or 'RULE'} {dash} "
                + (" ".join(reason) if sep else "reason") + _hides(ids))))
            return _read_as(d, ids, reason), said
        near = nearest_id(rid[:glued.start()] if glued else rid, names)
        hint = [f"did you mean {near}?"] if near else []
        hint += [] if sep else [f"a reason goes after {after}, a space on each side"]  # `disable-line approved`
        said.append(Slip(at, end, d.action, f"no rule or pack {rid!r}" + (f" ({' '.join(hint)})" if hint else "")
                         + _hides([i for i in d.rules if i in names])))
    return d, said


# What each action is written as when run together or with its scope cut short, by the
# word with case and separators dropped: `disableline`, `disable_next` (`disable-next`
# means the next line, never the directive's own: qa70 #5), `disable-file` (the file-wide
# wish: `disable` at the top hides to the end).
_SPELT = {"disablenextline": "disable-next-line", "disablenext": "disable-next-line",
          "disableline": "disable-line", "disable": "disable", "disablefile": "disable",
          "enable": "enable"}
# The scope a word names, which the action offered must have: `enable-line` is offered
# no `disable-line`, nor `disable-nextline` a `disable-line`.
_SCOPES = (("next", "disable-next-line"), ("line", "disable-line"), ("file", "disable"))
_EVERY_ACTION = "newslint-disable, -enable, -disable-line or -disable-next-line"


def _action_hint(name: str) -> str:
    """What to say of the misspelt directive `name` (as written, `newslint-disabel-line`):
    the action it most likely means, at an edit distance (transpositions counted
    as one) of at most 1, or 2 in a word of 8 letters or more, whose scope (next
    line, line, file) is the one the word names; else the actions there are."""
    from .analysis.body_names import edit_distance     # (a misspelt action only)
    word = regex.sub(r"[\W_]", "", name.split("-", 1)[1]).lower()
    best = None
    for spelt, action in _SPELT.items():
        if any(part in word and action != means for part, means in _SCOPES) and not (
                "next" in word and action == "disable-next-line"):
            continue
        far = edit_distance(word, spelt, 2)      # (3 for any more: none is offered)
        if far <= (2 if len(word) >= 8 else 1) and (best is None or far < best[0]):
            best = (far, action)
    if best is None:
        return f"the directives are {_EVERY_ACTION}"
    if best[1] == "disable" and "file" in word:
        return "did you mean newslint-disable? it hides from its own line to the file's end"
    return f"did you mean newslint-{best[1]}?"


def _written(d: Suppression, k: int) -> str:
    """`d`'s ids from its `k`th on, as the writer wrote them (`approved, legal`),
    from its `text`; joined by spaces when it has none (built by hand)."""
    written, starts, _ = directive_ids(d.text)
    if len(written) != len(d.rules):
        return " ".join(d.rules[k:])
    return d.text[starts[k]:starts[-1] + len(written[-1])]


def _hides(ids: list[str]) -> str:
    return f"; read as hiding {', '.join(ids)}" if ids else "; as written it hides nothing"


def _read_as(d: Suppression, ids: list[str], reason: list[str], every: bool = False) -> Suppression:
    """`d` naming only `ids`, with `reason`; with no id, every rule when
    `every`, else one no rule has (`()` would hide every rule)."""
    return replace(d, rules=tuple(ids) or (() if every else ("",)), at=d.at[:len(ids)],
                   ends=d.ends[:len(ids)], reason=" ".join(reason))
