"""The dates kinds' arithmetic on small stories: impossible days and day ranges,
weekdays near New Year and beside weekday ranges, and option checks."""
from __future__ import annotations

import datetime as dt

import pytest

from lint.config import Config
from lint.engine import lint_document, rules_for
from lint.readers import read_bytes
from lint.ruleset import RuleError

DATES = [r for r in rules_for(Config()) if r.pack == "dates"]
PUB = dt.date(2025, 3, 10)


def found(body: str, published: dt.date = PUB, **config) -> list[tuple[str, str]]:
    doc = read_bytes("story.txt", f"Headline\n\n{body}\n".encode("utf-8"))
    rules = rules_for(Config(**config)) if config else DATES
    result = lint_document(doc, [r for r in rules if r.pack == "dates"],
                           Config(published=published, **config))
    return [(d.rule.split(".", 1)[1], d.message) for d in result.diagnostics]


@pytest.mark.parametrize("body, message", [
    ("It happened on March 32, 2024.",
     "'March 32, 2024' is not a real date: no month has more than 31 days"),
    ("It happened on April 31.", "'April 31' is not a real date: April has 30 days"),
    ("It happened on Feb. 30, 2024.",
     "'Feb. 30, 2024' is not a real date: February 2024 has 29 days"),
    ("It happened on Feb. 29, 2023.", "'Feb. 29, 2023' is not a real date: 2023 is not a leap year"),
    # the end of a day range is a date too, in its month (without a year: the publication year's)
    ("The fair runs April 29-31.",
     "'April 29-31' is not a real date: the range ends on day 31, but April has 30 days"),
    ("The fair ran Feb. 27-29, 2023.",
     "'Feb. 27-29' is not a real date: the range ends on day 29, but 2023 is not a leap year"),
])
def test_impossible_dates_say_why(body, message):
    assert found(body) == [("impossible-date", message)]


@pytest.mark.parametrize("body", [
    "The fair runs May 30-31.", "The fair runs March 30-31.", "The fair ran Jan. 2-31.",
    "The fair ran Feb. 27-29, 2024.",           # 2024 is a leap year: the range's own year counts
    "The fair ran Feb. 28-29, 2024, in Rome.",
])
def test_possible_day_ranges_pass(body):
    assert found(body) == []


def test_a_range_to_feb_29_without_a_year_is_read_in_the_publication_year():
    assert found("The fair ran Feb. 27-29.", dt.date(2024, 3, 10)) == []
    assert [k for k, _ in found("The fair ran Feb. 27-29.", dt.date(2025, 3, 10))] == ["impossible-date"]


@pytest.mark.parametrize("body, published, message", [
    # the first weekday of a weekday range names the range's first day (March 3, 2025: a Monday)
    ("Monday through Wednesday, March 3-5, the boat show ran.", PUB, None),
    ("The show ran Monday to Wednesday, March 3-5, 2025.", PUB, None),
    # without a day range "Monday through" proves nothing
    ("The show ran Monday through Thursday, March 5, 2025.", PUB,
     "'Thursday, March 5, 2025': March 5, 2025 is a Wednesday, not a Thursday"),
    ("The show ran Thursday, March 3-5, 2025.", PUB,
     "'Thursday, March 3': March 3, 2025 is a Monday, not a Thursday"),
    # the last weekday fits the last day, the first is not the first day's (qa110 #11)
    ("The show ran Tuesday through Wednesday, March 3-5, 2025.", PUB,
     "'Tuesday through Wednesday, March 3-5': March 3, 2025 is a Monday, not a Tuesday"),
    # a range past the month's end fits no weekday
    ("The show ran Monday through Wednesday, Feb. 27-30.", PUB,
     "'Monday through Wednesday, Feb. 27-30': February 27, 2025 is a Thursday, not a Monday"),
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


def located(source: str, published: dt.date) -> list[tuple[str, int, int]]:
    doc = read_bytes("story.txt", source.encode("utf-8"))
    result = lint_document(doc, DATES, Config(published=published))
    return [(d.rule.split(".", 1)[1], d.line, d.column) for d in result.diagnostics]


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


def test_a_month_before_an_impossible_date_does_not_hide_it():
    assert located("HEADLINE\n\nIn March, the show was on April 31.\n", PUB) == [("impossible-date", 3, 27)]


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
                         "the publication date, March 12, 2025")
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


@pytest.mark.parametrize("body, message", [
    # no publication date: no year at all, so February may have 29 days
    ("The fair runs April 29-31.", "'April 29-31' is not a real date: the range ends on day 31, "
                                   "but April has 30 days"),
    ("The fair runs Feb. 27-30.", "'Feb. 27-30' is not a real date: the range ends on day 30, "
                                  "but February has 29 days"),
    ("The fair runs May 30-31.", None), ("The fair runs March 30-31.", None),
    ("The fair runs Feb. 27-29.", None),
])
def test_impossible_ranges_without_any_year(body, message):
    doc = read_bytes("story.txt", f"HEADLINE\n\n{body}\n".encode("utf-8"))
    got = [d.message for d in lint_document(doc, DATES, Config()).diagnostics
           if d.rule == "dates.impossible-date"]
    assert got == ([message] if message else [])


def test_a_date_before_a_relative_weekday_does_not_hide_it():
    assert located("HEADLINE\n\nOn March 3 they met, and again last Tuesday.\n",
                   dt.date(2025, 3, 12)) == [("relative-weekday", 3, 32)]


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


@pytest.mark.parametrize("body, published, reason", [
    # fx68 c: a yearless Feb. 29 is a day in a leap year carried to it (or given by its sentence) ...
    ("The mill closed in 1976. It reopened on Feb. 29.", PUB, None),
    ("In 1976, the mill reopened on Feb. 29.", PUB, None),
    ("The fair began in 1976. It ran Feb. 27-29.", PUB, None),
    # ... and none in a common year carried to it, even in a leap publication year
    ("The mill closed in 1977. It reopened on Feb. 29.", PUB, "1977 is not a leap year"),
    ("In 1977, the mill reopened on Feb. 29.", dt.date(2024, 11, 28), "1977 is not a leap year"),
    # a carried year only stands in for a publication year without the day (qa56: in a
    # story of 2024, "It reopened on Feb. 29" after a year of 1977 is this February's)
    ("The mill closed in 1977. It reopened on Feb. 29.", dt.date(2024, 11, 28), None),
    ("The fair began in 1977. It ran Feb. 27-29.", dt.date(2024, 11, 28), None),
    ("The fair began in 1977. It ran Feb. 27-29.", PUB, "the range ends on day 29, but 1977 is not a leap year"),
    # a month and year rolls a later month's date into the year after (qa56)
    ("The mill closed in December 1975. It reopened on Feb. 29.", PUB, None),
    ("The mill closed in December 1976. It reopened on Feb. 29.", PUB, "1977 is not a leap year"),
    # with no year before it, the publication year's
    ("The mill reopened on Feb. 29.", PUB, "2025 is not a leap year"),
    ("The mill reopened on Feb. 29.", dt.date(2024, 11, 28), None),
])
def test_a_yearless_leap_day_is_read_in_the_year_carried_to_it(body, published, reason):
    got = [message.split(": ", 1)[1] for kind, message in found(body, published) if kind == "impossible-date"]
    assert got == ([] if reason is None else [reason])


LEAP_BIRTHS = dt.date(2027, 5, 1)     # 2027 has no Feb. 29


@pytest.mark.parametrize("body", [
    # fx79: a yearless Feb. 29 after the story gave someone's Feb. 29 birth date recurs ...
    "She was born on Feb. 29, 1976. She married on Feb. 29.",
    "Born Feb. 29, 1976, she married on Feb. 29 and divorced on Feb. 29.",
    # ... and so does one in a sentence about a birthday
    "Born in 1976, she celebrates birthdays only on Feb. 29.",
    "Her birthday falls on Feb. 29.",
    "The town's oldest leapling marks the day on Feb. 29.",
    "He was born on a leap day and throws a party on Feb. 29.",
    "Every leap-day baby in the ward was honored on Feb. 29.",
    # fx88: the birthday word tied to the date after or before it; a birth date with no year
    "Feb. 29 is his birthday, and he will turn 12.",
    "The family will gather on Feb. 29, her birthday.",
    "She was born on Feb. 29.",
    "She was born on Feb. 29. She married on Feb. 29.",    # qa63 #6: a yearless birth recurs too
    "Born Feb. 29, he has had few birthdays.",
])
def test_a_yearless_leap_day_that_recurs_is_no_impossible_date(body):
    assert [kind for kind, _ in found(body, LEAP_BIRTHS) if kind == "impossible-date"] == []


@pytest.mark.parametrize("body, want", [
    # a plain Feb. 29 in a common publication year stays impossible
    ("The vote is set for Feb. 29.", ["2027 is not a leap year"]),
    # the birth date must come first, and exist
    ("She married on Feb. 29. She was born on Feb. 29, 1976.", ["2027 is not a leap year"]),
    ("She was born on Feb. 29, 1977. She married on Feb. 29.",
     ["1977 is not a leap year", "2027 is not a leap year"]),
    # another February day's birth date is no Feb. 29's
    ("She was born on Feb. 28, 1976. She married on Feb. 29.", ["2027 is not a leap year"]),
    # a day no February has is none in a birthday sentence either
    ("Her birthday party is on Feb. 30.", ["February 2027 has 28 days"]),
    # fx88: a birth date read in a common year carried to it is no recurring one
    ("The mill closed in 1977. She was born on Feb. 29.", ["1977 is not a leap year"]),
    # a birthday party is one day, in one year
    ("Her birthday party is on Feb. 29.", ["2027 is not a leap year"]),
])
def test_a_leap_day_that_does_not_recur_is_still_judged(body, want):
    got = [message.split(": ", 1)[1] for kind, message in found(body, LEAP_BIRTHS) if kind == "impossible-date"]
    assert got == want
