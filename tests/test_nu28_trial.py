"""nu28: a weekly's managing editor adopting newslint with a house rule pack.
Each case failed on main f9ee0bd."""
from __future__ import annotations

import pytest

from lint import lint_text

HEAD = "---\ntitle: Walter Hendricks, farmer\ndate: 2026-11-26\n---\n\n"


def flagged(body: str, rule: str) -> list[str]:
    """The flagged texts of `rule` in a Markdown story published Nov. 26, 2026."""
    src = HEAD + body + "\n"
    return [src[d.offset:d.end_offset] for d in lint_text(src, "story.md") if d.rule == rule]


@pytest.mark.parametrize("body, date", [
    ("Jane Roe, 84, died Dec. 5, 2026.", "Dec. 5, 2026"),
    ("Jane Roe, 84, died Dec. 5.", "Dec. 5"),
    ("Jane Roe, who was 84, died Dec. 5, 2026.", "Dec. 5, 2026"),
    ("Jane Roe, age 84, died Dec. 5.", "Dec. 5"),
    ("Jane Roe, 84, retired Dec. 5.", "Dec. 5"),
    ("On Dec. 5, 2026, Jane Roe, 84, died at home.", "Dec. 5, 2026"),
])
def test_the_obituary_lede_with_an_age_is_read(body, date):
    assert flagged(body, "dates.after-publication") == [date]


@pytest.mark.parametrize("body", [
    "Jane Roe, 84, died Nov. 20, 2026.",
    "Jane Roe, 84, will be buried Dec. 5.",
])
def test_an_obituary_lede_in_time_is_quiet(body):
    assert flagged(body, "dates.after-publication") == []
