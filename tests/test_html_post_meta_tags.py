"""A theme's post-meta paragraph that is the story's date and its category
links (`<p class="post-meta"><span class="date updated">...</span> <span
class="meta-cat"><a rel="category tag">...</a></span></p>`) is template text:
a `timestamp` field over the date alone, never a paragraph
(readers/_html_furniture.py `stamp_and_tags`). The page is written for the
test; its content sits in a `sidebar_content` box, as some WordPress themes
set it, which makes the extractor keep every paragraph of the page."""
from __future__ import annotations

import pytest

from lint import lint_text
from lint.readers import read_bytes

from ferry_story import FERRY_STORY

STORY = FERRY_STORY[:3]
DATE = "February 03, 2026"
TAGS = '<a href="/category/local/" rel="category tag">Local News</a>'


def _page(meta: str) -> str:
    body = "\n".join(f"<p>{p}</p>" for p in STORY)
    return f"""<!DOCTYPE html>
<html><head><title>Harbor board raises ferry fares | Coastline Ledger</title></head>
<body>
<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<section id="contents"><div class="row"><div class="sidebar_content">
<div class="post type-post category-local" id="post-1207">
<h2 class="entry-title post-title">Harbor board raises ferry fares</h2>
<p class="post-meta">
{meta}
</p>
<hr class="none" />
{body}
</div>
</div></div></section>
<footer><p>Copyright 2026 Coastline Ledger</p></footer>
</body></html>
"""


@pytest.mark.parametrize("meta", [
    f'<span class="date updated"><i class="icon-calendar"></i> {DATE}</span>\n'
    f'<span class="meta-cat"><i class="icon-book"></i> {TAGS}</span>',
    f'<span class="meta-cat">{TAGS}, <a href="/category/ports/" rel="category tag">Ports</a></span> | '
    f'<span class="date updated">{DATE}</span>',
])
def test_a_post_meta_paragraph_of_a_date_and_category_links_is_a_timestamp_field(meta):
    src = _page(meta)
    doc = read_bytes("page.html", src.encode())
    assert [p.text for p in doc.parts_of(("paragraph",))] == STORY
    [stamp] = [p for p in doc.parts if p.kind == "field" and p.name == "timestamp"]
    assert (stamp.text, stamp.source_offset(0)) == (DATE, src.index(DATE))
    # its spelled-out month is the theme's, not the reporter's: no style finding on it
    assert not [d for d in lint_text(src, "page.html") if d.offset == src.index(DATE)]


def test_the_same_paragraph_with_only_its_date_reads_alike():
    src = _page(f'<span class="date updated">{DATE}</span>')
    doc = read_bytes("page.html", src.encode())
    assert [(p.kind, p.name, p.text) for p in doc.parts if p.name == "timestamp"] == [("field", "timestamp", DATE)]


def test_a_sentence_with_a_link_in_the_post_meta_box_stays_prose():
    line = f'The board will meet again on {DATE}, <a href="/agenda">the agenda</a> says.'
    src = _page(line)
    doc = read_bytes("page.html", src.encode())
    assert any("The board will meet again" in p.text for p in doc.parts_of(("paragraph",)))


def test_on_a_crlf_page_the_timestamp_field_ends_with_the_date():
    src = _page(f'<span class="date updated">{DATE}</span>\n{TAGS}').replace("\n", "\r\n")
    doc = read_bytes("page.html", src.encode())
    [stamp] = [p for p in doc.parts if p.kind == "field" and p.name == "timestamp"]
    assert stamp.text == DATE
    assert (stamp.source_offset(0), stamp.source_offset(len(DATE))) == (src.index(DATE), src.index(DATE) + len(DATE))


@pytest.mark.parametrize("para", [
    '<p>Feb. 2, 2026 &mdash; <a href="/v">Board rejects TK</a></p>',
    '<p>February 3, 2026 at <a href="/hall">City Hall</a></p>',
])
def test_a_date_and_a_link_in_the_body_stay_prose(para):
    src = _page(f'<span class="date updated">{DATE}</span> {TAGS}').replace(
        f"<p>{STORY[1]}</p>", f"<p>{STORY[1]}</p>\n{para}")
    doc = read_bytes("page.html", src.encode())
    assert [p.text for p in doc.parts if p.kind == "field" and p.name == "timestamp"] == [DATE]
    assert len(doc.parts_of(("paragraph",))) == len(STORY) + 1


def test_a_placeholder_in_a_dated_link_in_the_body_is_still_found():
    para = '<p>Feb. 2, 2026 &mdash; <a href="/v">Board rejects TK</a></p>'
    src = _page(f'<span class="date updated">{DATE}</span> {TAGS}').replace(
        f"<p>{STORY[1]}</p>", f"<p>{STORY[1]}</p>\n{para}")
    found = [d for d in lint_text(src, "page.html") if d.rule == "hygiene.placeholder"]
    assert [(d.snippet, d.offset) for d in found] == [("TK", src.index("TK</a>"))]


# An ordinal day stays out of the stamp reading: the date checks flag it
# ("3rd"), so a dateline element or a top paragraph that opens with one is
# read as the story's text, not as a theme's timestamp.
ORDINAL = "Feb 3rd, 2026"


@pytest.mark.parametrize("meta,text", [
    (f'<span class="dateline">{ORDINAL} &mdash; The 3rd Battalion came home to Pier 9 on {ORDINAL}.</span>',
     f"{ORDINAL} \u2014 The 3rd Battalion came home to Pier 9 on {ORDINAL}."),
    (f'{ORDINAL} <a href="/x">Board rejects fare plan</a>', f"{ORDINAL} Board rejects fare plan"),
])
def test_a_date_with_an_ordinal_day_and_words_after_it_stays_story_text(meta, text):
    src = _page(meta)
    doc = read_bytes("page.html", src.encode())
    assert not [p for p in doc.parts if p.kind == "field" and p.name == "timestamp"]
    assert text in [p.text.strip() for p in doc.parts]
    assert src.index(ORDINAL) in {d.offset for d in lint_text(src, "page.html")}
