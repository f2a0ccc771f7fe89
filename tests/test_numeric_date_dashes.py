"""nu23 #7: a date in figures joined by hyphens (`11-2-2026`) is the same
AP slip as `11/2/2026`; records, scores, ranges, phone numbers, case
numbers, file-name stamps and ISO dates are not."""
from __future__ import annotations

import pytest

from lint import lint_text
from lint.config import Config

NUMERIC = Config(select=("style.numeric-date",))


def _found(text: str, path: str = "s.md"):
    return [(d.line, d.column, d.end_column, d.message.split(" is ", 1)[1])
            for d in lint_text(text, path, config=NUMERIC)]


def test_a_date_in_figures_with_hyphens():
    line = "Ballots must be postmarked by 11-2-2026, the clerk said."
    at = line.index("11-2") + 1
    assert _found(f"# Vote\n\n{line}\n") == [
        (3, at, at + len("11-2-2026"), "'Nov. 2, 2026' if the month comes first, 'Feb. 11, 2026' if the day does")]
    assert [f[3] for f in _found("# Fire\n\nThe fire started on 25-12-2025 in the mill.\n")] == ["'Dec. 25, 2025'"]


@pytest.mark.parametrize("sentence", [
    "The team went 11-2-1 and won 11-2 in the final.",          # a record, a score
    "The plan covers 2024-2026 and 2024-26.",                    # ranges
    "Call 1-800-555-0199 or 617-555-2026 today.",               # phone numbers
    "The filing is dated 2026-11-02.",                           # ISO: the year first
    "Case No. 11-2-2026 was filed, and model 10-4-2026 sold.",  # a case number, a product code
    "See docket #4-5-2026 and part AB-11-2-2026 or 11-2-2026-B.",
    "The team is 10-2-26 on the road.",                          # a two-digit year with hyphens
    "The 13-13-2026 form has no day.",                           # no reading as a date
    "Ballots are due 11/2-2026 in the mail.",                    # mixed marks join no date
])
def test_figures_with_hyphens_that_are_no_date(sentence):
    assert _found(f"# Vote\n\n{sentence}\n") == []


def test_a_screenshots_file_name_is_a_machines_stamp():
    # FNC-1 body 571: screenshot captions named by their time
    assert _found("Posts\n\n12-29-2014 12-23-46 PM\n\nThe posts spread.\n", "s.txt") == []
    # near miss: a clock in copy is written with a colon or a.m./p.m.
    assert len(_found("# Vote\n\nBallots are due 11-2-2026 at 5 p.m.\n")) == 1


@pytest.mark.parametrize("text", ["11/2/2026", "1-2-26", "25-12-2025", "on 3/19/15,", "12/31/21."])
def test_the_pre_test_finds_every_date_in_figures(text):
    # `_may_hold` spares the NUMERIC scan only where it cannot match
    from lint.kinds.numeric_date import NUMERIC, _may_hold
    assert NUMERIC.search(text) is not None and _may_hold(text)
    assert not _may_hold("A well-known two-thirds cut-off")
