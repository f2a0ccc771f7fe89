"""Where a YAML front-matter value stands in its source, beyond what
PyYAML's node marks say.

A node's start mark is where its properties start (YAML 1.2 section 6.9:
a tag such as `!!str` or `!foo`, an anchor `&name`), not its content, so a
tagged or anchored value is decoded from `content_start`. An alias
(`*name`, section 7.1) is composed into the very node of its anchor, marks
and all; `alias_slots` reads the parser's events again to give each value
that is an alias the alias's own offset (where this key is given its
value; the text itself stands at the anchor).
"""
from __future__ import annotations

from .. import rx as regex
import yaml

# One node property: a verbatim tag `!<...>`, a shorthand tag (`!`, `!!str`,
# `!e!x`, `!foo`) or an anchor `&name`; then the white space, line breaks and
# comments that may separate it from the next property or the content.
_PROPERTY = regex.compile(r"!<[^>\s]*>|![^\s,\[\]{}]*|&[^\s,\[\]{}]+")
_SEPARATION = regex.compile(r"(?:\s+(?:#[^\n]*)?)*")


def content_start(src: str, start: int, end: int) -> int:
    """Where the content of the node src[start:end] starts: past its tag
    and anchor, if it has them (a node that opens with `!` or `&` has, as
    no content may open so). `end` when the node is properties alone
    (`title: !!str`, an empty string)."""
    pos = start
    while pos < end and src[pos] in "!&":
        m = _PROPERTY.match(src, pos, end)
        if m is None or m.end() == pos:
            break
        pos = _SEPARATION.match(src, m.end(), end).end()
    return min(pos, end)


def alias_slots(text: str, loader_cls) -> dict:
    """Where each alias in `text` stands, by the slot it fills: {offset of
    a mapping key: offset of the alias that is its value} (`title: *e`), and
    {(offset of a sequence, index): offset of the alias that is that item}
    (`[*a]`), and {("key", offset of a mapping, index of a pair): offset of
    the alias that is its key} (`*k : x`). `text` has already composed without error (so it parses);
    offsets are into it, as the nodes' marks are."""
    loader = loader_cls(text)
    out: dict = {}
    stack: list[list] = []    # each open collection: [a mapping?, its offset, items read, the key's offset]
    try:
        while loader.check_event():
            event = loader.get_event()
            if isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                stack.pop()
                if stack:
                    stack[-1][2] += 1
                continue
            if stack:
                frame = stack[-1]
                if frame[0] and frame[2] % 2 == 0:          # keys and values alternate
                    frame[3] = event.start_mark.index
                    if isinstance(event, yaml.AliasEvent):     # a key given by an alias (`*k : x`)
                        out["key", frame[1], frame[2] // 2] = event.start_mark.index
                elif isinstance(event, yaml.AliasEvent):
                    out[frame[3] if frame[0] else (frame[1], frame[2])] = event.start_mark.index
            if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                stack.append([isinstance(event, yaml.MappingStartEvent), event.start_mark.index, 0, -1])
            elif stack:
                stack[-1][2] += 1
    finally:
        loader.dispose()
    return out
