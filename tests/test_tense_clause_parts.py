"""Which clause a verb near a date belongs to (qa110 #3, #5, #8, #9, #10):
a relative clause or a participle phrase on the subject dates only a date
inside it; a participle set off after a `whether` clause hangs on the main
clause; adverbs between `is` and a participle leave a present passive; a
level of a month is a baseline. Each reading is checked on sentences
written for these tests, beside a near miss that must still be read as
before."""
from __future__ import annotations

import datetime as dt

import pytest

from lint.analysis.dates import find_mentions
from lint.analysis.tense import FUTURE, PAST, UNKNOWN

PUB = dt.date(2025, 3, 13)


def tense_of(text: str) -> tuple[str, str]:
    found = [m for m in find_mentions(text, PUB) if m.kind in ("date", "month")]
    assert len(found) == 1, [m.matched for m in found]
    return found[0].tense.tense, found[0].tense.marker


@pytest.mark.parametrize("text,tense", [
    # the date after the main verb, which is no cue: the relative clause does not date it
    ("Residents who lost power get refunds on March 31.", UNKNOWN),
    ("Firms who have invested overseas repatriate profits on March 31.", UNKNOWN),
    ("In Texas, residents who lost power get refunds on March 31 under the plan.", UNKNOWN),
    # near misses: the date inside the relative clause (a verb follows it), a verb
    # before the relative pronoun (not the subject's), a relative clause on the object
    ("Residents who lost power on March 31 get refunds.", PAST),
    ("Crews restored power to residents who lost it on March 31.", PAST),
    ("Crews restore power to residents who lost it on March 31.", PAST),
    ("Residents, who lost power, got refunds on March 31.", PAST),
])
def test_a_relative_clause_on_the_subject_dates_only_its_own_date(text, tense):
    assert tense_of(text)[0] == tense


@pytest.mark.parametrize("text,tense", [
    # a participle on the subject, the main verb after the date: no time of its own
    ("Ballots received on June 5 will be counted.", UNKNOWN),
    ("Ballots received on June 5 at polling stations will be counted.", UNKNOWN),
    # ... the main verb between the participle phrase and the date
    ("Residents displaced by the fire return home June 5.", UNKNOWN),
    ("Students enrolled in the program start classes June 5.", UNKNOWN),
    ("Anyone arrested during the protest appears in court June 5.", UNKNOWN),
    # near misses: a past main verb after it, the participle as the main verb (an
    # object, or no other verb), a reporting verb, a new clause after the date
    ("Ballots received on June 5 were counted.", PAST),
    ("Residents fled the fire on June 5.", PAST),
    ("Students enrolled in the program on June 5.", PAST),
    ("Residents returned home on June 5.", PAST),
    ("Residents displaced by the fire on June 5 return home.", PAST),
    ("Traders cashed in on the price fall on June 5.", PAST),
    ("The league scrapped June 10 due to rain.", PAST),
    ("The company said on June 5 it will cut jobs.", FUTURE),
    ("Shares jumped on June 5 and will open higher.", PAST),
])
def test_a_participle_on_the_subject_has_no_time_of_its_own(text, tense):
    assert tense_of(text)[0] == tense


@pytest.mark.parametrize("text,reading", [
    ("Buyers were anxious about whether the firm will keep the models, causing a drop in sales on "
     "March 10.", (PAST, "were ... causing")),
    ("Buyers were anxious if the firm will keep the models, causing a drop in sales on March 10.",
     (PAST, "were ... causing")),
    # near misses: no condition (the participle hangs on `will`), no comma, the
    # condition opening the sentence (no main verb before it)
    ("Buyers said the firm will keep the models, causing a rise in sales on March 10.",
     (FUTURE, "will ... causing")),
    ("The team will travel to Paris, meeting leaders on March 10.", (FUTURE, "will")),
])
def test_a_participle_after_a_condition_hangs_on_the_main_clause(text, reading):
    assert tense_of(text) == reading


@pytest.mark.parametrize("text,reading", [
    ("If the budget is not approved in April, the agency will close.", (UNKNOWN, "is approved")),
    ("Dividends are never declared in April.", (UNKNOWN, "are declared")),
    ("The plan is not quickly approved in April.", (UNKNOWN, "is approved")),
    ("The plan is also approved in April.", (UNKNOWN, "is approved")),
    # near misses: a past passive, negated or not
    ("The budget was not approved in April.", (PAST, "approved")),
    ("The budget was approved in April.", (PAST, "approved")),
])
def test_adverbs_between_is_and_a_participle_keep_a_present_passive(text, reading):
    assert tense_of(text) == reading


@pytest.mark.parametrize("text,reading", [
    ("Rates will fall back to the level of February.", (PAST, "level of")),
    ("Fuel prices will in time sink to the lows of late February, she said.", (PAST, "lows of")),
    ("Oil will top its peak of January, traders said.", (PAST, "peak of")),
    # near misses: a level of something else in a month, a level noun with no determiner
    ("The level of spending in February will rise.", (FUTURE, "will")),
    ("Rates will fall to levels of February.", (FUTURE, "will ... to")),
])
def test_a_level_of_a_month_is_a_baseline(text, reading):
    assert tense_of(text) == reading


@pytest.mark.parametrize("text,reading", [
    # qa115 #1: `by` and an amount measures a change; no passive's agent
    ("Shares fell by a third on June 5.", (PAST, "fell")),
    ("Shares rose by the most on June 5.", (PAST, "rose")),
    # qa115 #2: a bare plan verb before a preposition is as likely a noun
    ("Stocks rallied after the market close in Tokyo on June 5.", (PAST, "rallied")),
    # qa115 #4: nouns alone after a relative clause's verb are no main verb
    ("Residents who lost power in the storm on June 5 and many others protested.", (PAST, "lost")),
    # qa115 #9: a present main verb after a participle on the subject: it was done
    ("Residents evacuated on June 5 are still in shelters.", (PAST, "evacuated")),
    # near misses: an agent after `by`, a plan verb with an object, a relative
    # clause's object and the main verb, a future main verb
    ("Residents displaced by a fire return home June 5.", (UNKNOWN, "")),
    ("Students enrolled in the program start classes June 5.", (UNKNOWN, "")),
    ("Residents who lost power get refunds on June 5.", (UNKNOWN, "")),
    ("Residents evacuated on June 5 will return home.", (UNKNOWN, "evacuated ... will")),
])
def test_a_past_verb_keeps_its_date_when_no_main_verb_follows(text, reading):
    assert tense_of(text) == reading


@pytest.mark.parametrize("text,reading", [
    # qa115 #3: a future verb aiming at a level: no past baseline
    ("Demand will hit the peak of April 18, the Friday before Easter.", (UNKNOWN, "will ... peak of")),
    # near misses: a level to go back to or to top, a past verb at a level
    ("Demand will fall back to the peak of January.", (PAST, "peak of")),
    ("Demand will top its peak of January.", (PAST, "peak of")),
    ("Demand hit the peak of January.", (PAST, "peak of")),
])
def test_a_level_a_future_verb_aims_at_is_no_baseline(text, reading):
    assert tense_of(text) == reading


@pytest.mark.parametrize("text,reading", [
    # qa120 #1: an infinitive after a word of a plan aims at a level as a future does
    ("Demand is expected to hit the peak of April 18.", (UNKNOWN, "to ... peak of")),
    ("Demand is set to reach its peak of April 18.", (UNKNOWN, "to ... peak of")),
    ("Demand is likely to hit the peak of April 18.", (UNKNOWN, "to ... peak of")),
    ("Utilities plan to hit the peak of April 18.", (UNKNOWN, "to ... peak of")),
    # qa120 #2: after a plain `to`, a level after publication (March 13) is a target ...
    ("Prices will climb to the peak of April 18.", (UNKNOWN, "will ... peak of")),
    ("Prices will rise to the high of March 20.", (UNKNOWN, "will ... high of")),
    # near misses: ... one on or before it a baseline; a return or a comparison is
    # one on any day; a past verb's infinitive aims at no target
    ("Prices will climb to the peak of March 10.", (PAST, "peak of")),
    ("Prices will rise to the high of March 13.", (PAST, "high of")),
    ("Rates will fall back to the level of April 18.", (PAST, "level of")),
    ("Demand could return to the lows of April 18.", (PAST, "lows of")),
    ("Oil will top its peak of April 18.", (PAST, "peak of")),
    ("Prices rose to hit the peak of April 18.", (PAST, "peak of")),
    # qa127 #1: a comparison's participle ("than expected") is no plan; a plan's
    # own verb group between `as` and it ("as analysts noted, are expected") still is
    ("Prices rose more than expected to hit the peak of April 18.", (PAST, "peak of")),
    ("Prices surged as forecast to hit the peak of April 18.", (PAST, "peak of")),
    ("Demand is more than likely to hit the peak of April 18.", (UNKNOWN, "to ... peak of")),
    ("Prices, as analysts noted, are expected to hit the peak of April 18.", (UNKNOWN, "to ... peak of")),
    # qa127 #3, #4: a verb of a plan in any form, a negation or an adverb beside `to`
    ("The utility plans to hit the peak of April 18.", (UNKNOWN, "to ... peak of")),
    ("The utility hoped to hit the peak of April 18.", (UNKNOWN, "to ... peak of")),
    ("Officials are seeking to hit the peak of April 18.", (UNKNOWN, "to ... peak of")),
    ("Demand is unlikely to hit the peak of April 18.", (UNKNOWN, "to ... peak of")),
    ("Demand is expected not to hit the peak of April 18.", (UNKNOWN, "to ... peak of")),
    ("Demand is expected to again hit the peak of April 18.", (UNKNOWN, "hit ... peak of")),
    # qa127 #9: a perfect modal is a past that may have been, no look ahead
    ("Demand could have hit the peak of April 18.", (PAST, "peak of")),
])
def test_a_level_aimed_at_is_a_target_after_publication_only_after_to(text, reading):
    assert tense_of(text) == reading


def test_a_plain_to_level_without_a_publication_date_stays_a_baseline():
    # no publication date: nothing tells a target, so the level keeps its reading
    found = [m for m in find_mentions("Prices will climb to the peak of April 18.", None) if m.kind == "date"]
    assert [(m.tense.tense, m.tense.marker) for m in found] == [(PAST, "peak of")]
