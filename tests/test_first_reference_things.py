"""names.first-reference on real copy (dc47's false classes, fx344): a word
after "the" names a thing, and so does a surname joined to another person's
by "and" or led by a year before a lower-case noun; a surname that labels a
run-in subhead is no sentence's first reference. Each case has its nearest
neighbour that main flags and must still flag."""
from __future__ import annotations

import pytest

from test_first_reference_people import flagged


@pytest.mark.parametrize("body", [
    # nu48 #8 (PolNeAR breitbart_2016-05-03): 'King James Bible' gave a person 'James Bible'
    'He recited a verse from the Bible, then read the King James Bible aloud, Beck said, "It is ours."',
    # dc47 class D: a campaign or administrations named for the person
    "Simas worked for the 2012 Obama campaign.\n\nPresident Barack Obama spoke later, Simas said.",
    "The law repudiates the Bush and Obama administrations.\n\nPresident George W. Bush signed the old one. "
    "President Barack Obama spoke, Bush said.",
    # dc47 class F: a run-in subhead's label (USA Today's primary guide)
    "Sanders: Win in a walk.\n\nSen. Bernie Sanders leads, Sanders said.",
])
def test_a_thing_or_a_label_is_no_first_reference(body):
    assert flagged(body) == []


@pytest.mark.parametrize("body, name", [
    # main's catch: the surname alone before the full name in the body
    ("Smith won the vote.\n\nLater John Smith said he was glad.", "Smith"),
    # no article before the use: a person ("Bible said" is a person's use)
    ('Then Bible said, "It is ours."\n\nLater Pastor James Bible left.', "Bible"),
    # a place, not another person's surname, before "and": the Senate is no person
    ("Leaders of the Senate and Obama agreed on a date.\n\nPresident Barack Obama spoke.", "Obama"),
    # a comma is no "and": "the Senate, Obama said" is a parenthetical speaker
    ("Leaders of the Senate, Obama said, would wait.\n\nPresident Barack Obama spoke.", "Obama"),
    # a year with no "the": the surname is the clause's subject
    ("In 2012 Obama won a second term.\n\nPresident Barack Obama spoke.", "Obama"),
    # a colon after a speech verb, or inside the paragraph, is no label
    ('Sanders said: "We will win."\n\nSen. Bernie Sanders spoke.', "Sanders"),
    ("The pick was clear to one man, Sanders: win it.\n\nSen. Bernie Sanders spoke.", "Sanders"),
])
def test_a_person_used_alone_first_is_still_flagged(body, name):
    assert flagged(body) == [name]


# qa208: near cases of fx344's forms
@pytest.mark.xfail(strict=True, reason="qa208 #2: 'the Bush and Obama administrations' still flags Obama "
                                       "when no Bush is named in full (the other surname must be a key of names.people)")
def test_the_pair_of_administrations_names_a_thing_when_the_other_is_not_named_in_full():
    assert flagged("The law repudiates the Bush and Obama administrations.\n\n"
                   "President Barack Obama spoke later.") == []


@pytest.mark.xfail(strict=True, reason="qa208 #3: in a list of three ('the Bush, Clinton and Obama "
                                       "administrations') the middle surname is still flagged")
def test_a_list_of_three_administrations_names_things():
    assert flagged("The law repudiates the Bush, Clinton and Obama administrations.\n\n"
                   "George W. Bush spoke. Bill Clinton spoke. Barack Obama spoke.") == []


@pytest.mark.xfail(strict=True, reason="qa208 #4: 'or' between the surnames, and two years before one, "
                                       "are the same form and still flagged")
@pytest.mark.parametrize("body", [
    "Rules from the Bush or Obama administrations stand.\n\nGeorge W. Bush spoke. Barack Obama spoke.",
    "Both the 2008 and 2012 Obama campaigns used data.\n\nPresident Barack Obama spoke.",
])
def test_near_forms_of_the_pair_and_the_year_name_things(body):
    assert flagged(body) == []


@pytest.mark.xfail(strict=True, reason="qa208 #5: 'the 2008 Obama' before a verb is the person (main flagged "
                                       "it); the year form now quiets it because 'would' is a lower-case word")
def test_the_year_form_before_a_verb_is_still_the_person():
    assert flagged("The 2008 Obama would never have signed this bill.\n\n"
                   "President Barack Obama signed it in 2015.") == ["Obama"]


@pytest.mark.xfail(strict=True, reason="qa208 #6: a run-in label behind a plain-text bullet ('• Sanders: "
                                       "Win in a walk.') is still flagged, while a Markdown list item's is not")
def test_a_bulleted_run_in_label_is_no_first_reference():
    assert flagged("• Sanders: Win in a walk.\n\n• Rubio: Finish second.\n\n"
                   "Sen. Bernie Sanders leads. Sen. Marco Rubio trails.") == []
