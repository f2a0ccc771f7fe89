"""Story paragraphs written as a `<div>`'s own text, which the extractor drops.

Copy pasted into a CMS's editor often mixes its paragraphs: most in `<p>`,
some as the bare text of a `<div>` (`<p>...</p><div>The yard has built
ferries since 1952, ...</div><p>...</p>`), and some templates set the lede
so (`<div class="lead">...</div>` over the story's `<p>`s). trafilatura
(2.3, measured on pages written for the tests) keeps the `<p>`s and drops
such a `<div>` wherever it stands, so the paragraph was never linted.

A block counts (`bare_blocks`) when it is a paragraph of the story's own
`<article>` (or of none, as the story's), the bare text of a `<div>` with
only the markup of paragraphs, `<div>`s and inline emphasis between it and
the story paragraph right after it (`_DIV_GAP`), and either the block right
before it is a story paragraph or quote too (in the story) or it comes right
above the story's first paragraph (the lede). What it reads as must be a
sentence of the story (`_html_between.reads_as_sentence`), not the site's
line (`_html_between._sites_line`: a stamp, furniture, a pitch, a caption),
not mostly links, not a byline, not the page's description printed again
(a dek), and not hidden or in a sidebar. A `<div>` after the story's last
paragraph is left out: there a bio, a note or a box is likelier than story.
"""
from __future__ import annotations

import regex

from ..document import Document, Part
from ._html_between import _GAP_ITEM, _sites_line, _siblings, reads_as_sentence
from ._html_furniture import is_byline
from ._html_tags import SHOWN_BOX, SIDEBAR_NAME
from ._html_teaser import mostly_links

# Between a bare `<div>` block and the next story paragraph: the block's own
# `</div>` (one at least, first), then the markup of paragraphs, `<div>`s and
# inline emphasis. Before a middle block: the same markup, one `<div>` at least.
_DIV_END = regex.compile(rf"(?:{_GAP_ITEM})*+</div\s*>(?:{_GAP_ITEM}|</?div(?:\s[^<>]*)?>)*+",
                         regex.IGNORECASE | regex.DOTALL)
_DIV_GAP = regex.compile(rf"(?:{_GAP_ITEM}|</?div(?:\s[^<>]*)?>)*+", regex.IGNORECASE | regex.DOTALL)
_OPENS_DIV = regex.compile(rf"<div(?:\s[^<>]*)?>(?:{_GAP_ITEM})*+$", regex.IGNORECASE | regex.DOTALL)
# The `<div>` tag that holds a block's text, the last before it (with its
# class and id), and the end of the block before that tag, or the tag of a
# picture or a player between the two: then the `<div>` is a picture box's
# text, a caption ("<div class=image><img ...><div>Quinn at the meeting.</div>").
_HOLDER = regex.compile(r"<div(\s[^<>]*)?>(?:(?!<div\b).)*$", regex.IGNORECASE | regex.DOTALL)
_BLOCK_END = regex.compile(r"</(?:p|h[1-6]|li|dd|blockquote|figure|div|table|ul|ol)\s*>", regex.IGNORECASE)
_MEDIA = regex.compile(r"<(?:img|picture|video|audio|iframe|svg|figure|object|embed)\b", regex.IGNORECASE)
_NAME = regex.compile(r"""\b(?:class|id)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""", regex.IGNORECASE)
LOOK_BACK = 2000         # characters before a block's `<div>` searched for the block before it


def bare_blocks(doc: Document, neighbours: list[tuple[Part, Part, Part]], chosen: set[int],
                box_of: dict[int, int], described: list[str] = ()) -> list[Part]:
    """The story's paragraphs written as a `<div>`'s own text that the
    extractor left out (see the module's doc): in the story, or right above
    its first paragraph. `described`: the page's descriptions (its meta
    tags'), which a block printing one again is not."""
    story = [p for _, p, _ in neighbours if id(p) in chosen and p.kind == "paragraph"]
    if neighbours:
        story += [p for p in (neighbours[0][0], neighbours[-1][2]) if id(p) in chosen and p.kind == "paragraph"]
    if not story:
        return []
    first = min(story, key=lambda p: p.source_offset(0))
    descriptions = {_words(t) for t in described}
    out = []
    for before, part, after in neighbours:
        if id(part) in chosen or id(after) not in chosen or after.kind != "paragraph" or \
                box_of.get(id(part), 0) != box_of.get(id(after), 0):
            continue
        inside = id(before) in chosen and before.kind in ("paragraph", "blockquote") and \
            box_of.get(id(before), 0) == box_of.get(id(part), 0) and _opens_div(doc.source, before, part)
        if not (inside or after is first):
            continue
        if _story_text(doc, part, after) and _words(part.text) not in descriptions:
            out.append(part)
    return out


def _story_text(doc: Document, part: Part, after: Part) -> bool:
    """`part` is a `<div>`'s bare text that reads as a sentence of the story."""
    if part.kind != "paragraph" or part.attrs.get("block") or part.attrs.get("hidden") or \
            part.attrs.get("sidebar") or not _siblings(doc.source, part, after, _DIV_END):
        return False
    start = part.source_offset(0)
    holder = _HOLDER.search(doc.source, max(0, start - LOOK_BACK), start)
    if holder is None or _boxed(doc.source, holder):
        return False
    text = part.text.strip()
    return "\n" not in text and reads_as_sentence(text) and not _sites_line(text) and \
        not mostly_links(part) and not is_byline(text)


def _boxed(source: str, holder) -> bool:
    """The `<div>` that `holder` matched names a box (a sidebar, an ad, a
    modal, the comments: `_html_tags.SIDEBAR_NAME`, `SHOWN_BOX`), or a
    picture or a player stands between it and the end of the block before it."""
    names = " ".join(next(g for g in m.groups() if g is not None) for m in _NAME.finditer(holder.group(1) or ""))
    if SIDEBAR_NAME.search(names) or SHOWN_BOX.search(names):
        return True
    at = holder.start()
    ends = list(_BLOCK_END.finditer(source, max(0, at - LOOK_BACK), at))
    return _MEDIA.search(source, ends[-1].end() if ends else max(0, at - LOOK_BACK), at) is not None


def _opens_div(source: str, before: Part, part: Part) -> bool:
    """Only `_DIV_GAP` markup lies between `before` and `part`, ending in a
    `<div>` opened right before `part`'s text."""
    gap = source[before.source_span(0, len(before.text))[1]:part.source_offset(0)]
    return _DIV_GAP.fullmatch(gap) is not None and _OPENS_DIV.search(gap) is not None


def _words(text: str) -> str:
    return " ".join(text.split()).casefold()
