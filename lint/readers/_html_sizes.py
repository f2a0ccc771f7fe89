"""How an element's own markup sizes it and whether it shows at all: the
lengths in its `width`/`height` attributes and its `style`, and the marks
that keep it from every sighted reader. Shared by the image steps
(`_html_media.image_source`: a pixel, an unseen `<img>`) and the picture
looks (`_html_looks`: an svg chart or icon). Pure functions of attributes.
"""
from __future__ import annotations

from .. import rx as regex

from ._html_tags import is_hidden

# SVG's <number> (decimals and exponents: `640.5`, `6e2`), and a length: a
# number with no unit or px, or em/rem at a browser's default 16 px; a
# percentage or another unit gives no size in pixels (it hangs on the page).
NUMBER = r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?"
_LENGTH = regex.compile(rf"\s*({NUMBER})\s*(px|r?em)?\s*", regex.IGNORECASE)
_EM = 16
# A style's width or height, its value up to a `;` or an `!important` (which
# only says the declaration wins: `width:640px !important` is 640).
_STYLE_SIDE = regex.compile(r"(?:^|[;\s])(width|height)\s*:\s*([^;!]*)", regex.IGNORECASE)
_UNSHOWN = regex.compile(r"(?:^|[;\s])(?:display\s*:\s*none|visibility\s*:\s*hidden)\b", regex.IGNORECASE)


def length_px(value: str | None) -> float | None:
    """A CSS or SVG length in pixels (`24`, `640.5px`, `1em`: 16); None for
    none, a percentage, another unit or what is no length."""
    m = _LENGTH.fullmatch(value or "")
    if m is None:
        return None
    number = float(m[1])
    return number * _EM if m[2] and m[2].lower() != "px" else number


def _style_sides(attrs: dict) -> dict[str, str]:
    """The `width` and `height` an element's style sets, as written."""
    return {m[1].lower(): m[2] for m in _STYLE_SIDE.finditer(attrs.get("style") or "")}


def sides_px(attrs: dict) -> tuple[float | None, float | None]:
    """(width, height) in pixels as the markup sets them: per side, a
    style's (`width:640px`, `width:640px !important`) over the attribute's
    (CSS wins over HTML's and SVG's presentation attributes); the attribute's
    when the style's is not in pixels (`width="960" style="width:100%"`, the
    usual responsive chart or photo: 960, the size its markup was drawn
    for). None where neither gives a length in pixels."""
    style = _style_sides(attrs)
    width = length_px(style["width"]) if "width" in style else None
    height = length_px(style["height"]) if "height" in style else None
    return (length_px(attrs.get("width")) if width is None else width,
            length_px(attrs.get("height")) if height is None else height)


def relative_width(attrs: dict) -> bool:
    """Whether the markup sizes the element's width to its box, a percentage
    (`width="100%"`, `style="width:100%"`: the usual responsive chart), the
    style's over the attribute's as in `sides_px`."""
    style = _style_sides(attrs)
    width = style["width"] if "width" in style else attrs.get("width")
    return (width or "").strip().endswith("%")


def pixel_sized(attrs: dict) -> bool:
    """Whether the markup draws the element 1 pixel or less on a side
    (`sides_px`: `width="1"`, `style="height:0"`: a tracking pixel). One
    drawn as wide as its box (`relative_width`: `width="1" height="1"
    style="width:100%;height:auto"`, a responsive photo) is no pixel: its
    height attribute is then the page's to scale, and only a style's height
    in pixels (`height:1px`) makes it one (qa186 #5). A height attribute
    with no width attribute in pixels to scale it with (`width="100%"
    height="1"`, `style="width:100%" height="1"`: an old layout's spacer
    rule) is drawn as written, 1 pixel high: a pixel (qa191 #2)."""
    width, height = sides_px(attrs)
    if relative_width(attrs):
        style = _style_sides(attrs)
        if "height" in style:
            height = length_px(style["height"])
        elif length_px(attrs.get("width")) is not None:
            height = None
        width = None
    return any(side is not None and side <= 1 for side in (width, height))


def unshown(tag: str, attrs: dict) -> bool:
    """An element no sighted reader sees: hidden (`_html_tags.is_hidden`) or
    styled `display: none` or `visibility: hidden`. `aria-hidden="true"` is
    not read here: it hides an element from assistive technology, not from
    the eye (an svg chart drawn 640 px wide under it is shown to every
    reader, qa130). What it hints is read where it decides: an svg sized by
    its `viewBox` alone (`_html_looks.svg_look`), an `<img>`
    (`_html_media.image_source`: a tracking pixel or a decoration, issue 10)."""
    return is_hidden(tag, attrs) or _UNSHOWN.search(attrs.get("style") or "") is not None
