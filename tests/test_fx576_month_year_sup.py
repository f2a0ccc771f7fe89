"""fx576: style.month-year reads a month before a `<sup>`'s footnote figure
as the month (`September<sup>1</sup>, 2023`, qa434 #10); its span, message
and fix are the separator and year after the `<sup>` only (`, 2023` ->
` 2023`). Nothing else of the date form checks reads the figure so."""
from __future__ import annotations

import pytest

from lint.config import Config
from lint.engine import lint_bytes
from lint.fixes import fix_bytes

FRONT = "---\ntitle: Council votes\ndate: 2024-09-01\n---\n\n"
HTML = ("<html><head><title>Council votes</title>"
        "<meta property=\"article:published_time\" content=\"2024-09-01\"></head>"
        "<body><h1>Council votes</h1><p>{}</p></body></html>\n")


def _doc(name: str, para: str) -> str:
    return HTML.format(para) if name.endswith(".html") else FRONT + para + "\n"


def _run(name: str, para: str, rules=("style",)):
    text = _doc(name, para)
    found = lint_bytes(name, text.encode(), Config(select=rules)).diagnostics
    fixed = fix_bytes(name, text.encode(), Config(select=rules)).fixed
    return [(d.rule, text[d.offset:d.end_offset], d.message) for d in found], fixed


@pytest.mark.parametrize("name", ["a.md", "a.html"])
@pytest.mark.parametrize("para, span, want", [
    ("The vote was in September<sup>1</sup>, 2023, officials said.", ", 2023",
     "The vote was in September<sup>1</sup> 2023, officials said."),
    ("The vote was in May<sup>1,2</sup> of 2022, officials said.", " of 2022",
     "The vote was in May<sup>1,2</sup> 2022, officials said."),
])
def test_month_year_after_a_figure_is_fixed_after_it(name, para, span, want):
    got, fixed = _run(name, para, ("style.month-year",))
    ((rule, snip, message),) = got
    assert (rule, snip) == ("style.month-year", span)
    assert "1" not in message.replace("2022", "").replace("2023", "")
    assert fixed == _doc(name, want)


@pytest.mark.parametrize("name", ["a.md", "a.html"])
@pytest.mark.parametrize("para", [
    "The vote was in September<sup>1</sup> 2023, officials said.",
    "By the end of March<sup>1</sup>, 2,000 people had signed.",
    "He was born on 25 August<sup>1</sup>, 1938, in Leeds.",
    "A portrait of Theresa May<sup>1</sup>, 2019, hangs in the hall.",
    "Sales rose in Q3<sup>1</sup>, 2023, officials said.",
])
def test_nearest_shapes_get_no_month_year(name, para):
    got, _ = _run(name, para, ("style.month-year",))
    assert got == []


@pytest.mark.parametrize("name", ["a.md", "a.html"])
def test_the_other_date_forms_are_as_before(name):
    # the day before a figure is not read by the other date form checks here (qa434 #1, #3 shapes)
    para = "The council met Dec. 1<sup>1</sup>, 2023 at 10 a.m. and on 11 September<sup>2</sup> 2023."
    got, fixed = _run(name, para, ("style.date-year-comma", "style.date-order", "style.month-year"))
    assert [(r, s) for r, s, _ in got] == [("style.date-year-comma", "2023")]
    assert fixed == _doc(name, para.replace("2023 at", "2023, at"))


def test_a_plain_month_year_beside_one_after_a_figure():
    para = "The vote was in March, 2020 and in September<sup>1</sup>, 2023, officials said."
    got, fixed = _run("a.md", para, ("style.month-year",))
    assert [s for _, s, _ in got] == ["March, 2020", ", 2023"]
    assert fixed == _doc("a.md", "The vote was in March 2020 and in September<sup>1</sup> 2023, officials said.")
