"""fx582: 'another' right before a name is bound to it after any word; an
apposed phrase is read by its last word: a noun of time dates the sentence,
a person's noun keeps it bound even after a preposition (qa439 #5-#7)."""
from __future__ import annotations

import pytest

from footnote_helpers import MD_HEAD as HEAD, findings as _findings, uses as _uses

SV = ("names.spelling-variant",)
MAYOR = "Mayor Jane Kowalczyk said so. Kowalczyk voted.\n\n"


@pytest.mark.parametrize("later", ["Like another Jane Kowalcyzk, she left. Kowalcyzk stayed.",
                                   "It was sent to another man, Jane Kowalcyzk, by mistake. Kowalcyzk left.",
                                   "Another night-shift nurse, Jane Kowalcyzk, spoke. Kowalcyzk left.",
                                   "With another resident, Jane Kowalcyzk, she spoke. Kowalcyzk left."])
def test_another_bound_to_the_name_is_another_person(later):
    assert _findings(HEAD + MAYOR + later + "\n", SV) == []


@pytest.mark.parametrize("later", ["Another summer day, Jane Kowalcyzk spoke. Kowalcyzk left.",
                                   "Another Friday night, Jane Kowalcyzk spoke. Kowalcyzk left.",
                                   "On another occasion, Jane Kowalcyzk spoke. Kowalcyzk left.",
                                   "After another long meeting, Jane Kowalcyzk spoke. Kowalcyzk left."])
def test_guard_another_in_a_phrase_of_something_else_leaves_the_slip(later):
    text = HEAD + MAYOR + later + "\n"
    assert _findings(text, SV) == _uses(text, "Kowalcyzk")
