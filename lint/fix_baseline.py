"""`--fix --baseline` and `--diff --baseline` (the fix hook): the findings
the baseline hides ("known") are left as written, and stay known to the
next `check --baseline`, as ruff never fixes a `# noqa` finding and a
newslint-disable directive keeps `--fix` off its words (qa84 #10).

The baseline is matched once, against the file as read (`Kept`), never
anew on a pass: a pass's fixes beside a known error-level finding can change
the words it is matched by, and it would then be fixed (qa87 #1). Each known
finding is given a span to keep: its own words and the words on one side of
it that the baseline knows it by (`fingerprint.reach`; an error-level finding
or a placeholder matches by its words only, never its line). A new finding's
fix that overlaps or touches a kept span is held and said (`fixes.HELD
["baseline"]`), as a directive holds one (`suppress.Suppressor.split`): a
doubled word's 'TK TK' -> 'TK' would drop a known TK (qa87 #2). The kept
spans are moved through each pass by the fixes it wrote (one offset map per
pass, each place looked up by bisection), so a file's run costs
O((known + fixes) log fixes) a pass, never known x fixes (qa91 #2)."""
from __future__ import annotations

import bisect
import itertools
from collections import Counter
from dataclasses import replace

from .diagnostic import Diagnostic, Fix
from .fingerprint import halves, reach


class Kept:
    """The findings `baseline` (a `baseline.Baseline`) hides in `result` (an
    `engine.FileResult` of the file as read), and the spans a fix must keep
    clear of, in offsets of the text the last pass wrote."""

    def __init__(self, baseline, result):
        source = result.document.source
        how = baseline.matches(result.diagnostics, {result.path: result.document})
        known = [(d, h) for d, h in zip(result.diagnostics, how) if h is not None and h[0] != "link"]
        # (rule, start, end) of each known finding: a later pass's finding there is it
        self.spans = Counter((d.rule, d.offset, d.end_offset) for d, _ in known)
        fixes = [d.fix for d, h in zip(result.diagnostics, how) if h is None and d.fix is not None]
        starts, ends = sorted(f.start for f in fixes), sorted(f.end for f in fixes)

        def fixes_at(span: tuple[int, int]) -> int:      # how many new findings' fixes touch it
            return bisect.bisect_right(starts, span[1]) - bisect.bisect_left(ends, span[0])

        # of the spans that keep a finding known, the one fewest fixes touch (the first on a tie)
        regions = sorted(min(_spans(d, way, baseline.near.get(key), source), key=fixes_at)
                         for d, (way, key) in known)
        self.los = [lo for lo, _ in regions]
        self.his = [hi for _, hi in regions]
        self.reach = list(itertools.accumulate(self.his, max))

    def split(self, result) -> list[Diagnostic]:
        """The findings of `result` (a pass's lint) whose fixes may be written:
        not a known one (whose held reason, if any, is dropped: it is left for
        the baseline), and not one whose fix touches a kept span, which loses
        its fix in `result` and is said in `result.held` as "baseline"."""
        left, fixable = self.spans.copy(), []
        for i, d in enumerate(result.diagnostics):
            span = (d.rule, d.offset, d.end_offset)
            if left[span] > 0:
                left[span] -= 1
                result.held.pop(d, None)
            elif d.fix is not None and self._touches(d.fix):
                result.held.pop(d, None)
                result.diagnostics[i] = replace(d, fix=None)     # not "fixable with --fix"
                result.held[result.diagnostics[i]] = "baseline"
            else:
                fixable.append(d)
        return fixable

    def _touches(self, fix: Fix) -> bool:
        k = bisect.bisect_right(self.los, fix.end)       # the spans starting at or before its end
        return k > 0 and self.reach[k - 1] >= fix.start

    def moved(self, applied: list[Fix]) -> None:
        """Move the spans to the text after a pass wrote `applied` (in order,
        none touching a kept span): by what the fixes ending before each added."""
        ends = [f.end for f in applied]
        shift = [0, *itertools.accumulate(len(f.replacement) - (f.end - f.start) for f in applied)]

        def to(pos: int) -> int:
            return pos + shift[bisect.bisect_right(ends, pos)]

        spans: Counter = Counter()
        for (rule, start, end), n in self.spans.items():
            spans[rule, to(start), to(end)] += n
        self.spans = spans
        self.los, self.his = [to(p) for p in self.los], [to(p) for p in self.his]
        self.reach = list(itertools.accumulate(self.his, max))


def _spans(d: Diagnostic, way: str, record, source: str) -> list[tuple[int, int]]:
    """The spans [lo, hi] of the text as read, any one of which, kept as
    written, keeps `d` known to the baseline (matched `way`, by its
    `record`: `Baseline.near`'s (text, sides, lines, old), None when it
    keeps no text). Each holds d's own words. Known by its print alone (no
    text kept) or with no words either side recorded: both sides' words
    (`fingerprint.reach`). By its place (a warning within a line of its
    record) or by a record from before sides were kept (its text anywhere
    in the file): its words alone. Else with the words of one side, each
    side whose words are the recorded ones (`baseline_load.same_side`)."""
    lo, hi = reach(source, d.offset, d.end_offset)
    if record is None:
        return [(lo, hi)]
    if way in ("line", "bare") or record[3]:
        return [(d.offset, d.end_offset)]
    now = halves(source, d.offset, d.end_offset)
    spans = [span for was, is_, span in zip(record[1], now, ((lo, d.end_offset), (d.offset, hi)))
             if was and was == is_]
    return spans or [(lo, hi)]
