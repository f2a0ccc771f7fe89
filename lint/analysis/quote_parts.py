"""The parts the quote scan reads and the characters it reads around marks,
shared by `quotes.py` (the scan), `quote_blocks.py` (the layout around
it) and `quote_runin.py`, so none imports another for them.
"""
from __future__ import annotations

BODY_KINDS = ("paragraph", "blockquote")
BREAKS = ("heading", "headline")      # nothing runs on across these
# Dashes that set off words or an attribution: em, en, and the horizontal bar
# (U+2015, the quotation dash some styles sign a quote with: `” ― Jane Roe`).
DASHES = "\u2014\u2013\u2015"
# Characters after which a mark opens (start of a word) and before which it closes.
OPENING_CONTEXT = set("([{<-/\u201c\u2018\"'" + DASHES)
CLOSING_CONTEXT = set(".,;:!?)]}>-\u2026\u201d\u2019\"'" + DASHES)
# Space inside a line: a regex class and the same for str.strip. Real copy puts
# no-break and thin spaces around dashes and after labels (`Q:\u00a0`).
HSPACE = r"[\t\p{Zs}]"
SPACES = " \t\u00a0\u2007\u2009\u200a\u202f\u3000"
