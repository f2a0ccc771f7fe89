"""fx508 (nu70 #5): an aspectual `used` after a `be` is a passive whose `to`
infinitive is its purpose ("to be used to redeem on June 15"), as past as
its verb group only; a bare "used to" is still the past habit."""
import pytest

from wire_dates_helpers import wire_dates


def _after(sentence):
    diags = wire_dates(sentence)
    return [d.message for d in diags if d.rule == "dates.after-publication"]


@pytest.mark.parametrize("sentence", [
    "Acme said the proceeds are to be used to redeem on June 15 its 12 pct notes.",
    "Acme said the money will be used to repay its bank loans on June 15.",
    "Acme said the money is used to repay its bank loans on June 15.",
    "Acme said the money will also be used to repay its bank loans on June 15.",
])
def test_passive_purpose_is_not_past(sentence):
    assert _after(sentence) == []


@pytest.mark.parametrize("sentence, marker", [
    ("Acme said the money was used to redeem on June 15 its 12 pct notes.", "'was used to'"),
    ("Acme said the money has been used to repay its loans on June 15.", "'has been used to'"),
    ("Acme used to redeem its notes on June 15.", "'used to'"),
    ("Acme began to redeem its notes on June 15.", "'began to'"),
])
def test_guard_past_groups_still_flagged(sentence, marker):
    messages = _after(sentence)
    assert len(messages) == 1 and marker in messages[0]
