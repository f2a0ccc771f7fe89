"""A date without a year is read in one year by every date rule (nu18 #4):
a past-tense date a week after publication is the publication year's for
weekday-mismatch as for after-publication, never last year's."""
from __future__ import annotations

import datetime as dt

from lint import lint_text


def findings(sentence: str, published: str):
    text = f"Board acts on hours\n\nThe board {sentence}\n"
    return [(d.rule, d.message, d.level) for d in lint_text(text, "s.txt", published=dt.date.fromisoformat(published))
            if d.rule.startswith("dates.")]


def test_the_weekday_check_names_the_publication_year_as_after_publication_does():
    got = findings("voted on Sunday, Dec. 8, to extend hours.", "2026-12-01")
    rules = {r for r, _, _ in got}
    assert rules == {"dates.after-publication", "dates.weekday-mismatch"}
    msg = next(m for r, m, _ in got if r == "dates.weekday-mismatch")
    assert "December 8, 2026 is a Tuesday, not a Sunday" in msg and "2025" not in msg


def test_a_weekday_that_fits_only_last_year_is_still_reported_with_that_year():
    got = findings("voted on Monday, Dec. 8, to extend hours.", "2026-12-01")
    week = [(m, lvl) for r, m, lvl in got if r == "dates.weekday-mismatch"]
    assert len(week) == 1
    assert "December 8, 2026 is a Tuesday, not a Monday" in week[0][0] and "Monday in 2025" in week[0][0]
    assert week[0][1] == "warning"


def test_the_right_weekday_for_the_publication_year_passes():
    got = findings("voted on Tuesday, Dec. 8, to extend hours.", "2026-12-01")
    assert [r for r, _, _ in got] == ["dates.after-publication"]


def test_a_past_date_far_after_publication_is_still_last_years():
    # Dec. 27, 2025 was a Saturday; Dec. 27, 2026 (359 days on) is no reading
    assert findings("met on Saturday, Dec. 27, to extend hours.", "2026-01-02") == []
