"""Images, figures and pull quotes in HTML markup, and pruning parts.

An `<img>` is an image of the story only when a reader would see it: not a
tracking pixel (1x1, `width=0`, `style="width:1px"`), not hidden (`hidden`,
`display:none`: `_html_sizes.unshown`), not a lazy-load stand-in (`data:`
source; the real one is in `data-src` or `data-original`), not `aria-hidden`
or `role="presentation"`, and not an `<img>` with no source at all. A figure
with no image, video, table or chart is not a captioned picture: a
related-stories box or share button in a `<figure>` gives no caption, and a
`<figure>` round a `<blockquote>` gives the quote its attribution.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .. import rx as regex

from ..analysis.credit_grammar import grammar
from ..analysis.credit_licences import licence_line
from ..document import Document, Part
from ._html_parser import attr_span
from ._html_sizes import pixel_sized, unshown
from ._opening_names import bare_name
from ._stitch import decode_refs, sub_part

LAZY_SRC = ("data-src", "data-original", "data-lazy-src", "data-srcset", "data-original-src",
            "data-hi-res-src", "srcset")
# Inline <svg> is left out: in a figure it is nearly always a share or play icon.
MEDIA_TAGS = frozenset({"img", "picture", "video", "audio", "iframe", "embed", "object",
                        "canvas", "table", "math", "amp-img", "amp-video"})
# "pquote" is the short form some CMS themes use (18F's profile pages); the
# look-behind keeps "top-quote" and "stop_quote" out.
_PULL = regex.compile(r"pull[-_]?quote|pullout|pull-out|(?<![a-z])p[-_]?quote",
                      regex.IGNORECASE)
_LINKS = ("credit", "caption", "image", "gallery_credit")      # attrs that hold another part's index


@dataclass
class Figure:
    alt: Part | None = None
    caption: Part | None = None
    credit: Part | None = None
    media: bool = False          # an image, video, table or chart inside
    chart: bool = False          # an inline svg drawn large (`svg_look`): a chart, no picture
    svg_pictures: bool = False   # a photo drawn in the svg being read shows (`svg_look`)
    quote: "PullQuote | None" = None
    pull: bool = False           # the figure is marked a pull quote: WordPress's wp-block-pullquote
    post: int = 0                # number of an embedded post inside (no picture)
    texts: list[Part] = field(default_factory=list)   # every caption and credit inside


@dataclass
class PullQuote:
    """A quote the markup marks as displayed or attributed (see the pull-quote
    contract in COMMON): `parts` get attrs pullquote=True and cite=text, and
    pull_marked=True when the markup names it a pull quote (`marked`)."""

    marked: bool                             # class says pull quote, or attribution seen
    parts: list[Part] = field(default_factory=list)
    cite: Part | None = None


def image_source(attrs: dict) -> str | None:
    """The source a reader's browser shows, or None for a pixel or stand-in."""
    if (attrs.get("aria-hidden") or "").lower() == "true" or \
            (attrs.get("role") or "").lower() in ("presentation", "none"):
        return None
    if unshown("img", attrs) or pixel_sized(attrs):
        return None             # hidden, `display:none`, or a pixel by attribute or style (qa141 #6)
    src = (attrs.get("src") or "").strip()
    if not src or src.startswith("data:"):
        src = next((attrs[k].strip().split()[0] for k in LAZY_SRC
                    if (attrs.get(k) or "").strip() and not attrs[k].startswith("data:")), "")
    return src or None


def alt_part(src: str, attrs: dict, raw: str, offset: int) -> Part | None:
    """The alt text of an `<img>` a reader sees (None for a pixel or a stand-in),
    with attrs src, missing (no alt attribute) and decorative (`alt=""`)."""
    source = image_source(attrs)
    if source is None:
        return None
    span = attr_span(raw, offset, "alt")
    has_alt = "alt" in attrs                  # a bare `alt` is an empty one
    info = {"src": source, "missing": not has_alt,
            "decorative": has_alt and not (attrs["alt"] or "").strip()}
    if span is None:
        return Part("alt", "", ((0, offset),), attrs=info)
    return decode_refs(src, *span).part("alt", empty_at=span[0], attrs=info)


_CREDIT_LINE = regex.compile(r"[\p{Lu}(][^\n]{0,59}")
_SENTENCE_END = regex.compile(r"[.!?:;,]\s*$")


def credit_block(src: str, caption: Part, block_breaks: list[int] = ()) -> tuple[Part, Part] | None:
    """(caption, credit) when a caption's last block of its own is a short name
    line (`<p>PA</p>`, `<div>Getty Images</div>` after the caption text): the
    markup sets it apart as the credit. The break must come from the markup
    (a line break the reader put in, or one of `block_breaks`, the source
    offsets of the caption's inner block boundaries, where a space already
    stood), not a newline in the text; the line must not read as a
    sentence, and the caption above it needs three words (one when licence
    lines follow a line that reads as a name or a credit, `_names_author`:
    `Water rises.<br>Jane Doe<br>CC BY 2.0`, not `Hurricane Ida<br>Residents
    flee the coast<br>CC BY-SA 4.0`). A licence alone on that line
    (`<br>(CC BY 2.0)`, `<p>Public domain</p>`) names no one and is no
    credit, nor is one with a separator after it (`CC BY-SA 4.0 /`, `CC BY
    2.0 —`, last or above another licence line) or its source (`CC BY 2.0 /
    via Flickr`: `credit_licences.licence_line`): every such line
    at the end is passed over and the line above them is read the same way
    (`Jane Doe<br>CC BY 2.0<br>Public domain`: the credit is `Jane Doe`, the
    licence lines notes in neither part); with no such line above, the
    licences stay in the caption, where `credits.find_credit` sets them
    aside as notes."""
    text = caption.text
    limit = len(text)
    while True:                        # up past every licence-only line at the end
        cut = _line_break(src, caption, block_breaks, limit)
        if cut <= 0:
            return None
        start = cut + 1
        while start < len(text) and text[start].isspace():
            start += 1
        tail = text[start:limit].rstrip()
        if not licence_line(tail):
            break
        limit = cut
    if len(tail) < 2 or not _CREDIT_LINE.fullmatch(tail) or len(tail.split()) > 6 or \
            _SENTENCE_END.search(tail):
        return None
    if len(text[:cut].split()) < 3 and not (limit < len(text) and _names_author(tail)):
        return None
    end = len(text[:cut].rstrip())
    return (sub_part(caption, "caption", 0, end, name=caption.name),
            sub_part(caption, "credit", start, start + len(tail)))


def _names_author(line: str) -> bool:
    """Under a caption of a word or two a short line may be more caption
    ("Hurricane Ida<br>Residents flee the coast<br>CC BY-SA 4.0"): above a
    licence line it is the picture's author (Creative Commons asks for
    title, author, source and licence) only when it reads as one: a name's
    shape (`_opening_names.bare_name`: "Jane Doe", "J. K. Rowling"), a
    credit alone (`grammar().only`: "Photo: Jane Doe", "Jane Doe/Flickr")
    or a known agency or platform (`grammar().agency`: "Getty Images"); a
    name with an empty slot after it ("Jane Doe /") is a malformed credit."""
    g = grammar()
    return bare_name(line.removesuffix("/").rstrip()) or g.only.fullmatch(line) is not None or \
        g.agency.fullmatch(line) is not None


def _line_break(src: str, caption: Part, block_breaks: list[int], limit: int) -> int:
    """The offset in `caption.text` of the last break the markup made before
    `limit` (a line break the reader put in, or the space at one of
    `block_breaks`), with text after it; -1 when there is none. A newline
    in the source right after a break (`<br>` then a newline, as most
    pages write it) is passed over to the break before it."""
    text = caption.text
    cut = text.rfind("\n", 0, limit)
    while cut > 0 and caption.is_verbatim(src, cut, cut + 1):
        before = len(text[:cut].rstrip(" \t\r\n"))
        cut = text.rfind("\n", before, cut) if "\n" in text[before:cut] else -1
    for brk in reversed(block_breaks):
        after = next((i for i in range(limit) if caption.source_offset(i) >= brk), None)
        if after is not None:          # the last boundary with text after it
            if after - 1 > cut and text[after - 1].isspace():
                cut = after - 1
            break
    return cut


def link_credit(caption: Part, credit: Part) -> None:
    caption.attrs["credit"] = credit.index
    credit.attrs["caption"] = caption.index


def is_pull_quote(tag: str, attrs: dict) -> bool:
    """Whether the markup names the element (an `<aside>`, `<blockquote>` or
    `<figure>`) a pull quote: its class
    (`pullquote`, WordPress's `wp-block-pullquote`, `pquote`) or a `data-`
    attribute whose value is such a name, as a CMS's shortcode leaves it
    (`data-shortcode-type="pullquote"` beside `class="stylized pull-left"`,
    a float that names no quote). A `data-` value names a pull quote only
    when it is wholly `pullquote`, `pull-quote` or `pull_quote` (any case):
    a path, a tracking hook (`pullquote-share-click`) or a negation
    (`no-pullquote`) names nothing. A `<div>` or `<section>` is a story's
    wrapper as often as a box, so its class is read by `names_pull_box`,
    token by token, never here (qa121 #1): it is no pull quote here."""
    if tag not in ("aside", "blockquote", "figure"):
        return False
    if _PULL.search(attrs.get("class") or ""):
        return True
    return _data_names_pull(attrs)


# A `data-` attribute value names a pull quote only when the whole value is a
# pull-quote name; one that merely holds it (`pullquote-share-click`, a
# tracking hook; `no-pullquote`, a negation) names something else.
_DATA_PULL = regex.compile(r"pull[-_]?quote", regex.IGNORECASE)


def _data_names_pull(attrs: dict) -> bool:
    """Whether a `data-` attribute's whole value is a pull-quote name."""
    return any(key.startswith("data-") and value and _DATA_PULL.fullmatch(value)
               for key, value in attrs.items())


# A wrapper's class token that wholly names a pull quote (`pullquote`,
# `wp-block-pullquote`, `pull-quote`): a wrapper is often a story's section, so
# a class that merely holds the name (`pullquote-container`,
# `pullquote-enabled`, `no-pullquote`) names no pull quote (qa121 #1). A BEM
# part of a token counts as a token.
_BOX_PULL = regex.compile(r"(?:[a-z]-)?(?:wp-block-)?(?:pull[-_]?quote|pullout|pull-out|p[-_]?quote)",
                          regex.IGNORECASE)
# BEM's parts of a class token: block__element--modifier (`article__pullquote`,
# `pullquote--left`); `c-pullquote` is a one-letter namespace (qa122 #3)
_BEM = regex.compile(r"__|--")


def names_pull_box(tag: str, attrs: dict) -> bool:
    """Whether a `<div>` or `<section>` around a `<blockquote>` is named a
    pull quote: a class token that is wholly a pull-quote name (`pullquote`,
    `wp-block-pullquote`, `c-pullquote`), or a BEM part of a token that is
    (`pullquote--left`, `article__pullquote`), or a `data-` value that is
    wholly one. A token that only holds the name (`pullquote-container`,
    `pullquote-enabled`, `no-pullquote`) names none. `attrs` maps attribute
    names to values, as the parser gives them (`is_pull_quote` reads an
    element's own class more widely)."""
    if tag not in ("div", "section"):
        return False
    if any(_BOX_PULL.fullmatch(part) for token in (attrs.get("class") or "").split()
           for part in _BEM.split(token)):
        return True
    return _data_names_pull(attrs)


def finish_quote(quote: PullQuote) -> None:
    if not (quote.marked or quote.cite is not None):
        return
    for part in quote.parts:
        part.attrs["pullquote"] = True
        if quote.marked:        # the markup's own pull-quote name, not a <cite> alone (fix holds: qa429 #1)
            part.attrs["pull_marked"] = True
        if quote.cite is not None:
            part.attrs["cite"] = quote.cite.text


def keep_parts(doc: Document, keep) -> None:
    """Keep the parts `keep(part)` accepts, renumbered, with links between
    parts (caption -> credit -> image) remapped or dropped with their target."""
    kept = [p for p in doc.parts if keep(p)]
    new = {p.index: i for i, p in enumerate(kept)}
    for i, part in enumerate(kept):
        part.index = i
        for key in _LINKS:
            if key in part.attrs:
                target = new.get(part.attrs[key])
                if target is None:
                    del part.attrs[key]
                else:
                    part.attrs[key] = target
    doc.parts[:] = kept
