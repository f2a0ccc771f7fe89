"""nu46 #5: a quote named as words its owner uses, the owner being the subject
of a relative clause (`The term we like to use is, “…”`, 18f CBP interview).
fx319 read such a pronoun as the owner; two QA rounds (qa195, qa196) found
listeners taken for owners ('The phrase we heard most was', 'The line they
used to hear was'), so it was taken back: the owner cases are strict xfails,
and every case main flags is a plain test that must stay flagged."""
from __future__ import annotations

import pytest
from test_quotes import found

MOTTO = "“Today’s philosophy is tomorrow’s common sense.”"


def unattributed(sentence: str) -> int:
    text = "Savings grow\n\nThe council met.\n\n" + sentence + "\n"
    return [r for r, _, _ in found(text)].count("quotes.unattributed")


@pytest.mark.xfail(strict=True, reason="nu46 #5: a relative clause's pronoun owning a term is not read "
                   "(fx319's reading taken back: qa195 #1, qa196 #4-#5 took listeners for owners)")
@pytest.mark.parametrize("lead", [
    "The term we like to use is,",
    "The phrase I keep coming back to is",
    "The motto they live by was,",
    "The slogan we keep using is",
])
def test_a_pronoun_owning_the_speech_noun_attributes_the_quote(lead):
    assert unattributed(f"{lead} {MOTTO}") == 0


@pytest.mark.parametrize("lead", [
    "The term for it is,",               # nobody owns the term
    "The term on the sign is,",
    "The phrase is",
    "The board met. The motto is",
    "The term the board uses is,",       # no pronoun: left as it was
])
def test_a_speech_noun_with_no_owner_in_its_clause_stays_flagged(lead):
    assert unattributed(f"{lead} {MOTTO}") == 1


# --- qa195 ----------------------------------------------------------------------

@pytest.mark.parametrize("lead", [
    "The phrase we heard most was",
    "The words we heard were,",          # main flagged this: `words` was already a speech noun
    "The message we received was",
])
def test_a_pronoun_that_heard_the_words_does_not_own_them(lead):
    assert unattributed(f"{lead} “We are not leaving until the council listens.”") == 1


@pytest.mark.parametrize("sentence", [
    "Residents voiced concerns such as “We can't afford this.”",
    "At the meeting, neighbors made threats such as “We will burn it down.”",
    "The council heard complaints such as “The water tastes like metal.”",
    "Employees made comments like “The boss lies to us every day.”",
])
def test_speech_that_was_made_stays_a_quote_after_such_as(sentence):
    assert unattributed(sentence) == 1


def test_qa195_the_neighbour_without_such_as_stays_flagged():
    # held up: `voiced concerns, “…”` is flagged on main and on fx319 alike
    assert unattributed("Residents voiced concerns, “We can't afford this.”") == 1


# qa195 #3 / nu46 #5, fixed by fx366: a speech kind opening its sentence
# (`quote_examples.py`); as an object (`made comments like`) it stays speech, above
def test_a_sentence_opening_plural_noun_and_like_is_an_example():
    assert unattributed("Questions like “How do we pay for this?” come up at every meeting.") == 0


# --- qa196 ----------------------------------------------------------------------

@pytest.mark.parametrize("lead", [
    "The line they were going to hear was",
    "The line they used to hear was",
    "The words he used to hear were",
    "The slogan we go past each day is",
])
def test_qa196_an_owner_verb_in_another_role_owns_nothing(lead):
    assert unattributed(f"{lead} {MOTTO}") == 1


def test_qa196_a_pronoun_that_heard_another_use_the_words_does_not_own_them():
    assert unattributed(f"The term we heard them use was {MOTTO}") == 1
