"""fx524 (nu71 #5): Jekyll titles a post with no `title:` from its file
name's slug, so its headline is not missing; the slug title is no copy a
writer wrote, so no title rule reads it and it has no position. Hugo and
Eleventy title no page so, and a writer's title Jekyll skips (`Title:`) or
left empty stays missing."""
import pytest

from lint import lint_text
from lint.document import Document
from lint.readers import markdown
from lint.readers.options import ReadOptions

BODY = "---\nlayout: post\n---\n\nThe council met on Monday, Council President Ann Lee said.\n"


def _rules(text, path, **kw):
    return [d.rule for d in lint_text(text, path, select=["titles"], **kw)]


def _read(text, path, markup="auto"):
    doc = Document(path, text, "markdown")
    markdown.read(doc, ReadOptions(markup=markup))
    return doc


@pytest.mark.parametrize("path, title", [
    ("_posts/2026-12-01-council-meets.md", "Council Meets"),
    ("news/_posts/2026-1-5-budget-vote-set.markdown", "Budget Vote Set"),
    ("_posts/2026-12-01-u.s.-aid.md", "U.s. Aid"),          # each word capitalized, as Jekyll does
])
def test_jekyll_post_is_titled_from_its_slug(path, title):
    doc = _read(BODY, path)
    assert (doc.headline, doc.headline_from) == (title, "file name")
    assert doc.first("headline") is None                    # no part: no position invented
    assert "titles.missing-headline" not in _rules(BODY, path)


def test_slug_title_is_no_copy_for_title_rules():
    # its slug title, 'Council Council ...', would break titles.case and titles.length if read
    path = "_posts/2026-12-01-" + "-".join(["council"] * 40) + ".md"
    assert _rules(BODY, path) == []
    assert _rules(BODY, path, markup="jekyll") == []


@pytest.mark.parametrize("path, markup", [
    ("content/posts/2026-12-01-council-meets.md", "auto"),     # not a Jekyll _posts folder
    ("_posts/2026-12-01-council-meets.md", "hugo"),            # Hugo titles nothing from a slug
    ("_posts/2026-12-01-council-meets.md", "eleventy"),
    ("_posts/council-meets.md", "auto"),                       # no date: no post name
    ("_posts/2026-12-01-.md", "auto"),                         # a date and no slug
])
def test_guard_no_slug_title_stays_missing(path, markup):
    assert "titles.missing-headline" in _rules(BODY, path, markup=markup)
    assert _read(BODY, path, markup).headline_from == ""


def test_guard_no_front_matter_stays_missing():
    # Jekyll reads a file in _posts as a post only when it opens with front matter
    text = "The council met on Monday, Council President Ann Lee said.\n"
    assert "titles.missing-headline" in _rules(text, "_posts/2026-12-01-council-meets.md")


@pytest.mark.parametrize("line", ["title: ''", "Title: 'Council meets'"])
def test_guard_empty_or_unread_title_stays_missing(line):
    text = BODY.replace("layout: post", "layout: post\n" + line)
    diags = lint_text(text, "_posts/2026-12-01-council-meets.md", select=["titles"], markup="jekyll")
    assert [(d.rule, d.line) for d in diags] == [("titles.missing-headline", 3)]


def test_guard_written_title_is_the_headline():
    text = BODY.replace("layout: post", "layout: post\ntitle: 'Council Approves Record School Budget'")
    doc = _read(text, "_posts/2026-12-01-council-meets.md")
    assert doc.first("headline").text == "Council Approves Record School Budget" and doc.headline_from == ""
    assert "titles.case" in _rules(text, "_posts/2026-12-01-council-meets.md")


def test_guard_body_h1_stays_the_headline():
    text = BODY.replace("The council met", "# Council meets\n\nThe council met")
    doc = _read(text, "_posts/2026-12-01-council-meets.md")
    assert doc.first("headline").text == "Council meets" and doc.headline_from == ""


def test_parse_shows_the_slug_title_and_where_from():
    from lint.outline import outline, render_text
    doc = _read(BODY, "_posts/2026-12-01-council-meets.md")
    assert outline(doc)["headline"] == "Council Meets"
    assert "  headline: 'Council Meets' (from the file name)" in render_text([doc]).splitlines()
    written = _read(BODY.replace("layout: post", "layout: post\ntitle: 'Council meets'"),
                    "_posts/2026-12-01-council-meets.md")
    assert "  headline: 'Council meets'" in render_text([written]).splitlines()
