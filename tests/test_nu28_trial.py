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


@pytest.mark.parametrize("body, title", [
    ("Police Chief Dan Ruiz said traffic backed up. Lt. Ruiz said there were no accidents.", "Lt"),
    ("Chief Dan Ruiz said traffic backed up.\n\nLt. Ruiz said there were no accidents.", "Lt"),
    ("Fire Chief Dan Ruiz spoke. Capt. Ruiz said no.", "Capt"),
])
def test_a_chief_then_a_rank_is_a_title_change(body, title):
    assert flagged(body, "names.title-changed") == [title]


@pytest.mark.parametrize("body", [
    "Police Chief Dan Ruiz said traffic backed up. Chief Ruiz said there were no accidents.",
    "Lt. Dan Ruiz, the former police chief, spoke. Lt. Ruiz said no.",
])
def test_the_same_chief_or_a_past_chief_is_quiet(body):
    assert flagged(body, "names.title-changed") == []
