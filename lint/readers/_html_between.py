"""Story text the extractor left out between two of the story's paragraphs.

trafilatura drops some blocks that sit inside the story: a subhead (`<h2>`,
`<h3>`) between two paragraphs, on a short story above all (`subheads`).
A block counts when the text blocks just before and after it are story
paragraphs or quotes of the same `<article>`, with only the markup of one
container between (`_siblings`): a share box or a related box sits in an
element of its own.
"""
from __future__ import annotations

import regex

from ..document import Document, Part
from ._html_looks import is_link
from ._html_tags import BOX_TITLE, PAGE_FURNITURE

SUBHEAD_WORDS = 20       # words: a subhead between two story paragraphs is no longer

# Markup between two blocks of one container: paragraph and heading tags, line
# breaks, rules, inline emphasis, comments and blank space (`&nbsp;` in an empty <p>),
# and a heading's permalink anchor with a glyph or nothing (`_html_tags.is_permalink`).
_ANCHOR = r"<a\s[^<>]*href=[\"']?#[^<>]*>[^<>\w]{0,8}</a>"
_GAP_ITEM = (r"\s|&nbsp;|&#160;|<!--(?:[^-]|-(?!->))*-->|</?(?:p|br|hr|span|strong|b|em|i|u)(?:\s[^<>]*)?/?>"
             rf"|</h[1-6]\s*>|{_ANCHOR}")
# Inside the heading, any markup with no text: an old `<a name>` anchor, an
# icon, Substack's anchor widget (`<div><svg>` after the text).
_IN_HEADING = (r"(?:<a\s[^<>]*href=[\"']?#[^<>]*>[^<>\w]{1,8}</a>|\s|&nbsp;|&#160;"
               r"|<(?!/?h[1-6]\b)[^<>]*>)*+")
# (possessive repeats: each piece matches one way, so no page's thousands of
# comments or empty anchors between two paragraphs backtrack for seconds)
_TO_HEADING = regex.compile(rf"(?:{_GAP_ITEM})*+<h[1-6]\b[^<>]*>{_IN_HEADING}",
                            regex.IGNORECASE | regex.DOTALL)
_FROM_HEADING = regex.compile(rf"{_IN_HEADING}</h[1-6]\s*>(?:{_GAP_ITEM}|<h[1-6]\b[^<>]*>)*+",
                              regex.IGNORECASE | regex.DOTALL)

def _siblings(source: str, first: Part, second: Part, gap) -> bool:
    """Only `gap` markup lies between the end of `first` and the start of `second`."""
    start = first.source_span(0, len(first.text))[1]
    return gap.fullmatch(source, start, second.source_offset(0)) is not None


def subheads(doc: Document, chosen: set[int], box_of: dict[int, int]) -> list[Part]:
    """The story's subheads the extractor left out: trafilatura drops some
    `<h2>`/`<h3>` between two story paragraphs (on a short story above all).
    A heading counts when the text blocks just before and after it are story
    paragraphs or quotes of the same `<article>` (no other page text between)
    and of one container (only the markup of paragraphs, line breaks and
    inline emphasis between: a share box's or related box's title sits in a
    `<div>` of its own), and it is short, no sidebar's title, not one link (a
    related story) and no page furniture ("Advertisement") or box title
    ("Most Read", "Sign up for our newsletter": `_html_tags.BOX_TITLE`)."""
    texts = sorted((p for p in doc.parts if p.kind in ("paragraph", "blockquote", "heading")
                    and p.text and not p.attrs.get("drop")), key=lambda p: p.source_offset(0))
    out = []
    for before, part, after in zip(texts, texts[1:], texts[2:]):
        if part.kind == "heading" and id(part) not in chosen and \
                all(id(p) in chosen and p.kind != "heading" for p in (before, after)) and \
                box_of.get(id(before), 0) == box_of.get(id(part), 0) == box_of.get(id(after), 0) and \
                len(part.text.split()) <= SUBHEAD_WORDS and not part.attrs.get("sidebar") and \
                not is_link(part) and not PAGE_FURNITURE.fullmatch(part.text) and \
                not BOX_TITLE.fullmatch(part.text) and \
                _siblings(doc.source, before, part, _TO_HEADING) and \
                _siblings(doc.source, part, after, _FROM_HEADING):
            out.append(part)
    return out
