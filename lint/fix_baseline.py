"""`--fix --baseline` (and `--diff --baseline`, the fix hook): the
baseline's findings are left as written (qa84 #10). The baseline is
matched once, on the text as read, before any fix pass (`Kept`): a pass
that matched it anew lost a known error-level finding once new fixes had
changed the words on both sides of it, and fixed it (qa87 #1). A known
finding is then followed through the passes by its place, moved by the
fixes written before it; a new finding's fix whose span reaches into a
known finding's is held, as a newslint-disable directive holds one
(`suppress.Suppressions.split`): doubled-word's 'TK TK' -> 'TK' no longer
drops a known TK (qa87 #2)."""
from __future__ import annotations

from collections import Counter
from dataclasses import replace

from .diagnostic import Diagnostic


class Kept:
    """The findings a `baseline.Baseline` hides in one file's lint as read
    (`result`, an `engine.FileResult`), by (rule, start, end) source offsets
    of the text being fixed; `moved` keeps the offsets those of the text the
    last pass wrote."""

    def __init__(self, baseline, result):
        shown = {id(d) for d in baseline.filter(result.diagnostics, {result.path: result.document})[0]}
        self.spans = Counter(_span(d) for d in result.diagnostics if id(d) not in shown)

    def split(self, result) -> tuple[list[Diagnostic], list[Diagnostic]]:
        """(the findings of `result` whose fixes may be written, those kept).
        A finding left whose fix overlaps a kept one's span (for an insertion,
        falls strictly inside it) is held: its fix taken off in `result`
        and said in `result.held` as "baseline" (`fixes.HELD`)."""
        left, fixable, kept = self.spans.copy(), [], []
        spans = [(s, e) for (_, s, e) in self.spans]
        for i, d in enumerate(result.diagnostics):
            if left[_span(d)] > 0:
                left[_span(d)] -= 1
                kept.append(d)
            elif d.fix is not None and any(s < d.fix.end and e > d.fix.start for s, e in spans):
                result.diagnostics[i] = replace(d, fix=None)     # not "fixable with --fix"
                result.held[result.diagnostics[i]] = "baseline"
            else:
                fixable.append(d)
        return fixable, kept

    def moved(self, applied: list) -> None:
        """Move the kept spans past the fixes a pass wrote (`applied`, each a
        `Fix` with source `start`, `end`, `replacement`; none overlaps a kept
        span): by the length each fix ending at or before the span added."""
        def shift(start: int) -> int:
            return sum(len(f.replacement) - (f.end - f.start) for f in applied if f.end <= start)
        self.spans = Counter({(rule, s + shift(s), e + shift(s)): n for (rule, s, e), n in self.spans.items()})


def as_read(outcomes: list) -> tuple[list, dict, set]:
    """--fix --baseline's files (`fixes.FixOutcome`s) as read: (their findings,
    their documents, the findings the baseline hides in each file as it is left,
    fixed or not: `FixOutcome.known`), for `cli_output.apply_baseline`."""
    read = [o.unfixed or o.result for o in outcomes]
    known = {d for o in outcomes for d in (o.known_as_read if o.result is o.unfixed else o.known)}
    return ([d for r in read for d in r.diagnostics],
            {r.path: r.document for r in read if r.document is not None}, known)


def _span(d: Diagnostic) -> tuple[str, int, int]:
    return d.rule, d.offset, d.end_offset
