"""Whether a body holds prose a headline can be measured against, or is a
table of figures (an earnings or sports agate) that is not judged.

Prose is a sentence's end after a lower-case word, or six words in a row
within a line (`PROSE`), outside a table's rows and footnotes:

- a lone lower-case number word (or "nil") is a figure, not a word:
  Reuters spells figures under ten, and "Shr six cts vs eight cts" is a
  row, not six words;
- a row is a short line (`ROW_CHARS`) that sets a figure against another
  with "vs", whatever words label it ("Sales 2.25 billion francs vs 2.49
  billion."), with a lone word it wraps onto the next line; rows count
  only in a table, two or more short lines with figures (qa161: one line
  is a game story's "102 vs 99");
- a footnote (`FOOTNOTE`) under such a table is no prose either: Reuters
  results tables end "NOTE: Net excludes tax credits of 1,405,000 dlrs vs
  3,538,000 dlrs."; the story's prose after it still counts.

On Reuters-21578 train those made 7.9% of stories a story to judge, their
headlines naming a company and ticker that the rows never do (fx254).
"""
from __future__ import annotations

import string
from functools import lru_cache

from .. import rx as regex

from .word_patterns import phrase_alternation, starts_of
from .words import tables

PROSE = (regex.compile(r"\p{Ll}{2}[.!?][\"'\u201d\u2019)]*(?:\s|$)"),
         regex.compile(r"(?:\p{L}[\p{L}\p{M}'\u2019.&-]*[,;:]?[ \t]+){5}\p{L}"))
# A table-shaped line: short (a row with its dateline runs to about 90
# characters on Reuters; a prose paragraph that is one line runs longer) and
# holding a figure (number words already read as figures).
ROW_CHARS = 120
# A row: a figure, "vs" (or "vs."), then another figure, read only on a
# table-shaped line (so in time linear in the body).
_VS = regex.compile(r"\bvs\b\.?")
# The lone word a row wraps onto the next line ("... vs 1.29" then "billion.").
_WRAP = regex.compile(r"[ \t]*\p{L}+\.?[ \t]*")
# A footnote: a line that opens "NOTE:", "Notes:" or "Note -" (any case),
# the rest of its paragraph, and the paragraphs with a figure that follow it
# (a long note runs over several indented lines, each a paragraph of the
# text reader's: "1986 net excludes 729,000 dlr tax credit."); never a
# paragraph of prose without a figure after it (qa165 #3).
FOOTNOTE = regex.compile(r"(?mi)^[ \t]*notes?[ \t]*(?::|-[ \t])[^\n]*(?:\n(?![ \t]*(?:\n|$))[^\n]*)*")
# A paragraph the footnote may run on into: blank lines, then a paragraph
# (no blank line inside it).
_NOTE_MORE = regex.compile(r"(?:\n[ \t]*)+\n(?=[ \t]*\S)[^\n]*(?:\n(?![ \t]*(?:\n|$))[^\n]*)*")


def is_prose(text: str) -> bool:
    """`text` (a body, its parts joined by blank lines) holds prose outside
    a table's rows and footnote. A table is two or more table-shaped lines
    (short, with a figure: `ROW_CHARS`), one of them a row (figure "vs"
    figure); one such line alone is no table (a game story's "102 vs 99",
    a "Listen (4 min)" line). Its rows, and a footnote under it, are left
    out; with no table both count. Time is linear in `len(text)` (qa161)."""
    if not any(p.search(text) for p in PROSE):
        return False
    figures = _figures(text)
    lines = _without_footnote(figures).split("\n")
    shaped = rows = 0
    keep = []
    wrapped = False
    for line in lines:
        short = len(line) <= ROW_CHARS and any(c.isdigit() for c in line)
        shaped += short
        row = short and "vs" in line and _is_row(line)
        rows += row
        keep.append(not row and not (wrapped and _WRAP.fullmatch(line)))
        wrapped = row
    if shaped < 2 or not rows:
        return any(p.search(figures) for p in PROSE)    # no table: all of it counts
    body = "\n".join(line for line, k in zip(lines, keep) if k)
    return any(p.search(body) for p in PROSE)


def _without_footnote(text: str) -> str:
    """`text` with its first footnote (`FOOTNOTE`, with the paragraphs
    holding a figure that run on from it: `_NOTE_MORE`) cut out."""
    note = FOOTNOTE.search(text)
    if note is None:
        return text
    end = note.end()
    while (more := _NOTE_MORE.match(text, end)) is not None and any(c.isdigit() for c in more[0]):
        end = more.end()
    return text[:note.start()] + text[end:]


def _is_row(line: str) -> bool:
    """Whether a short `line` has a figure before a "vs" and one after it."""
    return any(any(c.isdigit() for c in line[:m.start()]) and any(c.isdigit() for c in line[m.end():])
               for m in _VS.finditer(line))


# What may stand before a number word inside another word: an ASCII letter
# or a hyphen (each refused by `_number_words`'s lookbehind).
_INSIDE = frozenset(string.ascii_letters + "-")


def _figures(text: str) -> str:
    """`text` with each number word standing alone (`_number_words`) as
    "0": what `_number_words().sub("0", text)` gives. The pattern is tried
    only where one of its words' leads begins (`_number_leads`, found by
    `str.find`), in order, past the end of the last match: every match
    begins at such a lead, so no match is missed or added (the pattern tried
    at every character, lookbehind first, was 3% of a generated article's
    time and 5% of a BBC story's)."""
    pattern, leads = _number_words(), _number_leads()
    if leads is None:
        return pattern.sub("0", text)
    pieces, done = [], 0
    for i in starts_of(text, leads):
        # inside a word ("someone", "often"): an ASCII letter before it, which
        # the lookbehind refuses, spares the pattern at most leads
        if i >= done and text[i - 1:i] not in _INSIDE and (m := pattern.match(text, i)) is not None:
            pieces += (text[done:i], "0")
            done = m.end()
    return "".join(pieces) + text[done:] if pieces else text


@lru_cache(maxsize=1)
def _number_leads() -> tuple[str, ...] | None:
    """Where a match of `_number_words` can begin: each number word's
    opening letters (up to its first character that is no letter or digit,
    which the pattern may match in another form, a space as any space),
    dropping a lead that a shorter one opens ("seventeen" under "seven"), so
    no offset is found twice. None when a word opens with no letter or digit
    (then the pattern is tried everywhere)."""
    leads = set()
    for word in [*tables()["number_words"], "nil"]:
        word = str(word)
        lead = word[:next((k for k, c in enumerate(word) if not c.isalnum()), len(word))]
        if not lead:
            return None
        leads.add(lead)
    return tuple(sorted(w for w in leads if not any(w != v and w.startswith(v) for v in leads)))


@lru_cache(maxsize=1)
def _number_words() -> "regex.Pattern":
    """The number words of data/titles.yaml `number_words` and "nil" (a
    table's zero: "Oper shr profit nil vs loss nil"), in lower case and
    standing alone: a capitalised one is a name's ("Series Two"), a
    hyphened one a compound's ("a three-for-two stock split")."""
    words = phrase_alternation([*tables()["number_words"], "nil"])
    return regex.compile(rf"(?<![\p{{L}}-])(?:{words})(?![\p{{L}}-])")
