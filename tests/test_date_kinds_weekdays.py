"""Weekdays and datelines on small stories: dates.weekday-mismatch beside
weekday ranges and near New Year, dates.relative-weekday (and what counts a
weekday from the story instead), and dates.dateline-mismatch comparing every
dateline's date."""
from __future__ import annotations

import datetime as dt

import pytest

from lint.config import Config
from lint.engine import lint_document
from lint.readers import read_bytes
from date_kind_helpers import DATES, PUB, found, located


@pytest.mark.parametrize("body, published, message", [
    # the first weekday of a weekday range names the range's first day (March 3, 2025: a Monday)
    ("Monday through Wednesday, March 3-5, the boat show ran.", PUB, None),
    ("The show ran Monday to Wednesday, March 3-5, 2025.", PUB, None),
    # without a day range "Monday through" proves nothing
    ("The show ran Monday through Thursday, March 5, 2025.", PUB,
     "'Thursday, March 5, 2025': March 5, 2025 is a Wednesday, not a Thursday; fix the weekday or the date"),
    ("The show ran Thursday, March 3-5, 2025.", PUB,
     "'Thursday, March 3': March 3, 2025 is a Monday, not a Thursday; fix the weekday or the date"),
    # the last weekday fits the last day, the first is not the first day's (qa110 #11)
    ("The show ran Tuesday through Wednesday, March 3-5, 2025.", PUB,
     "'Tuesday through Wednesday, March 3-5': March 3, 2025 is a Monday, not a Tuesday; fix the weekday or the date"),
    # a range past the month's end fits no weekday
    ("The show ran Monday through Wednesday, Feb. 27-30.", PUB,
     "'Monday through Wednesday, Feb. 27-30': February 27, 2025 is a Thursday, not a Monday; fix the weekday or the date"),
])
def test_weekday_ranges(body, published, message):
    got = [m for k, m in found(body, published) if k == "weekday-mismatch"]
    assert got == ([message] if message else [])


@pytest.mark.parametrize("body, published, flagged", [
    # without a year, a weekday may fit the year next to the publication's, up to 120 days away,
    # and always the year the clause's tense points to: the next Jan. 3 for the future
    ("The talks will be held Saturday, Jan. 3.", dt.date(2025, 12, 20), False),   # 2026-01-03
    ("The talks will be held Saturday, Jan. 3.", dt.date(2025, 9, 5), False),     # 120 days
    ("The talks will be held Saturday, Jan. 3.", dt.date(2025, 9, 4), False),     # 121 days, ahead
    ("The talks were held Saturday, Jan. 3.", dt.date(2025, 9, 4), True),         # 2025-01-03, a Friday
    # a past clause a few days into the new year means last December's, not the coming one's
    ("The fire started Tuesday, Dec. 30.", dt.date(2026, 1, 3), False),           # 2025-12-30
    ("The fire started Wednesday, Dec. 30.", dt.date(2026, 1, 3), True),          # 2026-12-30's
    # a clause of no tense may mean the coming December: nearest is no proof
    ("The festival returns Sunday, Dec. 27.", dt.date(2026, 1, 2), False),        # 2026-12-27
    ("The deadline was extended to Sunday, Dec. 27.", dt.date(2026, 1, 2), False),
    ("The festival returns Monday, Dec. 27.", dt.date(2026, 1, 2), True),         # no year's
    # a written year is the year: Dec. 30, 2024 was a Monday
    ("The talks were held Tuesday, Dec. 30, 2024.", dt.date(2026, 1, 3), True),
])
def test_weekdays_near_new_year(body, published, flagged):
    assert any(k == "weekday-mismatch" for k, _ in found(body, published)) is flagged


def test_every_dateline_is_compared_and_only_its_date():
    published = dt.date(2025, 3, 12)           # a Wednesday
    # a weekday alone in a dateline is no date to compare (Monday: March 10)
    assert located("HEADLINE\n\nLONDON, Monday (Reuters) - Prices rose.\n", published) == []
    assert located("HEADLINE\n\nLONDON (Reuters) - Prices rose.\n", published) == []
    # with the date from the configuration, a date line and a wire dateline are both datelines
    assert located("Council opens ferry inquiry\n\nMarch 4, 2025\n\nLONDON, March 9 (Reuters) - "
                   "Prices rose.\n", published) == [("dateline-mismatch", 3, 1),
                                                    ("dateline-mismatch", 5, 9)]


def test_a_right_weekday_does_not_stop_the_check_of_the_next():
    assert located("HEADLINE\n\nPrices rose on Monday, March 10, and Tuesday, March 12.\n",
                   dt.date(2025, 3, 12)) == [("weekday-mismatch", 3, 38)]


@pytest.mark.parametrize("body, flagged", [
    ("They met Monday and again last Tuesday.", "'last Tuesday' is redundant or ambiguous "
                                                "(Tuesday, March 11)"),    # a plain weekday first
    ("They met Tuesday of last week.", "'Tuesday of last week' is redundant or ambiguous:"),
    ("They met on Monday, next week.", "'Monday, next week' is redundant or ambiguous:"),
    # the weekday's own "last" is the finding; "of last week" after it adds nothing to mark
    ("They met last Tuesday of last week.", "'last Tuesday' is redundant or ambiguous:"),
    # `that` opening what was said or thought is no determiner: the day is still counted from publication
    ("Police said that last Friday a man was shot on Elm Street.", "'last Friday'"),
    ("The mayor said that next Tuesday the council will vote.", "'next Tuesday'"),
    ("Officials hope that next Friday the bridge will reopen.", "'next Friday'"),
    ("Now that next Monday is a holiday, the vote moves.", "'next Monday'"),
    ("He told the council that last Friday was the worst day.", "'last Friday'"),
    # a determiner ends the sentence or a comma stands between: none for the weekday
    ("And that was that. Next Friday the board votes.", "'Next Friday'"),
    ("He said that, next Tuesday, the council will vote.", "'next Tuesday'"),
])
def test_relative_weekdays(body, flagged):
    (message,) = [m for k, m in found(body, dt.date(2025, 3, 12)) if k == "relative-weekday"]
    assert message.startswith(flagged)


@pytest.mark.parametrize("body", [
    # counted from the story's own time, not from publication: no day to name
    "The workshop ran on a Monday. They came back the next Wednesday.",
    "The vote falls on the last Friday of the month.",
    "We shipped it that next Tuesday.",
])
def test_a_weekday_counted_from_the_story_is_no_relative_weekday(body):
    assert [k for k, _ in found(body, dt.date(2025, 3, 12)) if k == "relative-weekday"] == []


def test_a_date_before_a_relative_weekday_does_not_hide_it():
    assert located("HEADLINE\n\nOn March 3 they met, and again last Tuesday.\n",
                   dt.date(2025, 3, 12)) == [("relative-weekday", 3, 32)]


@pytest.mark.parametrize("dateline", [
    "LONDON, Monday — March 9",              # a weekday alone first
    "March 2025 issue: LONDON, March 9",     # a month alone first
])
def test_a_dateline_is_compared_past_what_is_not_a_date(dateline):
    head = '<html><body><h1>Prices rise</h1><p class="dateline">'
    page = f"{head}{dateline}</p><p>Prices rose.</p></body></html>"
    doc = read_bytes("story.html", page.encode("utf-8"))
    got = lint_document(doc, DATES, Config(published=dt.date(2025, 3, 12))).diagnostics
    assert [(d.rule, d.line, d.column) for d in got] == [
        ("dates.dateline-mismatch", 1, len(head) + dateline.index("March 9") + 1)]


def test_relative_weekday_reads_its_word_lists_from_the_data(monkeypatch):
    # weekday_determiners and that_clause_heads live in lint/data/dates.yaml, so a
    # newsroom's addition there is what the kind reads
    from lint.analysis.date_scan import names
    from lint.kinds import relative_weekday as rw
    text = "They met again this next Friday."
    at = text.index("next")
    assert not rw._counted_from_story(text, at)
    lists = dict(names())
    lists["weekday_determiners"] = lists["weekday_determiners"] | {"this"}
    monkeypatch.setattr(rw, "names", lambda: lists)
    assert rw._counted_from_story(text, at)
    said = "They prayed that next Friday the vote is due."
    assert rw._counted_from_story(said, said.index("next"))
    lists["that_clause_heads"] = lists["that_clause_heads"] | {"prayed"}
    assert not rw._counted_from_story(said, said.index("next"))


# nu55 #4: a relative weekday inside a direct quote is the speaker's words,
# which a copy editor does not rewrite (hygiene.doubled-word leaves a quote's
# repeats alone for that reason); seen on BBC business/192.txt: a judge "does not
# anticipate ruling on it before next Tuesday".
@pytest.mark.parametrize("body", [
    '"We will vote next Tuesday," Mayor Ana Reyes said.',
    'The judge said she would not rule "before next Tuesday".',
    '“I saw him last Friday,” the witness said.',
])
def test_nu55_a_relative_weekday_inside_a_direct_quote_is_left_alone(body):
    assert [k for k, _ in found(body, dt.date(2025, 3, 12)) if k == "relative-weekday"] == []


def test_nu55_control_the_same_words_outside_a_quote_are_flagged():
    assert [k for k, _ in found("Mayor Ana Reyes said the council will vote next Tuesday.",
                                dt.date(2025, 3, 12)) if k == "relative-weekday"] == ["relative-weekday"]
