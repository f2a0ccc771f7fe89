"""`quote-unattributed`: a direct quote that nobody is said to have said.

The decision is made once per document by `analysis/attribution.py`; this
kind only applies the rule's minimum length (shorter quotes are scare
quotes) and reports the first segment of each unattributed quote.
"""
from __future__ import annotations

from ..analysis.attribution import attribution
from .base import Finding, Kind, Option


def _positive(value) -> str | None:
    return None if value >= 1 else "must be at least 1"


class QuoteUnattributed(Kind):
    name = "quote-unattributed"
    description = "Flags direct quotes with no speaker and cue verb (said, told, ...)."
    default_scope = ("paragraph", "blockquote")
    options = {
        "min_words": Option(int, 4, check=_positive,
                            help="shorter quotes are scare quotes and never flagged"),
    }

    def check(self, doc, parts):
        wanted = {id(p) for p in parts}
        least = self.opts["min_words"]
        for status in attribution(doc):
            head = status.head
            if (status.direct and not status.attributed and status.words >= least
                    and id(head.part) in wanted):
                yield Finding(head.part, head.start, head.end, args={"words": status.words})


KIND = QuoteUnattributed
