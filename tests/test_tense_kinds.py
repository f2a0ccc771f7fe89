"""Grammatical kinds of past-tense date mentions (issue 12, third pass):
each kind read on sentences written for these tests, with a near miss that
must stay quiet."""
from __future__ import annotations

import datetime as dt

import pytest

from lint.analysis.dates import find_mentions
from lint.analysis.tense import FUTURE, PAST, UNKNOWN
from lint.config import Config
from lint.engine import lint_document, rules_for
from lint.readers import read_bytes

PUB = dt.date(2025, 3, 4)
DATES = [r for r in rules_for(Config()) if r.pack == "dates"]


def tense_of(text: str, published: dt.date = PUB) -> tuple[str, str]:
    found = [m for m in find_mentions(text, published) if m.kind in ("date", "month")]
    assert len(found) == 1, [m.matched for m in found]
    return found[0].tense.tense, found[0].tense.marker


def fired(body: str, published: dt.date) -> list[tuple[str, str, str]]:
    doc = read_bytes("story.txt", f"Headline\n\n{body}\n".encode("utf-8"))
    result = lint_document(doc, DATES, Config(published=published))
    return [(d.rule, d.level, doc.source[d.offset:d.end_offset]) for d in result.diagnostics]


@pytest.mark.parametrize("text,tense,marker", [
    ("Support was 40 percent, down six points from October.", PAST, "down ... from"),
    ("Approval stood at 38 percent, up from November.", PAST, "up from"),
    ("The rate is up from 3.5 percent in August.", PAST, "up from"),
    ("The index stood at 51.2, up from 49.8 in September.", PAST, "up from"),
    ("Exports totalled 3.2 billion, compared with 2.9 billion in October.", PAST, "compared with"),
    ("The deficit narrowed to $4 billion, from $6 billion in September.", PAST, "to ..., from"),
    # a start, not a baseline: `go up from`, a future rise, two times compared
    ("Fares will go up from April under the new plan.", UNKNOWN, "from"),
    ("Prices will be up 5 percent from October, the bank predicts.", UNKNOWN, "from"),
    ("The fare will rise to $4 from $3 in October.", FUTURE, "will"),
    ("The calendar looks better for him than in October.", UNKNOWN, ""),
])
def test_a_comparison_baseline_is_past(text, tense, marker):
    assert tense_of(text) == (tense, marker)


@pytest.mark.parametrize("text,tense,marker", [
    ("Measures announced in November will take effect next year.", PAST, "announced"),
    ("Figures reported on Oct. 3 showed a slowdown.", PAST, "reported"),
    # the date opens the reported clause: its own verb decides
    ("Boise said on April 30 it will redeem the stock.", FUTURE, "will"),
    ("Beesley said in April the system would ask for aid.", UNKNOWN, "would"),
])
def test_a_reporting_participle_owns_the_date_after_its_preposition(text, tense, marker):
    assert tense_of(text) == (tense, marker)


def test_a_baseline_after_publication_is_flagged():
    assert fired("Support was 40 percent, down six points from May.", dt.date(2025, 4, 20)) == [
        ("dates.after-publication", "warning", "May")]
    assert fired("Fares will go up from May under the new plan.", dt.date(2025, 4, 20)) == []


@pytest.mark.parametrize("text,tense,marker", [
    ("The talks had stalled by mid-July.", PAST, "stalled ... by"),
    ("She had not filed the papers by Aug. 1, the court found.", PAST, "filed ... by"),
    ("Exports had already doubled by October.", PAST, "doubled ... by"),
    ("The campaign has raised $3 million through September.", PAST, "raised ... through"),
    # a passive perfect, a supposition, a target noun, a distant perfect: plans
    ("Schools had been closed through April 30, the district said.", UNKNOWN, "through"),
    ("The offer lapses if they have not made progress by March 30.", UNKNOWN, "by"),
    ("It has bought corn for arrival by April 30.", UNKNOWN, "by"),
    ("It has received waivers from its two main lenders through May 26.", UNKNOWN, "through"),
    ("The airline suspended flights through April 30.", UNKNOWN, "through"),
])
def test_a_perfect_before_by_or_through_is_done_by_the_date(text, tense, marker):
    assert tense_of(text) == (tense, marker)


@pytest.mark.parametrize("text,tense,marker", [
    # `to` before a plural noun is a preposition: the main verb after it tells
    ("The mayor, in an October letter to residents, promised repairs.", PAST, "promised"),
    ("The firm plans to agree fees in May.", UNKNOWN, "to"),
    ("The firm announced a bonus issue to shareholders registered May 1.", UNKNOWN, "registered"),
    # `after` + a determiner opening the sentence is a phrase: its main verb
    # tells, a reporting one too
    ("After a July visit, the envoy wrote a sharp memo.", PAST, "wrote"),
    # a `which` clause keeps its past verb though an -ing form follows
    ("She wrote an op-ed in May, in which she called for getting the program back on track.",
     PAST, "which ... called"),
])
def test_phrases_around_the_date(text, tense, marker):
    assert tense_of(text) == (tense, marker)


@pytest.mark.parametrize("text,tense,marker", [
    ("The fire broke out shortly after midnight on Aug. 9.", PAST, "broke"),     # `after` + a time noun
    ("The talks resumed after 10 p.m. on Aug. 9.", PAST, "resumed"),
    ("Ms. Lee, whose term ended in December, said she would not run.", PAST, "ended"),   # an event
    ("Net sales for the year ended March 31 rose.", PAST, "year ended"),            # a period's name
    ("After taking office in January 2025, he signed the order.", PAST, "after taking ... signed"),
    ("Days after taking office in January 2025, he signed the order.", PAST, "after taking ... signed"),
    ("After taking office in January 2025, he will sign the order.", UNKNOWN, "taking"),
    ("As of Sept. 30, the fund held $2 billion in assets.", PAST, "held"),
    ("The split is for shareholders of record as of April 1.", UNKNOWN, "as of"),
    ("Enacted in October, the law bans smoking in bars.", PAST, "enacted"),
])
def test_time_phrases_opening_or_inside_the_clause(text, tense, marker):
    assert tense_of(text) == (tense, marker)


@pytest.mark.parametrize("text,tense,marker", [
    ("The campaign reported raising $33 million in October.", PAST, "reported raising"),
    ("He admitted taking the money in May.", PAST, "admitted taking"),
    ("The campaign did not respond until October.", PAST, "not until"),
    ("It was not until October that the campaign responded.", PAST, "not until"),
    ("The report was not expected until October.", UNKNOWN, "until"),      # a plan
    ("The plant will not reopen until October.", FUTURE, "will ... until"),
    ("Clinton's lead has shrunk from 7 points in August.", PAST, "shrunk"),
])
def test_verb_groups_that_tell_a_past_event(text, tense, marker):
    assert tense_of(text) == (tense, marker)


@pytest.mark.parametrize("text,tense,marker", [
    ("The bill will enact measures announced in November.", PAST, "announced"),
    ("Banks must repurchase securities pledged on June 22.", UNKNOWN, "pledged"),   # not told as done
    ("We were pushed out of the talks in February.", PAST, "pushed"),
    ("The talks were pushed back until February.", UNKNOWN, "until"),
    ("The agency has defended the plan since unveiling it on Oct. 3.", PAST, "since"),
])
def test_participles_told_as_done(text, tense, marker):
    assert tense_of(text) == (tense, marker)


def test_an_accord_named_by_its_date_is_an_event():
    # not a label like "the June quarter": the signing is an event with a time
    found = [m for m in find_mentions("Inspectors work under the Feb. 23 accord signed in Baghdad.", PUB)]
    assert [(m.matched, m.label) for m in found] == [("Feb. 23", False)]
    assert fired("Inspectors work under the Feb. 23 accord signed in Baghdad.", dt.date(2025, 2, 20)) == [
        ("dates.after-publication", "warning", "Feb. 23")]
    assert fired("The Feb. 23 accord will be signed in Baghdad.", dt.date(2025, 2, 20)) == []


@pytest.mark.parametrize("text,tense,marker", [
    ("The firm will have cut 200 jobs by October.", FUTURE, "will have cut ... by"),
    ("The firm will have raised $3 million by October.", FUTURE, "will have raised ... by"),
    ("The firm would have cut 200 jobs in October.", UNKNOWN, "would have cut"),   # no event
    ("He'll be sworn in on Jan. 20.", FUTURE, "he'll be sworn"),
])
def test_future_perfects_and_contracted_futures(text, tense, marker):
    assert tense_of(text) == (tense, marker)


def test_a_future_perfect_is_no_past_event():
    assert fired("The firm will have cut 200 jobs by October.", dt.date(2025, 9, 20)) == []
    assert fired("He'll be sworn in on Sept. 2.", dt.date(2025, 9, 3)) == [
        ("dates.future-tense-past-date", "warning", "Sept. 2")]


@pytest.mark.parametrize("text,tense,marker", [
    ("Comey, announcing on July 5 that no charges would be filed, called her careless.",
     PAST, "called ... announcing"),
    ("Clinton was ahead in an October poll.", PAST, "was"),            # `ahead` without `of`
    ("Clinton stayed ahead of the October debate.", UNKNOWN, "ahead"),   # a target
    ("It all started in June.", PAST, "started"),                      # a floating `all`
])
def test_subjects_and_modifiers_around_the_verb(text, tense, marker):
    assert tense_of(text) == (tense, marker)


@pytest.mark.parametrize("text,months", [
    ("The agency's September report found fraud.", ["September"]),
    ("The campaign's August spending topped $10 million.", ["August"]),
    ("The army's March was long.", []),                  # `March` + a verb: no month
    ("Trump's March on Washington drew crowds.", []),    # a name
])
def test_a_month_after_a_possessive_modifies_a_noun(text, months):
    found = [m for m in find_mentions(text, PUB) if m.kind == "month"]
    assert [m.matched for m in found] == months
    assert all(m.attributive for m in found)


def test_a_period_ended_after_publication_asks_for_the_year():
    # "the quarter ended Sept. 30" in a Sept. 20 story: impossible this year;
    # copy also names last year's period so, hence only a suggestion
    pub = dt.date(2025, 9, 20)
    text = "Sales rose in the quarter ended Sept. 30."
    assert [m.tense.period for m in find_mentions(text, pub)] == [True]
    assert fired(text, pub) == [("dates.after-publication", "suggestion", "Sept. 30")]
    assert fired("Sales rose in the quarter ending Sept. 30.", pub) == []        # a schedule
    assert fired("Sales rose in fiscal 2025 ended Sept. 30.", pub) == []          # its year is named
    assert fired("Sales rose in fiscal 2025 ended Sept. 30, 2025.", pub) == [     # and the date's
        ("dates.after-publication", "error", "Sept. 30, 2025")]
    assert fired("Sales rose in the quarter ended Sept. 30, 2025.", pub) == [   # told as over: no name
        ("dates.after-publication", "error", "Sept. 30, 2025")]
    assert fired("Sales rose in the quarter ended Sept. 30, 2024.", pub) == []    # last year's
    assert fired("Lee, whose term ended in October, quit.", pub) == [          # an event: a warning
        ("dates.after-publication", "warning", "October")]


@pytest.mark.parametrize("text,tense,marker", [
    ("The firm has been recovering since a hack in October.", PAST, "since"),
    ("The firm has been rebuilding since October.", PAST, "since"),
    ("Payment would have been on April 15.", UNKNOWN, "been"),            # a modal perfect
    ("The vote has been scheduled for October.", UNKNOWN, "for"),
])
def test_perfect_progressives_and_since(text, tense, marker):
    assert tense_of(text) == (tense, marker)


@pytest.mark.parametrize("text,tense,marker", [
    ("The council's vote in October to raise taxes angered residents.", PAST, "angered"),
    ("The president was criticized for his response to the storm in October.", PAST, "criticized"),
    ("The council raised taxes as early as October.", PAST, "raised"),
    ("The council raised taxes in both October and December.", PAST, "raised"),
])
def test_infinitives_after_nouns_and_month_contexts(text, tense, marker):
    found = [m for m in find_mentions(text, PUB) if m.kind in ("date", "month")]
    assert (found[0].tense.tense, found[0].tense.marker) == (tense, marker)


def test_leaders_such_as_may_are_no_month():
    assert [m.matched for m in find_mentions("Leaders such as May and Merkel met.", PUB)] == []
    assert [m.matched for m in find_mentions("Sales fell as early as May.", PUB)] == ["May"]


def test_a_retrospective_verb_before_a_plan_word_tells_no_event():
    assert tense_of("Analysts reported expecting a rise in October.") == (UNKNOWN, "expecting")


@pytest.mark.parametrize("text,tense,marker", [
    ("The rally began with the June 5 announcement.", PAST, "began"),        # `rally` is a noun
    ("The plan was quickly approved on June 5.", PAST, "approved"),            # an adverb
    ("Investors cheered the decision, announced on June 5, to cut jobs.", PAST, "announced"),
    ("Boise said on April 30, it will redeem the stock.", FUTURE, "will"),     # a reported clause
])
def test_nouns_in_ly_and_participles_set_off_by_commas(text, tense, marker):
    assert tense_of(text) == (tense, marker)


def test_period_ends_can_be_read_as_names():
    pub = dt.date(2025, 9, 20)
    body = "Sales rose in the quarter ended Sept. 30.\n"
    body += "Net income for the year ended Sept. 30, 2025, rose.\n"
    for value, want in (("true", ["dates.after-publication"] * 2), ("false", [])):
        config = Config(published=pub, options=(("dates.after-publication", f"period-ends: {value}\n"),))
        doc = read_bytes("story.txt", f"Headline\n\n{body}".encode("utf-8"))
        rules = [r for r in rules_for(config) if r.pack == "dates"]
        assert [d.rule for d in lint_document(doc, rules, config).diagnostics] == want
