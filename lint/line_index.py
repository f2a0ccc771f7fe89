"""Line and column numbers for source offsets: the one place a position in a
file is counted (1-based lines, columns in characters)."""
from __future__ import annotations

import bisect
import re

_LINE_END = re.compile(r"\r\n?|\n")


def lone_crs(text: str | bytes) -> int:
    """How many line ends in `text` (str or bytes) are a `\\r` alone, not
    followed by `\\n`: each ends a line as `LineIndex` counts them, on top of
    every `\\n`. An audit's plan counts an export's lines so (qa93 #5)."""
    cr, lf = ("\r", "\n") if isinstance(text, str) else (b"\r", b"\n")
    return text.count(cr) - text.count(cr + lf) if cr in text else 0


class LineIndex:
    """Maps a source offset to a 1-based (line, column); columns count characters.
    `starts` lists the offset where each line begins. A line ends at `\n`,
    `\r\n` or a lone `\r` (old Mac files, some CMS exports), as CommonMark
    (2.1), HTML and XML read line endings, and as editors count lines.

    `pieces` serves a source made of pieces cut from a bigger file (an
    archive audit reads a slice of an export): (offset in `source`, the file's
    line number there[, the file's 1-based column there]) for each piece, the
    first at offset 0, each beginning a line of `source`; a piece cut
    mid-line (a WXR `<item>` sharing its line) names its column, so its first
    line's columns are counted from there. Positions are then the file's own."""

    def __init__(self, source: str, pieces: tuple[tuple[int, int], ...] = ()):
        starts = [0]
        find = source.find
        i = find("\n")
        while i != -1:
            starts.append(i + 1)
            i = find("\n", i + 1)
        if lone_crs(source):      # a lone CR somewhere
            starts = [0] + [m.end() for m in _LINE_END.finditer(source)]
        self.starts = starts
        self._numbers: list[int] | None = None
        self._shifts: dict[int, int] = {}      # a line index: columns its piece starts past 1
        if pieces and pieces != ((0, 1),):
            numbers, k = [], 0
            for n, start in enumerate(starts):
                while k + 1 < len(pieces) and pieces[k + 1][0] <= start:
                    k += 1
                numbers.append(pieces[k][1] + n - bisect.bisect_left(starts, pieces[k][0]))
            self._numbers = numbers
            self._shifts = {bisect.bisect_left(starts, p[0]): p[2] - 1 for p in pieces
                            if len(p) > 2 and p[2] > 1}

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.starts, offset) - 1
        number = line + 1 if self._numbers is None else self._numbers[line]
        return number, offset - self.starts[line] + 1 + self._shifts.get(line, 0)

    def line_start(self, line: int) -> int:
        return self.starts[min(max(line, 1), len(self.starts)) - 1]
