"""titles.trailing-period: a Wed., Sat. or Sun. closing a headline keeps its
stop where the headline shows it is the weekday, as a copy editor writes
heds and listings (qa60): in capitals, in a list with commas, after a time
of day, beside a weekday written out in the plural; "the Sun." stays the
word."""
from __future__ import annotations

import pytest

from titles_helpers import read, run, where

BODY = "The city council approved a budget on Tuesday after a long debate. Members voted 5-2.\n"


def stops(headline: str):
    diags = run(read(f"{headline}\n\n{BODY}"), "titles.trailing-period")
    return [(col, d.fix is not None) for (_, col, _), d in zip(where(diags), diags)]


@pytest.mark.parametrize("headline", [
    "PARADE SET FOR SAT. & SUN.",          # an all-caps hed: the pair is the weekday's
    "CRAFT FAIR RUNS FRI.-SUN.",
    "FAIR OPENS WEDNESDAY-SAT.",
    "Craft fair runs Fri., Sat., Sun.",    # a list with commas
    "Fair opens Sunday, Sat.",
    "Craft fair runs Fri.&Sat.",           # an ampersand set tight
    "Market open Saturdays and Sun.",      # the weekday in the plural
    "Mass at 10 a.m. Sun.",                # a time of day before it
    "Game at 7 p.m. Wed.",
    "Game at 7:30 Wed.",
    "Parade at noon Sat.",
])
def test_a_weekday_shown_by_its_neighbours_keeps_its_stop(headline):
    assert stops(headline) == []


@pytest.mark.parametrize("headline, fixed", [
    ("FUN IN THE SUN.", True),             # the word after an article, in capitals too
    ("Saturday fun in the Sun.", True),
    ("Couple Finally Wed.", False),        # still the writer's to judge
    ("Fair opens Saturday, closes Sun.", False),
    ("Fun, Sun.", False),
])
def test_the_word_is_still_flagged(headline, fixed):
    assert stops(headline) == [(len(headline), fixed)]
