"""A run of dates shares the year written after it ("in May and June 2012"):
the last date of the run that writes a year holds for those before it, and
the run is shared once, however long it is (sharing at every dated member
made one paragraph full of dates quadratic)."""
from __future__ import annotations

import datetime as dt

import pytest
import regex

from lint.analysis import dates
from lint.analysis.dates import find_mentions

PUB = dt.date(2026, 11, 1)


def years(text: str) -> list[int | None]:
    return [m.first.year if m.first else None for m in find_mentions(text, PUB)]


def test_the_last_year_of_a_run_holds_for_the_dates_before_it():
    assert years("Deliveries in December and January 2012 were late.") == [2011, 2012]
    assert years("Sales in March, May 2012 and June 2013 fell.") == [2013, 2012, 2013]
    assert years("The park opened March 3 and March 4, 2025, and closed on May 1.") == [2025, 2025, 2026]


def test_a_long_run_of_dates_is_shared_once(monkeypatch):
    calls = []
    real = dates._share_year
    monkeypatch.setattr(dates, "_share_year", lambda *a: calls.append(1) or real(*a))
    found = find_mentions("The park opened " + "March 3, 2026 " * 300 + "and closed.", PUB)
    assert len(found) == 300 and all(m.first == dt.date(2026, 3, 3) for m in found)
    assert len(calls) == 1


class _Recorder:
    """A compiled pattern that counts how it is called."""
    def __init__(self, pattern, calls):
        self.pattern, self.calls = pattern, calls

    def search(self, *a):
        self.calls.append("search")
        return self.pattern.search(*a)

    def match(self, *a):
        self.calls.append("match")
        return self.pattern.match(*a)

    def __getattr__(self, name):
        return getattr(self.pattern, name)


def _reverse_calls(monkeypatch, verb: str) -> tuple[list[str], int]:
    """The calls of the patterns read back from a date, and the findings of
    dates.after-publication, over a sentence of 40 dates told on `verb`."""
    from lint.config import Config
    from lint.engine import lint_bytes
    from lint.kinds import _called_off, after_publication
    calls: list[str] = []
    for module, name in ((after_publication, "_advance_for"), (after_publication, "_announced")):
        pattern = getattr(module, name)()
        monkeypatch.setattr(module, name, lambda p=pattern: _Recorder(p, calls))
    patterns = _called_off._calling_off()
    monkeypatch.setattr(_called_off, "_calling_off",
                        lambda: tuple(_Recorder(p, calls) if p.flags & regex.REVERSE else p for p in patterns))
    text = f"---\ntitle: T\ndate: 2026-01-05\n---\n\nThe park {verb} " + "March 3, 2026 " * 40 + "for good.\n"
    result = lint_bytes("p.md", text.encode(), Config())
    return calls, len([d for d in result.diagnostics if d.rule == "dates.after-publication"])


@pytest.mark.parametrize("verb", ["qualified", "announced", "scrubbed"])
def test_the_reverse_patterns_before_a_date_are_anchored_at_it(monkeypatch, verb):
    """The patterns read back from a date ("[qualified for the debate on]
    Feb. 19") end at the date: each is matched there once, never searched
    for over the whole sentence before it at every date (quadratic). Told
    on a verb one of them reads (getting ahead, announcing, calling off)."""
    calls, _ = _reverse_calls(monkeypatch, verb)
    assert calls and "search" not in calls


def test_no_reverse_pattern_is_tried_for_a_verb_none_of_them_reads(monkeypatch):
    """Each reading accepts only the verb the tense was read on: told on
    "opened", none of them can find one, and none is matched; the dates are
    flagged as before."""
    calls, found = _reverse_calls(monkeypatch, "opened")
    assert found == 40
    assert calls == []
