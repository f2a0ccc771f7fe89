"""What a YAML node's own text says before its value: an anchor, a tag.

A composed node keeps neither its anchor nor whether its tag was written
(`!!int 0x_`) or resolved from the plain text (`0x_`, YAML 1.1's int
pattern, yaml.org/type/int). Its start mark stands at the anchor when there
is one (`&a !!int abc`: at `&`). `value_start` reads on from that mark,
over the anchor only (YAML 1.1, 7.1: `&` and the anchor's name, ended by a
space or a flow indicator), to the tag or the value itself.
"""
from __future__ import annotations

import re

_ANCHOR = re.compile(r"&[^\s,\[\]{}]+(?:[ \t\r\n]+(?:#[^\n\r]*)?)*")


def value_start(text: str, at: int) -> tuple[int, bool]:
    """(offset of the node's tag or value, whether a tag is written there)
    for the node whose start mark is at offset `at` of `text` (characters)."""
    anchor = _ANCHOR.match(text, at) if text.startswith("&", at) else None
    at = anchor.end() if anchor else at
    return at, text.startswith("!", at)


def written_at(text: str, breaks: re.Pattern, line: int, column: int) -> tuple[int, int, bool]:
    """(line, column, tagged): where the tag or value of the node whose start
    mark is at 1-based `line` and `column` (characters) of `text` stands, lines
    ended as YAML ends them (`breaks`), and whether a tag is written there."""
    start = 0
    for _ in range(line - 1):
        found = breaks.search(text, start)
        if found is None:
            break
        start = found.end()
    at, tagged = value_start(text, start + column - 1)
    crossed = list(breaks.finditer(text, start, at))
    if crossed:
        line, start = line + len(crossed), crossed[-1].end()
    return line, at - start + 1, tagged
