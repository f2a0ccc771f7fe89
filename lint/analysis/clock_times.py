"""The one grammar of a time of day with a.m., p.m., noon or midnight
(7pm, 7 PM, 7:00AM, 9.30pm, 7 p.m., 12 noon), shared by the
style.time-of-day check (`lint.kinds.time_form`) and the date analysis,
which must read a time the way that check does (nu73 #1: `at 9am on Sept.
9` took `am` for the verb). `glued_halves` gives where a time's a.m. or
p.m. is written as one word (`am`, `PM`), for the clause readers to read it
as `a.m.`. Offsets are characters of the text given.

Moved out of lint/kinds/time_form.py (fx553).
"""
from __future__ import annotations

import re

from .. import rx as regex

from ..regex_cache import SERIAL
from .sentence_ends import SPACE_RUN

__all__ = ["TIME", "TIME_HINT", "a_name_label", "glued_halves"]

# The hour follows no letter or figure, no `7:` or `7.` (the minutes or
# seconds of a time already read), and no two figures joined by hyphens or
# by en dashes: a clock stamp's seconds (`12-24-03 PM`, `12–24–03 PM`,
# 12:24:03 p.m.; qa100 #2, qa105 #8), while a
# range's end after one figure (`7.30-9pm`, `7-9pm`) is still an hour. (One
# written as one token after `@`, `//` or `www.` is an address's:
# `a_name_label`.)
TIME = regex.compile(
    r"(?=\d)(?<!\w|\p{N}[:.]\s*|\p{N}\p{N}?-\p{N}\p{N}-|\p{N}\p{N}?\u2013\p{N}\p{N}\u2013)0?(?P<hour>1[0-2]|[1-9])(?:[:.](?P<min>[0-5]\d))?"
    rf"(?:(?P<space>{SPACE_RUN})?(?P<ap>[aApP])\.?[mM](?P<dot>\.)?|\s*(?P<word>(?i:noon|midnight|midday)))(?!\w)")
# Where a TIME match can first be: an hour's last digit, the minutes, then
# a.m. or p.m. or a noon word. `re` finds it far faster than TIME tries each
# character, and a TIME match starts at most two characters before it ("010
# pm"), so a scan starts there; most texts have none and are not scanned.
# (The hour's digits are ASCII: an ASCII class reads each character cheaper
# than `\d`.) The hint takes any white space before a.m. or p.m. (`re` has
# no `\p{Zs}`): wider than TIME's `SPACE_RUN`, so it never starts a scan
# after a time.
TIME_HINT = re.compile(r"[0-9](?:[:.][0-5]\d)?\s*(?:[aApP]\.?[mM]|(?i:noon|midnight|midday))")
_GLUED = re.compile(r"[aApP][mM]")
# A time written as one token (no space, no colon: "7pm", "12noon") glued by
# a stop to a lower-case ASCII word is a domain's or a file name's label
# ("7pm.com", "7pm.co.uk", "6am.jpg"), not a time (qa136 #4).
_ONE_TOKEN = regex.compile(r"[^\s:]+")
_LABEL_AFTER = regex.compile(r"\.[a-z][a-z0-9-]*[a-z0-9](?!\w)")
# So is one right after `@`, `#`, `//` or `www.` ("@7pm", "#6am", "WWW.7PM.COM",
# "https://7pm.com"); a time with a space or a colon has no handle's or hostname's shape
# ("Doors open @7:30pm", "@7 PM": qa142 #1). Read in reverse from the time's start.
_ADDRESS_BEFORE = regex.compile(r"(?:[@#]|//|(?i:www)\.)$", regex.REVERSE)
# One glued to an address's `@` after it, a domain after that ("7pm@news.com", qa426 #2;
# not "7pm@the club" nor "7pm.@MayorSmith": qa434 #8).
_MAIL_AFTER = regex.compile(r"@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}(?!\w)")
# One right after a path's `/` whose token holds a domain ("x.com/6am") or another `/`
# ("a/b/6am"); `9am/10am` and `9a.m./10a.m.` hold neither (qa426 #2).
_PATH_BEFORE = regex.compile(r"(?:[A-Za-z0-9]\.[A-Za-z]{2,}|/)[^\s/]*/")
# A capitals' extension ("IMG-6AM.JPG", "photo-6am.PNG"): a label only when a
# word is glued before the time by `-` or `_` (`6AM.THEN` is a run-on sentence, qa426 #2).
_CAPS_AFTER = regex.compile(r"\.[A-Z][A-Z0-9]{1,4}(?!\w)")


def a_name_label(text: str, m: regex.Match) -> bool:
    """Whether the TIME match `m` in `text` is a file name's, a path's, an
    address's, a handle's or a hashtag's label ("6am.jpg", "x.com/6am",
    "7pm@news.com", "@7pm", "#6am"), no time: one token, a lower-case label
    after its stop, an address's mark before or after it, a path's `/`
    before it, or a capitals' extension after it with a word glued before."""
    start, end = m.start(), m.end()
    if not _ONE_TOKEN.fullmatch(m[0]):
        return False
    if _LABEL_AFTER.match(text, end) or _MAIL_AFTER.match(text, end) \
            or _ADDRESS_BEFORE.match(text, max(0, start - 4), start):
        return True
    before = text[start - 1] if start else ""
    if before == "/":       # a path, not a list of times ("6am/2pm/10pm", "8am/noon/4pm": qa434 #2)
        lead = _token_start(text, start)
        return _PATH_BEFORE.search(text, lead, start) is not None and not TIME_HINT.search(text, lead, start)
    return before in "-_" and _CAPS_AFTER.match(text, end) is not None and _glued_word(text, start - 1)


def _token_start(text: str, i: int, most: int = 200) -> int:
    """Where the run of non-space characters ending at `i` starts (looked
    for at most `most` characters back)."""
    lo = max(0, i - most)
    while i > lo and not text[i - 1].isspace():
        i -= 1
    return i


def _glued_word(text: str, i: int) -> bool:
    """Whether the token before text[i] (a `-` or `_`) holds a letter and no
    time ("IMG", "photo", not "5AM" of a range "5AM-6AM.")."""
    word = text[_token_start(text, i):i]
    return any(c.isalpha() for c in word) and not TIME_HINT.search(word)


def glued_halves(text: str, a: int, b: int) -> frozenset[int]:
    """Where in text[a:b] a time's a.m. or p.m. is written as one word, no
    stop between its letters (`9am`, `9:00AM`, `9 PM`): the offsets of its
    first letter. Empty when text[a:b] has no time (the usual case, one
    `re` search); a file name's or an address's `6am` (`a_name_label`) is
    no time, as style.time-of-day reads it."""
    hint = TIME_HINT.search(text, a, b)
    if hint is None:
        return frozenset()
    return frozenset(m.start("ap") for m in TIME.finditer(text, max(a, hint.start() - 2), b, False, SERIAL)
                     if m.start("ap") >= 0 and _GLUED.match(text, m.start("ap")) and not a_name_label(text, m))
