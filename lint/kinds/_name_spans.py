"""Where the names of `existence`'s `names` option stand in a text, found
as one alternation of them all would find them, without compiling it.

The alternation (each name as listed and in capitals, longest first, its
words apart by a run of white space or one hyphen, bounded by non-word
characters) took 16 s and 380 MB to compile for a newsroom's 1 MB list of
18,500 people (`regex` parses a pattern in Python), and was kept in the
rule-set cache as a 10 MB program. `NameSpans` indexes the forms by their
first two words instead and compiles only the few forms whose words stand
at a place, each as the alternation would have tried it: so the spans are
the alternation's `finditer` spans, the same leftmost, first-listed and
non-overlapping ones. The places are found by one compiled search for the
first words' opening characters (`_places`), so a long part costs calls
for the places a listed name may start, not for its words (qa278 #1), and
forms that share a common first word ("The") are told apart by their
second word in one look-up, not tried one by one (qa278 #2).

The forms are compiled outside the rule-set cache (`cache_pattern=False`):
each run meets other names, and kept there they would add an entry per
name and, past its `MAX_PATTERNS`, push out the built-in patterns (qa278 #3).
"""
from __future__ import annotations

from functools import cache

from .. import rx as regex

# `regex`'s case table, which it reads for IGNORECASE (`regex._regex`, its C
# module); private, so a release without it, or without the module's name,
# gets a coarser key (`_CaseKey`) and still the same spans.
_ALL_CASES = getattr(getattr(regex, "_regex", None), "get_all_cases", None)

_GAP = regex.compile(r"\s+|-")       # between two words of a name
_MAX_FORMS = 4096     # forms compiled per list (`_form`); more start afresh
_OPENING = 2          # characters of a first word that `_places` searches for


class NameSpans:
    """The listed `names` (strings; one with no word is left out), each as
    written or in capitals, matched in any case when `ignorecase`. `spans`
    gives where they stand in a text. `keep`: a rule's own list, whose
    search for where names start is kept in the rule-set cache (`_places`)."""

    def __init__(self, names, ignorecase: bool, keep: bool = False):
        forms = {f for name in names if name.split() for f in (name, name.upper())}
        # Longest first, ties in text order: the order the alternation tried them in.
        self.forms = sorted(forms, key=lambda f: (-len(f), f))
        self.flags = (regex.IGNORECASE if ignorecase else 0) | regex.VERSION0
        self.key = _CaseKey() if ignorecase else None
        self._words: dict[int, tuple[str, ...]] = {}      # (`_may_stand`), read on first use
        # first word's key -> [ranks of one-word forms, {second word's key: ranks}]
        index: dict[str, list] = {}
        for rank, form in enumerate(self.forms):
            words = form.split(None, 2)
            entry = index.setdefault(self._folded(words[0]), [[], {}])
            if len(words) == 1:
                entry[0].append(rank)
            else:
                entry[1].setdefault(self._folded(words[1]), []).append(rank)
        self.index = index
        self.lengths = sorted({len(first) for first in index})
        # second word's lengths for each first word (a tuple per distinct set)
        self.second_lengths = {first: tuple(sorted({len(w) for w in seconds}))
                               for first, (_, seconds) in index.items()}
        self._places = _places({f.split(None, 1)[0][:_OPENING] for f in self.forms}, self.flags, keep)
        self._compiled: dict[int, "regex.Pattern"] = {}

    def __len__(self) -> int:
        return len(self.forms)

    def spans(self, text: str) -> list[tuple[int, int]]:
        """(start, end) offsets in `text` of each name found, in order and
        not overlapping, as `finditer` of the whole alternation gives them."""
        folded = self._folded(text)
        out = []
        at = self._places.search(text)
        while at is not None:
            p, end = at.start(), None
            for rank in self._candidates(text, folded, p):
                if m := self._form(rank).match(text, p):
                    end = m.end()
                    out.append((p, end))
                    break
            at = self._places.search(text, p + 1 if end is None else end)
        return out

    def fullmatch(self, text: str) -> bool:
        """Whether the whole of `text` is one of the names."""
        return any(self._form(rank).fullmatch(text) for rank in self._candidates(text, self._folded(text), 0))

    def _candidates(self, text: str, folded: str, p: int):
        """The ranks of the forms that may stand at `p`, in the alternation's
        order: their first word stands at `p` and their second (if any) after
        a run of white space or one hyphen (`_may_stand` reads the rest)."""
        ranks = []
        for n in self.lengths:
            first = folded[p:p + n]
            entry = self.index.get(first)
            if entry is None:
                continue
            ranks += entry[0]
            gap = _GAP.match(text, p + n) if entry[1] else None
            if gap is not None:
                at = gap.end()
                for m in self.second_lengths[first]:
                    ranks += entry[1].get(folded[at:at + m], ())
        ranks.sort()
        return (rank for rank in ranks if self._may_stand(rank, text, folded, p))

    def _may_stand(self, rank: int, text: str, folded: str, p: int) -> bool:
        """Whether the words of the form of `rank` stand in `folded` from `p`,
        each after a run of white space or one hyphen in `text`, as its
        compiled form would read them (a run is taken whole: no word starts
        with white space), but for the word bound after the last and, with
        `ignorecase`, case pairs `regex` does not make (the compiled form
        decides both)."""
        words = self._words.get(rank)
        if words is None:
            words = self._words[rank] = tuple(map(self._folded, self.forms[rank].split()))
        at = p + len(words[0])
        for word in words[1:]:
            gap = _GAP.match(text, at)
            if gap is None or not folded.startswith(word, gap.end()):
                return False
            at = gap.end() + len(word)
        return True

    def _folded(self, text: str) -> str:
        """`text` as the index keys it: itself, or in ignorecase one character
        for each of its characters (`_CaseKey`), so offsets are kept."""
        return text if self.key is None else text.translate(self.key)

    def _form(self, rank: int) -> "regex.Pattern":
        """The form of `rank` compiled as its branch of the alternation."""
        pattern = self._compiled.get(rank)
        if pattern is None:
            if len(self._compiled) >= _MAX_FORMS:
                self._compiled.clear()
            body = r"(?:\s+|-)".join(map(regex.escape, self.forms[rank].split()))
            pattern = self._compiled[rank] = regex.compile(rf"(?<!\w)(?:{body})(?!\w)", self.flags,
                                                           cache_pattern=False)
        return pattern


def _places(openings: set, flags: int, keep: bool = False) -> "regex.Pattern":
    """A search for where a name may start: after no word character, the
    opening characters (`_OPENING`) of a form's first word, matched with the
    forms' own flags, so every place one of them can match is found. Built
    once per list (a few hundred openings for thousands of names), outside
    the rule-set cache like the forms, unless the list is a rule's own
    (`keep`: one entry a rule, as its patterns are; a warm run then builds
    it with `regex`'s engine alone, `rx`). With no forms, it matches nothing."""
    cached = None if keep else False
    if not openings:
        return regex.compile(r"(?!)", cache_pattern=cached)
    body = "|".join(map(regex.escape, sorted(openings, key=lambda o: (-len(o), o))))
    return regex.compile(rf"(?<!\w)(?:{body})", flags, cache_pattern=cached)


class _CaseKey(dict):
    """A `str.translate` table of one character for each character, the same
    for any two that `regex`'s case-insensitive matching (simple case
    folding, VERSION0) takes for one another: the least of all characters
    linked to it by `regex`'s own case table (`_regex.get_all_cases`), which
    is not transitive (I is i and ı, i is I and İ), so all of them. A name
    can then only match where its first word's key stands; the compiled
    form decides. Filled as characters are met (`__missing__`).
    Without that table (`_ALL_CASES`, a `regex` release that lacks it) every
    cased character has one key, `_CASED`: coarser, so more forms are tried,
    and the spans are the same. "Cased" is read with `regex`'s own Unicode
    tables (its documented properties Cased, Changes_When_Casemapped and
    Changes_When_Casefolded), not Python's `str` mappings, which may be of
    an older Unicode: on regex 2026.12.2 every one of the 3,037 characters
    its case table pairs with another has one of them; `str` missed 157."""

    _FLAGS = regex.IGNORECASE | regex.UNICODE

    def __missing__(self, code: int) -> str:
        if _ALL_CASES is None:
            char = chr(code)
            key = self[code] = _CASED if _cased().match(char) else char
            return key
        linked, todo = {code}, [code]
        while todo:
            for other in _ALL_CASES(self._FLAGS, todo.pop()):
                if other not in linked:
                    linked.add(other)
                    todo.append(other)
        key = self[code] = chr(min(linked))
        return key


_CASED = "\U0010fffd"       # every cased character's key without `regex`'s case table


@cache
def _cased() -> "regex.Pattern":
    """A character with a case (`_CaseKey` without `regex`'s case table), compiled once at first use."""
    return regex.compile(r"[\p{Cased}\p{Changes_When_Casemapped}\p{Changes_When_Casefolded}]")
