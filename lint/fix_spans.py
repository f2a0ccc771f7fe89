"""What the fixes of one `--fix` run wrote, by rule, for `fixes._guarded`
to hold a fix that would rewrite it: a rule's own replacement (`Own.rewrites`)
or the words another rule's fix wrote (`Own.chains`, nu69 #2)."""
from __future__ import annotations

import bisect
import difflib
import itertools

from .diagnostic import Diagnostic, Fix

Written = list[tuple[str, int, int, str]]  # (rule, start, end, text it replaced): text a rule's fix wrote


def found(d: Diagnostic, f: Fix) -> tuple[int, int]:
    """[start, end) of the source that finding `d` and its fix `f` cover."""
    return (min(d.offset, f.start), max(d.end_offset, f.end)) if d.end_offset > d.offset else (f.start, f.end)


class Own:
    """The spans of `written` by rule, to ask whether a fix rewrites text a
    fix wrote: each rule's spans sorted by start, with the furthest end
    reached so far, so a fix is looked up by bisection, never against every
    span (qa91 #2's shape)."""

    def __init__(self, written, source: str = ""):
        self.source = source                       # the text `written`'s offsets are in
        self.read: dict[tuple[str, int, int], list[tuple[int, int]]] = {}   # `_theirs`, once per span
        by_rule: dict[str, list[tuple[int, int]]] = {}
        self.replaced: dict[tuple[int, int], set[tuple[str, str]]] = {}
        for rule, start, end, *old in written:
            if start < end:                        # an empty span holds no text to rewrite
                by_rule.setdefault(rule, []).append((start, end))
                self.replaced.setdefault((start, end), set()).add((rule, old[0] if old else ""))
        self.spans, self.listed = {}, {}
        for rule, spans in by_rule.items():
            spans.sort()
            self.spans[rule] = ([s for s, _ in spans], list(itertools.accumulate((e for _, e in spans), max)))
            self.listed[rule] = spans

    def rewrites(self, rule: str, fix: Fix) -> bool:
        """Whether `fix` rewrites only text within one of `rule`'s spans,
        which is not empty (an insertion: strictly inside). A fix reaching
        past it (the doubled word's `the the` over a `the` an earlier pass
        left) is a rule going on with its work, not rewriting its own."""
        if rule not in self.spans:
            return False
        starts, reach = self.spans[rule]
        if fix.start == fix.end:                   # a span starting before it and ending after it
            k = bisect.bisect_left(starts, fix.start)
            return k > 0 and reach[k - 1] > fix.start
        k = bisect.bisect_right(starts, fix.start)  # a span starting at or before it, reaching its end
        return k > 0 and reach[k - 1] >= fix.end

    def _theirs(self, rule: str, start: int, end: int) -> list[tuple[int, int]]:
        """The words `rule`'s fix changed in its span [start, end), joined
        where they meet; each span's read once."""
        key = (rule, start, end)
        if key not in self.read:
            old = next(o for r, o in self.replaced[(start, end)] if r == rule)
            self.read[key] = _merged(_word(self.source, c, d)
                                     for c, d in _changes(old, self.source[start:end], start))
        return self.read[key]

    def chains(self, rule: str, fix: Fix, found: tuple[int, int]) -> bool:
        """Whether `fix` (of `rule`, for the finding at `found`, [start, end)
        of the source) rewrites what another rule's fix wrote: the finding
        lies within the words that fix changed, and `fix` changes one of
        their characters, other than by putting back exactly the text that
        fix replaced (an undo). A finding reaching past them (the doubled
        word's `use use` over a `use` a swap wrote, quotes.mixed-marks' whole
        quotation over an apostrophe quotes.apostrophe-mark wrote) is that
        rule's own, and what either fix keeps as it was is not compared."""
        undoes = {r for r, old in self.replaced.get((fix.start, fix.end), ()) if old == fix.replacement}
        mine = None
        for other, (starts, reach) in self.spans.items():
            if other == rule or other in undoes:
                continue
            i = bisect.bisect_left(starts, max(found[1], fix.end)) - 1   # the spans starting before its end ...
            while i >= 0 and reach[i] > min(found[0], fix.start):         # ... one ending past its start
                start, end = self.listed[other][i]
                i -= 1
                theirs = self._theirs(other, start, end)
                if not any(c <= found[0] and found[1] <= d and c < d for c, d in theirs):
                    continue
                if mine is None:
                    mine = _changes(self.source[fix.start:fix.end], fix.replacement, fix.start, before=True)
                if any(_meet(a, b) for a in mine for b in theirs):
                    return True
        return False


_DIFF_REACH = 400      # the most characters (old and new together) a fix's middle is diffed within


def _changes(old: str, new: str, at: int, before: bool = False) -> list[tuple[int, int]]:
    """The runs a fix changed, from `old` to `new`, as offsets from `at` in
    the text before it (`before`: an insertion is its point) or after it.
    Past the text both share at either end, a middle of one length is read
    character by character (quotes.mixed-marks' marks over a whole
    paragraph), a short one by `difflib`, and a long one of two lengths is
    all changed: never a quadratic diff of a paragraph."""
    p = 0
    while p < min(len(old), len(new)) and old[p] == new[p]:
        p += 1
    q = 0
    while q < min(len(old), len(new)) - p and old[-1 - q] == new[-1 - q]:
        q += 1
    om, nm = old[p:len(old) - q], new[p:len(new) - q]
    at += p
    if len(om) == len(nm):
        out, i = [], 0
        while i < len(om):
            if om[i] != nm[i]:
                j = i
                while j < len(om) and om[j] != nm[j]:
                    j += 1
                out.append((at + i, at + j))
                i = j
            i += 1
        return out
    if len(om) + len(nm) > _DIFF_REACH:
        return [(at, at + (len(om) if before else len(nm)))]
    out = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, om, nm, autojunk=False).get_opcodes():
        if tag != "equal":
            out.append((at + i1, at + i2) if before else (at + j1, at + j2))
    return out


def _merged(runs) -> list[tuple[int, int]]:
    """`runs` (sorted by start) with those that meet or touch joined."""
    out: list[tuple[int, int]] = []
    for c, d in runs:
        if out and c <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], d))
        else:
            out.append((c, d))
    return out


def _word(text: str, c: int, d: int) -> tuple[int, int]:
    """The run [c, d) a fix changed in `text` (empty: a deletion's point),
    widened to the whole of each word it is inside or part of, which the fix
    wrote as a word (`e-mail` -> `email` wrote `email`, `i.e.` -> `that is`
    wrote `that is`); a mark it changed beside a word is itself alone."""
    if c < d and not text[c].isalnum() and not text[d - 1].isalnum():
        return c, d
    if c == d and not (0 < c < len(text) and text[c - 1].isalnum() and text[c].isalnum()):
        return c, d
    while c > 0 and text[c - 1].isalnum() and (c == d or text[c].isalnum()):
        c -= 1
    while d < len(text) and text[d].isalnum() and text[d - 1].isalnum():
        d += 1
    return c, d


def _meet(mine: tuple[int, int], theirs: tuple[int, int]) -> bool:
    """Whether a fix's changed run `mine` (empty: an insertion at its point)
    touches the characters of `theirs` (empty: a deletion's point, touched by
    a change on both sides of it)."""
    (a, b), (c, d) = mine, theirs
    if c == d:
        return a < c < b
    return c < a < d if a == b else a < d and c < b
