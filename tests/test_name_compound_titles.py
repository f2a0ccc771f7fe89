"""names.yaml `compound_titles` (fx89): a title of more than one word before
a name ("Chief of Staff", "chief of staff", "Attorney General", "Secretary of
State", "Surgeon General", "Press Secretary") is read whole: its last word is
no given name ("Staff Jane Ortiz" made two people of one), a rank word before
it is its modifier, and an attorney or surgeon general is no general of the
ranks."""
from __future__ import annotations

import pytest

from lint.analysis.names import given_names
from titles_helpers import read, run, where


def story(first: str, later: str) -> str:
    return (f"Dock opens\n\nSEAHAVEN, Maine (AP) -- {first} Jane Ortiz said the dock was intact. "
            f"Later, {later} Ortiz said it would open Tuesday.\n")


def changed(first: str, later: str) -> list[str]:
    return [t for _, _, t in where(run(read(story(first, later)), "names.title-changed"))]


@pytest.mark.parametrize("first,later,span", [
    ("Deputy Chief of Staff", "Chief of Staff", "Chief of Staff"),
    ("White House chief of staff", "deputy chief of staff", "deputy chief of staff"),
    ("Secretary of State", "Deputy Secretary of State", "Deputy Secretary of State"),
    ("Press Secretary", "Deputy Press Secretary", "Deputy Press Secretary"),
    ("Chief of Staff", "Police Chief", "Police Chief"),
])
def test_a_rank_word_or_an_office_changed_on_a_compound_title_is_flagged(first, later, span):
    assert changed(first, later) == [span]


@pytest.mark.parametrize("first,later", [
    ("White House Chief of Staff", "Chief of Staff"),
    ("chief of staff", "Chief of Staff"),
    ("Attorney General", "Attorney General"),
    ("Attorney General", "Sgt."),           # no general of the ranks (was flagged)
    ("Lt.", "Surgeon General"),             # ... nor is a surgeon general (was flagged)
    ("Secretary of State", "Secretary of State"),
])
def test_the_same_compound_title_or_none_of_the_ranks_is_not(first, later):
    assert changed(first, later) == []


@pytest.mark.parametrize("title", ["Chief of Staff", "White House chief of staff", "Deputy Chief of Staff"])
def test_the_last_word_of_a_compound_title_is_no_given_name(title):
    assert given_names(read(story(title, title))) == {"Ortiz": {"jane"}}


def test_the_message_gives_the_compound_title_whole():
    [d] = run(read(story("Press Secretary", "Deputy Press Secretary")), "names.title-changed")
    assert "'Deputy Press Secretary' here but 'Press Secretary' earlier" in d.message


@pytest.mark.parametrize("first,later,span", [
    ("Chief of Staff", "Press Secretary", "Press Secretary"),
    ("Chief of Staff", "Mayor", "Mayor"),
    ("Mayor", "Press Secretary", "Press Secretary"),
    ("Attorney General", "Solicitor General", "Solicitor General"),
    ("Press Secretary", "Secretary of State", "Secretary of State"),
    ("Gov.", "Surgeon General", "Surgeon General"),
])
def test_a_move_between_compound_offices_or_to_a_plain_one_is_flagged(first, later, span):
    """qa63 #8: these were quiet while `Mayor` then `Gov.` was flagged."""
    assert changed(first, later) == [span]


@pytest.mark.parametrize("first,later", [
    ("Secretary of State", "Secretary"),    # the short form
    ("Chief of Staff", "Chief"),
    ("Press Secretary", "Sgt."),            # a rank is no office of the group
])
def test_a_short_form_or_a_rank_after_a_compound_title_is_not(first, later):
    assert changed(first, later) == []


def test_a_move_the_story_tells_is_not_flagged():
    doc = read("Dock opens\n\nSEAHAVEN, Maine (AP) -- Sen. Jane Ortiz, a former press secretary, "
               "said the dock was intact. As Press Secretary Ortiz, she had said the same.\n")
    assert run(doc, "names.title-changed") == []
