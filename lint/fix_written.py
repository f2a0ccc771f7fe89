"""What the passes of one `--fix` run wrote, so `fixes._guarded` holds a
later pass's fix over it: a rule's fix inside its own replacement
("rewrite": `Joe Joe Biden`, qa99 #1) or over the characters another rule's
fix changed ("chain": `i.e.` to `that is` to `that's`, nu74 #1), and which
findings of the text as given are still to be counted as fixed. Kept apart
from `fixes` so each stays under 400 lines; offsets move by `FixMap`."""
from __future__ import annotations

import bisect
import difflib
import itertools
from collections import Counter
from dataclasses import replace
from typing import Sequence

from . import rx as regex

from .diagnostic import Diagnostic, Fix
from .fix_offsets import FixMap

NARROW = 400          # a changed middle up to this many characters is compared character by character
TOKENS = 5000         # a longer middle (in words and marks) is one run: difflib is quadratic
JOIN = 4              # changes fewer characters apart are one run (`i.e.` -> `that is`: its `i` too)
_TOKEN = regex.compile(r"\w+\s*|[^\w\s]+\s*|\s+")


class Written:
    """A run's record, in offsets of the text its last pass wrote:
    `whole` (rule, start, end, text it replaced) each fix's replacement; `changed` (rule,
    start, end, text it replaced) the runs of characters in it that differ
    from what it replaced, so a fix that only re-marks a quotation
    (quotes.mixed-marks) leaves the words inside it free to fix (qa368 #1);
    `owed` (rule, offset, end_offset) -> n the findings `check` called
    fixable in the text as given, not yet fixed."""

    def __init__(self, fixable: Sequence[Diagnostic] = ()):
        # Two records per written fix, on purpose: one record per fix (its whole span and its
        # runs together) was weighed (fx579) and left. A later pass drops each span on its
        # own, and they part: a Latin swap inside a re-marked quotation ends the re-marking's
        # `whole` (its own rule's "rewrite" guard and the undo test of `_Judge.was`) but
        # leaves its `changed` runs, the marks, holding other rules' "chain" (qa368 #1,
        # qa422); a run a later fix changes goes while its sibling runs stay. One record
        # would carry a whole-or-None and a list of runs each filtered the same way, and the
        # judge would still build these two indexes from it; tests set each list apart.
        self.whole: list[tuple[str, int, int, str]] = []
        self.changed: list[tuple[str, int, int, str]] = []
        self.owed = Counter((d.rule, d.offset, d.end_offset) for d in fixable if d.fix is not None)
        self.maps: list[FixMap] = []      # each pass's, to say a place as the file was read (`as_read`)

    def copy(self) -> "Written":
        out = Written()
        out.whole, out.changed, out.owed = list(self.whole), list(self.changed), Counter(self.owed)
        return out

    def as_read(self, d: Diagnostic, lines) -> Diagnostic:
        """`d`, a finding of the text the last pass wrote, placed where the
        file as read (its `LineIndex`, `lines`) has its words or the words
        a fix of this run replaced with them."""
        start, end = d.offset, d.end_offset
        for moved in reversed(self.maps):
            start, end = moved.back(start), moved.back(end)
        (line, column), (end_line, end_column) = lines.position(start), lines.position(max(start, end))
        return replace(d, line=line, column=column, end_line=end_line, end_column=end_column,
                       offset=start, end_offset=max(start, end))

    def judge(self, source: str = "") -> "_Judge":
        """The guard for a pass's fixes of `source`, the text the last pass wrote."""
        return _Judge(self, source)

    def moved(self, source: str, applied: list[Fix], rules: dict[Fix, str]) -> None:
        """Move everything to the text after a pass wrote `applied` (fixes of
        `source`, in order; `rules`: fix -> its rule) and add what they
        wrote. A span a fix rewrote since holds that fix's text (an undo's,
        or its own rule going on with its work): it is dropped."""
        moved = FixMap(applied)
        self.maps.append(moved)
        runs = [changes(source[f.start:f.end], f.replacement) for f in applied]
        kept = _Kept(moved, runs)
        self.whole = [(r, *span, was) for r, s, e, was in self.whole if (span := kept.span(s, e))]
        self.changed = [(r, *span, was) for r, s, e, was in self.changed if (span := kept.span(s, e))]
        for i, f in enumerate(applied):
            begin, end = moved.written(i)
            old = source[f.start:f.end]
            self.whole.append((rules[f], begin, end, old))
            self.changed += [(rules[f], begin + j1, begin + j2, old[i1:i2])
                             for i1, i2, j1, j2 in runs[i] if j1 < j2]
        owed: Counter = Counter()
        for (r, s, e), n in self.owed.items():
            if n > 0:
                # a finding whose words another fix changed is still placed through the
                # characters a fix over its ends kept (a space put in before a quotation
                # quotes.mixed-marks re-marks: qa429 #6), so the next pass's counts it
                span = kept.span(s, e) or (place(moved, runs, s, True), place(moved, runs, e, False))
                owed[(r, *span)] += n
        self.owed = owed


class _Kept:
    """Where a span of the text before a pass is after it: exactly, through
    the characters a fix over it wrote back as they were (a quotation's
    re-marking around a Latin swap's `that is`, a finding inside it; qa422
    #1, #2), or None where a fix changed any of its characters. What a fix
    inserts right at either end, inside a fix over the span or as its own
    insertion, is that fix's, never taken into the span (qa429 #7); an empty
    span (a finding at a point) goes round it as `FixMap.to` places it."""

    def __init__(self, moved: FixMap, runs: list[list[tuple[int, int, int, int]]]):
        self.moved, self.runs = moved, runs

    def span(self, start: int, end: int) -> tuple[int, int] | None:
        moved = self.moved
        if not moved.overlaps(start, end) and start == end:
            return moved.to(start, True), moved.to(end)
        k = bisect.bisect_right(moved.ends, start)       # the first fix ending after start
        while k < len(moved.applied) and moved.starts[k] < end:
            f = moved.applied[k]
            if f.start == f.end or any(_meets(i1, i2, start - f.start, end - f.start) for i1, i2, _, _ in self.runs[k]):
                return None
            k += 1
        return place(moved, self.runs, start, True), place(moved, self.runs, end, False)


def place(moved: FixMap, runs: list[list[tuple[int, int, int, int]]], pos: int, start: bool) -> int:
    """`pos` of the text before a pass in the text after it (`moved`; `runs`:
    each applied fix's `changes`): inside a fix, through the characters it
    kept, and where it inserts characters right at `pos`, a `start` after
    them and an end before, so a kept span never takes them in (qa429 #7);
    elsewhere as `FixMap.to`. `_Kept.span` places a kept span's ends by it,
    `Written.moved` the ends of a finding still owed whose words a fix changed."""
    k = bisect.bisect_right(moved.ends, pos)
    if k < len(moved.applied) and moved.starts[k] < pos:     # inside applied[k], in characters it kept
        f, delta = moved.applied[k], 0
        for i1, i2, j1, j2 in runs[k]:
            if pos - f.start < i2 or not start and pos - f.start == i1 == i2:
                break       # an end stays before what a fix inserts right at it (qa429 #7)
            delta = j2 - i2
        return pos + moved.shift[k] + delta
    return moved.to(pos, not start)     # at an insertion's point too: its characters are not the span's


def _meets(i1: int, i2: int, start: int, end: int) -> bool:
    """Whether a fix's changed run [i1, i2) (an insertion: at i1) touches
    the characters [start, end), both relative to the fix's start."""
    return start < i1 < end if i1 == i2 else i1 < end and start < i2


class _Judge:
    """`Written`'s spans of one pass by rule, each rule's sorted by start
    with the furthest end reached so far, so a fix is looked up by
    bisection, never against every span (qa91 #2's shape)."""

    def __init__(self, written: Written, source: str):
        self.source = source
        self.own = _by_rule((r, s, e) for r, s, e, _ in written.whole)
        self.others = _by_rule((r, s, e) for r, s, e, _ in written.changed)
        self.was = {(s, e): (r, was) for r, s, e, was in written.whole}

    def why(self, rule: str, fix: Fix) -> str | None:
        """The `fixes.HELD` key `fix` of `rule` is held for: "rewrite" when
        it rewrites only text within one of `rule`'s replacements (an
        insertion: strictly inside; a fix reaching past it, the doubled
        word's `the the` over a `the` an earlier pass left, is the rule
        going on with its work), "chain" when the characters it changes
        (not those it writes back as they were: quotes.mixed-marks' whole
        quotation over an apostrophe another fix turned) meet any that
        another rule's fix changed, unless it is over all that fix wrote and puts
        back exactly what it replaced (two rules undoing each other end in
        "did not settle"); None when it may be written."""
        if rule in self.own and _reaches(self.own[rule], fix, within=True):
            return "rewrite"
        runs = None
        for other, spans in self.others.items():
            if other == rule or not _reaches(spans, fix, within=False):
                continue
            if self.was.get((fix.start, fix.end)) == (other, fix.replacement):
                return None
            if runs is None:
                runs = [Fix(fix.start + i1, fix.start + i2, "")
                        for i1, i2, _, _ in changes(self.source[fix.start:fix.end], fix.replacement)]
            if any(_reaches(spans, run, within=False) for run in runs):
                return "chain"
        return None


def _by_rule(spans) -> dict[str, tuple[list[int], list[int]]]:
    by_rule: dict[str, list[tuple[int, int]]] = {}
    for rule, start, end in spans:
        if start < end:                              # an empty span holds no text to rewrite
            by_rule.setdefault(rule, []).append((start, end))
    out = {}
    for rule, listed in by_rule.items():
        listed.sort()
        out[rule] = ([s for s, _ in listed], list(itertools.accumulate((e for _, e in listed), max)))
    return out


def _reaches(spans: tuple[list[int], list[int]], fix: Fix, within: bool) -> bool:
    """Whether `fix` rewrites text of one of `spans`: only such text
    (`within`), or any of it; an insertion, text strictly around it."""
    starts, reach = spans
    if fix.start == fix.end:                         # a span starting before it and ending after it
        k = bisect.bisect_left(starts, fix.start)
        return k > 0 and reach[k - 1] > fix.start
    if within:                                       # a span starting at or before it, reaching its end
        k = bisect.bisect_right(starts, fix.start)
        return k > 0 and reach[k - 1] >= fix.end
    k = bisect.bisect_left(starts, fix.end)          # a span starting before its end, ending past its start
    return k > 0 and reach[k - 1] > fix.start


def changes(old: str, new: str) -> list[tuple[int, int, int, int]]:
    """(i1, i2, j1, j2): the runs where `old[i1:i2]` became `new[j1:j2]`, in
    order, past the start and end both share; compared by character in a
    middle of up to NARROW characters, else by word or mark with the space
    after it (a paragraph-long quotation's re-marking), up to TOKENS of
    them; runs fewer than JOIN characters apart are one."""
    cut = next((i for i, (x, y) in enumerate(zip(old, new)) if x != y), min(len(old), len(new)))
    limit = min(len(old), len(new)) - cut
    back = next((i for i in range(limit) if old[-1 - i] != new[-1 - i]), limit)
    a, b = old[cut:len(old) - back], new[cut:len(new) - back]
    if not a and not b:
        return []
    if len(a) <= NARROW and len(b) <= NARROW:
        ops = difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
        runs = [(i1, i2, j1, j2) for op, i1, i2, j1, j2 in ops if op != "equal"]
    elif max(len(ta := _TOKEN.findall(a)), len(tb := _TOKEN.findall(b))) > TOKENS:
        runs = [(0, len(a), 0, len(b))]
    else:
        oa = [0, *itertools.accumulate(len(t) for t in ta)]
        ob = [0, *itertools.accumulate(len(t) for t in tb)]
        ops = difflib.SequenceMatcher(None, ta, tb, autojunk=False).get_opcodes()
        runs = [(oa[i1], oa[i2], ob[j1], ob[j2]) for op, i1, i2, j1, j2 in ops if op != "equal"]
    joined: list[tuple[int, int, int, int]] = []
    for run in runs:
        if joined and run[2] - joined[-1][3] < JOIN and run[0] - joined[-1][1] < JOIN:
            joined[-1] = (joined[-1][0], run[1], joined[-1][2], run[3])
        else:
            joined.append(run)
    return [(cut + i1, cut + i2, cut + j1, cut + j2) for i1, i2, j1, j2 in joined]
