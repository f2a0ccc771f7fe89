"""dc48: a capitalised quote between a determiner and the noun it describes
names that thing (a section, a file, an event: `quote_modifiers.py`), as the
18f and digitalgov posts write `the “Visits to all Domains in the Last 30
Days” .csv file`. Every nearest case that reads as speech stays flagged."""
from __future__ import annotations

import pytest
from test_quotes import found


def unattributed(sentence: str) -> int:
    text = "Savings grow\n\nThe council met.\n\n" + sentence + "\n"
    return [r for r, _, _ in found(text)].count("quotes.unattributed")


@pytest.mark.parametrize("sentence", [
    "You can get the data by downloading the “Visits to all Domains in the Last 30 Days” .csv file from the site.",
    "The work was shown at an “Open data innovation for health care teams” event in May.",
    "The hall filled with the “We will not leave this town” signs at the rally.",
    "Find it in the “Ferries that ran late” section of the report.",              # fx334: label_nouns
    "The “Ferries that ran late” .csv report is on the county's site.",            # a file type, then the noun
])
def test_a_quote_that_modifies_a_noun_is_a_name(sentence):
    assert unattributed(sentence) == 0


@pytest.mark.parametrize("sentence", [
    "Among the complaints was the “We can not afford this any longer.” The council met.",   # ends on a stop
    "The hall filled with the “We will not leave this town” and nobody left.",      # a small word after
    "The hall filled with the “We will not leave this town” today.",                # an adverb after
    "The hall filled with the “We will not leave this town” cheerfully.",           # an -ly adverb
    "The hall filled with her “We will not leave this town” letters.",              # an object pronoun
    "The hall filled with “We will not leave this town” signs at the rally.",       # no determiner
    "The hall filled with the “we will not leave this town” signs at the rally.",   # lower case inside
    "The hall filled with the “We will not leave this town.” signs went up.",    # a stop inside (qa203 #6)
    "The hall filled with the “We will not leave this town” crowd at the rally.",   # no label noun (fx334)
    "Then a “Get out of here, all of you” sounded from the back of the room.",      # a verb (fx334)
])
def test_a_quote_the_sentence_goes_on_from_stays_flagged(sentence):
    assert unattributed(sentence) == 1


# qa203 #1 (fixed by fx334: the noun must be one of `label_nouns`): the word
# after the quote was read as a noun whenever it is lower
# case and not on the short lists, so a conjunction, a relative pronoun or a
# preposition outside `title_small_words` takes real speech for a name (main
# flagged each of these).
@pytest.mark.parametrize("sentence", [
    "All we heard was a “We are not leaving this building” until the police arrived.",
    "He ended with a “We will not leave this town” that brought the crowd to its feet.",
    "He ended with a “We will not leave this town” when the crowd cheered.",
    "He ended with a “We will not leave this town” because the crowd was restless.",
    "All we heard was a “We are not leaving this building” during the police raid.",
])
def test_qa203_a_function_word_after_the_quote_is_no_noun(sentence):
    assert unattributed(sentence) == 1


# qa203 #2 (fixed by fx334, as #1): a verb after the quote (the quote is the clause's subject) was read
# as the noun it names: unattributed speech that rang out, was heard, came.
@pytest.mark.parametrize("sentence", [
    "Then a “Get out of here, all of you” rang out from the back of the room.",
    "The meeting ended with the “We will not leave this town” heard across the square.",
    "Then came a “Thank you all for coming tonight” muffled by the noise.",
])
def test_qa203_a_verb_after_the_quote_is_no_noun(sentence):
    assert unattributed(sentence) == 1


# qa203 #4 (fixed by fx341): a line break between the determiner and the
# quote, or between the quote and its noun (hard-wrapped plain text), lost the
# reading that the same words on one line get (a break inside the quote kept it).
@pytest.mark.parametrize("sentence", [
    "The hall filled with the\n“We will not leave this town” signs at the rally.",
    "The hall filled with the “We will not leave this town”\nsigns at the rally.",
    "The hall filled with the union’s\n“We will not leave this town” signs at the rally.",
])
def test_qa203_a_line_break_beside_the_marks_keeps_the_name(sentence):
    assert unattributed(sentence) == 0


# the nearest cases: one line break is a gap, a blank line is no gap, and a
# line break leaves a word after the quote that is no label noun speech
@pytest.mark.parametrize("sentence", [
    "The hall filled with the\n“We will not leave this town” today.",
    "The hall filled with the “We will not leave this town”\ntoday.",
    "The hall filled with the “We will not leave this town”\n\nsigns went up.",
    "The hall filled with the\n\n“We will not leave this town” signs at the rally.",
])
def test_a_line_break_beside_speech_keeps_it_flagged(sentence):
    assert unattributed(sentence) == 1


# qa203 #5 (fixed by fx341: `name_determiners`, an owner, one word after a
# determiner): only the nine `term_determiners` right before the mark opened
# the frame, so another determiner (`those`), an owner (`the union’s`) or an
# adjective after the determiner (`the familiar`) left the same sign's name
# flagged as speech.
@pytest.mark.parametrize("sentence", [
    "The hall filled with those “We will not leave this town” signs at the rally.",
    "The hall filled with the union’s “We will not leave this town” signs at the rally.",
    "The hall filled with the familiar “We will not leave this town” signs at the rally.",
    "The work was shown at the annual “Open data innovation for health care teams” event in May.",
    "Read the agency's “Ferries that ran late this winter” report on the county's site.",
    "The hall filled with the unions’ “We will not leave this town” signs at the rally.",
    "Greenpeace’s “Save the Arctic from the oil drills” campaign began in May.",
    "We ran that “We will not leave this town” banner for a week.",
    "The hall filled with our “We will not leave this town” signs at the rally.",
    "The hall filled with its “We will not leave this town” signs at the rally.",
])
def test_qa203_another_determiner_or_an_adjective_opens_the_frame(sentence):
    assert unattributed(sentence) == 0


# the nearest cases: the same frames before speech (no label noun after it, a
# stop inside, lower case inside), and no determiner before the adjective
@pytest.mark.parametrize("sentence", [
    "All we heard was our “We are not leaving this building” until the police arrived.",
    "Then our “We will not leave this town tonight” rang out from the back of the room.",
    "The hall filled with those “We will not leave this town” and nobody left.",
    "The hall filled with the union’s “We will not leave this town” crowd at the rally.",
    "The hall filled with the union’s “We will not leave this town.” signs went up.",
    "The hall filled with the union’s “we will not leave this town” signs at the rally.",
    "The hall filled with the familiar “We will not leave this town” today.",
    "The hall filled with familiar “We will not leave this town” signs at the rally.",
    "It’s “We will not leave this town” signs again at the rally.",     # a contraction, no owner
    "Here’s “We will not leave this town” signs again at the rally.",
    # mid-sentence only `contracted_stems` refuses it (at a sentence's start `is_common` does too)
    "The hall filled, then Here’s “We will not leave this town” signs went up at the rally.",
])
def test_the_new_frames_before_speech_stay_flagged(sentence):
    assert unattributed(sentence) == 1


# qa209 #1 (MED): `contracted_stems` lists It’s and Here’s but not the other
# common contractions of is/has, so Everything’s, Nothing’s, When’s read as
# a capitalised owner and the speech after them as a sign's name (main
# flagged each, as the It’s case above still is). A bare capitalised owner
# now opens the frame only when the word table reads it as a name (no
# ordinary word: `words.is_common`); the pronoun, indefinite and wh-word
# before ’s are all ordinary words.
@pytest.mark.parametrize("sentence", [
    "Everything’s “We will not leave this town” signs again at the rally.",
    "Nothing’s “We will not leave this town” signs again at the rally.",
    "When’s “We will not leave this town” signs going up at the rally.",
])
def test_qa209_another_contraction_is_no_owner(sentence):
    assert unattributed(sentence) == 1


# qa209 #2 (MED): an owner whose name has an apostrophe in it (O’Neill’s,
# D’Amato’s, the O’Neills’) does not open the frame, while Neill’s does:
# _BEFORE's word may not follow an apostrophe. A name's own apostrophe
# stands before a capital, a contraction's never does.
@pytest.mark.parametrize("sentence", [
    "The hall filled with O’Neill’s “We will not leave this town” signs at the rally.",
    "The hall filled with D’Amato’s “We will not leave this town” signs at the rally.",
    "The hall filled with the O’Neills’ “We will not leave this town” signs at the rally.",
])
def test_qa209_an_owner_with_an_apostrophe_in_the_name_opens_the_frame(sentence):
    assert unattributed(sentence) == 0


# the nearest cases of qa209 #1 and #2: a bare capitalised owner that is a
# name opens the frame (qa209 #4: nothing pinned this branch; main flagged
# Neill’s), and so does a capitalised ordinary word after a determiner (`The
# Union’s`, as `the union’s`); the same names before speech, a name with no
# owner's mark, an ordinary capitalised owner with no determiner and a
# contraction in capitals stay flagged.
@pytest.mark.parametrize("sentence, count", [
    ("The hall filled with Neill’s “We will not leave this town” signs at the rally.", 0),
    ("The Union’s “We will not leave this town” signs went up at the rally.", 0),
    ("The hall filled with O’Neill’s “We will not leave this town” crowd at the rally.", 1),
    ("The hall filled with O’Neill “We will not leave this town” signs at the rally.", 1),
    ("Union’s “We will not leave this town” signs again at the rally.", 1),
    ("IT’S “We will not leave this town” signs again at the rally.", 1),
])
def test_qa209_a_named_owner_opens_the_frame_and_nothing_else_does(sentence, count):
    assert unattributed(sentence) == count


# qa215 #2 and #3 (MED; main flagged these too): a bare capitalised owner missed the frame
# when its capital follows a lower-case particle's apostrophe (Côte d’Ivoire’s, Giscard
# d’Estaing’s: #2, the nearest case of qa209 #2) or when the word table lists it as an
# ordinary word (Labour, Apple, Politico, Trump, Brown, May: #3), though mid-sentence its
# capital already says it is a name. The nearest cases stay flagged: no label noun after
# the quote, no owner's mark, and an ordinary word opening its sentence (at the
# paragraph's start, after a stop, after a sentence opener such as `Then`), which may be
# a contraction (qa209 #1: Everything’s, Nothing’s, `Union’s … signs again`).
@pytest.mark.parametrize("sentence, count", [
    ("The hall filled with Côte d’Ivoire’s “We will not leave this town” banners at the rally.", 0),
    ("The hall filled with Valéry Giscard d’Estaing’s “We will not leave this town” posters at the rally.", 0),
    ("The hall filled with Labour’s “We will not leave this town” banners at the rally.", 0),
    ("The hall filled with Apple’s “We will not leave this town” posters at the rally.", 0),
    ("The second episode of POLITICO’s “We will not leave this town” podcast ran on Monday.", 0),
    ("The hall filled with\nLabour’s “We will not leave this town” banners at the rally.", 0),
    ("In 2016 Apple’s “We will not leave this town” posters went up at the rally.", 0),
    ("The hall filled with Côte d’Ivoire’s “We will not leave this town” crowd at the rally.", 1),
    ("The hall filled with Côte d’Ivoire “We will not leave this town” signs at the rally.", 1),
    ("Labour’s “We will not leave this town” banners went up at the rally.", 1),
    ("Then Nothing’s “We will not leave this town” signs again at the rally.", 1),
    ("Crowds came. Everything’s “We will not leave this town” signs again at the rally.", 1),
])
def test_qa215_a_capitalised_owner_mid_sentence_opens_the_frame(sentence, count):
    assert unattributed(sentence) == count


# qa220 #5 (MED; main too): an honorific's stop (Mr., Gov., Dr.) was read as the end of a sentence,
# so a mid-sentence name the word table lists as common stayed flagged; `Mr Trump’s` opened the
# frame. A title's stop (`abbreviations.TITLE_ABBREVIATION_WORDS`) before a capital ends no sentence.
@pytest.mark.parametrize("sentence", [
    "The hall filled with Mr. Trump’s “We will not leave this town” banners at the rally.",
    "The hall filled with Gov. Brown’s “We will not leave this town” banners at the rally.",
    "The hall filled with Dr. May’s “We will not leave this town” posters at the rally.",
])
def test_qa220_a_name_after_an_honorific_stop_opens_the_frame(sentence):
    assert unattributed(sentence) == 0


# qa220 #6 (MED; main too): sentence_openers holds prepositions (at, in, for, before, after), and
# `_opens_sentence` went back past them, so `At Apple’s` counted as opening its sentence; no
# contraction follows a preposition (`opener_prepositions`), and `Crowds came at Apple’s …` opens the frame.
@pytest.mark.parametrize("sentence", [
    "At Apple’s “We will not leave this town” event, nobody bought phones.",
    "In Labour’s “We will not leave this town” campaign, nobody knocked on doors.",
    "After Labour’s “We will not leave this town” campaign, nobody knocked on doors.",
    "Crowds came at Apple’s “We will not leave this town” event on Monday.",
])
def test_qa220_a_capitalised_owner_after_a_preposition_opens_the_frame(sentence):
    assert unattributed(sentence) == 0


# The nearest cases of qa220 #5 and #6 stay flagged: the stop after the name a title stands
# before still ends its sentence; a stop after initials (`U.S.`, `a.m.`) or a name's suffix
# (`Jr.`) is no title's; an opener that is no preposition (`So`, `Then`) still leaves an
# ordinary word opening its sentence; and a title's name before no label noun is speech.
@pytest.mark.parametrize("sentence", [
    "Crowds met Dr. Smith. Brown’s “We will not leave this town” banners went up at the rally.",
    "They landed in the U.S. Labour’s “We will not leave this town” banners went up at the rally.",
    "Crowds woke at 7 a.m. Labour’s “We will not leave this town” banners went up at the rally.",
    "Crowds met John Smith Jr. Brown’s “We will not leave this town” banners went up at the rally.",
    "So Labour’s “We will not leave this town” banners went up at the rally.",
    "The hall filled with Mr. Trump’s “We will not leave this town” crowd at the rally.",
])
def test_qa220_control_a_stop_that_is_no_title_s_or_an_opener_that_is_no_preposition(sentence):
    assert unattributed(sentence) == 1


# qa220 #7 (MED; main too): the nearest case of qa215 #2, a lower-case particle joined by a hyphen
# (al-Qaida’s, al-Shabab’s) rather than an apostrophe, is not read as capitalised.
@pytest.mark.xfail(strict=True, reason="qa220 #7: a capital after a hyphenated particle is not read as a name")
@pytest.mark.parametrize("sentence", [
    "The hall filled with al-Qaida’s “We will not leave this town” banners at the rally.",
    "The hall filled with al-Shabab’s “We will not leave this town” posters at the rally.",
])
def test_qa220_an_owner_with_a_hyphenated_particle_opens_the_frame(sentence):
    assert unattributed(sentence) == 0
