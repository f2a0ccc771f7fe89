"""A one-sentence lede closed with a full stop hides no wire dateline only
when the paragraph under it opens with a sure one (an agency, a state or
country after a comma, a date), and a note's word (`UPDATE`) is never a
dateline's place (readers/_conventions.py). Every story here is written for the test."""
from __future__ import annotations

import datetime as dt

import pytest

from lint import lint_text
from lint.readers import read_bytes
from test_attribution_initials import ZONE_TAKEN_BACK

LEDE = "The council voted 5-2 on Tuesday to end a year of budget fights."


@pytest.mark.parametrize("second", [
    "UPDATE, March 5 — The mayor signed the budget on Thursday.",
    "CORRECTION, March 5 — An earlier version misstated the vote.",
    "NASA — which had planned to fly in May — said it would wait.",
])
def test_a_paragraph_under_a_one_sentence_lede_opening_with_a_dash_is_no_dateline(second):
    src = f"Council ends budget fight\nMarch 3, 2026\n\n{LEDE}\n\n{second}\n"
    doc = read_bytes("story.txt", src.encode())
    assert [p.text for p in doc.parts_of(("dateline",))] == ["March 3, 2026"]
    assert doc.published == dt.date(2026, 3, 3)
    assert [d.rule for d in lint_text(src, "story.txt") if d.rule.startswith("dates.")] == []


def test_in_markdown_an_update_line_gives_no_publication_date():
    src = (f"---\ntitle: Council ends budget fight\n---\n\n{LEDE}\n\n"
           "UPDATE, March 5, 2026 — The mayor signed the budget on Thursday.\n")
    doc = read_bytes("story.md", src.encode())
    assert not doc.parts_of(("dateline",)) and doc.published is None


@pytest.mark.parametrize("dateline", ["PORTLAND, Maine —", "LONDON (Reuters) —", "LONDON, March 3 —"])
def test_a_sure_dateline_under_a_stopped_subhead_is_still_read(dateline):
    src = f"Board picks new chief\n\nBoard picks veteran executive after long search.\n\n{dateline} The board met.\n"
    doc = read_bytes("release.txt", src.encode())
    [part] = doc.parts_of(("dateline",))
    assert (part.text, part.source_offset(0)) == (dateline, src.index(dateline))


def test_an_update_word_opening_the_first_paragraph_is_no_dateline():
    src = "Board picks new chief\n\nUPDATE, March 5 — The mayor signed the budget on Thursday.\n"
    assert not read_bytes("story.txt", src.encode()).parts_of(("dateline",))


@pytest.mark.parametrize("subhead", [
    "St. Louis Fed names veteran economist as its new president.",
    "Gov. Ray Malone signs the budget after a long fight.",
    "John F. Kennedy airport to close a runway for repairs.",
])
def test_an_abbreviation_s_stop_inside_a_subhead_is_no_sentence_end(subhead):
    src = f"Fed picks president\n\n{subhead}\n\nST. LOUIS (AP) — The board voted on Monday.\n"
    assert [p.text for p in read_bytes("story.txt", src.encode()).parts_of(("dateline",))] == ["ST. LOUIS (AP) —"]


def _datelines_under(above: str) -> list[str]:
    """The datelines read in a hed, then `above`, then a sure dateline's paragraph (`PORTLAND, Maine —`)."""
    src = f"Board picks new chief\n\n{above}\n\nPORTLAND, Maine — The board met.\n"
    return [p.text for p in read_bytes("release.txt", src.encode()).parts_of(("dateline",))]


# nu49 #3: a clock time's colon joins no two statements, so a stamp or a subhead closed with
# `p.m.` still stands over a sure dateline; a colon that joins two statements does not.
@pytest.mark.parametrize("above, dateline", [
    ("Updated March 5, 2025, 4:15 p.m.", ["PORTLAND, Maine —"]),
    ("Board meets again at 10:30 a.m.", ["PORTLAND, Maine —"]),
    ("Board picks veteran: the search ends after a year.", []),
    ("Board picks veteran; the search ends after a year.", []),
])
def test_a_clock_times_colon_joins_no_statements_over_a_sure_dateline(above, dateline):
    assert _datelines_under(above) == dateline


def test_a_timed_line_over_a_dash_that_is_no_sure_dateline_hides_none():
    src = "Board picks new chief\n\nBoard meets again at 10:30 a.m.\n\nNASA — which had planned to fly — waited.\n"
    assert not read_bytes("release.txt", src.encode()).parts_of(("dateline",))


# qa225 #2: a timed stamp whose `p.m.` is followed by a zone or the date ('4:15 p.m. ET.',
# '4:15 p.m. March 5, 2025.') keeps the sure dateline below: that `p.m.` stop ends no sentence.
@pytest.mark.parametrize("above", ["Updated March 5, 2025, 4:15 p.m. ET.", "Updated 4:15 p.m. March 5, 2025.",
                                   "Updated 10:30 a.m. (EDT) Tuesday.", "Board meets again at 4 pm. Thursday."])
def test_qa225_a_stamp_with_a_zone_or_date_after_p_m_keeps_the_sure_dateline(above):
    assert _datelines_under(above) == ["PORTLAND, Maine —"]


# Control: before any other capital `p.m.` ends a sentence, so the line is two and hides the
# dateline as before; so does a stop after figures that are no clock time's.
@pytest.mark.parametrize("above", ["Board meets at 4 p.m. The mayor will speak.",
                                   "Board meets at 4:15 p.m. NASA will attend.",
                                   "Board meets in Room 4. March vote is due."])
def test_qa225_control_p_m_before_another_capital_still_ends_a_sentence(above):
    assert not _datelines_under(above)


# qa230 #1: a weekday's or a month's possessive after `p.m.` opens a new sentence
# (`initial_stops.goes_on_after_clock`, read by the quote splitter too), so the line is two
# sentences, a lede's, and hides the dateline below as on main.
@pytest.mark.parametrize("above", ["The vote came at 4 p.m. Tuesday's meeting ran late.",
                                   "The vote came at 4 p.m. Tuesday\u2019s meeting ran late.",
                                   "Polls closed at 8 p.m. March's turnout was a record."])
def test_qa230_a_possessive_day_after_p_m_opens_a_sentence(above):
    assert not _datelines_under(above)


# qa230 #2: a month after `p.m.` that is the subject of a speech verb (`May said`) opens a
# second sentence: the line is a lede's two sentences and hides the dateline below, as on
# main; a zone word's (`Pacific Gas and Electric said`) was taken back (ZONE_TAKEN_BACK).
@pytest.mark.parametrize("above", ["The vote came at 4 p.m. May said she was pleased.", *(
    pytest.param(a, marks=pytest.mark.xfail(strict=True, reason=ZONE_TAKEN_BACK))
    for a in ("Power failed at 4 p.m. Central Maine Power said 9,000 lost service.",
              "Power failed at 4 p.m. Pacific Gas and Electric said 9,000 lost service."))])
def test_qa230_a_time_follower_that_opens_a_sentence_after_p_m(above):
    assert not _datelines_under(above)


# qa230 #2, left: `Sunday is` opens a sentence after `Board meets at 4 p.m.`, but `The
# meeting at 4 p.m. Sunday is open` (below) is one sentence; only a parse tells them apart.
@pytest.mark.xfail(strict=True, reason="qa230 #2: `p.m. Sunday is` opening a sentence reads as one clause"
                   " (the same words as `The meeting at 4 p.m. Sunday is open`)")
def test_qa230_a_weekday_subject_of_a_copula_after_p_m_opens_a_sentence():
    assert not _datelines_under("Board meets at 4 p.m. Sunday is the deadline.")


# The nearest cases of qa230 stay one sentence over the sure dateline: a weekday or a zone
# that goes on the time (a zone's own name, a weekday before a verb whose subject comes before it).
@pytest.mark.parametrize("above", ["Updated 4:15 p.m. Eastern Time.",
                                   "Updated 4:15 p.m. Pacific Daylight Time Tuesday.",
                                   "Board meets again at 4 p.m. Tuesday at City Hall.",
                                   "The meeting at 4 p.m. Sunday is open to all.",
                                   "Board meets at 4 p.m. Sunday, March 5."])
def test_qa230_control_a_time_follower_that_goes_on_keeps_the_sure_dateline(above):
    assert _datelines_under(above) == ["PORTLAND, Maine —"]


# qa235 #3 (HIGH): a weekday after `p.m.` before `says`/`said` (`time_speech_verbs`) is no
# speaker, so the subhead is one sentence and keeps the sure dateline below, as on main
# (`4 p.m. May said`, a name's, still opens a second sentence: qa230 #2 above).
@pytest.mark.parametrize("above", ["Mill statement issued at 10 a.m. Tuesday says plant will close.",
                                   "A statement issued at 10 a.m. Tuesday said the plant would close."])
def test_qa235_a_weekday_before_a_speech_verb_after_p_m_keeps_the_sure_dateline(above):
    assert _datelines_under(above) == ["PORTLAND, Maine —"]


# qa235 #5 (MED): `Central Africa Time` names a zone too; main kept the dateline under it.
def test_qa235_a_zone_named_for_a_region_keeps_the_sure_dateline():
    assert _datelines_under("Updated 4:15 p.m. Central Africa Time.") == ["PORTLAND, Maine —"]


# qa243 #1 (HIGH vs main): a zone word before a plural weekday goes on the time, so the
# one-sentence subhead keeps the sure dateline below it, as on main.
def test_qa243_a_zone_before_a_plural_day_keeps_the_sure_dateline():
    assert _datelines_under("New series airs at 9 p.m. Eastern Sundays.") == ["PORTLAND, Maine —"]


# qa247 #1/#2 (HIGH vs main): a zone opener before an en-dash range of short weekdays, or naming
# a thing inside `the <clock> ...`, goes on the time; the one-sentence subhead keeps the sure
# dateline below it, as on main.
@pytest.mark.parametrize("above", ["New series airs at 9 p.m. Eastern Mon\u2013Fri.",
                                   "Session opens at the 10 a.m. Central Committee meeting."])
def test_qa247_a_zone_opener_that_names_no_new_subject_keeps_the_sure_dateline(above):
    assert _datelines_under(above) == ["PORTLAND, Maine —"]


def test_qa247_an_all_caps_zone_before_an_all_caps_word_keeps_the_sure_dateline():
    assert _datelines_under("Debate starts at 9 p.m. EASTERN ON CNN.") == ["PORTLAND, Maine —"]
