"""nu20 #4: under `markup: jekyll` (or eleventy) a `Title:` or `Date:` key in
another case is not read, as the site does not read it; the missing
headline and the `-v` no-date line say so, instead of "no headline or
title field" with a `Title:` right there."""
from __future__ import annotations

import pytest

from lint.config import Config
from lint.engine import lint_bytes

POST = "---\nTitle: Transit board holds fares\nDate: 2026-11-20\n---\n\nThe board voted to keep fares flat.\n"


def _lint(text: str, markup: str):
    return lint_bytes("content/posts/fares.md", text.encode(), Config(markup=markup))


@pytest.mark.parametrize("markup, site", [("jekyll", "Jekyll"), ("eleventy", "Eleventy")])
def test_a_title_key_in_another_case_is_named_in_the_missing_headline(markup, site):
    result = _lint(POST, markup)
    found = [(d.rule, d.line, d.column, d.message) for d in result.diagnostics]
    assert found == [("titles.missing-headline", 2, 8,
                      f"no headline: `Title:` is not read: {site} reads only lower-case `title`")]
    assert result.notes == [f"content/posts/fares.md: no publication date found (`Date:` is not read: "
                            f"{site} reads only lower-case `date`); checks that need one are quiet"]


def test_hugo_reads_both_keys():
    result = _lint(POST, "hugo")
    assert [d.rule for d in result.diagnostics] == []
    assert result.notes == ["content/posts/fares.md: published 2026-11-20 (from front matter Date)"]


def test_with_no_such_key_the_messages_are_the_plain_ones():
    result = _lint("---\nSlug: fares\n---\n\nThe board voted to keep fares flat.\n", "jekyll")
    assert [d.message for d in result.diagnostics] == ["no headline: the article has no headline or title field"]
    assert result.notes == ["content/posts/fares.md: no publication date found; checks that need one are quiet"]


def test_a_key_read_exactly_is_not_said_unread():
    result = _lint(POST.replace("Date:", "date:"), "jekyll")
    assert [d.message for d in result.diagnostics] == [
        "no headline: `Title:` is not read: Jekyll reads only lower-case `title`"]
    assert result.notes == ["content/posts/fares.md: published 2026-11-20 (from front matter date)"]
