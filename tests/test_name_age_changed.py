"""names.age-changed (nu25 #12): one person's age given two ways in
apposition ("Mayor Thomas Hendricks, 54," then "Hendricks, 45,"), flagged at
the later age; a relative's age beside the name, two people of one surname
and a list of names with figures stay clean."""
from __future__ import annotations

import pytest

from titles_helpers import read, run, where


def ages(body: str) -> list[str]:
    doc = read("Council vote set\n\nPublished Dec. 3, 2026\n\n" + body + "\n")
    return [text for _, _, text in where(run(doc, "names.age-changed"))]


def test_the_trial_story_is_caught_at_the_second_age():
    assert ages("Mayor Thomas Hendricks, 54, said the council would vote next month.\n\n"
                "Hendricks, 45, has been mayor since 2019.") == ["45"]


@pytest.mark.parametrize("body", [
    "Mayor Thomas Hendricks, 54, and his son, 22, spoke. Hendricks, 54, said the vote was close.",
    "Mayor Thomas Hendricks, 54, spoke. His wife, Mary Hendricks, 52, said he was tired. Hendricks, 54, left.",
    "Mayor Thomas Hendricks, 54, spoke. His brother, Hendricks, 50, said the vote was close.",
    "Mayor Thomas Hendricks, 54, spoke first. Hendricks, 54, said the vote was close.",
    "Scorers: Tom Smith, 12, Ann Jones, 10. Later, Smith, 8, Ann Jones, 6, scored.",
])
def test_relatives_two_people_and_lists_stay_clean(body):
    assert ages(body) == []


@pytest.mark.parametrize("body, want", [
    # fx79 a: an age closed by its sentence's full stop is compared too ...
    ("Mayor Thomas Hendricks, 54, spoke first. The vote was close, said Mayor Hendricks, 45.", ["45"]),
    ("Mayor Thomas Hendricks, 54, spoke first. The vote was close, said Hendricks, 45. He left.", ["45"]),
    ("Mayor Thomas Hendricks, 54, spoke first. “The vote was close,” said Hendricks, 45.”", ["45"]),
    ("Mayor Thomas Hendricks, 54, spoke first. The vote was close, said Hendricks, 54.", []),
    # ... but not a decimal, a number after "No.", nor the last name of a list of figures
    # (and "Scorers: ..., Ann Jones, 10." above)
    ("Mayor Thomas Hendricks, 54, spoke first. The share went to Hendricks, 45.5 percent.", []),
    ("Mayor Thomas Hendricks, 54, spoke first. Hendricks, No. 45.", []),
    ("Results: Ann Jones, 120; Tom Smith, 45. Later, Tom Smith, 40, won again.", []),
    # two people with ages joined by "and" are no list of figures
    ("Tom Smith, 45, and Ann Jones, 50, were charged. Jones, 55, denied it.", ["55"]),
])
def test_an_age_closing_its_sentence_is_compared(body, want):
    assert ages(body) == want


@pytest.mark.parametrize("body", [
    # fx79 b: two ages at two times: a past year (or "then", "at the time") against
    # "today", "now" or "this year" ...
    "In 1985, Tom Smith, 19, pulled a boy from the river. Today Smith, 58, still swims there.",
    "Tom Smith, 19, was a lifeguard then. Smith, 58, now swims there every day.",
    "At the time, Tom Smith, 19, was a lifeguard. This year Smith, 62, retired.",
    # ... or ages apart by the years from the younger one's year to publication (2026)
    "In 1985, Tom Smith, 19, pulled a boy from the river. Smith, 60, still swims there.",
    "On June 5, 1985, Tom Smith, 19, pulled a boy from the river. Smith, 59, still swims there.",
    "Tom Smith, 60, still swims in the river. In 1985, Smith, 19, pulled a boy from it.",
])
def test_ages_given_at_two_times_are_no_slip(body):
    assert ages(body) == []


@pytest.mark.parametrize("body, want", [
    # a same-time slip stays one: a year after "since" tells of now
    ("Mayor Thomas Hendricks, 54, said the council would vote next month. "
     "Hendricks, 45, has been mayor since 2019.", ["45"]),
    ("Mayor Thomas Hendricks, 54, said the council would vote. Hendricks, 47, has been mayor since 2019.",
     ["47"]),
    # ages apart by other than the years since the year stated
    ("In 1985, Tom Smith, 19, pulled a boy from the river. Smith, 50, still swims there.", ["50"]),
    # a past year against no time from publication, and a birth's year
    ("In 1985, Tom Smith, 19, pulled a boy from the river. Smith, 58, swims there.", ["58"]),
    ("Tom Smith, 41, was born in 1985. Today Smith, 14, swims there.", ["14"]),
])
def test_ages_at_one_time_still_differ(body, want):
    assert ages(body) == want


def test_the_one_of_two_same_surname_people_given_an_age_is_compared():
    # nu26 #3: the husband named in full, never with an age, left the
    # deceased's bare-surname age unread.
    assert ages("Eleanor Whitcomb, 87, died Sunday.\n\n"
                "She married harbor pilot George Whitcomb, who died in 2004.\n\n"
                "Whitcomb, 78, taught fourth grade.") == ["78"]


@pytest.mark.parametrize("body", [
    # two of the surname given ages (a relative's counts): the bare one is not said to be either's
    "Eleanor Whitcomb, 87, died Sunday. Her son, Tom Whitcomb, 60, spoke. Whitcomb, 60, lives in Maine.",
    "Eleanor Whitcomb, 87, died Sunday. George Whitcomb, 90, survives her. Whitcomb, 90, spoke.",
    "Eleanor Whitcomb, 87, died Sunday. George Whitcomb spoke. Another Whitcomb, 25, said no.",
    "Eleanor Whitcomb, 87, died. George Whitcomb spoke. Scorers: Whitcomb, 12, Ann Jones, 10.",
])
def test_a_bare_age_that_may_be_another_persons_stays_clean(body):
    assert ages(body) == []


def test_the_sentences_of_a_part_are_scanned_once_for_the_dates_and_the_ages(monkeypatch):
    """The dates' tense (`Mention.bounds`) and names.age-changed read one
    scan of a part's sentences (`sentences.sentence_starts`), not one each."""
    from lint.analysis import sentences
    body = ("Mayor Thomas Hendricks, 54, said on Dec. 9 that the council voted. "
            "Hendricks, 45, has been mayor since 2019.")
    scanned = []
    real = sentences.SENTENCE_END

    class Counted:
        def finditer(self, text, *a):
            scanned.append(text)
            return real.finditer(text, *a)

    if hasattr(sentences, "sentence_starts"):
        sentences.sentence_starts.cache_clear()
    monkeypatch.setattr(sentences, "SENTENCE_END", Counted())
    doc = read("Council vote set\n\nPublished Dec. 3, 2026\n\n" + body + "\n")
    found = run(doc, "names.age-changed")
    run(doc, "dates.after-publication")
    monkeypatch.undo()
    if hasattr(sentences, "sentence_starts"):
        sentences.sentence_starts.cache_clear()
    assert [text for _, _, text in where(found)] == ["45"]
    assert scanned.count(body) == 1
