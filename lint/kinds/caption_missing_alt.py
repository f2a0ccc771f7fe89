"""`caption-missing-alt`: an image with no alt text at all.

Readers give every image an `alt` part; `missing` says the markup has no
alt text, `decorative` that it has an explicit `alt=""`, which is the
accepted way to mark a purely decorative image and is not flagged; the
message says so (`{decorative}`) unless the reader's format has no such
mark (attr `decorative_mark` False: NITF, whose empty `alternate-text` is
alt text missing, NewsML-G2's alt-text description, and Markdown's
`![](x)`, whose empty alt is no decorative mark but a description left
out, CommonMark 0.31 section 6.4). Raw HTML in Markdown, a figure
shortcode's `alt=""` and a front-matter `alt: ""` can mark one, so keep it. Only a person can describe a picture, so this is never
auto-fixed.

A front-matter image (`front_matter` attr) that has a caption is only a
suggestion: many themes (Hugo, Jekyll, Eleventy starters) fall back to the
caption for the alt text. An `<img>` in the body stays at the rule's level.
"""
from __future__ import annotations

from .base import Finding, Kind


class CaptionMissingAlt(Kind):
    name = "caption-missing-alt"
    placeholders = frozenset({"decorative", "fallback", "src"})
    description = "Flags images whose markup has no alt text."
    other_levels = (("suggestion", "when a theme may fall back to the image's caption"),)
    default_scope = ("alt",)

    def check(self, doc, parts):
        captioned = {p.attrs.get("image") for p in doc.parts if p.kind == "caption" and p.text.strip()}
        for part in parts:
            if part.attrs.get("missing") and not part.attrs.get("decorative"):
                fallback = part.attrs.get("front_matter") and part.index in captioned
                marked = part.attrs.get("decorative_mark", True)    # (NITF, G2, Markdown have none)
                yield Finding(part, 0, len(part.text),
                              args={"src": part.attrs.get("src") or "(no src)",
                                    "fallback": _FALLBACK if fallback else "",
                                    "decorative": _DECORATIVE if marked else ""},
                              level="suggestion" if fallback else None)


_FALLBACK = " (a theme may fall back to its caption)"
_DECORATIVE = ' (alt="" marks a purely decorative image)'


KIND = CaptionMissingAlt
