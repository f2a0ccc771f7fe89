"""Regressions from the re-read rr44a of lead44: a generation suffix after an
occupational surname (#3), the birthday's future reading (#2)."""
from __future__ import annotations

import pytest

from titles_helpers import read, run, where

STORY = ("Union angry over plant job cuts\n\nPublished March 3, 2026\n\n"
         "The company will cut 500 jobs at the plant.\n\nBrewer said the cuts were unfair.\n\n"
         "Union official Dana Brewer{suffix} said she learned of it from the news.\n")


def first_refs(text: str) -> list[tuple[int, int, str]]:
    return where(run(read(text), "names.first-reference"))


# 3: "Brewer III" is the person's name with a generation, no firm or place named "Brewer ..."
@pytest.mark.parametrize("suffix", ["", " Jr.", " II", " III", " IV"])
def test_a_generation_suffix_does_not_make_the_surname_open_a_name(suffix):
    assert first_refs(STORY.format(suffix=suffix)) == [(7, 1, "Brewer")]


def test_a_word_after_the_surname_that_only_looks_like_a_generation_still_opens_a_name():
    # "Brewer Ivy" (a street, say) is no generation: the lone "Brewer" may be that
    assert first_refs(STORY.format(suffix="") + "\nBrewer Ivy Lane was closed.\n") == []


CAPTAIN = ("Captain retires\n\nPublished April 20, 2026\n\n"     # a Monday
           "Capt. John Smith, 45, retired on Monday after 20 years at sea.\n\n{later}\n")


def ages(later: str) -> list[tuple[int, int, str]]:
    return where(run(read(CAPTAIN.format(later=later)), "names.age-changed"))


# 2: the birthday's future is the tense reader's ("shall", any adverb) and its
# weekday modifiers are date_mention's ("this coming" is ahead)
@pytest.mark.parametrize("later", [
    "Smith, 46, who shall turn 46, said he would miss the crew.",
    "Smith, 46, who will likely turn 46, said he would miss the crew.",
    "Smith, 46, who will also turn 46, said he would miss the crew.",
    "Smith, 46, who is set to turn 46, said he would miss the crew.",
    "Smith, 46, who turns 46 this coming Friday, said he would miss the crew.",
    "Smith, 46, who will likely celebrate his 46th birthday, said he would miss the crew.",
])
def test_a_birthday_still_to_come_excuses_no_new_age(later):
    assert ages(later) == [(7, 8, "46")]


@pytest.mark.parametrize("later", [
    "Smith, 46, who turned 46 on Friday, said he would miss the crew.",
    "Smith, 46, who turns 46 this past Friday, said he would miss the crew.",
    "Smith, 46, who would mark his 46th birthday, said he would miss the crew.",
    "Smith, 46, who celebrated his 46th birthday, said he would miss the crew.",
])
def test_a_birthday_already_past_still_excuses_the_new_age(later):
    assert ages(later) == []


# 5: a sport's slug is the headline's furniture for every headline rule, as
# its wire tag is, not a key word the story must repeat
@pytest.mark.parametrize("headline, wire, words", [
    ("UPDATE 1-Soccer-Arsenal beat Chelsea", False, ["Arsenal", "beat", "Chelsea"]),
    ("Soccer-Arsenal beat Chelsea", True, ["Arsenal", "beat", "Chelsea"]),
    ("Soccer-Arsenal beat Chelsea", False, ["Soccer", "Arsenal", "beat", "Chelsea"]),   # no sign of the wire
    ("Golf-Course Owners sue", False, ["Golf", "Course", "Owners", "sue"]),
])
def test_a_sport_slug_is_no_content_word_of_a_wire_headline(headline, wire, words):
    from lint.analysis.headline import content_tokens
    assert [t.text for t in content_tokens(headline, wire)] == words


@pytest.mark.parametrize("tag", ["UPDATE 1-", ""])     # a tag, or the wire's dateline alone
def test_headline_unrelated_leaves_a_wire_story_slug_out_of_its_missing_words(tag):
    story = (f"{tag}Soccer-Zorbex stun Quellan in cup final\n\n"
             "LONDON, May 3 (Reuters) - The city council approved a new budget for parks and roads on "
             "Saturday after a long debate about taxes, schools, buses and the price of housing in the "
             "east of the city, where many families have moved in recent years.\n")
    found = run(read(story), "titles.headline-unrelated")
    assert len(found) == 1 and "'Soccer'" not in found[0].message and "'Zorbex'" in found[0].message
