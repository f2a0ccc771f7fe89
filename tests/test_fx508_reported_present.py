"""fx508 (nu70 #4): a reported clause whose verb is in the present tense,
before the date, tells the date's tense as the reported clause does ("said
shipment includes laydays of April 5-15"): a verb's present in -s after its
subject counts as the plan verbs of `reported_present` do. A plural noun
(after a word in -s, or in a plural ending) is no verb, so a past reporting
verb still tells the date when the clause has none."""
import pytest

from lint import lint_text


def _after(sentence):
    text = "Acme sets dividend\n\nNEW YORK, March 2 (Reuters) - " + sentence + "\n"
    diags = lint_text(text, "story.txt", published="1987-03-02", select=["dates"])
    return [d.message for d in diags if d.rule == "dates.after-publication"]


@pytest.mark.parametrize("sentence", [
    "The buyer said shipment includes laydays of April 5-15, 1987.",
    "Acme said the record date for its annual meeting remains April 10, 1987.",
    "Acme said it remains on track for April 10.",
    "Officials said the deal requires a vote on April 10, 1987.",
])
def test_reported_present_verb_is_no_past(sentence):
    assert _after(sentence) == []


@pytest.mark.parametrize("sentence, marker", [
    ("Acme said holders of record on April 10, 1987.", "'said'"),
    ("Acme said merger negotiations on April 10, 1987.", "'said'"),
    ("Acme said the unit's business on April 10, 1987.", "'said'"),
    ("Acme said the record date remained April 10, 1987.", "'remained'"),
    ("Acme said shipment included laydays of April 5-15, 1987.", "'included'"),
    ("Acme said it sold the unit on April 10, 1987.", "'sold'"),
    ("Acme told oil companies of a cut in its supplies on April 10, 1987.", "'told'"),
])
def test_guard_past_still_flagged(sentence, marker):
    messages = _after(sentence)
    assert len(messages) == 1 and marker in messages[0]
