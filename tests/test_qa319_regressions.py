"""qa319: QA of bc8a9c30..89abfd18 (lead53b): the held-fix and --published-ahead
stderr lines known as newslint's own (rr54b #6, #7). Findings as strict xfails."""
from __future__ import annotations

import re

import pytest

_FOUND = "story.txt:1:1: error [hygiene.placeholder] placeholder\nFound 1 problem (1 error)."


# qa319 #1: HELD_FIXES's grammar has two free `.+` fields (path, said) with the words
# ": N finding left unfixed on purpose (" between them. `own_report` matches the 4096-character
# head, but `_line_ids` then fullmatches the whole first row, so a long first line that opens
# like a held-fix line and repeats those words is matched in quadratic time: own_report took
# 1.2 s on a 43,000-character line and 3.5 s on an 86,000-character one,
#   "newslint: a: 1 finding left unfixed on purpose (b) " + "a: 1 finding left unfixed on purpose ( x) y" * 2000 + "("
# (0.2 ms on main). The property asserted (not a time): the held-fix grammar keeps at most one
# free `.+`/`.*` field; its `said` part is read as positions and `fixes.HELD` reasons.
@pytest.mark.xfail(strict=True, reason="qa319 #1: the held-fix grammar's two free fields (path, said) "
                   "make a long first line that repeats its words quadratic in _line_ids' fullmatch")
def test_the_held_fix_grammar_has_at_most_one_free_field():
    from lint.readers import _own_reports as o
    alternatives = o._SAID_LINES.split("|" + re.escape(o.STDERR))
    held = [a for a in alternatives if re.escape("left unfixed on purpose") in a]
    assert len(held) == 1
    assert held[0].count(".+") + held[0].count(".*") <= 1, held[0]


# qa319 #2: rr54b #7's line is said in one loop of `cli_check` with three others, before the
# report in every run; `Session.passed_over`'s (a folder holding .newslint.yaml and .newslint.yml)
# is still unknown, so `check story.txt > r.txt 2>&1` then `check r.txt` lints our own report
# (6 problems), with or without the --published-ahead line above it.
@pytest.mark.xfail(strict=True, reason="qa319 #2: Session.passed_over's 'X: used; Y beside it is not "
                   "read (...)' line, said beside the --published-ahead one, opens a report unknown")
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
