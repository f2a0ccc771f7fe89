"""nu61 #5: a short lower-case phrase quoted after an invitation in the
passive (`you’re encouraged to “tell your digital metrics story”`, the
digitalgov Hugo repo) is a scare quote, no unattributed direct quote. fx446's
reading of it (quote_scare.py) was taken back after qa317 #3, so those cases
are strict xfails; the nearest cases, which stay flagged, pass as at main.
The sentences are ours but the first, which is the page's."""
from __future__ import annotations

import pytest

from lint import lint_text
from lint.config import Config

QUOTES = Config(select=("quotes",))
LEAD = "To minimize the chance for misinterpretation of this data, "


def unattributed(sentence: str) -> int:
    diags = lint_text("# Digital metrics\n\n" + LEAD + sentence + "\n", "t.md", config=QUOTES)
    return sum(d.rule == "quotes.unattributed" for d in diags)


@pytest.mark.xfail(strict=True, reason="taken back (fx446, qa317 #3): a phrase quoted after an invitation is read as speech")
@pytest.mark.parametrize("sentence", [
    "you’re encouraged to “tell your digital metrics story” on your /digitalstrategy page.",
    "teams are invited to “share what the numbers mean” on the page.",
])
def test_a_phrase_quoted_after_an_invitation_in_the_passive_is_a_scare_quote(sentence):
    assert unattributed(sentence) == 0


@pytest.mark.parametrize("sentence", [
    "you’re encouraged to “Tell your digital metrics story” on your page.",       # a capital: a sentence
    "you’re encouraged to “tell your story. Then share it” on your page.",        # a full stop inside
    "you’re encouraged to “tell your digital metrics story and explain every number "
    "to the people who read it” on your page.",                                  # more than a phrase
    "you’re encouraged “to tell your digital metrics story” on your page.",       # no `to` before it
    "teams have to “tell your digital metrics story” on your page.",              # no invitation
])
def test_a_quote_not_so_placed_is_still_found(sentence):
    assert unattributed(sentence) == 1


@pytest.mark.parametrize("sentence", [
    "the hostage was invited to “confess or we will shoot you” on Monday.",
    "the hostage is invited to “sign here or we will shoot you” on Monday.",
])
def test_qa312_a_first_person_quote_after_an_invitation_is_still_found(sentence):
    assert unattributed(sentence) == 1


@pytest.mark.xfail(strict=True, reason="taken back (fx446, qa317 #3): a phrase quoted after an invitation is read as speech")
@pytest.mark.parametrize("sentence", [
    "visitors are invited to “tour the old mine” on Saturday.",                 # a mine, no pronoun
    "members are encouraged to “join the US Open queue” this week.",            # the US
    "fans are invited to “relive World War I” at the museum.",                  # a numeral
    "readers are invited to “try the Our Town quiz” this week.",                # a title
])
def test_qa315_a_noun_or_name_is_no_first_person_pronoun(sentence):
    assert unattributed(sentence) == 0


@pytest.mark.parametrize("sentence", [
    "the hostage was invited to “confess or let’s see what happens” on Monday.",
    "the hostage was invited to “confess or answer to myself” on Monday.",
    # qa315 #2's third case, after `invited`: `urged` is an attribution verb (attribution.yaml),
    # so main gives a quote after it a speaker and no finding, whatever it holds
    "the hostages were invited to “surrender to ourselves and live” on Monday.",
])
def test_qa315_other_first_person_words_are_speech(sentence):
    assert unattributed(sentence) == 1


# qa317: c1bdfc1d kept only lower-case pronouns and dropped `mine`; a speaker's `mine`,
# or a `We`/`Our` opening words after a colon, is speech main and the range's start flag.
@pytest.mark.parametrize("sentence", [
    "the hostage was invited to “confess or give back what is mine” on Monday.",
    "the hostage was invited to “confess or yours and mine will pay” on Monday.",
    "the hostage was invited to “confess: We will shoot you” on Monday.",
    "the hostage was invited to “confess: Our men will shoot you” on Monday.",
])
def test_qa317_a_speakers_mine_or_capital_pronoun_is_speech(sentence):
    assert unattributed(sentence) == 1


@pytest.mark.xfail(strict=True, reason="taken back (fx446, qa317 #3): no phrase quoted after an "
                   "invitation is a scare quote; qa317 #4 then: the numeral I (World War I, phase I) before a "
                   "lower-case word must not read as a speaker's I")
@pytest.mark.parametrize("sentence", [
    "visitors are invited to “explore the World War I trenches” on Saturday.",
    "patients are invited to “join the phase I trial” this week.",
])
def test_qa317_a_numeral_i_before_a_lower_case_word_is_no_pronoun(sentence):
    assert unattributed(sentence) == 0
