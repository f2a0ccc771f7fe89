"""A Markdown block that is no end mark is decided from its own last line:
the text between the body's start and the block (what rv18 H1 found
copied for every block, so that reading grew with the square of the
blocks) is read only when the line is a mark. Every story here is written
for the test."""
from __future__ import annotations

from types import SimpleNamespace

from lint.readers import read_bytes
from lint.readers._text_lines import md_end_mark


class _Text(str):
    """A text that records the longest slice taken of it."""
    longest = 0

    def __getitem__(self, key):
        if isinstance(key, slice):
            start, stop, _ = key.indices(len(self))
            _Text.longest = max(_Text.longest, stop - start)
        return str.__getitem__(self, key)


def _blocks(n: int) -> tuple[_Text, list[tuple[int, int]]]:
    lines = ["# Parks closed", ""]
    for i in range(n):
        lines += [f"The park was closed on day {i}, the city said.", ""]
    lines += ["-30-", ""]
    text = "\n".join(lines)
    spans, pos = [], 0
    for line in lines:
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return _Text(text), spans


def test_a_block_with_no_mark_reads_no_text_before_it():
    text, spans = _blocks(200)
    opener = SimpleNamespace(markup="", type="paragraph_open")
    _Text.longest = 0
    for first in range(2, 2 + 2 * 200, 2):
        assert md_end_mark(text, 0, (first, first + 1), spans.__getitem__, opener) is None
    assert _Text.longest <= max(e - s for s, e in spans)


def test_the_closing_mark_is_still_read():
    text, spans = _blocks(3)
    opener = SimpleNamespace(markup="", type="paragraph_open")
    last = len(spans) - 2
    assert md_end_mark(text, 0, (last, last + 1), spans.__getitem__, opener) == spans[last]
    doc = read_bytes("story.md", str(text).encode())
    assert [(p.text, p.source_offset(0)) for p in doc.parts_of(("field",)) if p.name == "end-mark"] == [
        ("-30-", spans[last][0])]
