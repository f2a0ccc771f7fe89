"""What an image's markup, and the texts beside it, tell about the picture,
for the HTML extractor's picture steps (`_html_figures`) and the page-level
choices (`_html_page`): its size as the markup or file name sets it
(a thumbnail, a large picture), whether its alt text or file name names an
author (a headshot), whether a link goes to the page itself or to a site's
front page (a logo, a partner's badge), and whether a part is one link (a
teaser's headline) or a teaser's blurb. Pure functions of attributes and parts; no stack.
"""
from __future__ import annotations

import html
from typing import NamedTuple

from .. import rx as regex

from ..document import Part
from ._html_media import image_source
from ._html_sizes import NUMBER, relative_width, sides_px, unshown
from ._html_tags import BLURB_WORDS, READ_ON, READ_REST
from ._stitch import link_spans, page_link_spans

# An image the markup shows at most THUMB pixels on a side is a thumbnail (an
# avatar, a teaser's icon); one at least LARGE pixels wide is a picture.
THUMB = 120
LARGE = 200
_CAPITAL_WORD = regex.compile(r"\p{Lu}[\p{L}'’-]+")
# A headshot's alt text names the person and little else: "Ana Ruiz",
# "Photo of Ana Ruiz"; a longer one describes a story photo.
HEADSHOT_WORDS = 6
_HEADSHOT_WORD = regex.compile(r"(?:photo|picture|image|headshot|portrait|avatar|author|profile|"
                               r"staff|reporter|writer|columnist|contributor|mug(?:shot)?|bio|of)",
                               regex.IGNORECASE)
# Where a headshot's name label ends: "Ana Ruiz | The Courier", "Ana Ruiz, staff writer".
_LABEL_END = regex.compile(r"\s*[|,(\u2013\u2014\u2022\u00b7]|\s+-\s+")
_SIZE = regex.compile(r"(?<![\d.])(\d{2,4})x(\d{2,4})(?!\d)|[?&](?:w|width|h|height)=(\d{1,4})\b")


_VIEW_BOX = regex.compile(rf"\s*{NUMBER}[\s,]+{NUMBER}[\s,]+({NUMBER})[\s,]+({NUMBER})\s*")


def drawn_width(attrs: dict, sides: tuple[float | None, float | None] | None = None) -> float | None:
    """How wide an inline `<svg>` is drawn, in pixels: its width (a style's
    or the attribute), else its height scaled by its `viewBox`, else (in user
    units) the `viewBox` width (`0 0 600 400`: 600); None when nothing says.
    An explicit size decides: `width="24" viewBox="0 0 512 512"` is a
    24-pixel icon. `sides`: `sides_px(attrs)`, when the caller has read them."""
    width, height = sides_px(attrs) if sides is None else sides
    if width is not None:
        return width
    box = _VIEW_BOX.fullmatch(attrs.get("viewbox") or "")
    if box is None:
        return None
    box_w, box_h = float(box[1]), float(box[2])
    if height is not None:
        return height * box_w / box_h if box_h > 0 else None
    return box_w


def css_sized_icon(attrs: dict, sides: tuple[float | None, float | None] | None = None) -> bool:
    """An `aria-hidden="true"` inline `<svg>` whose markup gives it no size
    in pixels (`sides_px`: neither a width nor a height, by attribute or
    style, in pixels), whatever its `viewBox` or with none: an icon hidden
    from screen readers that takes its size from the page's CSS (a share
    button's; its `viewBox`, `0 0 512 512`, is in user units, no size it is
    drawn at). Neither a chart nor a shower of photos (`svg_look`): both
    answers read an icon the same way (qa141 #9). One the markup draws as
    wide as its box (`relative_width`: `width="100%"`, the responsive
    chart's) is no icon the CSS sizes: its `viewBox` is read as its size
    (`drawn_width`: 600 wide, a chart; 24, an icon's; qa141 #4), when its
    `viewBox` is no square: an icon set's glyph drawn to fill its box
    (`width="100%" height="100%" viewBox="0 0 512 512"`) stays an icon
    (qa186 #6). `sides`: `sides_px(attrs)`, when the caller has read them."""
    return (attrs.get("aria-hidden") or "").strip().lower() == "true" and \
        (sides_px(attrs) if sides is None else sides) == (None, None) and \
        not (relative_width(attrs) and _oblong_box(attrs))


def _oblong_box(attrs: dict) -> bool:
    """Whether an `<svg>`'s `viewBox` is wider than high or higher than wide
    (`0 0 600 400`, a chart's), not square (`0 0 512 512`, an icon's)."""
    box = _VIEW_BOX.fullmatch(attrs.get("viewbox") or "")
    return box is not None and float(box[1]) != float(box[2])


class SvgLook(NamedTuple):
    """What an inline `<svg>`'s own markup says it shows (`svg_look`)."""
    chart: bool         # a chart or a map: drawn at least LARGE pixels wide (`drawn_width`), no icon
    pictures: bool      # a photo drawn in it (`draws_photo`) shows as one: not drawn at most THUMB wide


def svg_look(attrs: dict) -> SvgLook:
    """What one inline `<svg>` shows, its size in the markup (`sides_px`) read
    once for both answers (`_html_opens`, per svg in a figure): a chart or a
    map when drawn at least LARGE pixels wide (`drawn_width`; a share or
    play button's icon is some 24 wide); a picture drawn in it
    (`draws_photo`) shows as a photo unless the svg is drawn at most THUMB
    pixels wide (an icon's badge). One no reader sees (`unshown`) or an icon
    the page's CSS sizes (`css_sized_icon`) is neither."""
    if unshown("svg", attrs):
        return SvgLook(False, False)
    sides = sides_px(attrs)
    if css_sized_icon(attrs, sides):
        return SvgLook(False, False)
    width = drawn_width(attrs, sides)
    return SvgLook(width is not None and width >= LARGE, width is None or width > THUMB)


def draws_photo(tag: str, attrs: dict) -> bool:
    """An element inside an inline `<svg>` that shows a picture: an svg
    `<image>` (its `href` or `xlink:href`) or an `<img>` (in a
    `<foreignObject>`) with a source a reader sees (`image_source`), not a
    thumbnail (`is_thumbnail`)."""
    if tag == "image":
        attrs = {**attrs, "src": attrs.get("href") or attrs.get("xlink:href")}
    elif tag != "img":
        return False
    src = image_source(attrs)
    return src is not None and not is_thumbnail(attrs, src)


def is_thumbnail(attrs: dict, src: str) -> bool:
    """An image its markup or file name sets at most THUMB pixels on a side
    (`width="60"`, `.../fill-60x60/`, `?w=105&h=105`)."""
    sides = [attrs.get("width") or "", attrs.get("height") or ""]
    for m in _SIZE.finditer(src):
        sides.extend(g for g in m.groups() if g)
    return any(v.strip().removesuffix("px").isdigit() and 1 < int(v.strip().removesuffix("px")) <= THUMB
               for v in sides)


def is_large(attrs: dict) -> bool:
    """An image its markup shows at least LARGE pixels wide (`width="270"`,
    `width="640.5"`, `style="width:270px"`): a story's picture even when its
    file is named like a control (`nasa-logo.jpg` over a caption), never an
    icon."""
    width = sides_px(attrs)[0]
    return width is not None and width >= LARGE


def names_author(alt: Part, byline: str) -> bool:
    """A picture's alt text or file name holds the byline's surname (its last
    capitalised word): "Photo of Ana Ruiz", `ruiz-60x60.jpg` under "Ana Ruiz".
    An alt text must open with a name label (up to a "|", ",", dash or
    parenthesis: at most HEADSHOT_WORDS words, every capitalised one the
    byline's or a headshot word; "Ana Ruiz | The Courier", "Ana Ruiz, staff
    writer"): "Board chair Marta Quinn speaks ..." over Carlos Quinn's
    byline is a story photo of someone else."""
    words = [w for w in _CAPITAL_WORD.findall(byline) if w.lower() != "by"]
    if not words:
        return False
    label = _LABEL_END.split(alt.text, 1)[0]
    if label.strip():
        names = {w.lower() for w in words}
        if len(label.split()) > HEADSHOT_WORDS or any(
                w.lower() not in names and not _HEADSHOT_WORD.fullmatch(w)
                for w in _CAPITAL_WORD.findall(label)):
            return False
    name = words[-1].lower()
    where = f"{alt.text} {alt.attrs.get('src', '').split('?', 1)[0].rsplit('/', 1)[-1]}".lower()
    return regex.search(rf"(?<!\p{{L}}){regex.escape(name)}(?!\p{{L}})", where) is not None


def same_page(href: str, urls: list[str]) -> bool:
    """`href` is the address of the page itself (its canonical link or og:url),
    relative or absolute, with or without a query, anchor or trailing slash;
    False for an address `urllib.parse` cannot read."""
    from urllib.parse import urljoin, urlsplit   # here: most runs never load it (nor ipaddress)
    def key(url: str) -> tuple[str, str]:
        parts = urlsplit(url)
        return parts.netloc.lower().removeprefix("www."), parts.path.rstrip("/")
    try:
        pairs = [(key(urljoin(u, href)), key(u)) for u in urls[:2] if u]
        # a relative canonical link ("/news/ferries") names no host to compare
        return any(a[1] == b[1] and (a[0] == b[0] or not b[0]) for a, b in pairs)
    except ValueError:      # a malformed address ("http://[::1"): no page's
        return False


def is_home_link(href: str) -> bool:
    """`href` is a site's front page (`/`, `https://www.spacenews.com/`: no
    path, query or anchor): a picture linking there is that site's logo or a
    partner's badge, never a story's picture. False for what `urllib.parse`
    cannot read."""
    from urllib.parse import urlsplit   # here: see `same_page`
    try:
        parts = urlsplit(href.strip())
    except ValueError:
        return False
    return parts.path in ("", "/") and not parts.query and not parts.fragment and \
        (bool(parts.netloc) or parts.path == "/") and parts.scheme in ("", "http", "https")


def is_link(part: Part) -> bool:
    """The whole text is one link to another page: a teaser's headline, not
    a caption. A link to a place on this page (`href="#..."`, reader's
    inline kind `anchor`) is a story's own subhead or table of contents."""
    text = part.text.rstrip()
    return any(s == 0 and e >= len(text) for s, e in page_link_spans(part))


def is_blurb(part: Part) -> bool:
    """A teaser's blurb: a short paragraph (at most BLURB_WORDS words) that
    ends in a link reading "Full Article", "Read more" or the like
    (`_html_tags.READ_ON`), as a list of other stories prints them, even
    where the extractor keeps it (a right rail of "Full Article" teasers)."""
    if part.kind != "paragraph":
        return False
    text = part.text.rstrip()
    return any(0 < s and e >= len(text) and READ_ON.fullmatch(text, s) and
               len(text[:s].split()) <= BLURB_WORDS for s, e in link_spans(part))


def teaser_blurbs(parts: list[Part]) -> set[int]:
    """Ids of the blurbs (`is_blurb`) in a list of teasers: next to another
    blurb or a one-link headline; not a story paragraph ending in "Read more"."""
    texts = [p for p in parts if p.kind in ("paragraph", "heading") and p.text]
    blurb = [is_blurb(p) for p in texts]
    return {id(p) for i, p in enumerate(texts) if blurb[i] and any(
        blurb[j] or is_link(texts[j]) for j in (i - 1, i + 1) if 0 <= j < len(texts))}


# Markup between a block and a control's label: tags and comments.
_MARKUP = regex.compile(r"<!--.*?-->|<[^>]*>", regex.DOTALL)
READ_ON_REACH = 400     # characters of source searched for the control's label
# Start tags that make the label a control on this page: a button (or an
# element playing one), a link to a place on the page, a script or nowhere.
_CONTROL = regex.compile(r"<button\b|<[^>]*\brole\s*=\s*[\"']?button|<a\b(?![^>]*\bhref\s*=)"
                         r"|<a\b[^>]*\bhref\s*=\s*(?:([\"'])\s*(?:#|javascript:|\1)|#|javascript:)", regex.IGNORECASE)


def _texts(window: str) -> list[tuple[str, str]]:
    """Each run of text in the markup `window` that shows, with the markup
    just before it: [(markup, text)]."""
    out, at, tags = [], 0, []
    for m in _MARKUP.finditer(window):
        if window[at:m.start()].strip():
            out.append(("".join(tags), window[at:m.start()]))
            tags = []
        tags.append(m.group())
        at = m.end()
    if window[at:].strip():
        out.append(("".join(tags), window[at:]))
    return out


def read_on_beside(source: str, start: int, end: int) -> bool:
    """The first text a reader sees after source[end] (or the last before
    source[start]) is the label of a control that shows the block between:
    it names reading on (`_html_tags.READ_REST`: "Continue reading", "Read
    more") and sits in a button or a link to a place on this page, not a
    link to another page (a "Read more" to the next story, or to a cookie
    policy)."""
    after = _texts(source[end:end + READ_ON_REACH])[:1]
    before = _texts(source[max(0, start - READ_ON_REACH):start])[-1:]
    return any(READ_REST.fullmatch(html.unescape(text).strip()) and _CONTROL.search(tags)
               for tags, text in after + before)
