"""`quote-unattributed`: a direct quote that nobody is said to have said.

The decision is made once per document by `analysis/attribution.py`; this
kind skips quotes that never close (`quotes.unbalanced` reports those),
applies the rule's minimum length (shorter quotes are scare
quotes), the newsroom's choice about the continuation convention (a quote
opening a paragraph right after a paragraph with an attributed quote is
that speaker's; on by default), and reports the first segment of each quote.
A quote credited only to a document nobody owns (`“…,” the statement
read.`: `analysis/ownerless.py`) is reported as a suggestion, with its own
message: it has a source, but not a speaker.
"""
from __future__ import annotations

from ..analysis.attribution import attribution
from .base import Finding, Kind, Option

DOCUMENT = ("direct quote is credited only to a document (a statement, release, post or email) "
            "that the story never says is whose: name who issued it "
            "(a statement from the mayor's office; in a statement, the mayor said)")


def _positive(value) -> str | None:
    return None if value >= 1 else "must be at least 1"


class QuoteUnattributed(Kind):
    name = "quote-unattributed"
    placeholders = frozenset({"words"})
    description = "Flags direct quotes with no speaker and cue verb (said, told, ...)."
    other_levels = (("suggestion", "for a quote credited only to a document"),)
    default_scope = ("paragraph", "blockquote")
    options = {
        "min_words": Option(int, 4, check=_positive,
                            help="shorter quotes are scare quotes and never flagged"),
        "across_paragraphs": Option(bool, True, help=(
            "the continuation convention: a quote opening a paragraph right after a "
            "paragraph with an attributed quote is that speaker's (false: flag it)")),
    }

    def check(self, doc, parts):
        wanted = {id(p) for p in parts}
        least = self.opts["min_words"]
        rejected = "" if self.opts["across_paragraphs"] else "continues"
        for status in attribution(doc):
            head = status.head
            if (status.how in ("", rejected, "document") and id(head.part) in wanted
                    and status.closed and status.words >= least and status.direct):
                if status.how == "document":
                    yield Finding(head.part, head.start, head.end, message=DOCUMENT, final=True,
                                  level="suggestion")
                else:
                    yield Finding(head.part, head.start, head.end, args={"words": status.words})


KIND = QuoteUnattributed
