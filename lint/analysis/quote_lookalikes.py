"""Marks that look like quote marks and are not, as `quotes._scan` tells them.

- An apostrophe: a `"` typed for one between a letter and `s` or `t`
  (`Brazil"s`, `don"t`: wire copy), or a mark before a clipped year or word
  (`'90s`, `’08`, `'em`, `'Stros`: attribution.yaml `elisions`).
- An inch mark: a `"` or `”` after `5'10`, or after a size of at most three
  digits (`a 12" record`, `a 12” pizza`, inside a quote too), not after a
  year (`in 2018”`).
- A ditto mark: a table cell that is only `"`, `”` or `〃`, "the same as above".
- A template tag's mark: a Hugo shortcode or a Liquid tag left open at a
  part's end, as while it is typed (`{{< figure src="`), holds its marks
  (nu30 #5); a closed one never reaches the text (`readers.templates`).

Each test reads the text around one mark at an offset `_scan` found; none
searches the text for marks of its own.
"""
from __future__ import annotations

from functools import lru_cache

from .. import rx as regex

from ..document import Part
from ..rule_cache import load_data

__all__ = ["NAME", "POSSESSIVE", "SPACED_S", "SPACED_S_CLOSED", "clipped", "inch_mark", "is_ditto", "open_tag",
           "typed_apostrophe"]

# A double mark that typed an apostrophe: `s` or `t` and no more letters after it.
APOSTROPHE = regex.compile(r"[st](?![\p{L}\p{N}])")
# A name or a figure before a spaced ‘s: a capitalised word, a ‘ or ’ between
# its letters (Hawai‘i) and figures in it (U2, R2-D2, qa341 #3), or a figure (1990).
NAME = "(?<![\\p{L}\\p{M}])(?:\\p{Lu}[\\p{L}\\p{M}\\p{N}]*(?:[\u2018\u2019][\\p{L}\\p{M}]+)*|\\p{N}+)"
# A ‘ typed, with a space before it, for the apostrophe of a name's or a
# figure's ‘s (Chardin ‘s work, Hawai‘i ‘s coast, 1990 ‘s rules, nu65 #7,
# nu66 #2, #3): no quote opens with the word "s", so the scan opens none
# there but calls the mark a stray at once (quotes.unbalanced's, which
# yields to quotes.apostrophe-mark there). Opened, it paired with a later
# plural's ‘ (players‘ union) as one quote and both apostrophe-mark findings
# were lost (qa329 #1). Only ‘s before a space, the end, or a stop no
# closing mark follows (`Press ‘s.’` is a quote).
_NAME_SPACE = "(?<=" + NAME + "[ \u00a0])\u2018"
SPACED_S = regex.compile(_NAME_SPACE + "(?=s(?:\\s|$|[,.;:!?](?![\"'\u2019\u201d])))")
# The same ‘s with its stop and a right single mark after it (`1990 ‘s,’`):
# a quote of the letter (`Press ‘s.’`), or the apostrophe and the close of
# a ‘ quote open around it (`‘We loved the 1990 ‘s,’ Lee said`, qa336 #3:
# `quote_turned.spaced_s_in_quote` tells which). Group 1 is the right mark.
SPACED_S_CLOSED = regex.compile(_NAME_SPACE + "s[,.;:!?](\u2019)(?![\\p{L}\\p{N}])")
# A plural's or an -s name's possessive typed with a right mark or a straight
# one: after a word ending in s, before a space (`the players’ union`, `James’
# car`, the shape quotes.apostrophe-mark's `plural` reads for a ‘). After a
# spaced ‘s and the ’ closing the ‘ quote around it, such a mark later on is
# no other close of that quote (`quote_turned.spaced_s_in_quote`: `… Lee said
# of the players’ union`, qa341 #2).
POSSESSIVE = regex.compile("(?<=\\p{L}[sS])['\u2019](?=[ \u00a0])")
YEAR = regex.compile(r"\d\d(?:s|['\u2019]s)?(?!\w)")   # ’90s, ’08
FEET = regex.compile(r"\d['\u2019]\d{1,2}$")
# A size in inches before a curled mark: at most three digits, or a fraction
# or decimal of them (12”, 3/4”, 3.5”); a year or a sum ("$4.1 trillion in
# 2018”") ends a quote whose opening mark was lost.
INCHES = regex.compile(r"(?<![\p{L}\p{N},.$/])\d{1,3}(?:[./]\d{1,2})?$")
# Inside a quote, an inch mark is one the sentence goes on after in lower
# case (`“a 12” pizza,” he said`); CLOSER finds the mark that ends the quote.
INCH_GOES_ON = regex.compile(r" \p{Ll}")
CLOSER = regex.compile("[\"\u201d]")
OPEN_DOUBLE = "\u201c"
# Where a straight mark opens rather than closes: after a bracket or dash,
# or before a word.
OPENS_AFTER = "([{-\u2013\u2014"
STARTS_WORD = regex.compile(r"[\p{L}\p{N}]")
# A table cell that is only a ditto mark: `"`, `”` or `〃`.
DITTO = regex.compile(r"\s*[\"\u201d\u3003]\s*")


@lru_cache(maxsize=None)
def _elision():
    words = "|".join(regex.escape(w) for w in load_data("attribution.yaml")["elisions"])
    return regex.compile(rf"(?i)(?:{words})(?!\w)")


def is_ditto(part: Part) -> bool:
    """A table cell (HTML `td`/`th`, a Markdown table's cell) whose whole text
    is a ditto mark: no quote, so it is left out of the quote scan."""
    return part.attrs.get("block") in ("td", "th") and DITTO.fullmatch(part.text) is not None


def typed_apostrophe(text: str, i: int) -> bool:
    """The straight double mark at text[i], which follows a letter (the
    caller's one-character test, made before this call), is an apostrophe:
    `s` or `t` ends the word after it."""
    return APOSTROPHE.match(text, i + 1) is not None


def clipped(text: str, i: int) -> bool:
    """The single mark at text[i] opens a clipped year or word (`'90s`, `'em`)."""
    return YEAR.match(text, i + 1) is not None or _elision().match(text, i + 1) is not None


def inch_mark(text: str, i: int, ch: str, open_doubles: int) -> bool:
    """The one-character double mark `ch` (`"` or `”`) at text[i], which
    follows a figure (the caller's one-character test, made before this
    call), is an inch mark: with no double quote open (`open_doubles`, the
    count of double quotes open there), or after feet (`5'10"`), a curled
    one only after a size (`INCHES`); or, straight or curled, after a size
    inside one quote when the sentence goes on after it (`_inches_in_quote`:
    `“We ordered a 12" pizza,” he said`). With a second quote opened inside
    the first, the mark closes that one (`"The film was "Catch 22" and we
    left,"`: qa158 #7)."""
    size = INCHES.search(text, max(0, i - 8), i) is not None
    return (not open_doubles or FEET.search(text, max(0, i - 4), i) is not None) and (ch == '"' or size) \
        or size and open_doubles < 2 and _inches_in_quote(text, i)


def _inches_in_quote(text: str, i: int) -> bool:
    """With a quote open, the right mark after a size at text[i] is an inch mark
    when a word in lower case goes on after it and a double mark comes later
    in the paragraph to close the quote ("“I ordered a 12” pizza,” he said"),
    with no quote opened before it ("chanted “12-0” and “’72”" closes at 0).
    A later straight mark closes only where an opening one could not stand:
    not after a bracket or dash, nor before a word (`"Route 66" and laughed
    ("a joke," Ames said)`: the `"` after `(` opens, so 66" closed the quote)."""
    if INCH_GOES_ON.match(text, i + 1) is None:
        return False
    later = CLOSER.search(text, i + 1)
    later = later.start() if later else -1
    if later > 0 and text[later] == '"' and (text[later - 1] in OPENS_AFTER or STARTS_WORD.match(text, later + 1)):
        return False
    return later > 0 and not text[later - 1].isspace() and OPEN_DOUBLE not in text[i + 1:later]


# A template tag's opening (`open_tag`), and what closes one
_OPEN_TAGS = ("{{<", "{{%", "{%")
_TAG_CLOSE = regex.compile(r"[>%]\}\}|%\}")


def open_tag(text: str) -> int:
    """Where a template tag left open at the text's end starts (`{{< figure
    src="`: `_OPEN_TAGS` with no `_TAG_CLOSE` after it), else the text's
    length: marks from there on are the tag's."""
    last = max(text.rfind(tag) for tag in _OPEN_TAGS)
    return len(text) if last < 0 or _TAG_CLOSE.search(text, last) else last
