"""Markdown reader (placeholder until the markdown-it based reader lands)."""
from __future__ import annotations

from . import text

FORMAT = "markdown"


def read(doc):
    text.read(doc)
