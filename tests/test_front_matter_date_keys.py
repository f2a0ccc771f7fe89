"""Front matter date keys as the generators read them (fx33 "Not done"):
Hugo's keys are case-insensitive (`publishdate`, `PubDate`, `Date`), and
Eleventy's `date` keywords (`Last Modified`, `Created`, `git Last Modified`,
`git Created`) name the file's own dates, which no text holds: no date to
use, and no "is not a date" warning either."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from lint.config import Config
from lint.engine import lint_bytes
from lint.outline import render_json, render_text

WRITTEN = dt.date.today() - dt.timedelta(days=12)
LIVE = WRITTEN + dt.timedelta(days=3)


def _lint(front: str):
    data = f"---\ntitle: Council votes\n{front}---\n\nThe council voted on Monday.\n"
    return lint_bytes("post.md", data.encode(), Config())


@pytest.mark.parametrize("key", ["publishdate", "PublishDate", "pubdate", "Published"])
def test_hugo_date_keys_in_any_case(key):
    # the source names the key as written (nu20: `PublishDate` was said `publishDate`)
    result = _lint(f"date: {WRITTEN.isoformat()}\n{key}: {LIVE.isoformat()}\n")
    assert (result.document.published, result.document.published_from) == (LIVE, f"front matter {key}")


def test_the_key_as_written_is_named_in_the_note_parse_text_and_json():
    result = _lint(f"PublishDate: {WRITTEN.isoformat()}\n")
    assert result.notes == [f"post.md: published {WRITTEN.isoformat()} (from front matter PublishDate)"]
    assert f"published: {WRITTEN.isoformat()} (from front matter PublishDate)" in render_text([result.document])
    assert json.loads(render_json([result.document]))[0]["published_from"] == "front matter PublishDate"


def test_a_scheduled_post_under_a_key_in_another_case_is_still_a_planned_run():
    ahead = dt.date.today() + dt.timedelta(days=30)   # a Hugo post set to run: not refused
    result = _lint(f"PublishDate: {ahead.isoformat()}\n")
    assert (result.document.published, result.date_refused) == (ahead, 0)
    far = dt.date.today() + dt.timedelta(days=800)    # beyond a year ahead: refused, the key as written
    result = _lint(f"PublishDate: {far.isoformat()}\n")
    assert result.document.published is None
    assert [d.message for d in result.diagnostics if d.rule == "file.implausible-date"][0].endswith(
        "(from front matter PublishDate); refused, so date checks do not use it")


def test_a_key_not_a_date_is_named_as_written():
    result = _lint("PublishDate: TK\n")
    assert [d.message for d in result.diagnostics if d.rule == "file.front-matter"] == [
        "front matter PublishDate: 'TK' is not a date (write YYYY-MM-DD); date checks do not use it"]


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


def _lint_at(path: str, front: str, markup: str = "auto"):
    data = f"---\ntitle: Council votes\n{front}---\n\nThe council voted on Monday.\n"
    return lint_bytes(path, data.encode(), Config(markup=markup))


def test_an_eleventy_keyword_overrides_the_date_in_the_path():
    """rv19 M4: Eleventy takes a path's date only when `date` is absent; `date:
    Last Modified` means the file's own date, which no text holds, so the path's
    2021-03-05 is no publication date for it."""
    assert _lint_at("posts/2021-03-05-council.md", "date: Last Modified\n").document.published is None
    assert _lint_at("posts/2021-03-05-council.md", "").document.published == dt.date(2021, 3, 5)


def test_the_exact_key_beats_another_case_of_it():
    """qa42 #7: `date` and `Date` in one file: the last one won, unsaid."""
    for front in ("date: 2025-03-05\nDate: 2025-06-01\n", "Date: 2025-06-01\ndate: 2025-03-05\n"):
        assert _lint_at("post.md", front).document.published == dt.date(2025, 3, 5)


@pytest.mark.parametrize("markup,published", [
    ("auto", dt.date(2025, 3, 5)), ("hugo", dt.date(2025, 3, 5)),
    ("jekyll", dt.date(2025, 3, 4)), ("eleventy", dt.date(2025, 3, 4)),
])
def test_case_sensitive_generators_read_only_the_exact_key(markup, published):
    """qa42 #7: Jekyll ignores `Date:` and dates a post by its file name; with
    `markup: jekyll` (or eleventy) so does newslint."""
    result = _lint_at("_posts/2025-03-04-council.md", "Date: 2025-03-05\n", markup)
    assert result.document.published == published
