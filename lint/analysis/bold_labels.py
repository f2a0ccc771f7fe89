"""Transcript turns whose speaker label is set in bold (nu52 #3).

A Q&A written in Markdown or HTML opens each turn with its speaker in bold,
the colon inside the bold or right after it: `**Standards team:** Why …?`,
`**U.S. CBP team:** The term we like to use is, “…”`, `<b>Jane Roe</b>: …`.
`speakers.LABEL` reads a label from its capitals (`ROBERTS:`, `Jane Roe:`),
which a label such as `U.S. CBP team` does not have; the bold does the
same work here. A bold label names a speaker only when it opens two or more
paragraphs of the document, as the turns of a Q&A do: one used once is a
lead-in (`**Why it matters:**`, `**Update:**`), no speaker.

The bold spans are the reader's (`attrs["inline"]` "strong",
`readers._stitch`), never found again in the text.
"""
from __future__ import annotations

from collections import Counter

from ..document import Document, Part
from .quote_parts import BODY_KINDS

__all__ = ["bold_label"]


def bold_label(doc: Document, part: Part) -> bool:
    """`part` opens with a bold speaker label that opens at least one other
    body paragraph of `doc` as well (the document's labels are read once)."""
    label = _label(part)
    return label is not None and doc.analysis("quotes.bold_labels", _repeated).get(label, 0) > 1


def _repeated(doc: Document) -> Counter:
    """How many body parts each bold label opens (label: folded text, no colon)."""
    return Counter(label for part in doc.parts if part.kind in BODY_KINDS
                   if (label := _label(part)) is not None)


def _label(part: Part) -> str | None:
    """The bold label opening `part` (`**Name:** words`, `**Name**: words`),
    its words case-folded and spaced alike, or None: the bold must start the
    text, a colon must end it or follow it, and words must come after."""
    text = part.text
    for kind, start, end in part.attrs.get("inline", ()):
        if kind != "strong" or text[:start].strip():
            continue
        bold = text[start:end].rstrip()
        after = end + (not bold.endswith(":") and text[end:end + 1] == ":")
        if not (bold.endswith(":") or after > end) or not text[after:after + 1].isspace():
            return None
        words = " ".join(bold.rstrip(":").split()).casefold()
        return words if words and text[after:].strip() else None
    return None
