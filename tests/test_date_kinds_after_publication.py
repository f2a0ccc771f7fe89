"""dates.after-publication and dates.future-tense-past-date on small
stories: their day bounds, windows and levels, messages, what they skip
(correction and update notes) and what does not end a paragraph's check;
and the dates rules' day options and levels as they load."""
from __future__ import annotations

import datetime as dt

import pytest

from lint.config import Config
from lint.engine import lint_document, rules_for
from lint.readers import read_bytes
from lint.ruleset import RuleError
from date_kind_helpers import found, located


@pytest.mark.parametrize("rule, option", [
    ("dates.after-publication", "grace-days"), ("dates.after-publication", "window-days"),
    ("dates.after-publication", "since-window-days"), ("dates.dateline-mismatch", "tolerance-days"),
    ("dates.future-tense-past-date", "window-days"),
])
def test_day_options_must_not_be_negative(rule, option):
    with pytest.raises(RuleError, match=f"{option}: must be 0 or more$"):
        found("Nothing.", options=((rule, f"{option}: -1\n"),))
    assert found("Nothing.", options=((rule, f"{option}: 0\n"),)) == []


def test_every_level_is_accepted_where_a_level_is_asked():
    text = "The pact was signed at the June summit."
    for level in ("suggestion", "warning", "error"):
        options = (("dates.after-publication", f"level-without-year: {level}\n"),)
        doc = read_bytes("story.txt", f"Headline\n\n{text}\n".encode("utf-8"))
        config = Config(published=dt.date(2026, 5, 18), options=options)
        rules = [r for r in rules_for(config) if r.id == "dates.after-publication"]
        (d,) = lint_document(doc, rules, config).diagnostics
        assert d.level == level


@pytest.mark.parametrize("body, published, column", [
    ("The council will vote on March 12.", dt.date(2025, 3, 12), None),   # the day itself: fine
    ("The council will vote on March 11.", dt.date(2025, 3, 12), 26),
    # without a year, up to window-days (120) back; March 12 is 120 days before July 10
    ("The council will vote on March 12.", dt.date(2025, 7, 10), 26),
    ("The council will vote on March 11.", dt.date(2025, 7, 10), None),   # next year's, surely
    # a mention passed over does not end the check of the part
    ("The council met on Monday and will vote on March 5.", dt.date(2025, 3, 12), 44),
    ("The council met March 2 and will vote on March 5.", dt.date(2025, 3, 12), 42),
    ("The council met in January and will vote on July 1.", dt.date(2025, 7, 10), 45),
])
def test_future_tense_past_date_bounds(body, published, column):
    assert located(f"HEADLINE\n\n{body}\n", published) == (
        [("future-tense-past-date", 3, column)] if column else [])


def after_publication(body: str, *options: str) -> list[tuple[int, str, str]]:
    config = Config(published=dt.date(2025, 3, 12),
                    options=tuple(("dates.after-publication", o) for o in options))
    rules = [r for r in rules_for(config) if r.id == "dates.after-publication"]
    doc = read_bytes("story.txt", f"HEADLINE\n\n{body}\n".encode("utf-8"))
    return [(d.column, d.level, d.message) for d in lint_document(doc, rules, config).diagnostics]


@pytest.mark.parametrize("body, options, expected", [
    ("The council approved the plan on March 12, 2025.", (), None),        # the day itself
    ("The council approved the plan on March 13, 2025.", (), "error"),
    ("The council approved the plan on March 14, 2025.", ("grace-days: 2\n",), None),
    ("The council approved the plan on March 15, 2025.", ("grace-days: 2\n",), "error"),
    # without a year: up to window-days (120) after publication; July 10 is the 120th day
    ("The council approved the plan on July 10.", (), "warning"),
    ("The council approved the plan on July 11.", (), None),
    ("The council approved the plan on July 12.", ("window-days: 122\n",), "warning"),
    # after "since": up to since-window-days (45); April 26 is the 45th day
    ("Prices have fallen since April 26.", (), "warning"),
    ("Prices have fallen since April 27.", (), None),
    ("Prices have fallen since May.", ("since-window-days: 50\n",), "warning"),
    # a period's end without a year: a suggestion, or nothing with period-ends: false
    ("The quarter ended April 30.", (), "suggestion"),
    ("The quarter ended April 30.", ("level-period: error\n",), "error"),
    ("The quarter ended April 30.", ("period-ends: false\n",), None),
    ("The council approved the plan on July 10.", ("level-without-year: error\n",), "error"),
])
def test_after_publication_bounds_and_levels(body, options, expected):
    got = after_publication(body, *options)
    assert [level for _, level, _ in got] == ([expected] if expected else [])


def test_after_publication_messages():
    ((_, _, with_year),) = after_publication("The council approved the plan on March 13, 2025.")
    assert with_year == ("'March 13, 2025' is told in the past tense ('approved') but is dated after "
                         "the publication date, March 12, 2025; fix the date, or the tense")
    ((_, _, custom),) = after_publication("The pact was signed at the June summit.",
                                          "message-without-year: custom {published} {marker}\n")
    assert custom == "custom March 12, 2025 signed"


def test_a_correction_note_is_skipped_but_the_story_after_it_is_checked():
    got = after_publication("CORRECTION (March 20, 2025): An earlier version misspelled a name.\n\n"
                            "The council approved the plan on March 13, 2025.")
    assert [(column, level) for column, level, _ in got] == [(34, "error")]


@pytest.mark.parametrize("body, flagged", [
    ("Between April and May 2024, the first contest drew 56 apps.", []),
    ("The ferry ran in April and May 2024.", []),
    ("Fares rose in December and January 2025, the board said.", []),
    ("The ferry ran in April and May.", [18, 28]),      # read in 2025: after March 12
    ("The ferry ran in April, and in May 2024 it closed.", [18]),
])
def test_a_year_written_after_a_run_of_dates_holds_for_all_of_them(body, flagged):
    assert [column for column, _, _ in after_publication(body)] == flagged


@pytest.mark.parametrize("body, flagged", [
    ("By March 20, 2025, all ferries sailing in controlled waters will carry radios.", []),
    ("By March 20, 2025, the elected board will vote on fares.", []),
    ("By March 20, 2025, the board controlled the fares.", [4]),
])
def test_a_participle_before_its_noun_is_no_past_verb(body, flagged):
    assert [column for column, _, _ in after_publication(body)] == flagged


@pytest.mark.parametrize("note", [
    "_This post was updated March 20 at 11:43 a.m. to correct the fares._",
    "Summer 2025 Update: The ferry left its trial run on March 20, 2025.",
    "This page has been updated. The ferry left its trial run on March 20, 2025.",
])
def test_a_blog_posts_update_note_is_skipped(note):
    assert after_publication(note) == []
    assert after_publication("The ferry left its trial run on March 20, 2025.") != []


def test_after_publication_spans_and_windows_do_not_end_the_check():
    def columns(body, published=dt.date(2025, 3, 12)):
        config = Config(published=published)
        rules = [r for r in rules_for(config) if r.id == "dates.after-publication"]
        doc = read_bytes("story.txt", f"HEADLINE\n\n{body}\n".encode("utf-8"))
        return [d.column for d in lint_document(doc, rules, config).diagnostics]

    season = "The grain was bought in the March 2025/June 2025 season."
    assert columns(season, dt.date(2025, 3, 1)) == []          # under way from the day itself
    assert columns(season, dt.date(2025, 2, 28)) == [29, 40]    # not yet begun: both are wrong
    assert columns("The grain bought in the July 2024/June 2025 season was sold on "
                   "March 20, 2025.") == [64]
    assert columns("The council approved the plan on Dec. 1, 2025.") == [34]   # a year: no window
    assert columns("Sales rose in December, and the council approved the plan on "
                   "March 13, 2025.") == [62]


@pytest.mark.parametrize("body, options, expected", [
    # a future date first: the past one after it in the same paragraph is still an error
    ("The vote is set for March 20, 2025. The council approved the plan on March 13, 2025.", (), [70]),
    # a date that names an event far from its verb is not that verb's ("promised ... in a statement")
    ("The mayor promised lower fares for all the city's bus and ferry riders in a March 20 statement. "
     "The council approved the plan on March 13, 2025.", (), [130]),
    # with period-ends off, a period's end is its name, and the next date is still checked
    ("The quarter ended March 31, 2025. The council approved the plan on March 13, 2025.", (), [19, 68]),
    ("The quarter ended March 31, 2025. The council approved the plan on March 13, 2025.",
     (("dates.after-publication", "period-ends: false\n"),), [68]),
])
def test_a_date_passed_over_does_not_end_the_paragraphs_check(body, options, expected):
    config = Config(published=dt.date(2025, 3, 12), options=options)
    rules = [r for r in rules_for(config) if r.id == "dates.after-publication"]
    doc = read_bytes("story.txt", f"HEADLINE\n\n{body}\n".encode("utf-8"))
    assert [d.column for d in lint_document(doc, rules, config).diagnostics] == expected


def test_after_publication_reads_its_nested_determiners_from_the_data(monkeypatch):
    # nested_determiners lives in lint/data/tense.yaml: a newsroom's addition counts
    from lint.kinds import after_publication as ap
    body = "Head\n\nTickets for our final on June 9 sold out last month.\n"
    when = dt.date(2026, 5, 18)
    assert [k for k, _ in found(body, when)] == ["after-publication"]
    lists = dict(ap.words())
    lists["nested_determiners"] = lists["nested_determiners"] | {"our"}
    monkeypatch.setattr(ap, "words", lambda: lists)
    ap._nested.cache_clear()
    try:
        assert found(body, when) == []
    finally:
        ap._nested.cache_clear()


@pytest.mark.parametrize("sentence", [
    "The panel met March 3 and 4, 2024, to discuss it.",
    "The panel met March 3/4, 2024, to discuss it.",
    "The panel met Sun./Mon., March 3/4, 2024, to discuss it.",
    "The panel met Sun. and Mon., March 3 and 4, 2024, to discuss it.",
    "The panel met Sun., Mon. and Tue., March 3, 4 and 5, 2024.",
])
def test_nu46_a_day_pair_with_an_earlier_year_is_not_after_publication(sentence):
    # control: "The panel met March 3, 2024." and "March 3-4, 2024" pass today
    found_ = located(f"Headline\n\n{sentence}\n", dt.date(2025, 3, 1))
    assert [f for f in found_ if f[0] == "after-publication"] == []
