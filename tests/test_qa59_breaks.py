"""qa59: break-it pass on fx73 (names.spelling-variant's final-s and ck/x
slips, titles.headline-weekday, names.age-changed) and fx74 (the
boilerplate pitches). Each case is realistic copy that gave a wrong
finding before its fix; the finds each rule must keep are beside them."""
from __future__ import annotations

import pytest

from titles_helpers import read, run, where

HED = "Council vote set"


def found(rule: str, body: str, hed: str = HED) -> list[str]:
    doc = read(f"{hed}\n\nPublished Dec. 3, 2026\n\n{body}\n")
    return [text for _, _, text in where(run(doc, rule))]


# names.spelling-variant: a given name that is a surname less its final s
# (William/Williams, Robert/Roberts) used bare is a person called by first
# name, a family or plural is no person, so neither is a dropped s.
@pytest.mark.parametrize("body", [
    "Mayor Thomas Williams said the council would vote. Williams said business owners would benefit. "
    "Critics objected, but William said the votes were there.",
    "Coach Lena Roberts said the team was ready. Roberts said the season would be hard. Robert said he agreed.",
    "Ellen Daniels, a teacher, said the school would close. Daniels said no. Daniel said yes.",
    "Mayor Thomas Hendrick said the council would vote. Hendrick said no. Hendricks family members said "
    "they would move.",
    "Mayor Thomas Hendrick said the council would vote. Hendrick said no. Both Hendricks were at the meeting.",
    "Mayor Thomas Hendrick said the council would vote. Hendrick said no. All four Hendricks were at the meeting.",
])
def test_a_first_name_or_a_family_is_no_slip(body):
    assert found("names.spelling-variant", body) == []


@pytest.mark.parametrize("body,slip", [
    ("Mayor Thomas Hendricks said the council would vote. Hendricks said business owners would benefit. "
     "Critics objected, but Hendrick said the votes were there.", "Hendrick"),
    ("Mayor Thomas Williams said the council would vote. Later, Mayor William said the votes were there.",
     "William"),
])
def test_a_slip_of_one_person_is_still_caught(body, slip):
    assert found("names.spelling-variant", body) == [slip]


# names.age-changed: a birthday inside the story, and a second person of
# the surname brought in by a determiner.
@pytest.mark.parametrize("body", [
    "Edna Smith, 99, woke up Tuesday as she has every day. By evening, Smith, 100, had blown out the "
    "candles on her birthday cake.",
    "Tom Smith, 54, spoke. Another Smith, 25, said the vote was close.",
])
def test_an_age_a_birthday_changed_or_another_persons_is_no_slip(body):
    assert found("names.age-changed", body) == []


def test_a_swapped_age_in_a_birthday_story_is_still_caught():
    assert found("names.age-changed", "Edna Smith, 99, marked her birthday Tuesday. Smith, 100, said she felt "
                 "fine. Smith, 91, said she would not dance.") == ["91"]


# titles.headline-weekday: named days beyond the list, a span the body
# gives around the headline's day.
@pytest.mark.parametrize("hed,body", [
    ("Bars brace for Super Bowl Sunday crowds",
     "Bars braced for crowds Saturday as fans arrived for the game, owners said."),
    ("Travel Tuesday deals lure fliers",
     "Airlines lured fliers with deals Monday ahead of the holiday, analysts said."),
    ("Schools closed Tuesday", "Schools were closed Monday and will stay closed Wednesday, the district said."),
    ("Roads closed Tuesday", "Roads will be closed from Monday until Wednesday for repairs, the city said."),
    ("Roads closed Tuesday", "Roads will be closed between Monday and Wednesday for repairs, the city said."),
])
def test_a_named_day_or_a_span_holding_the_headlines_day(hed, body):
    assert found("titles.headline-weekday", body, hed) == []


def test_a_body_day_for_the_event_on_one_side_is_still_caught():
    assert found("titles.headline-weekday", "Schools were closed Wednesday and will stay closed Thursday, "
                 "the district said.", "Schools closed Tuesday") == ["Tuesday"]


# hygiene.boilerplate: a subscription pitch the story reports, with its
# speaker, is prose; the CMS's own pitch is still caught.
@pytest.mark.parametrize("body", [
    "The paper has 40,000 readers. Subscribe now, the publisher urged them in a front-page letter.",
    "Readers balked at the price. Subscribe today and save 50%, the ads said, but few did.",
    "Readers were told to subscribe. Subscribe now or lose access, the letter warned.",
    "The offer ended Friday. Already a subscriber? Then the new fee applies to you too, the company said.",
])
def test_a_pitch_the_story_reports_is_prose(body):
    assert found("hygiene.boilerplate", body) == []


@pytest.mark.parametrize("body,at", [
    ("The council voted 5-2. Subscribe now for 99 cents a week.", "Subscribe now"),
    ("The council voted 5-2.\n\nSubscribe today, and get unlimited access.", "Subscribe today"),
    ("The council voted 5-2.\n\nAlready a subscriber? Log in", "Already a subscriber?"),
])
def test_the_cms_pitch_is_still_caught(body, at):
    assert found("hygiene.boilerplate", body) == [at]
