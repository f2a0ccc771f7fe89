"""Numbers written in words: `five`, `twenty-five`, `two hundred`, `Two million`.

`numbers.numbers` reads these beside the figures in digits, so a headline's
`2 million` meets a body's "Two million" and its `25` "twenty-five" (qa151
#2, #3). The words and their values are `number_words` and `scales` in
data/titles.yaml (`words.tables`).
"""
from __future__ import annotations

from functools import lru_cache

from .. import rx as regex

from .word_patterns import BARE_WORD, WORD, phrase_alternation as _alternation
from .words import tables

# The scale words a number in words may carry: the written-out ones of `scales`.
_SPELLED_SCALES = ("thousand", "million", "billion", "trillion")
# Between the words of one number: spaces, or one line break (wire copy's
# "worth over one\nbillion dlrs"), never a blank line.
_SPACE = r"(?:[^\S\r\n]+|[^\S\r\n]*\r?\n[^\S\r\n]*)"


@lru_cache(maxsize=1)
def _table() -> tuple["regex.Pattern", dict[str, int], dict[str, int]]:
    """(the pattern of a number in words, number word -> value, scale word -> value)."""
    data = tables()
    words = {str(w).lower(): int(v) for w, v in data["number_words"].items()}
    scales = {w: int(data["scales"][w]) for w in _SPELLED_SCALES if w in data["scales"]}
    units = [w for w, v in words.items() if 1 <= v <= 9]
    tens = [w for w, v in words.items() if 20 <= v <= 90 and v % 10 == 0]
    small = [w for w, v in words.items() if 1 <= v <= 99 and w != "dozen"]
    # Tens and a unit, hyphenated or not (`twenty-five`, `twenty five`: 25).
    compound = rf"(?:{_alternation(tens)})(?:-|[^\S\r\n]+)(?:{_alternation(units)})"
    pattern = regex.compile(
        rf"""(?:(?P<hundreds>{compound}|{_alternation(small)}){_SPACE}hundred
         |(?P<tens>{_alternation(tens)})(?:-|[^\S\r\n]+)(?P<unit>{_alternation(units)})
         |(?P<word>{_alternation(words)}))
        (?:(?:{_SPACE}|-)(?P<scale>{_alternation(scales)})(?![\p{{L}}\p{{M}}])
         |(?![\p{{L}}\p{{M}}]|['’]\p{{L}}|-))""", regex.VERBOSE | regex.IGNORECASE)
    return pattern, words, scales


def count_words(low: int, high: int) -> tuple[str, ...]:
    """The number words of `number_words` (data/titles.yaml) whose value is
    from `low` to `high`, both included, lower case, longest first; "dozen"
    (a count's noun, no number on its own) is none."""
    return tuple(sorted((w for w, v in _table()[1].items() if low <= v <= high and w != "dozen"),
                        key=lambda w: (-len(w), w)))


def spelled_numbers(text: str) -> list[tuple[int, int, str]]:
    """(start, end, value) of every number written in words, offsets into
    `text`, the value in digits as `numbers.number_value` spells a whole
    number: a number word of `number_words` (`five`, `twenty`, `dozen`), tens
    and a unit with or without the hyphen (`twenty-five`, `twenty five`: 25,
    never 20 and 5), a hundred's multiple up to 99 (`two hundred`: 200;
    `twenty-five hundred`: 2500), and any of these before a written-out
    scale word (`Two million` and `four-million`: 2000000 and 4000000;
    `twelve thousand`: 12000), the scale read before a hyphen or an
    apostrophe too (`two million-dollar`, `Seven million's`), as in digits. A number in words before a hyphen is a modifier, no
    count (`six-figure`, `two-thirds`, `four-year`), nor one before a
    typographic dash's `figure` (`six\u2013figure`, qa161 #6), and one inside a word
    is no number (`one's`, `O'Nine`)."""
    pattern, words, scales = _table()
    out, after = [], 0
    # Words first (a table lookup each: a regex of the number words over the
    # whole text cost three times as much), the pattern only where one starts.
    # A word is letters with inner apostrophes (`one's`, `O'Nine`: no number word).
    for w in WORD.finditer(text):
        if w.start() < after or w[0].lower() not in words:
            continue
        m = pattern.match(text, w.start())
        if m is None or _DIGIT_COUNT.match(text, m.end()):
            continue        # `six\u2013figure`: a count of digits
        after = m.end()
        if m["tens"]:
            value = words[m["tens"].lower()] + words[m["unit"].lower()]
        elif m["hundreds"]:
            value = sum(words[w] for w in regex.split(r"[-\s]+", m["hundreds"].lower())) * 100
        else:
            value = words[m["word"].lower()]
        if m["scale"]:
            value *= scales[m["scale"].lower()]
        out.append((m.start(), m.end(), str(value)))
    return out


# After a number word, a count of digits, no amount: `six-figure`, `seven-digit`,
# `six\u2013figure` (any dash, qa161 #6), joined only: spaced, "Six figure
# skaters" and "four figures" are counts of things (qa165 #1); or a fraction's
# denominator: `two-thirds` (qa161 #7).
_DIGIT_COUNT = regex.compile(r"(?i)[-\u2010-\u2015][ \t]?(?:figure|digit)s?\b"
                             r"|[-\u2010-\u2015](?:halve|third|quarter|fifth|sixth|seventh|eighth|ninth|tenth)s\b")


def lone_number_words(text: str, spelled: list[tuple[int, int, str]]) -> list[int]:
    """The values of `text`'s number words (data/titles.yaml `number_words`)
    that lie outside every number `spelled_numbers` read (`spelled`: start,
    end, value): `three` of `a three-for-one split` or `a three-judge panel`
    counts 3, but `twenty-five` is 25 only (never 20 or 5) and `two
    million-dollar` 2000000 only (rr42a #4); `six-figure`, `seven-digit` and
    `six\u2013figure` count digits, no amount (fx254, qa161), and `two-thirds` is a
    fraction, no count of 2."""
    words = _table()[1]
    return [words[w] for m in BARE_WORD.finditer(text) if (w := m[0].lower()) in words
            and not any(s <= m.start() and m.end() <= e for s, e, _ in spelled)
            and not _DIGIT_COUNT.match(text, m.end())]


def counts_digits(text: str, end: int) -> bool:
    """A number ending at `end` in `text` (in digits or words) joins a count
    of digits or a fraction's denominator (`6-figure`, `seven-digit`,
    `2-thirds`: `_DIGIT_COUNT`), so it states no amount (qa165 #2)."""
    return _DIGIT_COUNT.match(text, end) is not None
