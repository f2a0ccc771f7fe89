"""fx90: guards for the fixes of qa61's open breaks (tests/test_qa61_breaks.py
holds the breaks themselves): what a lower-case word between two names, an
all-capitals sentence end and a picture's moment told with a verb of a
schedule must not take from captions and credits that read right before."""
from __future__ import annotations

import pytest

from lint import lint_text
from story_helpers import credit_of as _credit
from test_qa61_breaks import _dated


# --- a verb between two names makes a sentence of the label's body

@pytest.mark.parametrize("text,credit", [
    # a function word or a name's particle between names is a credit's
    ("[h/t Consumerist, Photo: Mr. T in DC/Flickr]", "Photo: Mr. T in DC/Flickr]"),
    ("Photo: Museum Jan van Eyck", "Photo: Museum Jan van Eyck"),
    ("Photo: Ana Ruiz for the Lakeshore Ledger", "Photo: Ana Ruiz for the Lakeshore Ledger"),
    ("Photo: Ana Ruiz, staff photographer", "Photo: Ana Ruiz, staff photographer"),
    # a verb is no credit's
    ("Photo: Ana Ruiz meets Jane Doe", None),
    ("Photo: Gov. Ana Ruiz greets Rep. Tom Lee at the Capitol.", None),
])
def test_a_verb_between_names_is_a_sentence(text, credit):
    assert _credit(text) == credit


# --- an all-capitals caption ends its sentences too

@pytest.mark.parametrize("text,credit", [
    ("PHOTO: ANA RUIZ/AP. CROWDS GATHER AT THE RALLY.", "PHOTO: ANA RUIZ/AP"),
    ("PHOTO BY JANE DOE. SOLDIERS TRAIN AT THE BASE.", "PHOTO BY JANE DOE"),
    # a title's or a trailing credit's stops are no sentence end
    ("SOLDIERS TRAIN AT THE BASE. PHOTO BY SGT. JANE DOE/U.S. ARMY", "PHOTO BY SGT. JANE DOE/U.S. ARMY"),
    ("SOLDIERS TRAIN AT THE BASE. PHOTO BY LT. COL. JANE DOE", "PHOTO BY LT. COL. JANE DOE"),
])
def test_an_all_capitals_sentence_end(text, credit):
    assert _credit(text) == credit


# --- an action "as" an event starts is the picture's moment; the advances
# around it are still left alone

@pytest.mark.parametrize("caption,dated", [
    ("Photo: Runners take off as the race begins at 8 a.m. Sunday, Dec. 6, 2026.", ["Sunday"]),
    ("Photo: Fans cheer as the parade steps off Saturday, Dec. 5, 2026.", ["Saturday"]),
    # still advances: a future, an "as soon as", a schedule's verb with no "as"
    ("Photo: Shoppers will rush in as the store opens at 6 a.m. Friday, Dec. 4, 2026.", []),
    ("Photo: Crews start work as soon as the fair opens Saturday, Dec. 5, 2026.", []),
    ("Photo: Workers stock shelves at the store, which opens at 6 a.m. Friday, Dec. 4, 2026.", []),
    ("Photo: As the store opens at 6 a.m. Friday, Dec. 4, 2026, shoppers will rush in.", []),
])
def test_an_action_as_an_event_starts(caption, dated):
    assert _dated(caption) == dated


# --- the lower ranks are names.yaml abbreviations (one table with the credit
# grammar's titles): a headline's stop after one is the abbreviation's, and
# "Brig." may be the word, so its stop is flagged but never stripped

def _trailing(headline: str) -> list[tuple[str, object]]:
    text = (f"---\ntitle: {headline}\ndate: 2026-12-03\n---\n\n"
            "The soldier was held in the brig. Sgt. Ana Ruiz said so.\n")
    return [(d.message, d.fix) for d in lint_text(text, "story.md") if d.rule == "titles.trailing-period"]


def test_a_lower_ranks_stop_ends_no_headline():
    assert _trailing("Army Names New Cpl.") == []


def test_a_brigs_stop_is_flagged_and_left():
    [(message, fix)] = _trailing("Soldier Held in the Brig.")
    assert "after 'Brig'" in message and fix is None
