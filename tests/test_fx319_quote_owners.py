"""fx319: a quote named as words its owner uses, the owner being the subject of
a relative clause (`The term we like to use is, “…”`, nu46 #5, 18f CBP
interview). Synthetic input only; each case with its nearest neighbour that
must stay flagged."""
from __future__ import annotations

import pytest
from test_quotes import found

MOTTO = "“Today’s philosophy is tomorrow’s common sense.”"


def unattributed(sentence: str) -> int:
    text = "Savings grow\n\nThe council met.\n\n" + sentence + "\n"
    return [r for r, _, _ in found(text)].count("quotes.unattributed")


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


# --- a quote given as an example of a kind (quote_examples) --------------------

@pytest.mark.parametrize("sentence", [
    "The biggest challenges often involve questions like “How do we make better use of the data?”",
    "While comments like, “We tried it, but it never took off,” are common, they miss the point.",
    "Readers send questions such as “When will the new ferry timetable start?”",
])
def test_a_quote_after_a_plural_noun_and_like_is_an_example(sentence):
    assert unattributed(sentence) == 0


@pytest.mark.parametrize("sentence", [
    "The plan looks like “a disaster for the city and all of us.”",   # a verb of seeming
    "The plan is like “a disaster for the city and all of us.”",
    "It was just like “a disaster for the city and all of us.”",      # no plural noun
])
def test_like_after_a_verb_or_a_singular_word_leaves_the_quote_flagged(sentence):
    assert unattributed(sentence) == 1


# --- qa195 ----------------------------------------------------------------------

@pytest.mark.xfail(strict=True, reason="qa195 #1: a pronoun that heard or received the words "
                   "is not their speaker: 'The phrase we heard most was' names nobody who said it")
@pytest.mark.parametrize("lead", [
    "The phrase we heard most was",
    "The words we heard were,",          # main flagged this: `words` was already a speech noun
    "The message we received was",
])
def test_a_pronoun_that_heard_the_words_does_not_own_them(lead):
    assert unattributed(f"{lead} “We are not leaving until the council listens.”") == 1


@pytest.mark.xfail(strict=True, reason="qa195 #2: speech somebody made (voiced concerns, "
                   "made threats, heard complaints) followed by 'such as'/'like' is a real, "
                   "unattributed quote, not an example of a kind; main flagged it")
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


@pytest.mark.xfail(strict=True, reason="qa195 #3: the plural noun that opens the sentence "
                   "('Questions like “How do we …”') is the same example of a kind as a lower-case one")
def test_a_sentence_opening_plural_noun_and_like_is_an_example():
    assert unattributed("Questions like “How do we pay for this?” come up at every meeting.") == 0
