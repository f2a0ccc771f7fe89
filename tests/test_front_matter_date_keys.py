"""Front matter date keys as the generators read them (fx33 "Not done"):
Hugo's keys are case-insensitive (`publishdate`, `PubDate`, `Date`), and
Eleventy's `date` keywords (`Last Modified`, `Created`, `git Last Modified`,
`git Created`) name the file's own dates, which no text holds: no date to
use, and no "is not a date" warning either."""
from __future__ import annotations

import datetime as dt

import pytest

from lint.config import Config
from lint.engine import lint_bytes

WRITTEN = dt.date.today() - dt.timedelta(days=12)
LIVE = WRITTEN + dt.timedelta(days=3)


def _lint(front: str):
    data = f"---\ntitle: Council votes\n{front}---\n\nThe council voted on Monday.\n"
    return lint_bytes("post.md", data.encode(), Config())


@pytest.mark.parametrize("key,canonical", [
    ("publishdate", "publishDate"), ("PublishDate", "publishDate"), ("pubdate", "pubDate"),
    ("Published", "published"),
])
def test_hugo_date_keys_in_any_case(key, canonical):
    result = _lint(f"date: {WRITTEN.isoformat()}\n{key}: {LIVE.isoformat()}\n")
    assert (result.document.published, result.document.published_from) == \
        (LIVE, f"front matter {canonical}")


def test_a_capitalised_date_key_is_the_date():
    result = _lint(f"Date: {WRITTEN.isoformat()}\n")
    assert result.document.published == WRITTEN


def test_a_lowercase_key_not_a_date_is_still_said():
    result = _lint("publishdate: TK\n")
    assert [d.rule for d in result.diagnostics if d.rule.startswith("file.")] == ["file.front-matter"]
    assert result.date_refused == 1


@pytest.mark.parametrize("value", ["Last Modified", "Created", "git Last Modified", "git Created",
                                   '"git Last Modified"'])
def test_eleventy_date_keywords_are_no_error(value):
    result = _lint(f"date: {value}\n")
    assert result.document.published is None
    assert [d.rule for d in result.diagnostics if d.rule.startswith("file.")] == []
    assert (result.undated, result.date_refused) == (1, 0)    # the note asks for a date, none was refused


def test_an_eleventy_keyword_leaves_a_hugo_publish_date():
    result = _lint(f"date: Last Modified\npublishDate: {LIVE.isoformat()}\n")
    assert result.document.published == LIVE
