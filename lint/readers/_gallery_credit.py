"""A gallery's collective credit line: one block under a story's pictures
that credits them together ("(Image credits: Casey Barber; Rebecca
Blumhagen)", "Photos: Getty Images"), as a web page prints a single credit
line for a gallery rather than one per caption (AP Stylebook, "photo
credits"; thekitchn's galleries). The block becomes a `credit` part, and
each caption above it that carries no credit of its own is marked
attrs["gallery_credit"] (the line's part index): captions.missing-credit
takes it as that caption's credit."""
from __future__ import annotations

import regex

from ..analysis.credit_bodies import reads_as_description
from ..analysis.credit_licences import notes_only
from ..analysis.credits import read_credit
from ..document import Document

# A plural or collective lead-in: "Image credits:", "Photo credits:",
# "Credits:", "Photos:", "Photos by", "Images courtesy", "Pictures:". A
# singular "Photo: Jane Doe" credits one picture, not a gallery.
_COLLECTIVE_LEAD = regex.compile(
    r"\s*\(?\s*(?:(?:photo|image|picture)\s+credits|credits|photo(?:graph)?s|pictures|images|illustrations)"
    r"\s*(?::|\bby\b|\bcourtesy\b)\s*\w", regex.IGNORECASE)
# Characters: a list of a gallery's photographers runs longer than one credit.
GALLERY_LINE_MAX = 300


def is_gallery_credit(text: str) -> bool:
    """Whether a block is only a collective credit: a `_COLLECTIVE_LEAD`, no
    description after it (`reads_as_description`), the whole block one
    credit (`read_credit`, licence notes after it allowed), one line of at
    most `GALLERY_LINE_MAX` characters."""
    if len(text) > GALLERY_LINE_MAX or "\n" in text.strip():
        return False
    lead = _COLLECTIVE_LEAD.match(text)
    if lead is None or reads_as_description(text[lead.end() - 1:]):
        return False
    span, notes = read_credit(text)
    return span is not None and span[0] == 0 and notes_only(text, span[1], notes)


def gallery_credits(doc: Document) -> None:
    """Read each paragraph or credit block that is a collective credit line
    (`is_gallery_credit`) as a `credit` part, and mark the uncredited
    captions since the previous such line (or the top) as credited by it."""
    pending = []         # captions read since the last collective line, with no credit
    for part in doc.parts:
        if part.kind == "caption":
            if part.attrs.get("credit") is None:
                pending.append(part)
        elif part.kind in ("paragraph", "credit") and "caption" not in part.attrs and \
                is_gallery_credit(part.text):
            part.kind = "credit"
            for caption in pending:
                caption.attrs["gallery_credit"] = part.index
            pending = []
