"""fx508 (nu70 #6, nu60 #4): "split" after a noun of a compound ("stock",
"share", "reverse") is a noun unless a figure or a ratio follows it as its
object; and a condition ("subject to", "contingent on") between a past verb
and the date dates the condition, not the verb. qa307's nearest cases hold:
a predicate ("was subject to", "became subject to") and a closed aside
(", subject to X, on April 20") keep the verb's past."""
import pytest

from lint import lint_text


def _after(sentence):
    text = "Acme sets dividend\n\nNEW YORK, March 2 (Reuters) - " + sentence + "\n"
    diags = lint_text(text, "story.txt", published="1987-03-02", select=["dates"])
    return [d.message for d in diags if d.rule == "dates.after-publication"]


@pytest.mark.parametrize("sentence", [
    "Acme declared a two-for-one stock split, subject to approval by two thirds of its holders "
    "at the annual meeting on April 20.",
    "Acme approved a one-for-10 reverse split, contingent on a vote at a special meeting on "
    "April 20, 1987.",
    "Directors approved the merger subject to approval by a majority of holders at a special "
    "meeting on April 20.",
    "Acme signed the accord, conditional on a vote in parliament on April 20, 1987.",
    "Acme declared a two-for-one stock split, subject to a two-thirds vote of holders at the "
    "annual meeting on April 20.",
    "Directors approved the merger, subject to the consent of its lenders at a meeting on April 20.",
])
def test_condition_dates_its_own_event(sentence):
    assert _after(sentence) == []


@pytest.mark.parametrize("sentence, marker", [
    ("Acme's stock split two-for-one on April 20, 1987.", "'split'"),
    ("Acme stock split 3-for-2 on April 20, 1987.", "'split'"),
    ("The company cut 200 jobs on April 20, 1987.", "'cut'"),
    ("Acme approved the merger on April 20, 1987, subject to regulatory review.", "'approved'"),
    ("Acme completed the sale, subject to adjustments, on April 20, 1987.", "'completed'"),
    ("The firm was not subject to the ban on April 20, 1987.", "'was'"),
    ("The unit was also subject to a trading halt on April 20, 1987.", "'was'"),
    ("Acme sold the unit subject to approval, which it won on April 20, 1987.", "'won'"),
])
def test_guard_verb_still_dated(sentence, marker):
    messages = _after(sentence)
    assert len(messages) == 1 and marker in messages[0]
