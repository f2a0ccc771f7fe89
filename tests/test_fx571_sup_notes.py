"""fx571 (qa426 #1, #3, #4): a footnote figure, or a list of them, that a
`<sup>` holds right after a letter or a figure is no word to the date and
time readers (lint.analysis.sup_notes), as a Markdown `[^1]` is: the dates
checks, the AP date forms, style.time-of-day and style.decades read the
date, time or decade before it, every offset the source's."""
from __future__ import annotations

import pytest

from lint.analysis.sup_notes import NO_WORD, unread
from lint.config import Config
from lint.engine import lint_bytes
from lint.fixes import fix_bytes

FRONT = "---\ntitle: Council votes\ndate: 2024-09-01\n---\n\n"
HTML = ("<html><head><title>Council votes</title>"
        "<meta property=\"article:published_time\" content=\"2024-09-01\"></head>"
        "<body><h1>Council votes</h1><p>{}</p></body></html>\n")


def _doc(name: str, para: str) -> str:
    return HTML.format(para) if name.endswith(".html") else FRONT + para + "\n"


def _found(name: str, text: str, rules=None):
    return lint_bytes(name, text.encode(), Config(select=rules) if rules else Config()).diagnostics


@pytest.mark.parametrize("name", ["a.md", "a.html"])
@pytest.mark.parametrize("sup", ["1", "1,2", "1, 2", "1-3", "12"])
def test_a_date_before_footnote_figures_is_read_where_it_is(name, sup):
    text = _doc(name, f"The vote is on Monday, Sept. 10<sup>{sup}</sup>, officials said.")
    (d,) = [d for d in _found(name, text, ("dates",)) if d.rule == "dates.weekday-mismatch"]
    assert text[d.offset:d.end_offset] == "Monday, Sept. 10" and NO_WORD not in d.message


@pytest.mark.parametrize("name", ["a.md", "a.html"])
def test_a_year_after_the_figure_is_the_dates(name):
    # (a right date: Monday, Sept. 11, 2023; read in 2024 it would be after publication and no Monday)
    text = _doc(name, "The vote was on Monday, Sept. 11<sup>1</sup>, 2023, officials said.")
    assert [d.rule for d in _found(name, text) if d.rule.startswith("dates.")] == []


@pytest.mark.parametrize("para, fixed", [
    ("The vote was on 11 September<sup>1</sup> 2023, officials said.",
     "The vote was on Sept. 11,<sup>1</sup> 2023, officials said."),
    ("The vote was on Sept. 11th<sup>1</sup>, 2023, officials said.",
     "The vote was on Sept. 11<sup>1</sup>, 2023, officials said."),
    ("The vote was on September 11<sup>1</sup>, 2023, officials said.",
     "The vote was on Sept. 11<sup>1</sup>, 2023, officials said."),
])
def test_the_ap_date_forms_read_the_date_and_keep_the_figure(para, fixed):
    got = fix_bytes("a.md", (FRONT + para + "\n").encode(), Config(select=("style",))).fixed
    assert got == FRONT + fixed + "\n"


@pytest.mark.parametrize("name", ["a.md", "a.html"])
def test_a_decade_before_a_list_of_figures_is_fixed(name):
    text = _doc(name, "Prices soared in the 1990's<sup>1, 2</sup> and fell.")
    assert [d.snippet for d in _found(name, text, ("style.decades",))] == ["'s"]
    got = fix_bytes(name, text.encode(), Config(select=("style.decades",))).fixed
    assert got == text.replace("1990's", "1990s")


class _Part:
    def __init__(self, text: str, s: int, e: int):
        self.attrs = {"inline": [("superscript", s, e)]}


@pytest.mark.parametrize("text, s, e", [
    ("Sept. 10a, officials", 8, 9),                  # a letter: no footnote figure
    ("Sept. 101234, officials", 8, 12),              # four figures: no footnote
    ("Sept. 10 1, officials", 9, 10),                # after a space: read as written
    ("Sept. 10.1, officials", 9, 10),                # after a stop: read as written
    ("Sept. 101,2,3,4,5,6, officials", 8, 19),       # six: no footnote list
])
def test_guard_what_is_no_footnote_figure_is_read_as_written(text, s, e):
    assert unread(_Part(text, s, e), text) is text


@pytest.mark.parametrize("text, sup", [("7pm1.", "1"), ("Sept. 101, 2,", "1, 2"), ("1990's1-3 ", "1-3"),
                                       ("x12.", "12"), ("101\u20133", "1\u20133")])
def test_the_figures_are_written_over_one_for_one(text, sup):
    s = text.index(sup, 1)
    got = unread(_Part(text, s, s + len(sup)), text)
    assert got == text[:s] + NO_WORD * len(sup) + text[s + len(sup):]


@pytest.mark.parametrize("name", ["a.md", "a.html"])
def test_guard_a_square_and_a_formula_stay_out_of_the_decades(name):
    para = "The room is 10 m<sup>2</sup> and the 1990's<sup>th</sup> mark is odd."
    assert _found(name, _doc(name, para), ("style.decades",)) == []
