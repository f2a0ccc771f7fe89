"""names.first-reference on real copy (dc47's false classes, fx344, fx345,
fx353): a surname after "the" and before a lower-case word names a thing,
and so does one in a run "the" leads (years, or surnames of people named in
full) that a head noun ends; a surname that labels a run-in subhead is no
sentence's first reference. A surname that opens a place's name is in
test_first_reference_places.py. Each case has its nearest neighbour that
main flags and must still flag."""
from __future__ import annotations

import pytest

from test_first_reference_people import flagged


@pytest.mark.parametrize("body", [
    # nu48 #8 (PolNeAR breitbart_2016-05-03): 'King James Bible' gave a person 'James Bible'
    pytest.param('He recited a verse from the Bible, then read the King James Bible aloud, Beck said, "It is ours."',
                 marks=pytest.mark.xfail(strict=True, reason="nu48 #8: 'the King James Bible' is read as a person "
                                         "'James Bible' (fx353's 'the' + style reading taken back after qa223 #1: "
                                         "it dropped 'the Chancellor George Osborne' too)")),
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
    # a body, then a comma and the surname: "the Senate, Obama said" is a parenthetical speaker
    ("Leaders of the Senate, Obama said, would wait.\n\nPresident Barack Obama spoke.", "Obama"),
    # a year with no "the": the surname is the clause's subject
    ("In 2012 Obama won a second term.\n\nPresident Barack Obama spoke.", "Obama"),
    # a colon after a speech verb, or inside the paragraph, is no label
    ('Sanders said: "We will win."\n\nSen. Bernie Sanders spoke.', "Sanders"),
    ("The pick was clear to one man, Sanders: win it.\n\nSen. Bernie Sanders spoke.", "Sanders"),
])
def test_a_person_used_alone_first_is_still_flagged(body, name):
    assert flagged(body) == [name]


# qa208 #2-#6: the runs "the" leads (lint/analysis/name_things.py) and a bulleted label
@pytest.mark.parametrize("body", [
    # #3: a list of three, each named in full later
    "The law repudiates the Bush, Clinton and Obama administrations.\n\n"
    "George W. Bush spoke. Bill Clinton spoke. Barack Obama spoke.",
    # #4: "or", and two years before the surname
    "Rules from the Bush or Obama administrations stand.\n\nGeorge W. Bush spoke. Barack Obama spoke.",
    "Both the 2008 and 2012 Obama campaigns used data.\n\nPresident Barack Obama spoke.",
    # a singular noun after a pair whose other surname is named in full (fx344's form, kept)
    "Under the Bush and Obama plan, rules grew.\n\nGeorge W. Bush spoke. Barack Obama spoke.",
    # #6: a run-in label behind a plain-text bullet or dash
    "• Sanders: Win in a walk.\n\n• Rubio: Finish second.\n\n"
    "Sen. Bernie Sanders leads. Sen. Marco Rubio trails.",
    "-- Sanders: Win in a walk.\n\nSen. Bernie Sanders leads.",
])
def test_a_run_the_leads_or_a_bulleted_label_is_no_first_reference(body):
    assert flagged(body) == []


@pytest.mark.parametrize("body, names", [
    # #5: a modal, a verb, a verb group's adverb or a function word after
    # "the", a year and the surname: the person as he was then (main's catch)
    ("The 2008 Obama would never have signed this bill.\n\nPresident Barack Obama signed it in 2015.", ["Obama"]),
    ("The 2008 Obama was a different man.\n\nPresident Barack Obama spoke.", ["Obama"]),
    ("The 2008 Obama never signed it.\n\nPresident Barack Obama spoke.", ["Obama"]),
    ("The 2008 Obama and his aides won.\n\nPresident Barack Obama spoke.", ["Obama"]),
    ("The 2008 Obama himself would say so.\n\nPresident Barack Obama spoke.", ["Obama"]),
    # an ordinary word (a body, no surname) before a plural: "the Senate and Obama aides"
    ("Leaders of the Senate and Obama aides agreed.\n\nPresident Barack Obama spoke.", ["Obama"]),
    # a singular noun after a pair whose other surname is named nowhere in full
    ("Under the Bush and Obama plan, rules grew.\n\nPresident Barack Obama spoke.", ["Obama"]),
    # commas list a body and two persons who then act: no run, and no noun ends it
    ("Leaders of the Senate, Clinton and Obama agreed.\n\nBill Clinton spoke. Barack Obama spoke.",
     ["Clinton", "Obama"]),
    # a comma alone joins no list's last member, though no ordinary word is before it and a plural follows
    ("On the Potomac, Obama aides said, the mood was grim.\n\nPresident Barack Obama spoke.", ["Obama"]),
    # a bullet with more than the surname before the colon, or a speech verb: no label
    ("• The pick was clear to one man, Sanders: win it.\n\nSen. Bernie Sanders spoke.", ["Sanders"]),
    ('• Sanders said: "We will win."\n\nSen. Bernie Sanders spoke.', ["Sanders"]),
])
def test_near_the_runs_and_the_label_the_person_is_still_flagged(body, names):
    assert flagged(body) == names


# qa218 #1: the run's ending word is read from the first word after it, not
# from the last of the three `_WORDS_AFTER` captures (`found[1]` is the last)
@pytest.mark.parametrize("body, names", [
    # a capitalised third word: the thing is flagged again (fx344 left it alone)
    ("Simas worked for the 2012 Obama campaign in Iowa.\n\nPresident Barack Obama spoke later, Simas said.", []),
    ("The law repudiates the Bush and Obama administrations in Washington.\n\n"
     "President George W. Bush signed the old one. President Barack Obama spoke, Bush said.", []),
    # a capitalised first word and a lower-case third: the person is let off (main flags it)
    ("The 2008 Obama I knew was a different man.\n\nPresident Barack Obama spoke.", ["Obama"]),
])
def test_qa218_the_word_that_ends_the_run_is_the_first_after_it(body, names):
    assert flagged(body) == names


# qa218 #2: a body's proper name, no ordinary word, before "and" and a plural:
# "the GOP and Obama aides" is "the Senate and Obama aides" (still flagged);
# `is_common` tells no body's name from a surname
@pytest.mark.parametrize("body", [
    "Talks between the GOP and Obama aides stalled.\n\nPresident Barack Obama spoke.",
    "Officials from the Pentagon and Obama aides met on Tuesday.\n\nPresident Barack Obama spoke.",
    "Talks between the Kremlin and Obama aides stalled.\n\nPresident Barack Obama spoke.",
    "Pressure from the NRA and Obama allies grew.\n\nPresident Barack Obama spoke.",
])
def test_qa218_a_bodys_name_and_the_surname_before_a_plural_is_the_person(body):
    assert flagged(body) == ["Obama"]


# qa218 #3: after "or" the subject is singular, so a word in -s after the
# surname is the verb ("Whether the Clintons or Obama gets"), no plural noun
@pytest.mark.parametrize("body", [
    "Whether the Clintons or Obama gets the credit is unclear.\n\nPresident Barack Obama spoke.",
    "Either the Republicans or Obama wins the fight.\n\nPresident Barack Obama spoke.",
])
def test_qa218_or_and_the_surname_before_a_verb_in_s_is_the_person(body):
    assert flagged(body) == ["Obama"]


# qa218 #4: "does" (an auxiliary in -s) or a verb group's adverb of frequency
# ("seldom", "sometimes") after "the", a year and the surname opens a verb
# group, as "would", "was" and "never" do (qa208 #5's class; main flags it)
@pytest.mark.parametrize("body", [
    "The 2008 Obama does not exist anymore.\n\nPresident Barack Obama spoke.",
    "The 2008 Obama seldom mentioned it.\n\nPresident Barack Obama spoke.",
    "The 2008 Obama sometimes wept on stage.\n\nPresident Barack Obama spoke.",
])
def test_qa218_does_or_an_adverb_after_the_year_form_is_the_person(body):
    assert flagged(body) == ["Obama"]


# qa218 #5: years, then a list of surnames before a plural: a run "the" leads
# (fx344 left "Obama" alone here; fx345 flags it for the "and" after it)
def test_qa218_a_year_before_a_list_of_surnames_is_a_run():
    assert flagged("Veterans of the 2008 Obama and Clinton campaigns met.\n\n"
                   "President Barack Obama spoke. Hillary Clinton spoke.") == []


# qa218 #6: a plain-text list item's en dash or square bullet is a list mark
# too (the rule's text: "behind a list item's dash or bullet")
@pytest.mark.xfail(strict=True, reason="qa218 #6: an en dash or a square bullet before a run-in label (fx353 left it: LIST_MARK also opens sentences)")
@pytest.mark.parametrize("mark", ["–", "▪"])
def test_qa218_a_label_behind_an_en_dash_or_a_square_bullet(mark):
    assert flagged(f"{mark} Sanders: Win in a walk.\n\nSen. Bernie Sanders leads the polls.") == []


# qa218 #7 (fx344's form, not fx345's): "the" and the surname before a
# capitalised word that opens a clause ("I", a name) is the person as main
# reads it (`_MODIFIER`: a lower-case word after the surname); fx344 let any word pass
@pytest.mark.parametrize("body, name", [
    ("The Obama I met in 2004 was shy.\n\nPresident Barack Obama spoke.", "Obama"),
    ("This is not the Clinton I knew, Warren said.\n\nHillary Clinton spoke.", "Clinton"),
])
def test_qa218_the_surname_before_i_is_the_person(body, name):
    assert flagged(body) == [name]


# fx353: the other members of a run are people the story names in full
# (qa218 #2); "the" before a full name leaves it the person's ("the Rev.",
# "the late"); a head noun of names.yaml
# `run_heads` ends a run, in any case (qa218 #3, #4)
@pytest.mark.parametrize("body", [
    # a capitalised head after a pair ('Obama Campaign' alone reads as one name run, with or
    # without `run_heads`, so it could not fail)
    "Veterans of the 2012 Obama and Biden Campaigns met.\n\nPresident Barack Obama spoke. Joe Biden spoke.",
    "Both the Bush and Obama families came.\n\nGeorge W. Bush spoke. Barack Obama spoke.",
])
def test_fx353_a_head_noun_ends_a_run(body):
    assert flagged(body) == []


@pytest.mark.parametrize("body, names", [
    # the other surname of the pair is named nowhere in full (fx345 let a plural pass)
    ("The law repudiates the Bush and Obama administrations.\n\nPresident Barack Obama spoke later.", ["Obama"]),
    # a word after the run that is no head noun: flagged, as on main
    # ("Bush" stays quiet by main's "the" and a lower-case word after it)
    ("The 2008 Obama voters stayed home.\n\nPresident Barack Obama spoke.", ["Obama"]),
    ("Both the Bush and Obama voters came.\n\nGeorge W. Bush spoke. Barack Obama spoke.", ["Obama"]),
    # "the Rev." leads a person's full name: the surname alone before it is still flagged
    ("Smith spoke first.\n\nLater the Rev. John Smith said he was glad.", ["Smith"]),
    ("Smith spoke first.\n\nLater the Reverend John Smith said he was glad.", ["Smith"]),
    ("Smith spoke first.\n\nLater the late John Smith was praised.", ["Smith"]),
    # a full name "the" leads with no style: the person's, used as a modifier (BBC entertainment/375)
    ("Jackson spoke first.\n\nLater the Michael Jackson trial opened.", ["Jackson"]),
])
def test_fx353_near_a_head_noun_and_the_full_name_the_leads(body, names):
    assert flagged(body) == names


# qa223 #1: "the" and a style word before a full name is also British usage
# for a person ("the Chancellor George Osborne"); fx353's `_led_by_the` took
# any `title_word` but "reverend" for a thing's name and lost main's catch
# here, so the lead took it back (nu48 #8's 'King James Bible' is open again)
@pytest.mark.parametrize("body, name", [
    ("Osborne said cuts were needed.\n\nThe Chancellor George Osborne told MPs the plan would work.", "Osborne"),
    ("Tutu said peace would come.\n\nLater the Archbishop Desmond Tutu spoke at the rally.", "Tutu"),
])
def test_qa223_the_and_a_style_before_a_persons_full_name_is_the_person(body, name):
    assert flagged(body) == [name]


# qa223 #2: a head noun in the possessive ends the run as well ("the 2012
# Obama campaign's chief strategist"); `_WORD_AFTER` reads the word without
# its possessive's mark
@pytest.mark.parametrize("body", [
    "Axelrod, the 2012 Obama campaign's chief strategist, spoke.\n\nPresident Barack Obama spoke.",
    "Both the Bush and Obama administrations’ policies failed.\n\n"
    "President George W. Bush spoke. President Barack Obama spoke.",
])
def test_qa223_a_possessive_head_noun_ends_a_run(body):
    assert flagged(body) == []


# qa223 #3: a modifier between the run and its head noun ("the 2012 Obama
# presidential campaign"), one of names.yaml `run_modifiers`
@pytest.mark.parametrize("body", [
    "Simas worked for the 2012 Obama presidential campaign.\n\nPresident Barack Obama spoke.",
    "Simas worked for the 2012 Obama reelection campaign.\n\nPresident Barack Obama spoke.",
    "Plouffe, the 2012 Obama reelection campaign's manager, spoke.\n\nPresident Barack Obama spoke.",
    "Both the Bush and Obama presidential campaigns used data.\n\nGeorge W. Bush spoke. Barack Obama spoke.",
])
def test_qa223_a_modifier_before_the_head_noun(body):
    assert flagged(body) == []


# qa223 #3's near side: a modifier of the list and then no head noun, a word
# that is no modifier ("primary", "transition": qa233 #1), or a pair's other
# surname named nowhere in full, leaves the person (main's catch)
@pytest.mark.parametrize("body", [
    "The 2008 Obama presidential run stalled.\n\nPresident Barack Obama spoke.",
    "The 2008 Obama primary voters stayed home.\n\nPresident Barack Obama spoke.",
    "The Bush and Obama transition teams met.\n\nPresident Barack Obama spoke.",
])
def test_qa223_a_modifier_and_no_head_noun_is_the_person(body):
    assert flagged(body) == ["Obama"]


# fx360 (taken back after qa231 #1-#3): the nearest cases of qa223 #2, #3 that main flags and must still
# flag: the word between the run and a head noun is a verb, an adverb or a
# function word (a modal, a stop word, a cue of the verb reading, a group
# adverb, a form in -ed, -ing or -s), or two words stand between, or the head
# noun's possessive is a plain word's
@pytest.mark.parametrize("between", [
    "would never campaign", "really campaigned hard", "would campaign", "rarely campaigns",
    "never campaigns", "often campaigns", "with campaign staff", "ran campaigns", "started campaigns",
    "attending campaign rallies", "loves campaigns",
    "voters' campaign", "young voters' campaign",
])
def test_fx360_a_verb_or_a_function_word_before_a_head_noun_is_the_person(between):
    assert flagged(f"The 2008 Obama {between} in Texas.\n\nPresident Barack Obama spoke.") == ["Obama"]


# qa231 #1: a spelled number before "years" is a time phrase after the person
# ("backed the 2008 Obama eight years ago"), no modifier of a head noun; main flags it
@pytest.mark.parametrize("body", [
    "Voters who backed the 2008 Obama eight years ago now back Trump.\n\nPresident Barack Obama spoke.",
    "Voters who backed the 2008 Obama several years ago now back Trump.\n\nPresident Barack Obama spoke.",
])
def test_qa231_a_number_and_years_after_a_run_is_the_person(body):
    assert flagged(body) == ["Obama"]


# qa231 #2: a past form that is its own base (beat, upset, cast) is outside the
# verb reading's cue words, so it passes as the modifier; main flags these
@pytest.mark.parametrize("between", ["beat campaign veterans", "upset campaign veterans", "cast campaign rules aside"])
def test_qa231_an_irregular_past_before_a_head_noun_is_the_person(between):
    assert flagged(f"The 2008 Obama {between} in Iowa.\n\nPresident Barack Obama spoke.") == ["Obama"]


# qa231 #3: a bare verb after a causative or perception verb ("helped the 2008
# Obama build campaign teams"): no -s, so it passes as the modifier; main flags it
@pytest.mark.parametrize("body", [
    "Donors helped the 2008 Obama build campaign teams in every state.\n\nPresident Barack Obama spoke.",
    "Aides watched the 2008 Obama win campaign after campaign.\n\nPresident Barack Obama spoke.",
])
def test_qa231_a_bare_verb_before_a_head_noun_is_the_person(body):
    assert flagged(body) == ["Obama"]


# qa231 #4: a closing single quote after a head noun, in -s or not ("years’",
# "campaign’"), is read off the word as a possessive's mark is
@pytest.mark.parametrize("body", [
    "He quoted ‘the 2008 Obama campaign’ in full.\n\nPresident Barack Obama spoke.",
    "He quoted ‘the Obama years’ in full.\n\nPresident Barack Obama spoke.",
    "He quoted ‘the 2008 Obama presidential campaign’ in full.\n\nPresident Barack Obama spoke.",
])
def test_qa231_a_closing_quote_after_a_head_noun(body):
    assert flagged(body) == []


# qa223 #2 and qa231 #4's near side: a word that is no head noun keeps the
# person, with a possessive's mark or a closing quote or not, and so does the
# surname's own possessive ("the 2008 Obama's campaign"): main flags them all
@pytest.mark.parametrize("body", [
    "The 2008 Obama voters’ anger grew in Iowa.",
    "The 2008 Obama voters' anger grew in Iowa.",
    "He quoted ‘the 2008 Obama aides’ in full.",
    "The 2008 Obama fan's view was clear.",
    "The 2008 Obama won’t sign it, aides said.",
    "The 2008 Obama's campaign was lean.",
    "The 2008 Obama’s campaign was lean.",
])
def test_qa223_a_possessive_or_a_quote_after_no_head_noun_is_the_person(body):
    assert flagged(body + "\n\nPresident Barack Obama spoke.") == ["Obama"]
