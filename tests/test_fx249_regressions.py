"""fx249: rr42a #2 (a headline's first word cut as a "section" after a site
suffix) and #3 (any lower-case word before a short double-surname form kept
it a full name, so "praised by López Obrador" read as a second person)."""
from __future__ import annotations

import pytest

from lint.readers import read_bytes
from story_helpers import fire_page as _page
from titles_helpers import read, run

SITE = '<meta property="og:site_name" content="Daily Planet">\n'
HED = "Trump - Biden debate draws record crowd"


def _title(src: str):
    doc = read_bytes("page.html", src.encode("utf-8"))
    return next(p for p in doc.parts if p.name == "html title")


@pytest.mark.parametrize("title", [
    HED + " | Daily Planet",
    HED + " - Daily Planet",
    "Ukraine \u2013 Russia talks resume in Geneva | Daily Planet",
])
def test_a_spaced_dash_in_the_headline_is_no_section_before_a_site_suffix(title):
    src = _page(title, SITE)
    part = _title(src)
    kept = title.rsplit(" | ", 1)[0] if " | " in title else title.rsplit(" - ", 1)[0]
    start, end = part.source_span(0, len(part.text))
    assert (part.text, src[start:end], part.attrs["site"]) == (kept, kept, "Daily Planet")


@pytest.mark.parametrize("title", [
    "Daily Planet | " + HED,
    "Daily Planet | Ukraine \u2013 Russia talks resume in Geneva",
    "Daily Planet \u2013 Trump | Biden debate draws record crowd",
])
def test_a_separator_unlike_the_sites_is_no_section_after_a_site_prefix(title):
    # fx254 (fx249's leftover): after a site prefix a section takes the
    # separator that follows the site (any dash for a dash), so a dash after
    # "Daily Planet |" and a '|' after "Daily Planet –" are the headline's
    # own: "Ukraine" and "Trump" stay in it
    src = _page(title, SITE)
    part = _title(src)
    kept = title.split(" | ", 1)[1] if title.startswith("Daily Planet | ") else title.split(" \u2013 ", 1)[1]
    start, end = part.source_span(0, len(part.text))
    assert (part.text, src[start:end], part.attrs["site"]) == (kept, kept, "Daily Planet")


def test_a_piped_section_before_the_headline_is_still_cut_with_the_site_at_the_end():
    part = _title(_page("News | " + HED + " | Daily Planet", SITE))
    assert part.text == HED


LEAD = ("Mexico sets out a budget plan\n\nMEXICO CITY (AP) \u2014 President Andr\u00e9s Manuel "
        "L\u00f3pez Obrador, 65, sent a budget plan to Congress on Tuesday. ")


@pytest.mark.parametrize("before", ["The plan was praised by", "The plan drew a call with",
                                    "Reporters later told"])
def test_a_preposition_or_verb_does_not_introduce_a_second_person(before):
    body = LEAD + before + " L\u00f3pez Obrador, 67, on Friday.\n"
    found = run(read(body), "names.age-changed")
    assert [(d.line, d.column, d.snippet) for d in found] == \
        [(3, body.split("\n")[2].index("67") + 1, "67")]


@pytest.mark.parametrize("body", [
    "Former President Carlos Andr\u00e9s P\u00e9rez, 70, spoke on Monday. Later his nephew Andr\u00e9s "
    "P\u00e9rez, 41, said no.",
    "Former President Carlos Andr\u00e9s P\u00e9rez, 70, spoke on Monday. The lawyer Andr\u00e9s "
    "P\u00e9rez, 41, said no.",
])
def test_an_introducing_noun_still_makes_a_second_person(body):
    assert run(read("Council vote set\n\n" + body + "\n"), "names.age-changed") == []
