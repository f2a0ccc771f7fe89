"""A section label printed as the page's `<h1>` ("Gift Guide") above the
story's own headline is not the headline when the page's title fields name
another (readers/_html_label.py). The pages are written for the test."""
from __future__ import annotations

import pytest

from lint import lint_text
from lint.readers import read_bytes

HED = "Harbor board raises ferry fares for the first time in six years"
STORY = [
    "The harbor board voted 5-2 on Tuesday to raise ferry fares by 50 cents, the first increase "
    "in six years, board chair Ruth Alvarez said.",
    "Commuters who ride the morning boat will pay $3.50 a trip starting in June. Alvarez said "
    "fuel and repair costs for the ferry fleet had doubled since the last fare increase.",
    "Two members voted against the plan to raise the fares, saying riders had not been given "
    "enough time to comment.",
]


def _page(label: str, title: str, og: str, h2: str = HED, crumb: str = "") -> str:
    body = "\n".join(f"<p>{p}</p>" for p in STORY)
    heading = f'<h2 class="node-title">{h2}</h2>' if h2 else ""
    return f"""<!DOCTYPE html>
<html><head><title>{title}</title>
<meta name="twitter:title" content="{og}"></head>
<body>
<header><nav><a href="/">Home</a> <a href="/local">Local</a></nav></header>
<div class="breadcrumb"><a href="/">Home</a> &raquo; <a href="/section">{crumb}</a></div>
<div id="content"><h1 class="title" id="page-title">{label}</h1>
<div class="node"><div class="inside">
{heading}
<div class="field-body">
{body}
</div></div></div></div>
<footer><p>Copyright 2026 Coastline Ledger</p></footer>
</body></html>
"""


def test_a_section_label_h1_gives_way_to_the_headline_below_it():
    src = _page("Gift Guide", "Gift Guide", HED, crumb="Gift Guide")
    doc = read_bytes("page.html", src.encode())
    hed = doc.first("headline")
    assert (hed.text, hed.source_offset(0)) == (HED, src.index(f">{HED}<") + 1)
    assert not [p for p in doc.parts if p.text == "Gift Guide" and p.kind != "title"]
    assert not [d for d in lint_text(src, "page.html") if d.rule == "titles.headline-unrelated"]


def test_a_breadcrumb_that_wraps_its_name_in_a_span_names_the_section_too():
    # schema.org BreadcrumbList markup: <a itemprop="item"><span itemprop="name">...</span></a> (rv18 L3)
    src = _page("Gift Guide", "Gift Guide", HED).replace(
        '<a href="/section"></a>', '<a itemprop="item" href="/section"><span itemprop="name">Gift Guide</span></a>')
    assert '<span itemprop="name">Gift Guide</span>' in src
    doc = read_bytes("page.html", src.encode())
    assert doc.first("headline").text == HED


def test_with_no_heading_below_the_title_field_stands_in_when_no_title_names_the_label():
    src = _page("Gift Guide", f"{HED} | Coastline Ledger", HED, h2="")
    doc = read_bytes("page.html", src.encode())
    hed = doc.first("headline")
    assert (hed.name, hed.text) == ("twitter:title", HED)


@pytest.mark.parametrize("label,title,og", [
    # a short headline that a title field agrees with is the headline
    ("Ferry fares rise", "Ferry fares rise", "Harbor board votes to raise ferry fares by 50 cents"),
    # a short h1 the <title> repeats, with no heading below that names the other field's headline
    ("Fares go up", "Fares go up", "Commuters brace for a costlier ride across the bay"),
])
def test_a_short_headline_stays_the_headline(label, title, og):
    src = _page(label, title, og, h2="")
    doc = read_bytes("page.html", src.encode())
    hed = doc.first("headline")
    assert (hed.text, hed.source_offset(0)) == (label, src.index(f'page-title">{label}<') + 12)


@pytest.mark.parametrize("label", ["Fares Go Up.", "Eclipse!"])
def test_a_short_headline_the_title_repeats_stays_above_an_seo_subhead(label):
    sub = "Harbor board votes to raise ferry fares by 50 cents a trip, the first rise in six years"
    src = _page(label, f"{label} | Coastline Ledger", "Harbor board votes to raise ferry fares by 50 cents a trip",
                h2=sub, crumb="Local")
    doc = read_bytes("page.html", src.encode())
    hed = doc.first("headline")
    assert (hed.text, hed.source_offset(0)) == (label, src.index(f'page-title">{label}<') + 12)

