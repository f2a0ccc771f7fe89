"""fx152: a delay within the date's day is undone only by a calling off
told of the event itself ("then canceled", "but it was later canceled",
qa82 #7), not by another thing's ("after the rival event was canceled"):
that hearing was still held, hours late, so its typo'd date stays flagged.
Synthetic sentences only; the story is published Dec. 2, 2026 (qa75's
`after_publication`)."""
from __future__ import annotations

from test_qa75_regressions import after_publication


def test_another_things_calling_off_leaves_the_delay_within_the_day():
    text = "The hearing was Dec. 12. It was postponed to 3 p.m. the same day after the rival event was canceled."
    assert after_publication(text) == [(3, text.index("Dec. 12") + 1)]
