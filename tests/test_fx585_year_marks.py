"""fx585: a footnote mark after a year (sup_notes.unread_years) is a run of
glued `<sup>`s as one (qa448 #1), may have an em dash or a dash no figure
follows after it (qa448 #2), and is a letter mark or Unicode superscript
figures too (qa448 #3); a hyphen or en dash before a figure and an ordinal
stay read as written. (fx587: unread_years is now sup_notes.unread_marks,
which reads a mark after a day too: tests/test_fx587_day_marks.py.)
Synthetic stories only."""
from __future__ import annotations

import pytest

from lint.config import Config
from lint.engine import lint_bytes
from lint.fixes import fix_bytes

FRONT = "---\ntitle: Council votes\ndate: 2024-09-01\n---\n\n"
HTML = ("<html><head><title>Council votes</title>"
        "<meta property=\"article:published_time\" content=\"2024-09-01\"></head>"
        "<body><h1>Council votes</h1><p>{}</p></body></html>\n")


def _doc(name, para):
    return HTML.format(para) if name.endswith(".html") else FRONT + para + "\n"


def _snips(name, para, rules):
    text = _doc(name, para)
    return sorted((d.rule, text[d.offset:d.end_offset])
                  for d in lint_bytes(name, text.encode(), Config(select=rules)).diagnostics)


def _fixed(name, para, rules):
    return fix_bytes(name, _doc(name, para).encode(), Config(select=rules)).fixed


@pytest.mark.parametrize("name", ["a.md", "a.html"])
@pytest.mark.parametrize("para", [
    "The vote was on Sunday, Sept. 10, 2023<sup>1</sup><sup>2</sup><sup>3</sup>, officials said.",
    "The vote was on Sunday, Sept. 10, 2023<sup>1,</sup><sup>2</sup> and passed.",
    "The vote was on Sunday, Sept. 10, 2023<sup>a</sup>, officials said.",
    "The vote was on Sunday, Sept. 10, 2023\u00b9\u00b2, officials said.",
    "The vote was on Sunday, Sept. 10, 2023\u00b9\u2014officials said so.",
    "The vote was on Sunday, Sept. 10, 2023<sup>1</sup>--officials said so.",
    "The vote was on Sunday, Sept. 10, 2023<sup>1</sup>\u2014at noon\u2014officials said so.",
])
def test_the_year_before_a_mark_is_read(name, para):
    assert _snips(name, para, ("dates",)) == []


@pytest.mark.parametrize("para", [
    "The vote was on Monday, Sept. 10, 2023<sup>1</sup><sup>2</sup>, officials said.",
    "The vote was on Monday, Sept. 10, 2023\u00b9, officials said.",
    "The vote was on Monday, Sept. 10, 2023<sup>b</sup>\u2014officials said so.",
])
def test_a_wrong_weekday_is_found_and_its_span_ends_at_the_year(para):
    assert _snips("a.md", para, ("dates",)) == [("dates.weekday-mismatch", "Monday, Sept. 10, 2023")]


@pytest.mark.parametrize("name", ["a.md", "a.html"])
@pytest.mark.parametrize("mark", ["<sup>1</sup><sup>2</sup>", "<sup>a</sup>", "\u00b9", "\u00b9\u00b2"])
def test_the_year_comma_goes_before_the_mark_and_settles(name, mark):
    para = f"The council met Dec. 1, 2023{mark} at 10 a.m. to vote."
    assert _snips(name, para, ("style.date-year-comma",)) == [("style.date-year-comma", "2023")]
    fixed = _fixed(name, para, ("style", "dates"))
    assert f"Dec. 1, 2023,{mark} at 10 a.m." in fixed
    assert lint_bytes(name, fixed.encode(), Config(select=("style", "dates"))).diagnostics == []


def test_a_month_year_before_two_sups_is_fixed_before_them():
    para = "The vote was in September, 2023<sup>1</sup><sup>2</sup>, officials said."
    assert _fixed("a.md", para, ("style.month-year",)) == \
        _doc("a.md", "The vote was in September 2023<sup>1</sup><sup>2</sup>, officials said.")


# --- guards: what stays read as written -------------------------------------------------------

@pytest.mark.parametrize("para", [
    "The vote was on Sunday, Sept. 10, 2023<sup>1</sup>-24 officials said.",       # a range's hyphen
    "The vote was on Sunday, Sept. 10, 2023<sup>1</sup>\u201324 officials said.",  # an en dash's
    "The vote was on Sunday, Sept. 10, 2023<sup>1</sup>--24 officials said.",
    "The vote was on Sunday, Sept. 10, 2023<sup>1</sup><sup>2</sup>-24 officials said.",
    "The vote was on Sunday, Sept. 10, 2023<sup>1</sup>2 officials said.",          # a figure after it
    "The vote was on Sunday, Sept. 10, 2023<sup>1</sup><sup>th</sup>, officials said.",   # an ordinal in the run
])
def test_a_range_figure_or_ordinal_is_read_as_written(para):
    # read as written, the year is no year: the date is read in the publication year, 2024
    assert _snips("a.md", para, ("dates.weekday-mismatch",)) == [("dates.weekday-mismatch", "Sunday, Sept. 10")]


@pytest.mark.parametrize("para", [
    "Area grew by 5 km\u00b2, 2023 figures show.",
    "Fares for 2023<sup>1</sup><sup>2</sup>-2024 rose.",
    "The council met Dec. 1, 2023, at 10 a.m. to vote.",
])
def test_nearest_shapes_are_fixed_as_before(para):
    assert _fixed("a.md", para, ("style", "dates")) == _doc("a.md", para)


def test_a_glued_run_after_a_day_is_a_mark_since_fx587():
    # was read as written here ('Dec. 112'); fx587 reads a mark after a day as after a year
    para = "The council met Dec. 1<sup>1</sup><sup>2</sup>, 2023 at 10 a.m. to vote."
    assert _fixed("a.md", para, ("style", "dates")) == _doc("a.md", para.replace("2023 at", "2023, at"))
