"""`caption-missing-alt`: an image with no alt text at all.

Readers give every image an `alt` part; `missing` says the markup has no
alt text, `decorative` that it has an explicit `alt=""`, which is the
accepted way to mark a purely decorative image and is not flagged. Only a
person can describe a picture, so this is never auto-fixed.
"""
from __future__ import annotations

from .base import Finding, Kind


class CaptionMissingAlt(Kind):
    name = "caption-missing-alt"
    description = "Flags images whose markup has no alt text."
    default_scope = ("alt",)

    def check(self, doc, parts):
        for part in parts:
            if part.attrs.get("missing") and not part.attrs.get("decorative"):
                yield Finding(part, 0, len(part.text),
                              args={"src": part.attrs.get("src") or "(no src)"})


KIND = CaptionMissingAlt
