"""A story of many paragraphs has its quotes matched in work that grows with
the story, not with paragraphs times quotes (qa71 #2): the search for a
quote left open at a paragraph's end reads that paragraph's quotes only.
No timings: the quotes read are counted; benchmarks/adversarial.py measures
the time."""
from __future__ import annotations

import pytest

from lint import lint_text
from lint.analysis import quotes as quotes_module
from lint.analysis.quotes import Quote, quote_analysis
from lint.config import Config
from lint.readers import read_bytes

N = 300


def _wire(n: int) -> str:
    # plain wire copy: one closed quote a paragraph, none left open
    return "Head\n\n" + "".join(f'Mayor Jane Roe said: "We will win {i}."\n\n' for i in range(n))


def _run_on(n: int) -> str:
    # one quote running on over every paragraph; the last paragraph, not
    # reopened, closes it: one fault, the open of the last segment
    return "Head\n\n" + '"We will win and we will keep going\n\n' * n + 'the end," she said.\n'


@pytest.mark.parametrize("make", [_wire, _run_on], ids=["a closed quote a paragraph", "a run-on quote"])
def test_quotes_of_earlier_paragraphs_are_not_read_again_at_each_paragraph(monkeypatch, make):
    doc = read_bytes("t.txt", make(N).encode())
    read = [0]
    get = Quote.__getattribute__

    def counted(self, name):
        if name == "part":
            read[0] += 1
        return get(self, name)

    monkeypatch.setattr(Quote, "__getattribute__", counted)
    found = quotes_module._analyse(doc)
    monkeypatch.undo()
    assert len(found.quotes) == N
    assert [(s.kind, s.part.index, s.offset) for s in found.strays] == ([("open", N, 0)] if make is _run_on else [])
    # each quote read a few times, not once for every paragraph after it (N * N / 2)
    assert read[0] <= 4 * len(found.quotes)


def test_a_quote_left_open_after_many_paragraphs_is_still_one_fault_at_its_open():
    # the open quote of the last paragraph but one is found among its own
    # quotes, past a closed one, and its close in the next paragraph is no second stray
    text = _wire(50) + 'She said: "We won." He said, "It is over\n\nand done," he said.\n'
    doc = read_bytes("t.txt", text.encode())
    strays = quote_analysis(doc).strays
    assert [(s.kind, s.mark, s.part.text[s.offset:s.offset + 6]) for s in strays] == [("open", "double", '"It is')]
    lines = [(d.rule, d.line) for d in lint_text(text, "t.txt", config=Config(select=("quotes",)))]
    assert lines.count(("quotes.unbalanced", 103)) == 1 and not [r for r, line in lines if line == 105
                                                                   and r == "quotes.unbalanced"]
