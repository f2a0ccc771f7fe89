"""names.spelling-variant reads how the story uses a form before pairing it
by its letters (qa46 #5): a sentence-opening word the story also writes in
lower case, a place after a verb of going or "from"/"in"/"of", another
person's given name, a firm's name beside "&", and two forms with different
job titles or ages are no spellings of one person's surname. The real slips stay."""
from __future__ import annotations

import pytest

from titles_helpers import read, run, where

SURNAME = "names.spelling-variant"


def story(*paragraphs: str):
    return read("Harbor news\n\n" + "\n\n".join(paragraphs) + "\n")


QUIET = {
    "ordinary-word": ("Chef Ann Currie opened a restaurant on Elm Street on Friday.",
                      "Curry is the house specialty, and Currie said the lamb curry sells out by noon."),
    "place": ("Ann Montgomerie, who moved to Montgomery from Scotland in 1990, spoke first.",
              "Montgomerie said the city needed more buses."),
    "place-from": ("Ann Montgomerie spoke first at the meeting.",
                   "She came here from Montgomery in 1990. Montgomerie said the city needed buses."),
    "letter-not-quoted": ("Ann Montgomerie, who chairs the parents' group, pressed the council.",
                          "The council read a letter from Montgomery on Tuesday. Montgomerie was there."),
    "given-name": ("Country singer Kellie Pickler played on Saturday with guitarist Tom Kelly.",
                   "Kelly said the crowd was loud. Pickler thanked the fans, and Kellie's mother sang along."),
    "given-name-alone": ("Gov. Chris Christie visited Harbor Elementary on Monday. Christie read to a class.",
                         "Teacher Christy Alvarez said the children were thrilled. Christy has taught for 12 years."),
    "titles": ("Gov. Chris Christie visited Harbor Elementary on Monday. Christie read to a class.",
               "Principal Christy said the children were thrilled."),
    "ages": ("Coach Dana Kelly, 41, spoke on Monday.", "The trainer, Kelley, 39, said the team was ready."),
    "firm": ("Johnson & Johnson agreed to pay $2 million to settle a suit brought by Ellen Johnsen.",
             "Johnsen said she was pleased. Johnson & Johnson declined to comment."),
    # qa50 #4: a sender the story places is a place, though it quotes the letter
    "letter-from-state": ("Dr. Anne Huston won a grant for her clinic on Monday.",
                          "It came in a letter from Houston, Texas. “Her work is a model,” the letter said."),
    "letter-from-abbreviation": ("Coach Dale Montgomerie will appeal the ban on his team.",
                                 "It came in a letter from Montgomery, Ala., last week. “The team broke "
                                 "the rules,” the letter said. Montgomerie said the team did nothing wrong."),
    "letter-from-postal": ("Dr. Anne Huston won a grant for her clinic on Monday.",
                           "It came in a letter from Houston, TX. “Her work is a model,” the letter said."),
    "letter-from-where": ("Dr. Anne Huston won a grant for her clinic on Monday.",
                          "It came in a letter from Houston, where the foundation is based. “Her work is "
                          "a model,” the letter said. Huston said she would hire four nurses."),
    "letter-from-later-where": ("Coach Dale Montgomerie will appeal the ban on his team.",
                                "It came in a letter from Montgomery last week, where the board sits. "
                                "“The team broke the rules,” the letter said. Montgomerie disagreed."),
    "letter-from-capital": ("Painter Clara Austen was named to the state arts board on Monday.",
                            "She learned of it in a letter from Austin, the state capital. “Your work "
                            "speaks for itself,” the letter said. Austen said she was honored."),
    "letter-from-known-place": ("Jazz singer Nina Parris returned to Detroit on Monday.",
                                "She was lured back by a letter from Paris. “We want one more record,” the "
                                "letter said. Parris said she would record in the spring."),
}


@pytest.mark.parametrize("name", sorted(QUIET))
def test_a_form_the_story_uses_as_no_person_is_quiet(name):
    assert run(story(*QUIET[name]), SURNAME) == []


SLIPS = {
    # a capital the story never writes in lower case is a name, cue or not
    "opening-name": ("Chef Ann Currie opened a restaurant on Friday.",
                     "Curry said the lamb sells out by noon.", "Curry", 5, 1),
    # "listened to" is no verb of going
    "listened-to": ("Ann Montgomerie spoke first at the meeting.",
                    "The council listened to Montgomery for an hour. Montgomerie said the city needed buses.",
                    "Montgomery", 5, 25),
    # no other person has the given name Kellie
    "no-such-given-name": ("Guitarist Tom Kelly played on Saturday.",
                           "Kellie said the crowd was loud. Kelly thanked the fans.", "Kellie", 5, 1),
    # one title for both forms: one person
    "same-title": ("Gov. Chris Christie visited the school on Monday. Christie read to a class.",
                   "Gov. Christy said the children were thrilled.", "Christy", 5, 6),
    # one age for both forms: one person
    "same-age": ("Coach Dana Kelly, 41, spoke on Monday.", "The coach, Kelley, 41, said the team was ready.",
                 "Kelley", 5, 12),
    # the sender of a letter the story quotes is no place (final-note23)
    "letter-from": ("Ann Montgomerie, who chairs the parents' group, pressed the council.",
                    "The council read a letter from Montgomery on Tuesday. “We will not wait,” the letter said.",
                    "Montgomery", 5, 32),
    # a person's surname beside no ampersand
    "no-firm": ("Ellen Johnsen, a former employee, sued the firm.",
                "Johnson said she was pleased. Johnsen left.", "Johnson", 5, 1),
}


@pytest.mark.parametrize("name", sorted(SLIPS))
def test_the_real_slips_stay(name):
    first, second, slip, line, column = SLIPS[name]
    assert where(run(story(first, second), SURNAME)) == [(line, column, slip)]


def test_montgomery_three_times_montgomerie_once_on_one_person():
    doc = story("Katherine Montgomery, 52, was named superintendent on Tuesday.",
                "Montgomery has led the district since 2019.",
                "Montgomerie will start Jan. 5, Montgomery said.")
    assert where(run(doc, SURNAME)) == [(7, 1, "Montgomerie")]
