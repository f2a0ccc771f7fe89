"""What of an article the HTML report embeds: the lines of its findings with
CONTEXT lines either side, and of a line longer than LONG_LINE, only
CLIP characters either side of each finding (nu29 #9: a 2 MB paste with one
finding made a 2.6 MB report, every line of every file in it). What is left
out is counted in a row or a mark of its own, never silently dropped."""
from __future__ import annotations

from ..plural import plural

CONTEXT = 3          # lines shown above and below a finding's lines
LONG_LINE = 2000     # characters: a longer line is shown around its findings only
CLIP = 300           # characters shown either side of a finding in a long line


def line_plan(count: int, hit_lines: set[int]) -> list[tuple[int, int]]:
    """The runs of lines to show, 1-based and inclusive, in order: each
    finding's line with CONTEXT lines either side, runs a line apart joined
    and a lone line at either end kept (a one-line gap costs as much as the
    row that would count it)."""
    runs: list[list[int]] = []
    for line in sorted(hit_lines):
        lo, hi = line - CONTEXT, line + CONTEXT
        lo = 1 if lo <= 2 else lo                   # no row to leave out one line
        hi = count if hi >= count - 1 else hi
        if runs and lo <= runs[-1][1] + 2:
            runs[-1][1] = max(runs[-1][1], hi)
        else:
            runs.append([lo, hi])
    return [(lo, hi) for lo, hi in runs]


def windows(length: int, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The pieces of a line of `length` characters to show, given its
    findings' (start, end) `spans` in it: all of it when it is no longer than
    LONG_LINE, else CLIP characters either side of each span, pieces that
    meet joined."""
    if length <= LONG_LINE:
        return [(0, length)]
    out: list[list[int]] = []
    for a, b in sorted(spans):
        lo, hi = max(0, a - CLIP), min(length, b + CLIP)
        if out and lo <= out[-1][1]:
            out[-1][1] = max(out[-1][1], hi)
        else:
            out.append([lo, hi])
    return [(lo, hi) for lo, hi in out]


def lines_left_out(n: int) -> str:
    return f"… {n:,} {plural(n, 'line')} with no finding not shown"


def characters_left_out(n: int) -> str:
    return f" … {n:,} {plural(n, 'character')} not shown … "
