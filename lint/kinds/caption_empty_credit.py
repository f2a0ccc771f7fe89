"""`caption-empty-credit`: a credit lead-in that credits nobody.

"(photo courtesy:" or "Photo:" left under a picture means the credit was
never filled in; the page then prints a lead-in naming no one. A blank
credit element (no lead-in) under a picture is one too; the message says
which to delete. A credit that is a licence alone ("CC BY 2.0", "Public
domain" in a credit element or NITF `media-producer`) names no one either,
but has no lead-in to delete and a licence the reuse requires: the message
asks for the name beside it. A lead-in whose name slot is blank before a bar
("Photo by: | The Courier") names a paper but no photographer. "(Courtesy)" alone is no lead-in left open but an
incomplete credit, reported by `caption-malformed-credit`. Works on
`credit` parts, whether a reader marked them up or they were carved out of a
caption by `lint.analysis.credits`.
"""
from __future__ import annotations

from ..analysis.credit_bodies import empty_slot
from ..analysis.credit_licences import licence_only
from ..analysis.credits import credits
from .base import Finding, Kind


def trimmed(text: str) -> tuple[int, int]:
    """[start, end) of text without surrounding whitespace (zero-length if blank)."""
    start = len(text) - len(text.lstrip())
    end = len(text.rstrip())
    return (start, end) if end > start else (0, 0)


class CaptionEmptyCredit(Kind):
    name = "caption-empty-credit"
    placeholders = frozenset({"what"})
    description = "Flags a photo credit that names no photographer or source."
    default_scope = ("credit",)

    def check(self, doc, parts):
        parsed = credits(doc)
        for part in parts:
            credit = parsed.get(part.index)
            if credit is not None and credit.part is part and credit.is_empty \
                    and not credit.courtesy_alone:      # incomplete: caption-malformed-credit
                start, end = trimmed(part.text)
                shown = " ".join(part.text[start:end].split())     # one line, as a page shows it
                if end <= start:
                    what = "the credit is blank; fill it in or delete the empty credit"
                elif credit.lead is not None and empty_slot(part.text, *credit.body):
                    what = f"'{shown}' leaves the photographer's name blank before the '|'; fill it in"
                elif credit.lead is None and licence_only(part.text, start, end):
                    what = (f"'{shown}' is a licence, and a licence is no credit; "
                            "name the photographer or source beside it")
                else:
                    what = f"'{shown}' names no photographer or source; fill it in or delete the lead-in"
                yield Finding(part, start, end, args={"what": what})


KIND = CaptionEmptyCredit
