"""nu20: `Wed. Dec. 3` where Dec. 3 is no Wednesday got dates.weekday-mismatch
and also a safe fix spelling out `Wednesday,`, a wrong day written in full.
The abbreviation finding stays (the day is abbreviated whichever is meant);
its fix is held back until the weekday fits the date."""
from __future__ import annotations

import datetime as dt

import pytest

from lint.config import Config
from lint.engine import lint_bytes

PUB = dt.date(2026, 11, 30)


def _found(body: str, **config):
    result = lint_bytes("s.txt", f"Fares\n\n{body}\n".encode(), Config(published=PUB, **config))
    return [(d.rule, d.column, d.fix.replacement if d.fix else None) for d in result.diagnostics]


def test_a_wrong_weekday_keeps_its_findings_but_not_the_fix():
    assert _found("The board meets Wed. Dec. 3 in the hall.") == [
        ("dates.weekday-mismatch", 17, None), ("style.weekday-abbreviation", 17, None)]


@pytest.mark.parametrize("body", ["The board meets Wed. Dec. 2 in the hall.",        # a Wednesday
                                  "The board met Wed., Dec. 3, 2025, in the hall."])  # a year that fits
def test_a_weekday_that_fits_keeps_the_fix(body):
    assert _found(body) == [("style.weekday-abbreviation", body.index("Wed") + 1, "Wednesday,")]


def test_the_fix_is_held_even_with_the_mismatch_rule_off():
    assert _found("The board meets Wed. Dec. 3 in the hall.", ignore=["dates.weekday-mismatch"]) == [
        ("style.weekday-abbreviation", 17, None)]
