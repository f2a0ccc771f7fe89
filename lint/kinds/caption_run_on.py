"""`caption-run-on`: a caption glued to its credit, or a credit to its caption.

Scraped and pasted copy loses the break between a picture's credit and the
text beside it: "Matt HinshawIn this May 30 photo", "in Scotland.Reuters".
The glue points come from `lint.analysis.caption_faults.run_ons`; only a
case change right where a whole credit ends counts, so names with inner
capitals (McDonald, YouTube, iPhone) are never flagged.
"""
from __future__ import annotations

from ..analysis.caption_faults import run_ons
from .base import Finding, Kind


class CaptionRunOn(Kind):
    name = "caption-run-on"
    placeholders = frozenset({"glued"})
    description = "Flags a credit run into the caption text beside it, with no break."
    default_scope = ("caption",)

    def check(self, doc, parts):
        for part in parts:
            for fault in run_ons(part):
                yield Finding(part, fault.start, fault.end, args={"glued": fault.what})


KIND = CaptionRunOn
