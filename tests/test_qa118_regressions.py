"""qa118: late QA of fx198 (svg/math end tags, <li><p>) and fx199 (a page
opening's names). Each test asserts the right reading; both were strict
xfails until fx207 fixed them."""
from __future__ import annotations

import pytest

from test_html_pages import HEADLINE
from test_qa85_regressions import _bylines, _headline, _kickers, read, shell


# --- #1 an honorific's name ending in -s/-ed loses the page's headline (fx199): fixed (fx207) --

@pytest.mark.parametrize("name, other", [("Dr Sarah Jones", "Health Editor"),
                                         ("Mrs Jane Hughes", "Political Editor"),
                                         ("Prof. Chris Williams", "March 3, 2026"),
                                         ("Dr Mohammed Ahmed", "March 3, 2026")])
def test_an_honorifics_name_ending_in_s_or_ed_keeps_the_headline(name, other):
    doc = read(shell(f"<div>Politics</div><div>{name}</div><div>{other}</div><h2>{HEADLINE}</h2>"))
    assert _headline(doc) == HEADLINE
    assert name in _bylines(doc) and _kickers(doc) == ["Politics"]


# --- #2 a two-word name with a generation numeral over a role line: fixed (fx207) ------------

@pytest.mark.parametrize("name", ["Henry Ford II", "John Smith III"])
def test_a_two_word_name_with_a_numeral_over_a_role_line_keeps_the_headline(name):
    doc = read(shell(f"<div>Politics</div><div>{name}</div><div>Political Editor</div><h2>{HEADLINE}</h2>"))
    assert _headline(doc) == HEADLINE
    assert _bylines(doc) == [name, "Political Editor"] and _kickers(doc) == ["Politics"]
