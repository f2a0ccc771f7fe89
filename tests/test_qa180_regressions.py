"""qa180: late QA of fx299 ('or' joins a weekday pair and a second day as
'and' does; one shared parse of listed days). Synthetic sentences only;
each fault a strict xfail that passes once fixed."""
from __future__ import annotations

import datetime as dt

import pytest

from lint import lint_text
from lint.config import Config, ConfigError
from lint.engine import lint_bytes

PUB = dt.date(2025, 2, 24)        # March 4, 2025 is a Tuesday


def _found(body: str, select: tuple[str, ...] = ("dates", "style.weekday-abbreviation")) -> list[tuple[str, str]]:
    result = lint_bytes("s.txt", f"Vote news\n\n{body}\n".encode(), Config(published=PUB, select=select))
    return [(d.rule, d.snippet) for d in result.diagnostics if d.rule != "style.weekday-abbreviation"]


# 1 (HIGH; main has it too, with another snippet: 'Thursday, March 4')
@pytest.mark.parametrize("body", [
    "The vote is Tuesday or Wednesday or Thursday, March 4 or 5 or 6.",
    "The vote is Tues. or Wed. or Thurs., March 4 or 5 or 6.",
    "The vote is Tuesday, Wednesday or Thursday, March 4 or 5 or 6.",
    "The vote is Monday or Tuesday or Wednesday, March 3 or 4 or 5.",
    "The vote is Tuesday and Wednesday and Thursday, March 4 and 5 and 6.",
])
def test_a_right_list_joined_by_repeated_or_is_no_mismatch(body):
    assert _found(body, ("dates.weekday-mismatch",)) == []


# 2 (HIGH; main has it too)
@pytest.mark.parametrize("body", [
    "The vote could come Tuesday or Wednesday, March 4, or 5.",
    "The vote could come Tuesday and Wednesday, March 4, and 5.",
])
def test_a_right_pair_with_a_comma_before_the_second_day_is_no_mismatch(body):
    assert _found(body, ("dates.weekday-mismatch",)) == []


# 3 (MED; main has it too)
def test_lint_text_takes_a_written_publication_date():
    text = "Vote news\n\nThe vote could come Tuesday or Thursday, March 4 or 5.\n"
    found = lint_text(text, "s.txt", published="2025-02-24", select=("dates.weekday-mismatch",))
    assert [d.rule for d in found] == ["dates.weekday-mismatch"]


@pytest.mark.parametrize("value", ["2025-02-30", "soon", 20250224])
def test_lint_text_names_a_publication_date_that_is_no_date(value):
    with pytest.raises(ConfigError) as caught:
        lint_text("Vote news\n\nHi.\n", "s.txt", published=value)
    assert str(caught.value).startswith("published: ") and repr(value) in str(caught.value)


def test_a_wrong_pair_with_a_comma_before_the_second_day_is_flagged_whole():
    assert _found("The vote could come Tuesday or Thursday, March 4, or 5.", ("dates.weekday-mismatch",)) == [
        ("dates.weekday-mismatch", "Tuesday or Thursday, March 4, or 5")]


@pytest.mark.parametrize("body, snippet", [
    ("The vote is Tuesday or Wednesday or Friday, March 4 or 5 or 6.", "Friday"),
    ("The vote is Monday or Wednesday or Thursday, March 4 or 5 or 6.", "Monday"),
    ("The vote is Tuesday and Thursday and Thursday, March 4 and 5 and 6.", "Thursday"),
])
def test_a_wrong_weekday_in_a_list_joined_by_repeated_or_is_named(body, snippet):
    assert _found(body, ("dates.weekday-mismatch",)) == [("dates.weekday-mismatch", snippet)]
