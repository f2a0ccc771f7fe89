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
doubled word's 'TK TK' -> 'TK' would drop a known TK (qa87 #2). A side is
kept only if no other record of the file with the same rule and text has
those words on that side, else the next run could give the finding that
other record (qa113 #2). A finding known by its line (a warning within a
line of its record) also keeps its line: a new fix above it that adds or
drops a line break is held ("baseline-line", qa113 #1). The kept
spans are moved through each pass by the fixes it wrote (`fix_offsets.FixMap`:
one offset map per pass, each place looked up by bisection), so a file's run costs
O((known + fixes) log fixes) a pass, never known x fixes (qa91 #2)."""
from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from dataclasses import replace

from .diagnostic import Diagnostic, Fix
from .fingerprint import halves, reach
from .fix_offsets import FixMap


class Kept:
    """The findings `baseline` (a `baseline.Baseline`) hides in `result` (an
    `engine.FileResult` of the file as read), and the spans a fix must keep
    clear of, in offsets of the text the last pass wrote."""

    def __init__(self, baseline, diagnostics: list[Diagnostic], path: str, document, how=None):
        """Matched against `diagnostics`, the findings of the file `path`
        as read (its `document.Document`), or `how` they matched (`Baseline.matches`)."""
        source = document.source
        how = baseline.matches(diagnostics, {path: document}) if how is None else how
        known = [(d, h) for d, h in zip(diagnostics, how) if h is not None and h[0] != "link"]
        # (rule, start, end) of each known finding: a later pass's finding there is it
        self.spans = Counter((d.rule, d.offset, d.end_offset) for d, _ in known)
        fixes = [d.fix for d, h in zip(diagnostics, how) if h is None and d.fix is not None]
        starts, ends = sorted(f.start for f in fixes), sorted(f.end for f in fixes)

        def fixes_at(span: tuple[int, int]) -> int:      # how many new findings' fixes touch it
            return bisect.bisect_right(starts, span[1]) - bisect.bisect_left(ends, span[0])

        shared = _shared_sides(baseline, {key for _, (_, key) in known})
        # of the spans that keep a finding known, the one fewest fixes touch (the first on a tie)
        regions = sorted(min(_spans(d, way, key, baseline.near.get(key), source, shared), key=fixes_at)
                         for d, (way, key) in known)
        self.los = [lo for lo, _ in regions]
        self.his = [hi for _, hi in regions]
        self.reach = list(itertools.accumulate(self.his, max))
        # where the last finding known by its line starts: a fix before it must keep the line count
        self.by_line = max((d.offset for d, (way, _) in known if way == "line"), default=-1)

    def split(self, result) -> list[Diagnostic]:
        """The findings of `result` (a pass's lint) whose fixes may be written:
        not a known one (whose held reason, if any, is dropped: it is left for
        the baseline), and not one whose fix `holds` names a reason for, which
        loses its fix in `result` and is said in `result.held` with it."""
        left, fixable = self.spans.copy(), []
        source = result.document.source
        for i, d in enumerate(result.diagnostics):
            span = (d.rule, d.offset, d.end_offset)
            if left[span] > 0:
                left[span] -= 1
                result.held.pop(d, None)
            elif d.fix is not None and (why := self.holds(d.fix, source)):
                result.held.pop(d, None)
                result.diagnostics[i] = replace(d, fix=None)     # not "fixable with --fix"
                result.held[result.diagnostics[i]] = why
            else:
                fixable.append(d)
        return fixable

    def holds(self, fix: Fix, source: str) -> str | None:
        """Why `fix` (of a new finding, in offsets of `source`, the text the
        last pass wrote) is held, as a `fixes.HELD` key: "baseline" when it
        touches a kept span, "baseline-line" when it adds or drops a line
        break above a finding known by its line; None when it may be written."""
        if self._touches(fix):
            return "baseline"
        if fix.start < self.by_line and _line_ends(source, fix):
            return "baseline-line"
        return None

    def _touches(self, fix: Fix) -> bool:
        k = bisect.bisect_right(self.los, fix.end)       # the spans starting at or before its end
        return k > 0 and self.reach[k - 1] >= fix.start

    def moved(self, applied: list[Fix]) -> None:
        """Move the spans to the text after a pass wrote `applied` (in order,
        none touching a kept span): by what the fixes ending before each added."""
        to = FixMap(applied).to
        spans: Counter = Counter()
        for (rule, start, end), n in self.spans.items():
            spans[rule, to(start), to(end)] += n
        self.spans = spans
        self.los, self.his = [to(p) for p in self.los], [to(p) for p in self.his]
        self.reach = list(itertools.accumulate(self.his, max))
        self.by_line = to(self.by_line) if self.by_line >= 0 else -1


def held_in_place(baseline, diagnostics: list[Diagnostic], documents: dict,
                  shown: list[Diagnostic]) -> list[Diagnostic]:
    """`shown` (what `baseline.filter` left of `diagnostics`, the findings of
    the files as read, `documents` path -> Document) with no fix on a finding
    whose fix `--fix --baseline`'s first pass would hold (`Kept.holds`), so
    a plain `check --baseline` does not call it "fixable with --fix" (qa113
    #3), by how `filter` matched them (`Baseline.how`), never matched again."""
    paths = {d.path for d in shown if d.fix is not None and d.path in documents}
    if not paths:
        return shown
    by_path: dict[str, tuple[list, list]] = {}
    for d, h in zip(diagnostics, baseline.how):
        if d.path in paths:
            found, how = by_path.setdefault(d.path, ([], []))
            found.append(d)
            how.append(h)
    kept = {path: Kept(baseline, found, path, documents[path], how) for path, (found, how) in by_path.items()}
    return [replace(d, fix=None) if d.path in kept and d.fix is not None
            and kept[d.path].holds(d.fix, documents[d.path].source) else d for d in shown]


_LINE_END = re.compile(r"\r\n?|\n")


def _line_ends(source: str, fix: Fix) -> bool:
    """Whether writing `fix` changes how many line ends (LF, CRLF, a lone CR,
    as `LineIndex` counts them) the text holds, one character either side
    read too (a fix between a CR and its LF)."""
    lo, hi = max(0, fix.start - 1), min(len(source), fix.end + 1)
    was = source[lo:hi]
    now = source[lo:fix.start] + fix.replacement + source[fix.end:hi]
    return len(_LINE_END.findall(was)) != len(_LINE_END.findall(now))


def _shared_sides(baseline, keys: set) -> Counter:
    """How many records of each file (path, article, rule, flagged text)
    have each words on each side: Counter of (path, article, rule, text,
    side 0 before / 1 after, words), over the records of the files of
    `keys` (`Baseline.near`'s keys), each record counted as often as the
    baseline holds it."""
    out: Counter = Counter()
    for path in {key[0] for key in keys}:
        for key in baseline.by_path.get(path, ()):
            if key in baseline.near:
                text, sides = baseline.near[key][:2]
                for side, words in enumerate(sides):
                    out[key[:3] + (text, side, words)] += baseline.known[key]
    return out


def _spans(d: Diagnostic, way: str, key: tuple, record, source: str,
           shared: Counter) -> list[tuple[int, int]]:
    """The spans [lo, hi] of the text as read, any one of which, kept as
    written, keeps `d` known to the baseline (matched `way`, by its
    record `key`, whose `Baseline.near` is `record`: (text, sides, lines, old), None when it
    keeps no text). Each holds d's own words. Known by its print alone (no
    text kept) or with no words either side recorded: both sides' words
    (`fingerprint.reach`). By its place (a warning within a line of its
    record: `Kept.holds` keeps its line) or by a record from before sides
    were kept (its text anywhere in the file): its words alone. Else with
    the words of one side, each side whose words are the recorded ones
    (`baseline_load.same_side`) and no other record of its file, rule and
    text has there (`shared`, of `_shared_sides`)."""
    lo, hi = reach(source, d.offset, d.end_offset)
    if record is None:
        return [(lo, hi)]
    if way in ("line", "bare") or record[3]:
        return [(d.offset, d.end_offset)]
    now = halves(source, d.offset, d.end_offset)
    key = key[:3] + (record[0],)
    spans = [span for side, (was, is_, span) in enumerate(zip(record[1], now, ((lo, d.end_offset), (d.offset, hi))))
             if was and was == is_ and shared[key + (side, was)] <= 1]
    return spans or [(lo, hi)]
