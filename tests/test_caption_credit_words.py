"""Photo credits that read like a caption's words (fx80): an agency's lower-case
words and a title's stop inside a credit, and the per-part cache of the
credit found in each caption."""
from __future__ import annotations

import pytest

from lint.analysis import credits as cr
from lint.config import Config
from lint.engine import active_rules, lint_document
from lint.readers import read_bytes

CAPTIONS = Config(select=("captions",))
STORY = "Council sets date for parking vote\n\nPublished Dec. 3, 2026\n\n" \
        "Mayor Thomas Hendricks said Wednesday the council would vote next month.\n\n"


def _credit(text: str) -> str | None:
    span = cr.find_credit(text)
    return None if span is None else text[span[0]:span[1]]


# --- the credit found in a caption, once per part (Document.per_part)

def test_the_credit_found_is_kept_per_caption_part():
    text = STORY + "Crews clear Main Street. (AP Photo/Jane Doe)\n\nCrews clear Main Street. (AP Photo/Jane Doe)\n"
    doc = read_bytes("story.txt", text.encode())
    captions = [p for p in doc.parts if p.kind == "caption"]
    assert len(captions) == 2
    span = (len("Crews clear Main Street. "), len("Crews clear Main Street. (AP Photo/Jane Doe)"))
    # one entry per caption, by its index (the same text twice is two parts)
    assert doc.cache["credits.found"] == {captions[0].index: span, captions[1].index: span}


def test_the_credit_is_found_once_per_part(monkeypatch):
    doc = read_bytes("story.txt", (STORY + "Crews clear Main Street. (AP Photo/Jane Doe)\n").encode())
    [caption] = [p for p in doc.parts if p.kind == "caption"]
    calls = []
    monkeypatch.setattr(cr, "find_credit", lambda text: calls.append(text))
    assert cr.found_credit(doc, caption) == (25, 44) and calls == []    # the reader's split found it
