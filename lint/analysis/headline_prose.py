"""Whether a body holds prose a headline can be measured against, or is a
table of figures (an earnings or sports agate) that is not judged.

Prose is a sentence's end after a lower-case word, or six words in a row
within a line (`PROSE`), a number word counting as a figure, not a word
(Reuters spells figures under ten: "Shr six cts vs eight cts" is a row, not
six words), and so does a table's "nil". A table's footnote (`FOOTNOTE`) under its figures is
no prose: Reuters results tables end "NOTE: Net excludes tax credits of
1,405,000 dlrs vs 3,538,000 dlrs.", and on Reuters-21578 train that note made
7.9% of stories a story to judge, their headlines naming a company the rows
never do (fx254).
"""
from __future__ import annotations

from functools import lru_cache

import regex

from .words import tables

PROSE = (regex.compile(r"\p{Ll}{2}[.!?][\"'\u201d\u2019)]*(?:\s|$)"),
         regex.compile(r"(?:\p{L}[\p{L}\p{M}'\u2019.&-]*[,;:]?[ \t]+){5}\p{L}"))
# A footnote: from a line that opens "NOTE:", "Notes:" or "Note -" (any
# case) to the body's end, as notes stand at a table's foot and a long one
# runs over several indented lines, each a paragraph of the text reader's.
FOOTNOTE = regex.compile(r"(?mi)^[ \t]*notes?[ \t]*(?::|-[ \t])(?s:.*)")


def is_prose(text: str) -> bool:
    """`text` (a body, its parts joined by blank lines) holds prose before
    its footnotes. The footnotes count when nothing before them holds a
    digit: a note alone is prose, not a table's note."""
    rest, notes = FOOTNOTE.subn("", text, count=1)
    if notes and any(c.isdigit() for c in rest):
        text = rest
    return PROSE[0].search(text) is not None or PROSE[1].search(_number_words().sub("0", text)) is not None


@lru_cache(maxsize=1)
def _number_words() -> "regex.Pattern":
    """The number words of data/titles.yaml `number_words` and "nil" (a
    table's zero: "Oper shr profit nil vs loss nil"), whole words, any case."""
    words = sorted([*tables()["number_words"], "nil"], key=len, reverse=True)
    return regex.compile(r"(?i)\b(?:" + "|".join(words) + r")\b")
