"""fx576: style.time-of-day and style.noon-midnight read a <sup>'s footnote
figures, or a list or range of them, as no word (lint.analysis.sup_notes):
after the a.m./p.m. (qa426 #4) and after its stop (qa434 #11). Findings and
fixes stay on the time's own characters."""
from __future__ import annotations

import pytest

from lint.config import Config
from lint.engine import lint_bytes
from lint.fixes import fix_bytes

FRONT = "---\ntitle: Council votes\ndate: 2024-09-01\n---\n\n"
HTML = "<html><head><title>Council votes</title></head><body><h1>Council votes</h1><p>{}</p></body></html>\n"
RULES = ("style.time-of-day", "style.noon-midnight")


def _doc(name: str, para: str) -> str:
    return HTML.format(para) if name.endswith(".html") else FRONT + para + "\n"


def _run(name: str, para: str):
    text = _doc(name, para)
    found = lint_bytes(name, text.encode(), Config(select=RULES)).diagnostics
    fixed = fix_bytes(name, text.encode(), Config(select=RULES)).fixed
    return [text[d.offset:d.end_offset] for d in found], fixed, text


@pytest.mark.parametrize("name", ["a.md", "a.html"])
@pytest.mark.parametrize("para, spans, want", [
    # a stop after the figure: the sentence's, kept by the fix
    ("It met at 12 p.m.<sup>1</sup> to vote.", ["12 p.m."], "It met at noon<sup>1</sup> to vote."),
    ("It met at 12 p.m.<sup>1</sup> Then it voted.", ["12 p.m"], "It met at noon.<sup>1</sup> Then it voted."),
    ("It met at 12 a.m.<sup>1, 2</sup>", ["12 a.m"], "It met at midnight.<sup>1, 2</sup>"),
    ("It met at 12pm<sup>1-3</sup> to vote.", ["12pm"], "It met at noon<sup>1-3</sup> to vote."),
    ("It met at 7pm<sup>1,2</sup>, then 9PM<sup>3</sup>.", ["7pm", "9PM"],
     "It met at 7 p.m.<sup>1,2</sup>, then 9 p.m.<sup>3</sup>."),
    ("It met at 7pm.<sup>1</sup> Then it voted.", ["7pm"], "It met at 7 p.m.<sup>1</sup> Then it voted."),
    ("It met at 7pm.<sup>1,2</sup> to vote.", ["7pm"], "It met at 7 p.m.<sup>1,2</sup> to vote."),
])
def test_a_time_before_or_after_its_stop_and_a_figure(name, para, spans, want):
    got, fixed, text = _run(name, para)
    assert got == spans
    assert fixed == _doc(name, want)


@pytest.mark.parametrize("name", ["a.md", "a.html"])
@pytest.mark.parametrize("para", [
    "The area is 10 m<sup>2, 3</sup> and x<sup>1-2</sup> grows.",
    "I am<sup>1,2</sup> here at 7 p.m.<sup>3</sup> and noon<sup>4</sup>.",
    "Page 12<sup>1</sup> pm notes.",
    "It met at 7<sup>1</sup> pm.",
])
def test_no_time_is_made_of_a_figure(name, para):
    got, fixed, text = _run(name, para)
    assert got == [] and fixed == text
