"""Transcript turns whose speaker label is set in bold (nu52 #3).

A Q&A written in Markdown or HTML opens each turn with its speaker in bold,
the colon inside the bold or right after it: `**Standards team:** Why …?`,
`**U.S. CBP team:** The term we like to use is, “…”`, `<b>Jane Roe</b>: …`.
`speakers.LABEL` reads a label from its capitals (`ROBERTS:`, `Jane Roe:`),
which a label such as `U.S. CBP team` does not have; the bold does the
same work here. A bold label names a speaker only in the shape of an
interview: two or more different labels, each opening two or more body
paragraphs, whose turns alternate (the label of a turn differs from that of
the next labelled turn at least twice). A lead-in is no speaker, whether used
once or repeated (`**Update:**` in a live blog, `**Why it matters:**` in a
newsletter), and neither are two lead-ins that never alternate (qa253 #1).

The bold spans are the reader's (`attrs["inline"]` "strong",
`readers._stitch`), never found again in the text.
"""
from __future__ import annotations

from collections import Counter
from itertools import pairwise

from ..document import Document, Part
from .quote_parts import BODY_KINDS

__all__ = ["bold_label"]


def bold_label(doc: Document, part: Part) -> bool:
    """`part` opens with a bold label that is a speaker of the Q&A turns of
    `doc` (the document's turns are read once)."""
    label = _label(part)
    return label is not None and label in doc.analysis("quotes.bold_labels", _speakers)


def _speakers(doc: Document) -> frozenset[str]:
    """The bold labels (folded text, no colon) that take turns in a Q&A:
    those opening two or more body parts, when their turns, in document
    order, change label at least twice; else none."""
    labels = [label for part in doc.parts if part.kind in BODY_KINDS
              if (label := _label(part)) is not None]
    counts = Counter(labels)
    turns = [label for label in labels if counts[label] > 1]
    changes = sum(one != next_ for one, next_ in pairwise(turns))
    return frozenset(turns) if changes > 1 else frozenset()


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
