"""Whether a story is raw wire copy, as the agencies send it: it opens with
a dated wire dateline that ends in a plain hyphen (`WASHINGTON, March 20 -`,
`LONDON, March 3 (Reuters) -`). Newspaper copy sets its dateline with a
typeset dash (`WASHINGTON —`, `DALLAS (AP) —`: PolNeAR train and dev-tune).

Read by the quote rules (a wire's untagged quote after its speaker's reported
speech, `quote_reported`) and by titles.case (a sport's slug before a
headline, `headline_wire.wire_lead`, qa168 #1); one reading for both.
"""
from __future__ import annotations

from ..document import Document

__all__ = ["wire_copy"]

# Part kinds (document.PART_KINDS) that may stand above a wire dateline: they
# frame the story (a page's title, who wrote it, its metadata) and are no text of it
FRAMING = frozenset({"title", "byline", "field"})


def wire_copy(doc: Document) -> bool:
    """The story opens with a dated wire dateline (a reader marked it `wire`,
    and it holds a digit) that ends in a plain hyphen, as the wire sends it
    (`WASHINGTON, March 20 -`; not an undated `LONDON (Reuters) -`);
    a typeset dash (`WASHINGTON —`, `DALLAS (AP) —`) is a newspaper's. The
    dateline opens the story's first text part: above it may stand only a
    headline, and not one closed by a full stop, which reads as the lede's
    first sentence (`The council met on Monday.`), as it does in HTML; and
    what frames a story without being its text (`FRAMING`): a page's
    `<title>` or a title field, a byline (`By Jo Smith`, a front-matter
    `author:`), another front-matter or meta field (`date:`, `tags:`)
    (qa172 #7). Cached on the document."""
    return doc.analysis("wire_copy", _opens_with_wire_dateline)


def _opens_with_wire_dateline(doc: Document) -> bool:
    line = next((p for p in doc.parts if p.kind == "dateline" and p.attrs.get("wire")), None)
    if line is None or not line.text.rstrip().endswith(" -") or not any(c.isdigit() for c in line.text):
        return False
    at = line.source_offset(0)
    above = [p for p in doc.parts if p is not line and p.text.strip() and p.source_offset(0) < at]
    return all(p.kind in FRAMING or p.kind == "headline" and not p.text.rstrip().endswith(".") for p in above)
