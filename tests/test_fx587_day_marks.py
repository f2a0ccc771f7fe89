"""fx587: a footnote mark glued to a figure, a day's or a year's, is no part
of it (sup_notes.unread_marks): a <sup> the reader marked whose text is a
figure, list, letter, bracketed or symbol mark, or a run of Unicode
superscripts, glued marks or marks a space apart as one run. The date
mentions and the AP date forms read one shared reading a part
(sup_notes.dated_text), and a message quotes the date without the mark
(sup_notes.without_marks). Synthetic stories only."""
from __future__ import annotations

import pytest

from lint.analysis import sup_notes
from lint.analysis.sup_notes import unread_marks, without_marks
from lint.config import Config
from lint.document import Part
from lint.engine import lint_bytes
from sup_story_helpers import doc, fixed_text, found, snips

DATES = ("dates",)
FORMS = ("style.date-ordinal", "style.date-leading-zero", "style.date-year-comma")


def _part(text: str, sups=()) -> Part:
    return Part("paragraph", text, ((0, 0),), attrs={"inline": [("superscript", s, e) for s, e in sups]})


# --- the reading itself -------------------------------------------------------------------------
@pytest.mark.parametrize("text, sups, read", [
    ("Feb. 31 ended", [(6, 7)], "Feb. 3\u2063 ended"),                       # Feb. 3<sup>1</sup>
    ("Jan. 1[2], 2024", [(6, 9)], "Jan. 1\u2063\u2063\u2063, 2024"),         # a bracketed mark
    ("Jan. 1*, 2024", [(6, 7)], "Jan. 1\u2063, 2024"),                       # a symbol
    ("Jan. 5th6 and", [(8, 9)], "Jan. 5th\u2063 and"),                       # after an ordinal
    ("in 20231 2 at", [(7, 8), (9, 10)], "in 2023\u2063\u2063\u2063 at"),    # a spaced run
    ("Feb. 3\u00b9, 2025", [], "Feb. 3\u2063, 2025"),                        # Unicode
    ("in 2023\u1d43 at", [], "in 2023\u2063 at"),                            # a Unicode letter
])
def test_a_mark_glued_to_a_figure_is_no_word_and_offsets_stay(text, sups, read):
    got = unread_marks(_part(text, sups), text)
    assert got == read and len(got) == len(text)


@pytest.mark.parametrize("text, sups", [
    ("Jan. 10th and", [(7, 9)]),             # an ordinal's letters: 10<sup>th</sup>
    ("Jan. 2d and", [(6, 7)]),               # AP's 2d
    ("the area, 10 m2 wide", [(14, 15)]),    # a unit's exponent after a letter
    ("Jan. 1\u02e2\u1d57, 2024", []),        # a Unicode ordinal (1ˢᵗ)
    ("ran 2023\u00b9-24 then", []),           # a range goes on after the mark
    ("ran 20231-24 then", [(8, 9)]),
    ("the 1990s\u00b9 boom", []),            # a decade's s: no figure right before
])
def test_no_mark_or_no_figure_before_it_is_read_as_written(text, sups):
    assert unread_marks(_part(text, sups), text) is text


def test_a_spaced_run_a_figure_follows_keeps_its_glued_marks():
    text = "in 20231 2-24 at"       # 2023<sup>1</sup> <sup>2</sup>-24: the first mark alone
    assert unread_marks(_part(text, [(7, 8), (9, 10)]), text) == "in 2023\u2063 2-24 at"


class _OnePass:
    """A document's `per_part`, with no cache: `without_marks` reads the shared reading through it."""

    def per_part(self, key, part, build):
        return build(part.text)


def test_without_marks_quotes_the_span_bare_or_says_none():
    part = _part("on Sept. 111, 2023, it", [(11, 12)])
    assert without_marks(_OnePass(), part, 3, 18) == "Sept. 11, 2023"
    assert without_marks(_OnePass(), part, 0, 2) is None
    assert without_marks(_OnePass(), _part("on Sept. 11, 2023"), 3, 17) is None


# --- the date readers -------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["a.md", "a.html", "a.nitf"])
@pytest.mark.parametrize("mark", ["<sup>1</sup>", "<sup>[1]</sup>", "<sup>*</sup>", "\u00b9", "<sup>1,2</sup>"])
def test_a_right_date_with_a_day_mark_is_clean(name, mark):
    para = f"The vote came Monday, Jan. 1{mark}, 2024, and the board met Aug. 3{mark} again."
    assert snips(name, para, DATES) == []


@pytest.mark.parametrize("name", ["a.md", "a.html", "a.nitf"])
def test_a_wrong_weekday_before_a_day_mark_is_placed_and_quoted_without_it(name):
    para = "The vote came Tuesday, Jan. 1<sup>2</sup>, 2024, officials said."
    text = doc(name, para)
    (d,) = found(name, text, DATES)
    assert d.rule == "dates.weekday-mismatch"
    assert text[d.offset:d.end_offset] == "Tuesday, Jan. 1<sup>2</sup>, 2024"
    assert "'Tuesday, Jan. 1, 2024'" in d.message


@pytest.mark.parametrize("para, rule, quoted", [
    ("The council meets Feb. 30<sup>1</sup>, officials said.", "dates.impossible-date", "'Feb. 30'"),
    ("The council meets Feb. 30\u00b9, 2025, officials said.", "dates.impossible-date", "'Feb. 30, 2025'"),
    ("The vote was held Sept. 9<sup>4</sup>, officials said.", "dates.after-publication", "'Sept. 9'"),
])
def test_a_real_fault_before_a_day_mark_is_found(para, rule, quoted):
    (d,) = [d for d in found("a.md", doc("a.md", para), DATES) if d.rule == rule]
    assert quoted in d.message


@pytest.mark.parametrize("para", [
    "The vote was on Sept. 11<sup>1</sup>,2023, officials said.",    # no date, as 'Sept. 11,2023'
    "Turnout rose Sept. 5<sup>2</sup> percent, officials said.",      # no day, as 'Sept. 5 percent'
])
def test_what_runs_on_after_the_mark_is_read_as_without_it(para):
    assert snips("a.md", para, DATES) == snips("a.md", para.replace("<sup>1</sup>", "").replace("<sup>2</sup>", ""),
                                                DATES) == []


# --- the AP date forms ---------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["a.md", "a.html", "a.nitf"])
@pytest.mark.parametrize("para, want", [
    ("It opened Jan. 5th<sup>6</sup> and closed.", [("style.date-ordinal", "5th")]),
    ("It opened Jan. 05<sup>6</sup> and closed.", [("style.date-leading-zero", "05")]),
    ("It opened Dec. 1<sup>[1]</sup>, 2023 at noon.", [("style.date-year-comma", "2023")]),
])
def test_a_day_form_before_a_mark_is_found(name, para, want):
    assert snips(name, para, FORMS) == want


@pytest.mark.parametrize("name", ["a.md", "a.html", "a.nitf"])
def test_an_ordinal_in_a_sup_is_still_the_days(name):
    assert [r for r, _ in snips(name, "It opened Jan. 5<sup>th</sup> and closed.", FORMS)] == ["style.date-ordinal"]


@pytest.mark.parametrize("mark", ["<sup>1</sup>", "<sup>*</sup>", "\u00b2"])
def test_the_year_comma_fix_after_a_day_mark_settles(mark):
    para = f"The council met Dec. 1{mark}, 2023 at 10 a.m. to vote."
    fixed = fixed_text("a.md", doc("a.md", para), FORMS)
    fixed = fixed.decode() if isinstance(fixed, bytes) else fixed
    assert f"Dec. 1{mark}, 2023, at 10 a.m." in fixed
    assert lint_bytes("a.md", fixed.encode(), Config(select=FORMS)).diagnostics == []


# --- one reading a part ---------------------------------------------------------------------------
def test_the_date_readers_share_one_reading_a_part(monkeypatch):
    calls = []
    real = sup_notes.unread_marks

    def counted(part, text):
        calls.append(part.index)
        return real(part, text)

    monkeypatch.setattr(sup_notes, "unread_marks", counted)
    para = "The vote came Tuesday, Jan. 1<sup>2</sup>, 2024, and the board met on Jan. 05 again."
    got = [(d.rule, d.message) for d in found("a.md", doc("a.md", para), ("dates", "style"))]
    # both readers read the day's mark away: the weekday is checked in 2024, the leading zero flagged
    assert ("dates.weekday-mismatch", "'Tuesday, Jan. 1, 2024': January 1, 2024 is a Monday, not a Tuesday; "
                                      "fix the weekday or the date") in got
    assert "style.date-leading-zero" in [r for r, _ in got]
    assert calls and len(calls) == len(set(calls))


# --- found and left ------------------------------------------------------------------------------
@pytest.mark.xfail(strict=True, reason="fx587 #1: a day's mark a range's dash and day follow ('Monday, "
                   "Sept. 2<sup>1</sup>\u20133') is read as written, Sept. 21: a false weekday-mismatch "
                   "('Sept. 2\u20133' is clean); _AFTER_NOTE keeps a mark a dash and figure follow, as fx585 "
                   "kept '2023<sup>1</sup>-24'")
@pytest.mark.parametrize("dash", ["-", "\u2013"])
def test_a_day_mark_before_a_range_is_no_part_of_the_day(dash):
    para = f"The vote ran Monday, Sept. 2<sup>1</sup>{dash}3, officials said."
    assert "dates.weekday-mismatch" not in [r for r, _ in snips("a.md", para, DATES)]
