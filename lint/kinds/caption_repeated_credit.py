"""`caption-repeated-credit`: the same credit (or caption and credit) twice in a row.

Scraping a page that shows a credit both over and under a picture, or a
caption in two places, leaves it twice in the text: a credit line and then
the caption that opens with the same credit, two identical caption lines,
one caption written twice over, or a caption's credit pasted twice at its
end. `lint.analysis.caption_faults.repeats`
finds them; the second copy is flagged.
"""
from __future__ import annotations

from ..analysis.caption_faults import repeats
from .base import Finding, Kind


class CaptionRepeatedCredit(Kind):
    name = "caption-repeated-credit"
    placeholders = frozenset({"what"})
    description = "Flags a credit, or a caption and its credit, repeated right after itself."
    default_scope = ("caption",)

    def check(self, doc, parts):
        wanted = {p.index for p in parts}
        for fault in repeats(doc):
            if fault.part.index in wanted:
                yield Finding(fault.part, fault.start, fault.end, args={"what": fault.what})


KIND = CaptionRepeatedCredit
