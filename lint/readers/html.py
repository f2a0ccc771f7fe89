"""HTML reader (placeholder until the html.parser based reader lands)."""
from __future__ import annotations

from . import text

FORMAT = "html"


def read(doc):
    text.read(doc)
