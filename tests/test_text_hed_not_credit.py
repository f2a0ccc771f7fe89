"""A plain-text story's first line that only looks like a photo credit is
its headline (qa151 #6, #7): a Title Case headline of the `Name for
Publication` shape ("More Money for NASA"), and a line whose "U.S. via
Mexico" read as the credit 'S. via Mexico'. A credit line is still read as
one: in a caption below the headline, and in the first line when it names
a person ("Jane Doe for BuzzFeed")."""
from __future__ import annotations

import pytest

from lint.readers import read_bytes
from lint.readers.patterns import CAPTION_LINE

BODY = "The council approved the budget on Tuesday after a long debate, officials said."


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(p.kind, p.text) for p in read_bytes("s.txt", text.encode("utf-8")).parts]


@pytest.mark.parametrize("hed", [
    "More Money for NASA",
    "New Rules for FEMA",
    "Council Backs Plan for NATO",
    "More American Weapons for ISIS",       # FNC-1 train body 1485's headline
    "Fighters enter U.S. via Mexico",
    "Fighters Enter U.S. via Mexico",
])
def test_the_first_line_is_the_headline(hed):
    assert _kinds(f"{hed}\n\n{BODY}\n")[0] == ("headline", hed)


@pytest.mark.parametrize("line", [
    "Jane Doe for BuzzFeed",        # a person's name before `for`
    "Staff Photo for AP",           # a label's word
    "Handout via Reuters",          # an agency after `via`
    "Senior Writer for ESPN",       # qa157 #3: a credit's job words (credits.yaml role_words)
    "Guest Columnist for The Post",
    "Special Correspondent via Zoom",
])
def test_a_first_line_that_is_a_credit_is_still_one(line):
    assert _kinds(f"{line}\n\n{BODY}\n")[0] == ("caption", line)


@pytest.mark.parametrize("line", [
    "More Money for NASA",                                       # below the headline: the credit shape stands
    "Migrants enter the U.S. via Mexico. Jane Doe via Reuters",
    "Crowds gather in the U.S. Jane Doe/Getty Images",
])
def test_a_caption_line_below_the_headline_is_still_a_caption(line):
    kinds = _kinds(f"Budget vote set\n\n{BODY}\n\n{line}\n\nMore text here, officials said.\n")
    assert ("caption", line) in kinds


def test_no_credit_starts_inside_an_initialism():
    assert not CAPTION_LINE.match("Fighters enter U.S. via Mexico")
    assert CAPTION_LINE.match("Fighters enter the U.S. via Reuters")       # an agency after via


# qa256 #2: a plain-text line "Name/Name <words> <role>" is no credit line
# when its words before the role are a verb phrase: the headline stays the
# headline (no titles.missing-headline), a body line stays body copy.
@pytest.mark.parametrize("hed", [
    "Ana Ruiz/Carlos Diaz ticket wins student editor",
    "Jane Doe/Daily Bruin became editor",
])
def test_qa256_a_headline_with_a_verb_before_a_role_word_is_the_headline(hed):
    assert _kinds(f"{hed}\n\n{BODY}\n")[0] == ("headline", hed)


def test_qa256_a_body_line_with_a_verb_before_a_role_word_is_body_copy():
    line = "Ana Ruiz/Carlos Diaz named editor"
    kinds = _kinds(f"Campus news\n\n{BODY}\n\n{line}\n\nClasses begin next week.\n")
    assert ("paragraph", line) in kinds and ("caption", line) not in kinds


# ... and the nearest lines stay credit lines: desks and ranks before the
# role (credits.yaml `role_desks`) make a credit line, first or in the body.
@pytest.mark.parametrize("line", ["Jane Doe/Daily Bruin senior staff", "Ana Ruiz/Daily Bruin sports editor"])
def test_qa256_a_desk_before_a_role_word_is_still_a_credit_line(line):
    assert _kinds(f"{line}\n\n{BODY}\n")[0] == ("caption", line)
    kinds = _kinds(f"Campus news\n\n{BODY}\n\n{line}\n\nClasses begin next week.\n")
    assert ("caption", line) in kinds and ("paragraph", line) not in kinds
