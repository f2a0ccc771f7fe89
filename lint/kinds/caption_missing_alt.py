"""`caption-missing-alt`: an image with no alt text at all.

Readers give every image an `alt` part; `missing` says the markup has no
alt text, `decorative` that it has an explicit `alt=""`, which is the
accepted way to mark a purely decorative image and is not flagged; the
message says so (`{decorative}`) unless the reader's format has no such
mark (attr `decorative_mark` False: NITF, whose empty `alternate-text` is
alt text missing, NewsML-G2's alt-text description, and Markdown's
`![](x)`, whose empty alt is no decorative mark but a description left
out, CommonMark 0.31 section 6.4). Raw HTML in Markdown and a figure
shortcode's `alt=""` can mark one, so keep it; so can a front-matter
`alt: ""`, and a reader whose mark is written otherwise names it (attr
`decorative_mark` a string: front matter's YAML `alt: ""`, qa347 #4), so
the hint gives the writer the form's own mark. Only a person can describe
a picture, so this is never auto-fixed.

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
                mark = part.attrs.get("decorative_mark", True)    # (NITF, G2, Markdown have none)
                yield Finding(part, 0, len(part.text),
                              args={"src": part.attrs.get("src") or "(no src)",
                                    "fallback": _FALLBACK if fallback else "",
                                    "decorative": _decorative(mark)},
                              level="suggestion" if fallback else None)


_FALLBACK = " (a theme may fall back to its caption)"


def _decorative(mark) -> str:
    """The `{decorative}` hint for a part whose `decorative_mark` is
    `mark`: True for HTML's `alt=""`, a string for a form's own mark
    (front matter's `alt: ""`), False for none (no hint)."""
    if not mark:
        return ""
    return f" ({_HTML_MARK if mark is True else mark} marks a purely decorative image)"


_HTML_MARK = 'alt=""'


KIND = CaptionMissingAlt
