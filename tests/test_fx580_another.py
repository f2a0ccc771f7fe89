"""fx580: 'another' before a name counts as another person only when bound
to it; after a preposition or conjunction (perhaps with 'yet' between) or
before a noun of time it opens a phrase of something else (qa431 #4)."""
from __future__ import annotations

import pytest

from footnote_helpers import MD_HEAD as HEAD, findings as _findings, uses as _uses

SV = ("names.spelling-variant",)
MAYOR = "Mayor Jane Kowalczyk said so. Kowalczyk voted.\n\n"


@pytest.mark.parametrize("later", ["Amid another row, Jane Kowalcyzk spoke. Kowalcyzk left.",
                                   "While another vote was held, Jane Kowalcyzk spoke. Kowalcyzk left.",
                                   "Despite yet another delay, Jane Kowalcyzk spoke. Kowalcyzk left.",
                                   "Another week, Jane Kowalcyzk spoke. Kowalcyzk left.",
                                   "Another Tuesday morning, Jane Kowalcyzk spoke. Kowalcyzk left."])
def test_another_in_a_phrase_of_something_else_leaves_the_slip_flagged(later):
    text = HEAD + MAYOR + later + "\n"
    assert _findings(text, SV) == _uses(text, "Kowalcyzk")


@pytest.mark.parametrize("later", ["Another resident, Jane Kowalcyzk, spoke. Kowalcyzk left.",
                                   "Later, another resident, Jane Kowalcyzk, spoke. Kowalcyzk left.",
                                   "Police named another woman, Jane Kowalcyzk, as a witness. Kowalcyzk left.",
                                   "Another Jane Kowalcyzk spoke. Kowalcyzk left."])
def test_guard_another_bound_to_the_name_is_another_person(later):
    assert _findings(HEAD + MAYOR + later + "\n", SV) == []
