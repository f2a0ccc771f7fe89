"""Captions, credits and alt text written in template parameters.

Sites keep a picture's words in the parameters of a figure-like shortcode or
include: Hugo's `{{< figure src= caption= attr= alt= >}}` (gohugo.io:
figure shortcode: `caption`, `title`, `attr` for the attribution, `alt`),
a house `{{< picture credit= >}}`, Jekyll's `{% include image.html
caption= %}`, Eleventy's `{% image "src" "alt" %}` (positional, as the
Eleventy Image shortcode takes them) or `{% include "figure.html", caption:
"..." %}`. Each value becomes a `caption`, `credit` or `alt` part placed
exactly inside the parameter value; escapes (`\\"`) and character references
(`&#8217;`) are decoded with their map, and HTML written in a value (or
escaped into it, `&lt;em&gt;`) is left out of the text.

A tag is figure-like when its name is listed (defaults below, plus the
`figures` config) or is made of words such as `img`, `figure`, `photo`
(`legacy-img-right`, `linked-figure.html`). Parts read here carry
`attrs["template"]`, so no fix ever rewrites a template's bytes.
"""
from __future__ import annotations

from dataclasses import dataclass

from .. import rx as regex

from ..document import Document, Part
from ._captions import link_credit
from ._stitch import Builder, without_html
from .templates import Tag

# name -> the roles of its positional parameters, in order
DEFAULT_FIGURES: dict[str, tuple[str, ...]] = {
    "figure": (), "picture": (), "img": (), "image": ("src", "alt"), "legacy-img": (),
    "include image.html": (),
}
FIGURE_WORDS = frozenset({"figure", "picture", "img", "image", "photo", "fig"})
# parameter name -> role; the first name of a role present wins
ROLES: dict[str, str] = {
    "caption": "caption", "figcaption": "caption", "title": "caption",
    "credit": "credit", "attr": "credit", "attribution": "credit", "photographer": "credit",
    "alt": "alt", "src": "src", "url": "src", "image": "src", "path": "src", "file": "src",
}
_PARAM = regex.compile(
    r"""[\s,()]*(?:(?P<key>[A-Za-z_][\w\-]*)\s*(?:=|:)\s*)?
        (?:"(?P<dq>(?:[^"\\]|\\.)*)"|'(?P<sq>(?:[^'\\]|\\.)*)'|`(?P<bq>[^`]*)`
           |(?P<bare>[^\s,()"'`=:]+))""", regex.VERBOSE | regex.DOTALL)
_WORDS = regex.compile(r"[A-Za-z]+")
_REF = regex.compile(r"&(?:#[0-9]{1,7};?|#[xX][0-9a-fA-F]{1,6};?|[A-Za-z][A-Za-z0-9]{1,31};?)")
_ESCAPE_OR_REF = regex.compile(r"\\.|" + _REF.pattern, regex.DOTALL)


@dataclass(frozen=True)
class Param:
    """One parameter: `name` ("" when positional) and its value's source span."""

    name: str
    start: int
    end: int
    quote: str


class Figures:
    """Which tags are figure-like, and the parts their parameters give."""

    def __init__(self, extra: dict[str, tuple[str, ...]] | None = None):
        self.names = {**DEFAULT_FIGURES, **(extra or {})}

    def is_figure(self, tag: Tag) -> bool:
        if tag.closing or tag.block or tag.family not in ("shortcode", "liquid", "output"):
            return False
        if tag.name in self.names:
            return True
        words = {w.lower() for w in _WORDS.findall(tag.name.removeprefix("include "))}
        words.discard("html")
        return bool(words & FIGURE_WORDS)

    def read(self, doc: Document, tag: Tag, cuts: list[tuple[int, int]] | tuple = ()) -> Part | None:
        """Add the tag's alt, caption and credit parts; returns the caption
        (else the alt) part, so a caption paragraph under it can link to it.
        `cuts` are source spans left out of every value: the container
        prefixes (`> `, a list item's indent) of a tag written over several
        lines inside a blockquote or list item."""
        roles: dict[str, Param] = {}
        named: dict[str, str] = {}            # role -> the parameter's name (or the role)
        title = None
        positional = self.names.get(tag.name, ())
        n = 0
        for p in params(doc.source, tag):
            if p.name:
                role = ROLES.get(p.name.lower())
            else:
                role = positional[n] if n < len(positional) else None
                n += 1
            if p.name.lower() == "title":      # Hugo's figure title: a caption only alone
                title = title or p
            elif role and role not in roles:
                roles[role], named[role] = p, p.name.lower() or role
        if "caption" not in roles and title is not None:
            roles["caption"], named["caption"] = title, "title"
        escapes = tag.family == "shortcode"     # Hugo unescapes \" ; Liquid strings are literal
        src = roles.get("src")
        where = f"{tag.name} "
        info = {"template": tag.name}
        alt = caption = credit = None
        if "alt" in roles:
            text = value_part(doc.source, roles["alt"], escapes, "alt", cuts, name=where + "alt",
                              attrs={**info, "src": _raw(doc, src), "missing": False})
            text.attrs["decorative"] = not text.text
            alt = doc.add(text)
        if "caption" in roles:
            cap = value_part(doc.source, roles["caption"], escapes, "caption", cuts,
                             name=where + named["caption"], attrs=dict(info))
            caption = doc.add(cap) if cap.text else None
        if "credit" in roles:
            credit = doc.add(value_part(doc.source, roles["credit"], escapes, "credit", cuts,
                                        name=where + named["credit"],
                                        attrs=dict(info)))
        if caption is not None:
            if alt is not None:
                caption.attrs["image"] = alt.index
            link_credit(caption, credit)
        if credit is not None and alt is not None:
            credit.attrs["image"] = alt.index
        return caption or alt


def _raw(doc: Document, p: Param | None) -> str:
    return doc.source[p.start:p.end] if p is not None else ""


def params(src: str, tag: Tag) -> list[Param]:
    """The tag's parameters in order, named (`k="v"`, `k: "v"`, `k=v`) or positional."""
    out: list[Param] = []
    pos, end = tag.inner
    while pos < end:
        m = _PARAM.match(src, pos, end)
        if m is None or m.end() == pos:
            pos += 1
            continue
        for g, quote in (("dq", '"'), ("sq", "'"), ("bq", "`"), ("bare", "")):
            if m.start(g) != -1:
                out.append(Param(m["key"] or "", m.start(g), m.end(g), quote))
                break
        pos = m.end()
    return out


def value_part(src: str, p: Param, escapes: bool, kind: str, cuts=(), **kw) -> Part:
    """A parameter value as a part: escapes and character references decoded
    (each decoded character mapped to its source form), HTML tags and the
    source spans `cuts` (container prefixes) left out."""
    b = Builder()
    pattern = _ESCAPE_OR_REF if escapes and p.quote == '"' else _REF
    for start, end in _kept(p.start, p.end, cuts):
        pos = start
        for m in pattern.finditer(src, start, end):
            b.add(src[pos:m.start()], pos)
            if m.group().startswith("\\"):
                b.add_decoded(m.group()[1], m.start())
            else:
                b.add_ref(m.group(), m.start())
            pos = m.end()
        b.add(src[pos:end], pos)
    text = b.text()
    segments = tuple(b.segments) or ((0, p.start),)
    if "<" in text:
        text, segments = without_html(text, segments)
    part = Builder()
    part.add_segments(text, segments)
    return part.part(kind, empty_at=p.start, **kw)


def _kept(start: int, end: int, cuts) -> list[tuple[int, int]]:
    """[start, end) without the spans `cuts` (sorted, each within one line)."""
    out, pos = [], start
    for a, z in cuts:
        if z <= pos or a >= end:
            continue
        if a > pos:
            out.append((pos, a))
        pos = max(pos, z)
    if pos < end or not out:
        out.append((pos, end))
    return out
