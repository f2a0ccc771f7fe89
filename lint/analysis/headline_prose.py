"""Whether a body holds prose a headline can be measured against, or is a
table of figures (an earnings or sports agate) that is not judged.

Prose is a sentence's end after a lower-case word, or six words in a row
within a line (`PROSE`), outside a table's rows and footnotes:

- a lone lower-case number word (or "nil") is a figure, not a word:
  Reuters spells figures under ten, and "Shr six cts vs eight cts" is a
  row, not six words;
- a row (`ROW`) is a line that sets a figure against another with "vs",
  whatever words label it ("Sales 2.25 billion francs vs 2.49 billion."),
  with a lone word it wraps onto the next line;
- a footnote (`FOOTNOTE`) under the figures is no prose either: Reuters
  results tables end "NOTE: Net excludes tax credits of 1,405,000 dlrs vs
  3,538,000 dlrs.".

On Reuters-21578 train those made 7.9% of stories a story to judge, their
headlines naming a company and ticker that the rows never do (fx254).
"""
from __future__ import annotations

from functools import lru_cache

import regex

from .word_patterns import phrase_alternation
from .words import tables

PROSE = (regex.compile(r"\p{Ll}{2}[.!?][\"'\u201d\u2019)]*(?:\s|$)"),
         regex.compile(r"(?:\p{L}[\p{L}\p{M}'\u2019.&-]*[,;:]?[ \t]+){5}\p{L}"))
# A table's row: a figure, "vs" (or "vs."), then another figure, on one line
# (number words already read as figures), and the next line too when it is
# a lone word the row wrapped ("... vs 1.29" then "billion.").
ROW = regex.compile(r"(?m)^[^\n]*\d[^\n]*\bvs\b\.?[^\n]*\d[^\n]*$(?:\n[ \t]*\p{L}+\.?[ \t]*$)?")
# A footnote: from a line that opens "NOTE:", "Notes:" or "Note -" (any
# case) to the body's end, as notes stand at a table's foot and a long one
# runs over several indented lines, each a paragraph of the text reader's.
FOOTNOTE = regex.compile(r"(?mi)^[ \t]*notes?[ \t]*(?::|-[ \t])(?s:.*)")


def is_prose(text: str) -> bool:
    """`text` (a body, its parts joined by blank lines) holds prose outside
    its rows and before its footnotes. The footnotes count when nothing
    before them holds a digit: a note alone is prose, not a table's note."""
    rest, notes = FOOTNOTE.subn("", text, count=1)
    if notes and any(c.isdigit() for c in rest):
        text = rest
    if not any(p.search(text) for p in PROSE):
        return False
    text = _number_words().sub("0", text)
    if "vs" in text:
        text = ROW.sub("", text)
    return any(p.search(text) for p in PROSE)


@lru_cache(maxsize=1)
def _number_words() -> "regex.Pattern":
    """The number words of data/titles.yaml `number_words` and "nil" (a
    table's zero: "Oper shr profit nil vs loss nil"), in lower case and
    standing alone: a capitalised one is a name's ("Series Two"), a
    hyphened one a compound's ("a three-for-two stock split")."""
    words = phrase_alternation([*tables()["number_words"], "nil"])
    return regex.compile(rf"(?<![\p{{L}}-])(?:{words})(?![\p{{L}}-])")
