"""A missing headline's word for an empty title (issue 10, left open by the
last session)."""
from __future__ import annotations

import pytest

from conftest import ROOT  # noqa: F401  (puts the repo on the path, as the other tests do)
from lint.config import Config
from lint.engine import lint_bytes
from test_html_pages import STORY
from test_wire_fx95 import WXR, _at


def _missing(name: str, text: str) -> list[tuple[int, int, str]]:
    result = lint_bytes(name, text.encode("utf-8"), Config(select=("titles",)))
    return [(d.line, d.column, d.message) for d in result.diagnostics if d.rule == "titles.missing-headline"]


def test_the_missing_headline_of_a_page_with_an_empty_title_says_so_at_the_title():
    for title, said in (("<title></title>", "empty"), ("<title>  \n </title>", "blank")):
        src = f"<html><head>\n{title}\n</head><body>\n<p>{STORY[0]}</p>\n</body></html>\n"
        assert _missing("page.html", src) == [
            (*_at(src, title[7:] or "</title>"), f"no headline: the article's <title> is {said}")]


@pytest.mark.parametrize("title, said", [("<title></title>", "empty"), ("<title/>", "empty"),
                                         ("<title>  </title>", "blank"), ("", None)])
def test_a_wxr_posts_empty_title_is_said_as_it_is(title, said):
    text = WXR.format(title=title)
    message = f"no headline: the article's <title> is {said}" if said else \
        "no headline: the article has no headline or title field"
    assert _missing("export.xml", text) == [(*_at(text, title or "<item>"), message)]
