"""A CMS fragment's hed set as an `<h2>` (no `<h1>`): the leading h2 is the
headline and a byline paragraph under it (and its dek) the byline."""
from __future__ import annotations

from lint import lint_text
from lint.config import Config
from lint.readers import read_bytes

FRAGMENT = ('<h2>City approves bike lane plan</h2>\n'
            '<p class="dek">The 12-mile network will be built over three years.</p>\n'
            '<p><strong>By Dana Ruiz</strong> | Staff writer</p>\n'
            '<p>The City Council voted 7-2 on Tuesday to approve a network of protected bike lanes.</p>\n'
            '<h2>What comes next</h2>\n<p>Work starts in the spring, the city said.</p>\n')


def kinds(html: str) -> list[tuple[str, str]]:
    return [(p.kind, p.text) for p in read_bytes("story.html", html.encode("utf-8")).parts]


def test_a_leading_h2_in_a_fragment_with_no_h1_is_the_hed_and_the_byline_follows():
    doc = read_bytes("story.html", FRAGMENT.encode("utf-8"))
    hed = doc.first("headline")
    assert hed.text == "City approves bike lane plan"
    assert FRAGMENT[hed.source_offset(0):hed.source_offset(0) + len(hed.text)] == hed.text
    assert kinds(FRAGMENT)[1:4] == [
        ("dek", "The 12-mile network will be built over three years."),
        ("byline", "By Dana Ruiz | Staff writer"),
        ("paragraph", "The City Council voted 7-2 on Tuesday to approve a network of protected bike lanes.")]
    assert ("heading", "What comes next") in kinds(FRAGMENT)      # a later h2 is a subhead
    found = lint_text(FRAGMENT, "story.html", config=Config(select=("titles.missing-headline",)))
    assert found == []


def test_an_h2_after_the_first_paragraph_or_under_an_h1_is_a_subhead():
    late = "<p>The council voted on Tuesday.</p>\n<h2>What comes next</h2>\n<p>More.</p>\n"
    assert not any(k == "headline" for k, _ in kinds(late))
    under = "<h1>Council votes</h1>\n<h2>What comes next</h2>\n<p>More.</p>\n"
    assert kinds(under)[:2] == [("headline", "Council votes"), ("heading", "What comes next")]


def test_an_h3_opening_a_fragment_is_no_hed():
    assert not any(k == "headline" for k, _ in kinds("<h3>Notes</h3>\n<p>The council voted.</p>\n"))


def test_a_section_kicker_h2_over_the_hed_h2_is_no_hed():
    html = ('<h2 class="kicker"><a href="/politics">Politics</a></h2>\n'
            '<h2>Council approves budget after long debate</h2>\n<p>The council voted on Tuesday.</p>\n')
    assert kinds(html)[:2] == [("heading", "Politics"), ("headline", "Council approves budget after long debate")]
    two = "<h2>Council approves budget</h2>\n<h2>What comes next</h2>\n<p>More.</p>\n"
    assert kinds(two)[:2] == [("headline", "Council approves budget"), ("heading", "What comes next")]
