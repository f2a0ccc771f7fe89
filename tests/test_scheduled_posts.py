"""A static-site post dated ahead (Hugo, Jekyll, Eleventy publish it on that
day) is a scheduled story: its front matter date or Jekyll file name date, up
to a year ahead (`planned_horizon`), is the planned run, used and said in one -v note.
A future date scraped from a web page's metadata stays refused."""
from __future__ import annotations

import datetime as dt

import pytest

from lint.analysis.calendar import long_date, planned_horizon
from lint.config import Config
from lint.engine import lint_bytes

AHEAD = dt.date.today() + dt.timedelta(days=40)


def _story(published: dt.date) -> str:
    """A story that says, in the past tense, the council voted a week after it ran."""
    return f"The council voted on {long_date(published + dt.timedelta(days=7))}, the mayor said.\n"


@pytest.mark.parametrize("key", ["date", "publishDate"])
def test_a_front_matter_date_ahead_is_the_planned_run(key):
    data = f"---\ntitle: Council votes\n{key}: {AHEAD.isoformat()}\n---\n\n{_story(AHEAD)}"
    result = lint_bytes("post.md", data.encode(), Config())
    rules = [d.rule for d in result.diagnostics]
    assert "file.implausible-date" not in rules
    assert result.document.published == AHEAD
    assert "dates.after-publication" in rules        # the date checks compute with it
    [note] = [n for n in result.notes if "published" in n]
    assert note == (f"post.md: published {AHEAD.isoformat()} (from front matter {key}), "
                    "a date still to come: linted as if it ran then")


def test_a_jekyll_file_name_date_ahead_is_the_planned_run():
    name = f"_posts/{AHEAD.isoformat()}-council-votes.md"
    data = f"---\ntitle: Council votes\n---\n\n{_story(AHEAD)}"
    result = lint_bytes(name, data.encode(), Config())
    assert "file.implausible-date" not in [d.rule for d in result.diagnostics]
    assert (result.document.published, result.document.published_from) == (AHEAD, "file name")
    assert any("a date still to come" in n for n in result.notes)


def test_a_front_matter_date_past_the_horizon_is_still_refused():
    far = planned_horizon(dt.date.today()) + dt.timedelta(days=2)
    data = f"---\ntitle: Council votes\ndate: {far.isoformat()}\n---\n\n{_story(far)}"
    result = lint_bytes("post.md", data.encode(), Config())
    [notice] = [d for d in result.diagnostics if d.rule == "file.implausible-date"]
    assert "more than a year in the future (from front matter date)" in notice.message
    assert result.document.published is None


def test_a_page_metadata_date_ahead_stays_refused():
    page = (f'<html><head><meta property="article:published_time" content="{AHEAD.isoformat()}">'
            f"</head><body><h1>Council votes</h1><p>{_story(AHEAD)}</p></body></html>")
    result = lint_bytes("page.html", page.encode(), Config())
    assert "file.implausible-date" in [d.rule for d in result.diagnostics]
    assert result.document.published is None
    assert not any("a date still to come" in n for n in result.notes)


WRITTEN = dt.date.today() - dt.timedelta(days=12)


@pytest.mark.parametrize("fence,assign", [("---", ": "), ("+++", " = ")])
@pytest.mark.parametrize("key", ["publishDate", "pubDate", "published"])
def test_hugo_publish_date_beats_the_page_date(fence, assign, key):
    """Hugo: `date` is the page's own date, publishDate (then pubDate,
    published) the day it goes live; with both, the page runs on the latter."""
    title = "'Council votes'" if fence == "+++" else "Council votes"
    data = (f"{fence}\ntitle{assign}{title}\ndate{assign}{WRITTEN.isoformat()}\n"
            f"{key}{assign}{AHEAD.isoformat()}\n{fence}\n\n{_story(AHEAD)}")
    result = lint_bytes("post.md", data.encode(), Config())
    assert (result.document.published, result.document.published_from) == (AHEAD, f"front matter {key}")
    assert "dates.after-publication" in [d.rule for d in result.diagnostics]


def test_hugo_publish_date_order_and_lastmod_never():
    data = (f"---\ntitle: Council votes\nlastmod: {AHEAD.isoformat()}\ndate: {WRITTEN.isoformat()}\n"
            f"published: {(WRITTEN + dt.timedelta(days=1)).isoformat()}\n"
            f"pubDate: {(WRITTEN + dt.timedelta(days=2)).isoformat()}\n---\n\nText.\n")
    result = lint_bytes("post.md", data.encode(), Config())
    assert (result.document.published, result.document.published_from) == \
        (WRITTEN + dt.timedelta(days=2), "front matter pubDate")


def test_a_refused_publish_date_does_not_fall_back_to_the_page_date():
    far = planned_horizon(dt.date.today()) + dt.timedelta(days=2)
    data = (f"---\ntitle: Council votes\ndate: {WRITTEN.isoformat()}\npublishDate: {far.isoformat()}\n"
            f"---\n\n{_story(WRITTEN)}")
    result = lint_bytes("post.md", data.encode(), Config())
    assert result.document.published is None
    assert "file.implausible-date" in [d.rule for d in result.diagnostics]


def test_a_placeholder_publish_date_leaves_the_page_date():
    data = f"---\ntitle: Council votes\ndate: {WRITTEN.isoformat()}\npublishDate: 0001-01-01\n---\n\nText.\n"
    result = lint_bytes("post.md", data.encode(), Config())
    assert (result.document.published, result.document.published_from) == (WRITTEN, "front matter date")


def test_a_refused_front_matter_date_keeps_the_jekyll_file_name_out():
    """Jekyll's front matter date overrides the file name: once it is refused,
    the post has no publication date (the refusal is said), never the name's."""
    far = planned_horizon(dt.date.today()) + dt.timedelta(days=2)
    name = f"_posts/{AHEAD.isoformat()}-council-votes.md"
    data = f"---\ntitle: Council votes\ndate: {far.isoformat()}\n---\n\n{_story(AHEAD)}"
    result = lint_bytes(name, data.encode(), Config())
    rules = [d.rule for d in result.diagnostics]
    assert result.document.published is None
    assert "file.implausible-date" in rules and "dates.after-publication" not in rules


def test_the_horizon_is_a_year_by_the_calendar():
    """"Up to a year ahead": the same day next year is the last accepted, the
    day after it (a year and a day) is refused."""
    from lint.analysis.calendar import implausible_publication
    today = dt.date(2026, 12, 2)
    assert implausible_publication(dt.date(2027, 12, 2), today, future_ok=True) is None
    assert "more than a year" in implausible_publication(dt.date(2027, 12, 3), today, future_ok=True)
    assert planned_horizon(dt.date(2028, 2, 29)) == dt.date(2029, 2, 28)
    assert implausible_publication(dt.date(2026, 12, 3), today) is None      # a day's slack otherwise
    assert implausible_publication(dt.date(2026, 12, 4), today) is not None
