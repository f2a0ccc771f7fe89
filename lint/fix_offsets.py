"""Where an offset of a text goes once a pass of `--fix` has written its
fixes: one map per pass, each place looked up by bisection, so moving k
places through n fixes costs O((k + n) log n), never k x n (qa91 #2).

`fixes._guarded` moves the spans each rule's fixes wrote with it, and
`fix_baseline.Kept.moved` the spans a baseline keeps.
"""
from __future__ import annotations

import bisect
import itertools
from typing import Sequence

from .diagnostic import Fix


class FixMap:
    """The offsets of a text before and after `applied` (the fixes a pass
    wrote, as `fixes._apply` keeps them: in order, none overlapping, no two
    at one point), in characters of the text."""

    def __init__(self, applied: Sequence[Fix]):
        self.applied = applied
        self.starts = [f.start for f in applied]
        self.ends = [f.end for f in applied]
        # shift[i]: how many characters the fixes before applied[i] added (negative: dropped)
        self.shift = [0, *itertools.accumulate(len(f.replacement) - (f.end - f.start) for f in applied)]
        self._after_ends: list[int] | None = None

    def to(self, pos: int, start: bool = False) -> int:
        """`pos` in the text after the fixes. A place inside a rewritten span
        goes to the start of its replacement (`start`) or its end; at an
        insertion's point, a `start` stays before the inserted text and an
        end goes after it."""
        k = bisect.bisect_right(self.ends, pos)            # the fixes ending at or before pos
        if start and k and self.starts[k - 1] == self.ends[k - 1] == pos:
            k -= 1                                         # an insertion at pos: a start stays before it
        elif k < len(self.applied) and self.starts[k] < pos:   # pos is inside applied[k]
            f = self.applied[k]
            return f.start + self.shift[k] + (0 if start else len(f.replacement))
        return pos + self.shift[k]

    def overlaps(self, start: int, end: int) -> bool:
        """Whether a fix rewrote any of [start, end) (an insertion: strictly
        inside it)."""
        k = bisect.bisect_right(self.ends, start)          # the first fix ending after start
        return k < len(self.applied) and self.starts[k] < end

    def written(self, i: int) -> tuple[int, int]:
        """[start, end) of the replacement `applied[i]` wrote, in the text
        after the fixes."""
        f = self.applied[i]
        begin = f.start + self.shift[i]
        return begin, begin + len(f.replacement)

    def back(self, pos: int) -> int:
        """`pos` of the text after the fixes in the text before them: a place
        inside a replacement goes to the start of the text it replaced
        (`--diff` says a held finding on words a fix wrote where the file
        as read has the words that fix replaces)."""
        if self._after_ends is None:          # built on first use: only --diff's held lines go back
            self._after_ends = [f.start + self.shift[i] + len(f.replacement) for i, f in enumerate(self.applied)]
        k = bisect.bisect_right(self._after_ends, pos)
        if k < len(self.applied) and self.starts[k] + self.shift[k] < pos:
            return self.starts[k]
        return pos - self.shift[k]
