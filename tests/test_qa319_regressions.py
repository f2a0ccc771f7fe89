"""qa319: QA of bc8a9c30..89abfd18 (lead53b): the held-fix and --published-ahead
stderr lines known as newslint's own (rr54b #6, #7); #1 and #2 mended (LONGEST_LINE, PASSED_OVER)."""
from __future__ import annotations

import pytest

_FOUND = "story.txt:1:1: error [hygiene.placeholder] placeholder\nFound 1 problem (1 error)."


# qa319 #1: HELD_FIXES's grammar has two free fields (path, said) with the words ": N finding left
# unfixed on purpose (" between them, so a long first line that repeats them, fullmatched whole by
# `_line_ids`, took quadratic time (3.5 s on 86,000 characters; 0.2 ms on main). A line longer than
# LONGEST_LINE is no line newslint writes and is not matched: the property asserted (not a time).
_REPEATS = ("newslint: a: 1 finding left unfixed on purpose (b) "
            + "a: 1 finding left unfixed on purpose ( x) y" * 2000 + "(")


def test_a_line_longer_than_any_newslint_writes_is_not_matched(monkeypatch):
    from lint.readers import _own_reports as o
    tried = []
    real = o.LINE["text"]

    class Spy:
        def match(self, text):
            return real.match(text)

        def fullmatch(self, text, start=0, end=None):
            end = len(text) if end is None else end
            tried.append(end - start)
            return real.fullmatch(text, start, end)
    monkeypatch.setitem(o.LINE, "text", Spy())
    assert len(_REPEATS) > o.LONGEST_LINE
    assert o.own_report(f"{_REPEATS}\n{_FOUND}\n", "txt") is None
    assert all(n <= o.LONGEST_LINE for n in tried), tried


def test_a_held_fix_line_as_check_writes_it_still_opens_our_report():
    from lint.readers._own_reports import own_report
    said = ("newslint: s.html: 2 findings left unfixed on purpose (its text is written there with escapes "
            "or character references; its line ends are of more than one kind (LF, CRLF, CR), and the fix "
            "cannot place its own among them); fix them by hand")
    assert own_report(f"{said}\n{_FOUND}\n", "txt") == "text"


# qa319 #2: rr54b #7's line is said in one loop of `cli_check` with three others, before the
# report in every run; `Session.passed_over`'s (a folder holding .newslint.yaml and .newslint.yml)
# is still unknown, so `check story.txt > r.txt 2>&1` then `check r.txt` lints our own report
# (6 problems), with or without the --published-ahead line above it.
@pytest.mark.parametrize("ahead", [
    "",
    "newslint: /n/.newslint.yaml: published: 2027-09-01 is 268 days ahead of today (2026-12-07): "
    "the date checks read the copy as if it ran then\n",
])
def test_a_report_opening_with_the_passed_over_config_line_is_ours(ahead):
    from lint.readers._own_reports import own_report
    said = ("newslint: /n/.newslint.yaml: used; /n/.newslint.yml beside it is not read (configs are not "
            "merged: move its settings into .newslint.yaml and delete it)\n")
    assert own_report(f"{said}{ahead}{_FOUND}\n", "txt") == "text"
