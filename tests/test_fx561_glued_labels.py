"""fx561 (qa417 #6): clock_times.glued_halves skips the 'am' of a file name,
a domain or a handle as style.time-of-day's scan does; a time beside one
is still read."""
from __future__ import annotations

import pytest

from lint.analysis.clause_words import tokens
from lint.analysis.clock_times import glued_halves
from lint.kinds import time_form


@pytest.mark.parametrize("text", ["See photo-6am.jpg today.", "Visit x.com/6am.html now.", "Mail news@7pm today.",
                                  "Go to https://7pm.com now.", "Open WWW.7PM.COM now."])
def test_a_label_is_no_glued_half(text):
    assert glued_halves(text, 0, len(text)) == frozenset()
    assert time_form.scan(text) == []
    assert "m" not in tokens(text, 0, len(text))[0] and "M" not in tokens(text, 0, len(text))[0]


@pytest.mark.parametrize("text, half", [
    ("See photo-6am.jpg, taken at 6am on Sept. 9.", "6am on"),
    ("Doors open @7:30pm on Friday.", "pm on"),
    ("At 7pm. The vote came.", "pm."),
    ("Opens 7PM.Then it closes.", "PM.Then"),
])
def test_guard_a_time_beside_or_shaped_like_a_label_is_read(text, half):
    at = text.index(half) + half.lower().index("m") - 1
    assert glued_halves(text, 0, len(text)) == frozenset({at})
