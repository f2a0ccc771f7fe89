"""nu22 #9: a file with no publication date whose story writes one year in
full (`Tuesday, Nov. 18, 2026`) has its yearless dates' weekdays checked in
that year, and only there: the year is never the publication date, and the
abbreviation fix is held back on a weekday that year shows to be wrong."""
from __future__ import annotations

import datetime as dt

import pytest

from lint.config import Config
from lint.engine import lint_bytes

LEDE = "The Riverton City Council voted 5-2 on Wednesday, Nov. 18, 2026, to delay a plan."


def _run(*sentences: str, published: dt.date | None = None):
    text = "Council delays vote\n\n" + "\n\n".join(sentences) + "\n"
    return lint_bytes("s.txt", text.encode(),
                      Config(published=published, select=("dates", "style.weekday-abbreviation")))


def _found(*sentences: str, published: dt.date | None = None):
    return [(d.rule, d.level, d.fix.replacement if d.fix else None)
            for d in _run(*sentences, published=published).diagnostics]


def test_a_yearless_weekday_is_checked_in_the_storys_year():
    result = _run(LEDE, "The council will take up the plan again on Monday, Dec. 9.")
    (d,) = result.diagnostics
    assert (d.rule, d.level, d.line, d.column) == ("dates.weekday-mismatch", "warning", 5, 44)
    assert d.message == ("'Monday, Dec. 9': December 9, 2026 is a Wednesday, not a Monday (the year "
                         "is the story's own, from 'Wednesday, Nov. 18, 2026': the file is undated); fix the weekday or the date")
    assert result.undated      # still a file with no publication date


def test_a_weekday_that_fits_the_storys_year_is_quiet():
    assert _found(LEDE, "The council will take up the plan again on Wednesday, Dec. 9.") == []


def test_the_storys_year_is_no_publication_date():
    # told in the past after Nov. 18 would be after publication, if the year were one
    assert _found(LEDE, "The council met again on Wednesday, Dec. 9, and voted.") == []
    # a publication date wins: Dec. 9, 2024 is a Monday
    found = _found(LEDE, "The council will meet on Monday, Dec. 9.", published=dt.date(2024, 11, 20))
    assert [f for f in found if f[0] == "dates.weekday-mismatch"] == []


def test_no_year_is_taken_from_a_story_with_two():
    assert _found(LEDE, "The plan was first filed on Oct. 3, 2025.",
                  "The council will take up the plan again on Monday, Dec. 9.") == []
    # a month and year counts as a year the story writes
    assert _found(LEDE, "A bond was approved in November 2024.",
                  "The council will take up the plan again on Monday, Dec. 9.") == []


def test_a_month_and_year_alone_gives_no_day_to_anchor_on():
    assert _found("A bond was approved in November 2026.",
                  "The council will take up the plan again on Monday, Dec. 9.") == []


def test_the_abbreviation_fix_is_held_on_a_weekday_the_storys_year_shows_wrong():
    assert _found(LEDE, "The council meets again Mon., Dec. 9, in the hall.") == [
        ("dates.weekday-mismatch", "warning", None), ("style.weekday-abbreviation", "warning", None)]
    assert _found(LEDE, "The council meets again Wed., Dec. 9, in the hall.") == [
        ("style.weekday-abbreviation", "warning", "Wednesday,")]


def test_only_a_date_with_its_weekday_vouches_for_the_year():
    # a bond's maturity is no news date: April 6, 2027 is a Tuesday, but the
    # story may well be of 2026 (Reuters-21578: `due May 14, 1997` in 1987 copy)
    assert _found("The company is issuing a bond due May 14, 2027.",
                  "Final terms will be set on Monday, April 6.") == []
    assert _found("The company is issuing a bond due Friday, May 14, 2027.",
                  "Final terms will be set on Monday, April 6.") == [
        ("dates.weekday-mismatch", "warning", None)]


def test_a_year_near_the_date_gives_it_its_year():
    # qa47 #3: the sentence before, after the date in its sentence, in words
    assert _found(LEDE, "In 1999, the plant first opened. On Thursday, Dec. 9, workers walked out.") == []
    assert _found(LEDE, '"We first met on Thursday, Dec. 9," she said of the 1999 strike.') == []
    assert _found(LEDE, "Last year's vote, on Monday, Dec. 9, failed.") == []
    assert _found(LEDE, "The vote, on Monday, Dec. 9, was put off until next year.") == []
    assert _found(LEDE, "A decade ago, on Monday, Dec. 9, the plant closed.") == []
    # the same year near it is no other year
    assert _found(LEDE, "In 2026, the plan came back. It goes to a vote on Monday, Dec. 9.") == [
        ("dates.weekday-mismatch", "warning", None)]


def test_a_year_in_an_earlier_paragraph_is_not_near():
    assert _found(LEDE, "In 1999, the plant first opened.", "The plan has changed.",
                  "The council takes the plan up again on Monday, Dec. 9.") == [
        ("dates.weekday-mismatch", "warning", None)]
    # nor one before the last sentence of the paragraph before, nor for a later sentence
    assert _found(LEDE, "In 1999, the plant first opened. It was small.",
                  "The council takes the plan up again on Monday, Dec. 9.") == [
        ("dates.weekday-mismatch", "warning", None)]
    assert _found(LEDE, "In 1999, the plant first opened.",
                  "The plan has changed. The council takes it up again on Monday, Dec. 9.") == [
        ("dates.weekday-mismatch", "warning", None)]


def test_a_year_closing_the_paragraph_before_is_near():
    # nu23 #2: the last sentence of the paragraph before counts as the sentence
    # before for a date in its paragraph's first sentence, as year_carry reads it
    assert _found(LEDE, "In 1999, the plant first opened.",
                  "The council takes the plan up again on Monday, Dec. 9.") == []


def test_a_four_digit_count_is_no_year():
    # qa47 #8
    assert _found(LEDE, "About 1800 people marched on Monday, Dec. 10.") == [
        ("dates.weekday-mismatch", "warning", None)]
    assert _found(LEDE, "The 1999 strike began on Thursday, Dec. 10.") == []
    assert _found(LEDE, "The strike of '99 began on Thursday, Dec. 10.") == []


@pytest.mark.parametrize("sentence", [
    # qa49 #4: a determiner or possessive before the figures, or `of` after a noun
    "His 2018 audit, released on Monday, Dec. 10, found errors.",
    "A 2018 audit, released on Monday, Dec. 10, found errors.",
    "The audit of 2018 came out on Monday, Dec. 10.",
    "Her 2018 book launch on Monday, Dec. 10 drew a crowd.",
])
def test_a_year_after_a_determiner_or_of_is_a_year(sentence):
    assert _found(LEDE, sentence) == []


def test_of_after_a_count_is_no_year():
    assert _found(LEDE, "One of 1800 workers marched on Monday, Dec. 10.") == [
        ("dates.weekday-mismatch", "warning", None)]


def test_many_anchors_take_the_nearest_and_the_first_written_on_a_tie():
    # qa47 #7: the anchors are bisected; the message names the nearest day
    # the story writes, and of two as near, the one written first
    result = _run("The council met Friday, Nov. 20, 2026, and Wednesday, Nov. 18, 2026.",
                  "It met again Tuesday, Dec. 22, 2026, and Monday, Dec. 21, 2026.",
                  "The budget vote is on Monday, Dec. 9.",
                  "A hearing is on Friday, Nov. 19.")
    sources = [d.message.split("from '")[1].split("'")[0] for d in result.diagnostics
               if d.rule == "dates.weekday-mismatch" and "story's own" in d.message]
    assert sources == ["Monday, Dec. 21, 2026", "Friday, Nov. 20, 2026"]
