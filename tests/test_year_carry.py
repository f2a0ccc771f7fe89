"""A yearless date takes the year written just before it (nu23 #2,
lint/analysis/year_carry.py): from its own sentence it is read in that year;
from the sentence or paragraph before the year is carried (`year_before`),
and the tense checks read it there only when that explains the tense."""
from __future__ import annotations

import datetime as dt

import pytest

from lint.analysis import year_carry
from lint.analysis.dates import date_mentions, find_mentions
from lint.readers import read_bytes

PUB = dt.date(2026, 11, 28)


def carried(text: str, published: dt.date = PUB) -> list[tuple[str, int | None, int | None]]:
    """(date as written, year read, year carried) of each yearless date or month."""
    return [(m.matched, m.first.year if m.first else None, _carried(m))
            for m in find_mentions(text, published)
            if m.kind in ("date", "month") and not m.year_written]


def _carried(m) -> int | None:
    """The year carried to m: the carrying runs when a check first asks."""
    m.in_year_before()
    return m.year_before


@pytest.mark.parametrize("text,want", [
    ("In December 1976, fire swept through the district. It started on Dec. 14 in a store.",
     [("Dec. 14", 2026, 1976)]),
    ("The mill closed in 1998. Workers walked out on Dec. 12.", [("Dec. 12", 2026, 1998)]),
    # a carried date carries its year on, sentence after sentence
    ("The fire began Dec. 14, 1976. Two days later, on Dec. 16, the roof fell. On Dec. 18, crews left.",
     [("Dec. 16", 2026, 1976), ("Dec. 18", 2026, 1976)]),
    # a month before the year's own month is in the year after
    ("The fire began Dec. 14, 1976. Crews cleared the site by Jan. 9.", [("Jan. 9", 2026, 1977)]),
    # ... unless that is the publication year: then nothing is carried
    ("The storm hit on Dec. 30, 2025. Crews will finish on Jan. 4.", [("Jan. 4", 2026, None)]),
])
def test_a_year_from_the_sentence_before_is_carried(text, want):
    assert carried(text) == want


@pytest.mark.parametrize("text", [
    "She was born in 1950. She died on Dec. 12 at her home.",
    "She was born Dec. 1, 1950. She died on Dec. 12 at her home.",
    "She has led the union since 2019. It walked out on Dec. 12.",
    "It was not until 2012 that the party raised the bar. Byler pointed it out in December.",
    "The peace followed the August 1988 cease-fire. Iran condemned the invasion on Dec. 2.",
    "The strike of 1998 is long over. Workers walked out again on Dec. 12.",
    # fx106: a year two sentences back carries over one told in the past only
    # (`past_narration`), not one in the present, the present perfect or with
    # a time from now, and not over two
    "The mill closed in 1998. The town is smaller now. Workers walked out on Dec. 12.",
    "The mill closed in 1998. The town has shrunk. Workers walked out on Dec. 12.",
    "The mill closed in 1998. More recently, the town shrank. Workers walked out on Dec. 12.",
    "The mill closed in 1998. This year the town shrank. Workers walked out on Dec. 12.",
    "The mill closed in 1998. The town shrank. It lost its school. Workers walked out on Dec. 12.",
    # ... nor to a date not told in the past
    "The mill closed in 1998. The town shrank. Workers will walk out on Dec. 12.",
    # a span's end written with its year is a period's bound, as before (Reuters: "extend its loan
    # through June 30, 1987. ... had been scheduled to expire February 28")
    "The loan runs through June 30, 1987. It expired on Dec. 12.",
    # a year in its own sentence, even one that governs nothing, stops the look back
    "The mill closed in 1998. Born in 1950, Ruiz walked out on Dec. 12.",
])
def test_a_year_of_another_event_or_too_far_back_is_not_carried(text):
    assert [c[1:] for c in carried(text)] == [(2026, None)]


@pytest.mark.parametrize("text,want", [
    # fx106 (nu26 #8): over one sentence told in the past
    ("On Dec. 3, 2025, the council met. It was cold. On Dec. 5 it voted.", [("Dec. 5", 2026, 2025)]),
    ("The mill closed in 1998. The town shrank. Workers walked out on Dec. 12.", [("Dec. 12", 2026, 1998)]),
    # a day the account gave its year ends a span ("until Dec. 16"), and still carries it on
    ("The fire started on Dec. 14, 1976, and burned until Dec. 16. Firefighters came from Bayport. "
     "Two days later, on Dec. 18, the council met.", [("Dec. 16", 2026, 1976), ("Dec. 18", 2026, 1976)]),
])
def test_a_year_carries_over_one_sentence_told_in_the_past(text, want):
    assert carried(text) == want


def test_over_the_first_sentence_of_a_paragraph():
    # nu26 #8's history column: the year the paragraph before closes on, over a sentence told in the past
    doc = read_bytes("x.md", (
        "---\ndate: 2026-12-01\n---\n\n"
        "In December 1976, the waterfront was still lined with wooden buildings. The fire started on Dec. 14 "
        "in a paint store and burned until Dec. 16, destroying 22 buildings.\n\n"
        "Firefighters came from as far as Bayport and Newcastle. Two days later, on Dec. 18, the city council "
        "met in a church basement.\n").encode())
    found = date_mentions(doc)
    assert [(m.matched, _carried(m)) for ms in found.values() for m in ms if not m.year_written] == \
        [("Dec. 14", 1976), ("Dec. 16", 1976), ("Dec. 18", 1976)]


@pytest.mark.parametrize("text,year", [
    # the last year before it in its own sentence is the date's (as before)
    ("In 2008, the campaign began airing ads on Dec. 12.", 2008),
    ("Since 2019, the union has walked out every Dec. 12.", 2019),
    # a birth's year is not: "born in 1950" names another event
    ("Born in 1950, she moved to Lowell on Dec. 12.", 2026),
])
def test_a_year_alone_before_the_date_in_its_sentence_is_its_year(text, year):
    assert [c[1:] for c in carried(text)] == [(year, None)]


@pytest.mark.parametrize("text,want", [
    # a date's year in its own sentence is carried, never read in: it only excuses
    ("The fire began Dec. 14, 1976, and burned until Dec. 16.", (2026, 1976)),
    ("The fire began Dec. 14, 1976, and was out by Jan. 9.", (2026, 1977)),
    # ... while a date read in a year alone passes that year on, read in
    ("In 1998, the mill closed on Dec. 1, and it reopened on Dec. 12.", (1998, None)),
    # a birth's is not carried, nor a year in an aside closed before the date
    ("Born Dec. 1, 1950, she died Dec. 12 at home.", (2026, None)),
    ("The firm, founded Dec. 1, 1998, opened a store on Dec. 12.", (2026, None)),
])
def test_a_dates_year_in_its_sentence_is_carried(text, want):
    assert carried(text)[-1][1:] == want


def test_the_last_sentence_of_the_paragraph_before_carries_into_the_first():
    doc = read_bytes("x.md", (
        "---\ndate: 2026-11-28\n---\n\n"
        "On Tuesday, Dec. 14, 1976, fire swept through the district.\n\n"
        "The fire started on Dec. 14 in a store. It burned until Dec. 16.\n\n"
        "The city will mark the day on Dec. 14.\n").encode())
    found = date_mentions(doc)
    got = [(m.matched, _carried(m)) for ms in found.values() for m in ms if not m.year_written]
    # the chain runs on through a paragraph's last sentence whose day took its year there, a span's end
    # too (fx106: "burned until Dec. 16" is a day of the account, not a period's bound); a date told in
    # the future only reads a carried year as a preview's (`carried_reading`), so this one is no excuse
    assert got == [("Dec. 14", 1976), ("Dec. 16", 1976), ("Dec. 14", 1976)]


def test_a_heading_between_paragraphs_stops_the_carry():
    doc = read_bytes("x.md", (
        "---\ndate: 2026-11-28\n---\n\n"
        "The mill closed in 1998.\n\n## Today\n\nWorkers walked out on Dec. 12.\n").encode())
    found = date_mentions(doc)
    assert [_carried(m) for ms in found.values() for m in ms if m.matched == "Dec. 12"] == [None]


def test_an_undated_story_carries_nothing():
    assert carried("In December 1976, fire swept through. It started on Dec. 14.", None) == \
        [("Dec. 14", None, None)]


def test_the_carrying_runs_only_when_a_check_asks():
    doc = read_bytes("x.md", b"---\ndate: 2026-11-28\n---\n\nThe mill closed in 1998. Workers walked out on Dec. 12.\n")
    date = [m for ms in date_mentions(doc).values() for m in ms if m.matched == "Dec. 12"][0]
    assert date.year_before is None                      # not yet read
    assert date.in_year_before() == (dt.date(1998, 12, 12), dt.date(1998, 12, 12))
    assert date.year_before == 1998


def test_asking_a_later_paragraph_first_reads_the_ones_before_it():
    doc = read_bytes("x.md", (
        "---\ndate: 2026-11-28\n---\n\n"
        "The fire began on Dec. 14, 1976.\n\n"
        "On Dec. 15, crews fought it all day.\n\n"
        "On Dec. 16, the roof fell.\n").encode())
    found = [m for ms in date_mentions(doc).values() for m in ms]
    last = [m for m in found if m.matched == "Dec. 16"][0]
    assert last.in_year_before() == (dt.date(1976, 12, 16),) * 2
    assert [_carried(m) for m in found if not m.year_written] == [1976, 1976]


def test_a_paragraphs_years_are_read_once_and_keep_the_years_carried_there(monkeypatch):
    # fx79: each part's years are read once (`Document.per_part`); a later ask
    # takes the year the paragraph before closes on from what was carried there
    texts = []
    read = year_carry.year_sources
    monkeypatch.setattr(year_carry, "year_sources", lambda ms, text: texts.append(text) or read(ms, text))
    doc = read_bytes("x.md", (
        "---\ndate: 2026-11-28\n---\n\n"
        "The fire began on Dec. 14, 1976. On Dec. 15, crews fought it.\n\n"
        "On Dec. 16, the roof fell.\n\n"
        "On Dec. 17, crews left.\n").encode())
    found = {m.matched: m for ms in date_mentions(doc).values() for m in ms}
    assert found["Dec. 16"].carried_year() == 1976
    assert found["Dec. 17"].carried_year() == 1976     # the second paragraph's carried year
    assert len(texts) == len(set(texts)) == 3


@pytest.mark.parametrize("text", [
    # fx68 a: time told from publication after the year, in the sentence the year
    # would come from, ends the carry (as it does closing the paragraph before)
    "The river flooded in 2019 and again this year. It reopened on Dec. 12.",
    "The river flooded in 2019, as it did last week. It reopened on Dec. 12.",
])
def test_time_from_publication_after_the_year_ends_the_carry(text):
    assert carried(text) == [("Dec. 12", 2026, None)]


def test_a_date_in_the_past_perfect_still_takes_the_year_before_that_time():
    # its clause tells of a time before the sentence before's (qa54 #1's history pieces)
    assert carried("The ferry sank in 1990, and this year the town marked it. "
                   "It had made its last crossing on Dec. 4.") == [("Dec. 4", 2026, 1990)]


@pytest.mark.parametrize("text", [
    # fx68 b: "The year was 1976" and a season's "of" set the time of their sentence
    "The year was 1976. Fire swept the mill on Dec. 14.",
    "In the winter of 1976, fire swept the mill. It started on Dec. 14.",
    # fx79: the sentence form, also opening a quote
    'The mill had stood 80 years. "The year was 1976. Fire swept the mill on Dec. 14," she said.',
])
def test_a_year_stated_or_a_seasons_year_is_carried(text):
    assert carried(text) == [("Dec. 14", 2026, 1976)]



@pytest.mark.parametrize("text", [
    # fx79: "year was" names the time only as a sentence's opening "The year was";
    # a subject's year ("Her best year") is no time for the next sentence
    "Her best year was 1976, when she won six races. She retired on Dec. 14.",
    "The mill's worst year was 1976. Fire swept it on Dec. 14.",
])
def test_a_year_a_subject_names_is_not_carried(text):
    assert carried(text) == [("Dec. 14", 2026, None)]


@pytest.mark.parametrize("text", [
    # qa56: a season's year is the year of the words before "the winter of": a period
    # running up to now after `since`, a span's end after `by`, an event's after "of"
    "The union has struck twice since the summer of 2019. It walked out again on Dec. 12.",
    "By the summer of 1976, the mill had closed. Workers left on Dec. 14.",
    "The strike of the summer of 2019 was long. It ended on Dec. 12.",
])
def test_a_seasons_year_after_since_by_or_an_event_is_not_carried(text):
    assert [year for _, _, year in carried(text)] == [None]


@pytest.mark.parametrize("text", [
    # qa56: a weekday that fits the carried year dates the clause there, whatever
    # the sentence before tells of this year (qa54 #1's piece in the simple past)
    "The ferry sank in 1990, and this year the town marked it. Its last crossing was on Tuesday, Dec. 4.",
    "In 1990, the ferry sank, the worst loss in the strait until last year. "
    "The crew left port on Tuesday, Dec. 4.",
])
def test_a_weekday_of_the_carried_year_keeps_it_after_this_year(text):
    assert [year for _, _, year in carried(text)] == [1990]


def test_a_weekday_of_this_year_still_ends_the_carry():
    # Dec. 1, 2026 is a Tuesday, Dec. 1, 1990 a Saturday
    assert carried("The ferry sank in 1990, and this year the town marked it. "
                   "Divers went down on Tuesday, Dec. 1.") == [("Tuesday, Dec. 1", 2026, None)]


def test_a_month_and_year_rolls_a_later_months_date_into_the_next_year():
    # qa56: "December 1975" is a month like "Dec. 30, 1975": Feb. 29 after it is 1976's
    assert carried("The mill closed in December 1975. It reopened on Jan. 9.") == [("Jan. 9", 2026, 1976)]


@pytest.mark.parametrize("body,found", [
    ("On Dec. 3, 2025, the council met. It was cold. On Dec. 5 it voted.", []),
    # a sentence in the present brings the account back to now: the slip is still reported
    ("On Dec. 3, 2025, the council met. The town is cold. On Dec. 5 it voted.", ["dates.after-publication"]),
])
def test_no_finding_on_a_date_the_account_gives_its_year(body, found):
    from lint import lint_text
    diagnostics = lint_text(f"---\ntitle: Council\ndate: 2026-12-01\n---\n\n{body}\n", "story.md")
    assert [d.rule for d in diagnostics if d.rule.startswith("dates.")] == found
