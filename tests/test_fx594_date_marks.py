"""fx594: a footnote mark after a day's comma, after a range's or a list's
first or second day, or on a day written first keeps the date whole (qa452
#1, #3, #5); a fix over a day-first date keeps its Unicode mark; a
one-figure mark on a ten a word follows is a power of ten, no note (qa452
#7). Synthetic stories only."""
from __future__ import annotations

import pytest

from lint.analysis.date_scan import MENTION, mention_day, range_day, range_gap
from lint.analysis.sup_notes import NO_WORD, unread_marks
from lint.document import Part
from sup_story_helpers import doc, fixed_text, found, snips

DATES = ("dates",)
N = NO_WORD


@pytest.mark.parametrize("text, want", [
    (f"Dec. 1,{N} 2023", (12, 1, 2023)),             # a mark after the day's comma
    (f"Dec. 1{N},{N}{N} 2023", (12, 1, 2023)),       # marks on both sides of it
    (f"Sunday, 3{N} September 2023", (9, 3, 2023)),  # a day written first (qa452 #1)
    (f"5th{N} January 2023", (1, 5, 2023)),
    ("Dec. 1, 2023", (12, 1, 2023)),                 # unmarked, as before
])
def test_mention_reads_the_year_past_the_marks(text, want):
    m = MENTION.search(text)
    assert mention_day(m) == want


def test_a_comma_alone_after_the_marks_is_still_no_separator_for_a_glued_year():
    m = MENTION.search(f"Dec. 1,{N}2023 ran")
    assert m["year"] is None


@pytest.mark.parametrize("text", [f"Sept. 2\u20133{N}, 2023", f"Sept. 2\u20133{N}{N}{N}, 2023",
                                  f"Sept. 2\u20133,{N} 2023"])
def test_range_day_reads_the_year_past_the_marks(text):
    tail = range_day(text, len("Sept. 2"))
    assert tail["end"] == "3" and tail["year"] == "2023"


@pytest.mark.parametrize("mark", ["<sup>1</sup>", "\u00b9"])
def test_a_mark_after_the_comma_of_a_right_date_is_silent(mark):
    assert snips("a.html", f"The vote was Friday, Dec. 1,{mark} 2023, in the hall.", DATES + ("style",)) == []


@pytest.mark.parametrize("para", [
    "The council met Sept. 2<sup>1</sup> and Sept. 3, 2023, in the hall.",
    "The council met Sept. 2,<sup>1</sup> Sept. 3 and Sept. 4, 2023.",
    "The council met Sept. 2\u00b9 and Sept. 3, 2023<sup>2</sup>, in the hall.",
])
def test_a_mark_after_a_lists_first_date_keeps_the_lists_year(para):
    assert snips("a.html", para, DATES) == []


@pytest.mark.parametrize("gap, joined", [(f"{N} and ", True), (f",{N} ", True), (f"{N}{N}, ", True),
                                         (f"{N} said ", False), (" and ", True)])
def test_range_gap_takes_the_marks_after_a_date(gap, joined):
    text = f"Sept. 2{gap}Sept. 3"
    assert range_gap(text, len("Sept. 2"), len(text) - len("Sept. 3")) is joined


@pytest.mark.parametrize("para, want", [
    ("The council met on Sunday, 3\u00b9 September 2023, in the hall.", "on Sunday, Sept. 3\u00b9, 2023, in"),
    ("It began 5th\u1d43 January 2023, in the hall.", "began Jan. 5\u1d43, 2023, in"),
    ("It began 3\u20135\u00b9 March 2023, in the hall.", "began March 3\u20135\u00b9, 2023, in"),
])
def test_a_day_first_fix_keeps_a_unicode_mark_and_settles(para, want):
    out = fixed_text("a.md", doc("a.md", para), ("style",))
    out = out.decode() if isinstance(out, bytes) else out
    assert want in out
    assert found("a.md", out, ("style", "dates")) == []


@pytest.mark.parametrize("name", ["a.md", "a.html"])
def test_a_day_first_fix_over_a_sup_is_said_not_made(name):
    para = "The council met on Sunday, 3<sup>1</sup> September 2023, in the hall."
    (d,) = found(name, doc(name, para), ("style.date-order",))
    assert d.fix is None and "'3 September' -> 'Sept. 3,'" in d.message


@pytest.mark.parametrize("name", ["a.md", "a.html", "a.nitf"])
def test_a_day_first_ordinal_with_a_mark_gets_its_weekday_checked(name):
    para = "The council met on Monday, 5th<sup>6</sup> January 2023, in the hall."
    msgs = [(d.rule, d.message.split(":")[0]) for d in found(name, doc(name, para), DATES)]
    assert msgs == [("dates.weekday-mismatch", "'Monday, 5th January 2023'")]


def _part(text, sups=()):
    return Part("paragraph", text, ((0, 0),), attrs={"inline": [("superscript", s, e) for s, e in sups]})


@pytest.mark.parametrize("text, sups, read", [
    ("December 103 workers struck", [(11, 12)], None),            # 10<sup>3</sup>: a power of ten
    ("December 10\u00b3 workers struck", [], None),
    ("December 103, 2023, workers", [(11, 12)], f"December 10{N}, 2023, workers"),   # a comma: a note
    ("December 103 2023 workers", [(11, 12)], f"December 10{N} 2023 workers"),       # a year: a note
    ("December 103. Workers", [(11, 12)], f"December 10{N}. Workers"),              # a stop: a note
    ("December 1012 workers", [(11, 13)], f"December 10{N}{N} workers"),            # two figures: a note
    ("December 53 workers", [(10, 11)], f"December 5{N} workers"),                  # no ten: a note
    ("December 110 workers", [(11, 12)], f"December 11{N} workers"),               # a day 11, mark 0
])
def test_a_one_figure_mark_on_ten_before_a_word_is_a_power(text, sups, read):
    got = unread_marks(_part(text, sups), text)
    assert got == (text if read is None else read)


@pytest.mark.parametrize("name", ["a.md", "a.html"])
def test_a_marked_ten_before_a_comma_is_still_a_dated_note(name):
    para = "On Monday, December 10<sup>3</sup>, 2023, workers struck at the plant."
    msgs = [(d.rule, d.message.split(":")[0]) for d in found(name, doc(name, para), DATES)]
    assert msgs == [("dates.weekday-mismatch", "'Monday, December 10, 2023'")]


@pytest.mark.parametrize("ordinal", ["d", "ND", "\u207f\u1d48", "ST"])
def test_mention_reads_the_year_past_a_kept_ordinal(ordinal):
    m = MENTION.search(f"Saturday, Sept. 2{ordinal}, 2023, at noon")
    assert mention_day(m) == (9, 2, 2023) and m["ord"] == ordinal


@pytest.mark.parametrize("ordinal", ["<sup>d</sup>", "<sup>ND</sup>", "\u207f\u1d48"])
def test_a_wrong_weekday_before_a_kept_ordinal_is_checked_in_its_year(ordinal):
    para = f"The council met Friday, Sept. 2{ordinal}, 2023."
    msgs = [(d.rule, d.message.split(";")[0]) for d in found("a.html", doc("a.html", para), DATES)]
    assert [(r, m.split(": ", 1)[1]) for r, m in msgs] == [
        ("dates.weekday-mismatch", "September 2, 2023 is a Saturday, not a Friday")]


@pytest.mark.parametrize("text, sups, read", [
    ("Feb. 31,2, 2023", [(6, 7), (7, 8), (8, 9)], f"Feb. 3{N}{N}{N}, 2023"),          # <sup>1</sup><sup>,</sup><sup>2</sup>
    ("Feb. 31, 2, 2023", [(6, 7), (7, 9), (9, 10)], f"Feb. 3{N}{N}{N}{N}, 2023"),     # <sup>, </sup>
    ("Feb. 3, 2023", [(6, 7)], None),                                                # a lone <sup>,</sup>: no mark
    ("Feb. 31, officials", [(6, 7), (7, 8)], f"Feb. 3{N}, officials"),              # a comma after the last mark
])
def test_a_superscripted_comma_between_marks_joins_their_run(text, sups, read):
    got = unread_marks(_part(text, sups), text)
    assert got == (text if read is None else read)
