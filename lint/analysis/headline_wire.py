"""A wire headline's furniture and shorthand, read as the wire means them
(fx254): "NIPSCO <NI> OUTLAYS TO BE INTERNAL FUNDS", "BSN CORP <BSN> 4TH QTR
NET", "NAT'L SAVINGS <NSBA> HIRES NEW PRESIDENT".

- `<NI>`, `<SANZ.Z>`, `<GAMB ST>`: an exchange symbol, which Reuters puts
  after a company's name in its headlines (and after the name's first
  mention in the story, not every time): the company's ticker, no word a
  story repeats. A name in angle brackets (`<ROYAL BANK OF CANADA>`, the
  wire's mark of an unlisted firm) is words.
- `4TH`, `1st`: an ordinal, whose suffix is no word.
- `QTR`, `INT'L`, `NAT'L`: wire abbreviations of the body's words
  (data/titles.yaml `wire_abbreviations`, from the Reuters-21578 headlines
  and results tables).
"""
from __future__ import annotations

import regex

from .words import tables

# A ticker: capitals and digits, at most six, maybe an exchange suffix after a
# stop or a space (".Z", ".BR", " ST"), in angle brackets.
TICKER = regex.compile(r"<\p{Lu}[\p{Lu}\d]{0,5}(?:[. ]\p{Lu}{1,2})?>")
_ORDINAL_SUFFIX = frozenset({"st", "nd", "rd", "th"})


def furniture(text: str) -> list[tuple[int, int]]:
    """(start, end) of each ticker in a headline `text`."""
    return [m.span() for m in TICKER.finditer(text)] if "<" in text else []


def is_furniture(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether the word at `start`:`end` of `text` is inside a ticker of
    `spans` (`furniture`) or an ordinal's suffix straight after a digit."""
    if start and text[start - 1].isdigit() and text[start:end].lower() in _ORDINAL_SUFFIX:
        return True
    return any(s <= start and end <= e for s, e in spans)


def spelled_out(word: str) -> tuple[str, ...]:
    """The words (lower case) a wire abbreviation stands for (`qtr` ->
    `quarter`), none for any other word."""
    return tuple(tables()["wire_abbreviations"].get(word.lower().replace("’", "'"), ()))
