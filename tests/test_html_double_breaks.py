"""`<br><br>` inside one `<p>` (`_html_text.TextSteps._second_br`): where it
ends a paragraph, and what it costs. The reading looks only at the text's
tail before the first break, so a `<p>` of thousands of breaks reads in
time in proportion to its length, with the answers a reading of the whole
text gives (re-read rr42a #17). Synthetic input only."""
from __future__ import annotations

import random

import pytest

from lint.readers import _html_text, read_bytes
from story_helpers import ferry_page


class _Counting:
    """A pattern that counts the characters it is asked to search."""

    def __init__(self, pattern, read: list[int]):
        self.pattern, self.read = pattern, read

    def search(self, text):
        self.read.append(len(text))
        return self.pattern.search(text)


@pytest.mark.parametrize("line", ["the ferry goes out on the tide,", "we asked Dr.", "the tide is out."])
def test_a_paragraph_of_many_double_breaks_reads_only_each_breaks_tail(monkeypatch, line):
    read: list[int] = []
    for name in ("SENTENCE_END", "_NO_SENTENCE_END"):
        monkeypatch.setattr(_html_text, name, _Counting(getattr(_html_text, name), read))
    src = ferry_page("<p>" + (line + "<br><br>") * 2000 + "the end.</p>")
    doc = read_bytes("story.html", src.encode("utf-8"))
    paragraphs = [p.text for p in doc.parts if p.kind == "paragraph"]
    assert len(paragraphs) == (2001 if line.endswith(".") and "Dr." not in line else 1)
    assert read and max(read) < 4 * _html_text.TAIL_WORD_CHARS


_TOKENS = ["word", "Dr.", "U.S.", "p.m.", "F.", "end.", "why?", "no!", "\u201d", "'", ")", "-", ",", " ", "\n", "  "]


def test_the_tail_reads_as_the_whole_text_does():
    rng = random.Random(256)
    for _ in range(3000):
        pieces = [rng.choice(_TOKENS) for _ in range(rng.randrange(1, 60))]
        whole = "".join(pieces)
        tail = _html_text._tail(pieces, len(pieces))
        assert whole.endswith(tail)
        for pattern in (_html_text.SENTENCE_END, _html_text._NO_SENTENCE_END):
            assert (pattern.search(tail) is None) == (pattern.search(whole) is None), (whole, tail)
