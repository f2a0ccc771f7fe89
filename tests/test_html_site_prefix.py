"""A <title> that opens with the site's name (`Daily Planet | 5 dead in
fire`, qa151 #4): the name is cut from the front and the headline kept,
with its offsets the source's. The site is known from og:site_name, the
JSON-LD publisher or the domain; with none of them, from the page's other
title fields, which tell the headline and leave the site's name out."""
from __future__ import annotations

import pytest

from lint.readers import read_bytes
from story_helpers import fire_page as _page

HED = "5 dead in Port Averill fire"


OG_TITLE = '<meta property="og:title" content="4 dead in Port Averill fire">\n'
SITE = '<meta property="og:site_name" content="Daily Planet">\n'
PUBLISHER = ('<script type="application/ld+json">{"@type": "NewsArticle", '
             '"publisher": {"@type": "Organization", "name": "Daily Planet"}}</script>\n')
CANONICAL = '<link rel="canonical" href="https://www.dailyplanet.test/news/fire">\n'


def _title(src: str):
    doc = read_bytes("page.html", src.encode("utf-8"))
    return next(p for p in doc.parts if p.name == "html title")


@pytest.mark.parametrize("title, head", [
    ("Daily Planet | " + HED, SITE),                     # og:site_name
    ("Daily Planet - " + HED, SITE),                     # any separator when the site is named
    ("Daily Planet | " + HED, PUBLISHER),                # the JSON-LD publisher
    ("The Daily Planet | " + HED, CANONICAL),            # the domain; a leading "The" left out
    ("Daily Planet | " + HED, OG_TITLE),                 # no site key: og:title tells the rest only
    ("Daily Planet | " + HED + " | Daily Planet", SITE),  # on both sides
])
def test_a_site_name_before_the_headline_is_cut(title, head):
    src = _page(title, head)
    part = _title(src)
    assert (part.text, part.attrs["site"]) == (HED, title.split(" | ")[0].split(" - ")[0])
    start, end = part.source_span(0, len(part.text))
    assert src[start:end] == HED


@pytest.mark.parametrize("title, head", [
    ("Opinion | 5 dead in Port Averill fire", '<meta property="og:title" content="Opinion | 4 dead in fire">\n'),
    ("Port Averill: 5 dead in apartment fire", OG_TITLE),    # a colon's label, no site key
    (HED + " | Daily Planet", SITE),                         # the usual order: the tail is cut
])
def test_a_lead_that_is_no_site_name_stays(title, head):
    part = _title(_page(title, head))
    assert part.text == title.split(" | Daily Planet")[0]


@pytest.mark.parametrize("title", [
    "5 dead | Port Averill apartment fire",            # qa157 #4: a figure and a word og:title shares
    "Fire kills 5 | Port Averill apartment blaze",
    "Breaking fire | 5 dead in Port Averill fire",     # a word og:title shares: a kicker, no site
])
def test_a_kicker_is_not_cut_from_the_front_on_a_weak_signal(title):
    """With no site key, only og:title to go by: main's reading, the tail cut as before."""
    part = _title(_page(title, OG_TITLE))
    assert (part.text, part.attrs["site"]) == tuple(title.split(" | "))


@pytest.mark.parametrize("title, text", [
    ("Daily Planet | News | " + HED, HED),                 # qa157 #6: a one-word section after the site
    ("News | " + HED + " | Daily Planet", HED),            # the site at the end
    ("Daily Planet - Local - " + HED, HED),
    ("Daily Planet | Trump: 5 dead in fire", "Trump: 5 dead in fire"),  # a colon is the headline's own
])
def test_a_section_next_to_a_named_site_is_cut(title, text):
    src = _page(title, SITE)
    part = _title(src)
    start, end = part.source_span(0, len(part.text))
    assert (part.text, src[start:end]) == (text, text)
