"""A wire headline's furniture and shorthand, read as the wire means them
(fx254): "NIPSCO <NI> OUTLAYS TO BE INTERNAL FUNDS", "BSN CORP <BSN> 4TH QTR
NET", "NAT'L SAVINGS <NSBA> HIRES NEW PRESIDENT".

- `<NI>`, `<SANZ.Z>`, `<GAMB ST>`: an exchange symbol, which Reuters puts
  after a company's name in its headlines (and after the name's first
  mention in the story, not every time): the company's ticker, no word a
  story repeats. A name in angle brackets (`<ROYAL BANK OF CANADA>`, the
  wire's mark of an unlisted firm) is words.
- `UPDATE 2-`, `WRAPUP 1-`: the wire's tag for a story's second update or
  first wrap, before the headline (qa151 #9): no word, no number of it; so
  are a refile, repeat or correction mark before it or alone (`REFILE-`,
  `RPT-`, `CORRECTED-`, `(CORRECTED) -`: qa168 #2).
- `Soccer-`, `Motor racing-`: a sport's slug, after any tag
  (`UPDATE 1-Soccer-Arsenal beat Chelsea`; data/titles.yaml `wire_slugs`),
  read as one only in a wire story (a tag before it, or a wire dateline
  opening the story: qa168 #1), where `Golf-Course Owners` is no slug:
  with the tag, the headline's lead (`wire_lead`), no word of the headline
  (`furniture`), after which the headline's first word keeps its capital
  (nu43 H7).
- `4TH`, `1st`: an ordinal, whose suffix is no word.
- `Covid-19`, `F-35`, `I-95`: a number a name carries after a hyphen
  (`named_number`, qa151 #12), no count the story must give.
- `QTR`, `INT'L`, `NAT'L`: wire abbreviations of the body's words
  (data/titles.yaml `wire_abbreviations`, from the Reuters-21578 headlines
  and results tables).
"""
from __future__ import annotations

from functools import lru_cache

from .. import rx as regex

from .headline_names import name_word
from .words import tables

# A ticker: capitals and digits, at most six, maybe an exchange suffix after a
# stop or a space (".Z", ".BR", " ST"), in angle brackets.
TICKER = regex.compile(r"<\p{Lu}[\p{Lu}\d]{0,5}(?:[. ]\p{Lu}{1,2})?>")
# A wire tag before the headline: an update's or a wrap's number, maybe after
# a refile, repeat or correction mark, or such a mark alone (qa168 #2), in
# capitals. Reuters-21578 (LEWISSPLIT=TRAIN, 10,944 titles) opens 35 titles
# with a mark, every one in capitals: `CORRECTED -` 16 times, `CORRECTED-` 5,
# `(CORRECTED) -` 8, `(CORRECTED)-` 4, `RPT-` 1 (and one `(RPT) ` with no
# hyphen, left alone); no mark or tag in lower or mixed case, so `Update 1-`
# stays words (qa168 #3), save before a sport's slug (`_ANY_CASE_TAG`). Its
# 1987 titles have no UPDATE or REFILE yet.
_MARK = r"(?:REFILE|CORRECTED|RPT|\((?:REFILE|CORRECTED|RPT)\))[ \t]*-"
_NUMBERED = r"(?:UPDATE|WRAPUP)[ \t]+\d{1,2}[ \t]*-"
WIRE_TAG = regex.compile(rf"^[ \t]*(?:{_MARK}(?:[ \t]*{_NUMBERED})?|{_NUMBERED})")
# An update's or a wrap's number in another case (`Update 1-`, as a site that
# re-cases the wire's headlines prints it) is the tag only with a sport's
# slug right after it (`Update 1-Soccer-Arsenal`, qa168 #3): alone it stays
# words, as above.
_ANY_CASE_TAG = regex.compile(rf"^[ \t]*(?i:{_NUMBERED})")
# A slug's words before the hyphen, a capital or a figure straight after it.
_SLUG = regex.compile(r"[ \t]*(\p{L}+(?: \p{L}+)?)-(?=[\p{Lu}\d])")
_ORDINAL_SUFFIX = frozenset({"st", "nd", "rd", "th"})


@lru_cache(maxsize=1024)
def furniture(text: str, wire: bool = False) -> tuple[tuple[int, int], ...]:
    """(start, end) of each ticker and of the wire's lead (its tag and a
    sport's slug, `wire_lead`; `wire` as it takes it) in a headline `text`;
    cached, as `headline.content_tokens` and `headline_numbers.no_count`
    (for `evidence` and `unsupported_numbers`) each ask for the same headline (rr43a #18)."""
    spans = tuple(m.span() for m in TICKER.finditer(text)) if "<" in text else ()
    lead = wire_lead(text, wire)[1]
    return spans + ((0, lead),) if lead else spans


@lru_cache(maxsize=1024)
def wire_lead(text: str, wire: bool) -> tuple[int, int]:
    """Where the wire's lead before the headline `text` ends: (after its tag,
    after its slug), offsets into `text`, (0, 0) for none; the word at the
    second opens the headline. The lead is a wire tag (`UPDATE 1-`,
    `REFILE-`) and a sport's slug (`Soccer-`: `wire_slugs`), either or both,
    in that order; a tag in another case than capitals only before a slug
    (`_ANY_CASE_TAG`). A slug is read only with a sign the story is the wire's:
    a tag before it, or `wire`, the story opening with a wire dateline
    (`wire_story.wire_copy`); elsewhere `Golf-Course Owners` and `Soccer-Mom
    Voters` are compounds (qa168 #1). With no slug the two offsets are one."""
    tag = WIRE_TAG.match(text)
    if tag is None and (loose := _ANY_CASE_TAG.match(text)):
        slug = _SLUG.match(text, loose.end())
        if slug and slug[1].lower() in _slugs():
            return loose.end(), slug.end()
    end = tag.end() if tag else 0
    if tag or wire:
        slug = _SLUG.match(text, end)
        if slug and slug[1].lower() in _slugs():
            return end, slug.end()
    return end, end


@lru_cache(maxsize=1)
def _slugs() -> frozenset[str]:
    return frozenset(tables()["wire_slugs"])


def named_number(text: str, start: int, end: int) -> bool:
    """Whether the headline number text[start:end] is a name's (`Covid-19`,
    `F-35`, `MH-17`): straight after a hyphen that follows a name word or a
    model's letters (one or two capitals, not the age group's `U`), or a
    word in capitals whose title case is a name word (`COVID-19`), with no
    letter after it. After an ordinary word it is a count (`Under-18s`,
    `Stage-4`), in capitals too (`UNDER-18`, `TOP-10`, `TIER-3`, qa161 #4),
    where every word would look like a name's."""
    if start < 2 or text[start - 1] != "-" or text[end:end + 1].isalpha():
        return False
    # The whole word before the hyphen, however long ("Kalashnikov-74", rr43a #5).
    first = start - 1
    while first and text[first - 1].isalpha():
        first -= 1
    word = text[first:start - 1]
    if not word:
        return False
    if word.isupper():
        return (len(word) <= 2 and word != "U") or bool(name_word(word.title()))
    return bool(name_word(word))


def is_furniture(text: str, start: int, end: int, spans: tuple[tuple[int, int], ...]) -> bool:
    """Whether the word at `start`:`end` of `text` is inside one of `spans`
    (`furniture`: a ticker or the wire's lead) or an ordinal's suffix straight
    after a digit."""
    if start and text[start - 1].isdigit() and text[start:end].lower() in _ORDINAL_SUFFIX:
        return True
    return any(s <= start and end <= e for s, e in spans)


def spelled_out(word: str) -> tuple[str, ...]:
    """The words (lower case) a wire abbreviation stands for (`qtr` ->
    `quarter`), none for any other word."""
    return tuple(tables()["wire_abbreviations"].get(word.lower().replace("’", "'"), ()))
