"""`title-unsupported`: a number or a proper name in the headline that the body never mentions.

Numbers are compared normalised (`$4M` = `$4 million`, `two` = `2`, `5-2` as
is, a rounded `$1.1bn` against `$1.13bn`; a count of years or an age by the
same ordinal, `50 years` by `the 50th anniversary`); a name is supported when the body
has any of its words, so "Harris" is supported by "Kamala Harris" and the
other way round (but not "Carla Jenkins" by a story's "Carla Jennings":
`headline_names.unsupported_names`), and a lone capitalised word opening the headline counts
as a name when it is a slip away from a surname the body uses ("Jenkins
unveils park plan" over "Mayor Carla Jennings", "Okonkow" over "Okonkwo" though
five letters are shared: `wrong_openers`), as does a full name whose surname
is a slip of the one the body gives after the same first name ("Hollis
Brandvold" over "Hollis Brandvoll": `slipped_surname`); a name in
quote marks too (`‘Banksy’`, `‘Bendgate’`: a
nickname, a show, a coined name is a claim the body must carry, as FNC-1's
mismatched pairs show, though an allusion such as `‘Jaws’ moment` is then
flagged). A headline over an empty body is not judged. Years and a
date's day (`Jan. 31`, `31 January`) are left to the dates pack unless asked
for: a body may give the day as a weekday, as AP style does within a week.
Nor are a series' part number (`part 2`, `No. 3`) and a list's count (`5 ways
to ...`, `8 Passive Aggressive Things`, `Here Are 7 Ways`: a number opening
the headline or a clause of it, or after a list's lead-in such as `Here are`,
`These`, `Our`, then up to three words and a noun of `list_nouns` in
data/titles.yaml), which the body never needs to state, nor a `two` or
`three` before a plural noun when the body names that many before the same
noun (`at two branches` over `its Eastside and Riverside branches`) and the
noun names things with names of their own (`counted_names`: not `Democratic
and Republican senators`, `Barnes and Noble stores`), nor a count of words
(`answers critics with 3 words`, `4-Word Warning`) when the body quotes that
many words between double marks (`quoted_words`) in a sentence that names no
one the headline does but its subject (not `Critics called it “a total
disaster.”`).
"""
from __future__ import annotations

import itertools
from functools import lru_cache
from typing import Iterator

from .. import rx as regex

from ..analysis.calendar import MONTH_WORDS
from ..analysis.headline import BodyProfile, body_profile
from ..analysis.headline_allusions import quoted_allusion
from ..analysis.headline_names import unsupported_names
from ..analysis.headline_numbers import unsupported_numbers
from ..analysis.sentence_ends import PARAGRAPH_BREAK, SOFT_WRAP, STOP_AT_LINE_END, STOP_CLOSED
from ..analysis.numbers import is_clock_time, is_year
from ..analysis.words import stem, tables
from .base import Finding, Kind, Option


_MONTH = f"(?:{MONTH_WORDS})"
# A month name just before a number makes it a date's day (Jan. 31, JAN 31),
# and so does one just after a day (31 January, 1st of May: day-first dates).
MONTH_BEFORE = regex.compile(rf"(?i)(?<![\p{{L}}]){_MONTH}\.?\s+$")
MONTH_AFTER = regex.compile(rf"(?i)(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?![\p{{L}}])")


SERIES_BEFORE = regex.compile(
    r"(?i)(?<![\p{L}])(?:part|pt\.?|no\.|vol\.?|volume|episode|ep\.|chapter|season|round)\s*$")
CLAUSE_START = regex.compile(r"(?:^|[:!?.]\s+|(?<![\p{L}])(?i:top|the|these|those|our|my|your|"
                             r"here\s+are|here\s+is|try|just|only)\s+)$")
_NEXT_WORDS = regex.compile(r"(?:\s+[\p{L}'’-]+){1,4}")


def series_or_list(text: str, start: int, end: int) -> bool:
    """Whether the number text[start:end] is a series' part number (`part 2`)
    or the count of a list (`5 ways to ...`): see the module docstring."""
    if SERIES_BEFORE.search(text, max(0, start - 12), start):
        return True
    if not CLAUSE_START.search(text, max(0, start - 12), start):
        return False
    m = _NEXT_WORDS.match(text, end)
    nouns = tables()["list_nouns"]
    return m is not None and any(w.lower().replace("’", "'") in nouns for w in m[0].split())


# `3 words`, `4-Word Warning`: a count of words, after the number.
_WORDS_AFTER = regex.compile(r"(?i)[\s-]words?(?![\p{L}])")
# A quote of the body between double marks (curly, straight, or an archive's
# `` or '' pairs), in one paragraph: a soft-wrapped line break (LF, CRLF or
# CR) is in it, a blank line is not (qa105 #7); and a word of it (`don't`,
# `long-term`: one).
_BODY_QUOTE = regex.compile(f"(?:\u201c|``|''|\")((?:[^\u201c\u201d\"\r\n]|{SOFT_WRAP}){{1,300}}?)"
                            "(?:\u201d|''|\")")
_QUOTED_WORD = regex.compile(r"[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*")


def quoted_words(text: str, start: int, end: int, value: str, body: BodyProfile) -> bool:
    """Whether the number text[start:end] (normalised `value`) counts words
    (`answers critics with 3 words`, `EPIC 4-Word Warning`) and the body
    quotes a span of exactly that many words (qa100 #3) that may be the
    headline subject's: the headline counts the quote the story gives. A
    quote whose sentence (the quote cut out) names someone the headline
    names (a capitalised word of it), but not the headline's subject
    (`subject_words`), is another speaker's (`Critics called the bill “a
    total disaster.”` under `Senator answers critics with 3 words`) and
    supports nothing (qa105 #3); one whose
    sentence names nobody the headline does (`“Not this time,” she wrote`)
    still does. A count the body's quotes do not have stays unsupported."""
    if not value.isdigit() or not _WORDS_AFTER.match(text, end):
        return False
    quotes = body.answer("quoted-word-frames", _quote_frames)
    stop = tables()["stopwords"]
    words = {stem(w) for w in _QUOTED_WORD.findall(text)
             if w.lower() not in stop and not w[0].isdigit() and stem(w) != "word"}
    subject = subject_words(text) & words
    return any(n == int(value) and (not frame & words or frame & subject) for n, frame in quotes)


def subject_words(headline: str) -> set[str]:
    """Stems of the headline's subject as far as case tells it: its words up
    to the first lower-case one (`Senator` of `Senator answers critics`),
    or its first two when every word is capitalised (`Ben Carson` of `Ben
    Carson Answers Critics`)."""
    words = _QUOTED_WORD.findall(headline)
    lead = list(itertools.takewhile(lambda w: not w[0].islower(), words))
    return {stem(w) for w in (lead[:2] if len(lead) == len(words) else lead)}


# Where a quote's frame ends: a stop (and any closing marks) before white
# space, or a paragraph's end (a blank line); a soft wrap inside a paragraph
# ends nothing, as `_BODY_QUOTE` reads a quote across one (rr39a #1). No
# capital need follow (as in quote_carry): a frame cut short names fewer speakers.
_NEW_SENTENCE = regex.compile(r"\s+\p{Lu}")
_STOP = regex.compile(rf"{STOP_CLOSED}(?=\s)|{STOP_AT_LINE_END}|{PARAGRAPH_BREAK}")


def _quote_frames(body: BodyProfile) -> list[tuple[int, frozenset[str]]]:
    """(words quoted, stems of the capitalised words of the rest of the
    quote's sentence: who it names, `Critics`, `Abbott`, not `guns`) for
    each quote of the body between double marks (`_BODY_QUOTE`)."""
    text, found = body.text, []
    for m in _BODY_QUOTE.finditer(text):
        before = [s.end() for s in _STOP.finditer(text, max(0, m.start() - 400), m.start())]
        after = _STOP.search(text, m.end(), m.end() + 400)
        stop = after.start() if after else m.end() + 400
        if m[1].rstrip()[-1:] in ".!?" and _NEW_SENTENCE.match(text, m.end()):
            stop = m.end()      # `“a total disaster.” The senator ...`: the quote ended it
        frame = text[before[-1] if before else max(0, m.start() - 400):m.start()] + " " + text[m.end():stop]
        names = frozenset(stem(w) for w in _QUOTED_WORD.findall(frame) if w[0].isupper())
        found.append((len(_QUOTED_WORD.findall(m[1])), names))
    return found


# A capitalised name of one word or more, as the body coordinates them.
_NAME = r"\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \u00a0]+\p{Lu}[\p{L}\p{M}'’.-]*)*"
_COUNT_WORDS = {"two": 2, "three": 3}   # small counts a body gives as names
_NOUN_AFTER = regex.compile(r"\s+(\p{Ll}+s)(?![\p{L}'’-])")


_MORE_NAMES = regex.compile(r"\s*(?:,|and\b|&)\s*\p{Lu}")


@lru_cache(maxsize=1)
def _firm() -> "regex.Pattern":
    """A firm of `and_firms` (data/titles.yaml: "Barnes and Noble", "Johnson
    & Johnson"), a whole word at either end, "and" written "&" too."""
    firms = "|".join(regex.escape(str(f)).replace(r"\ and\ ", r"\s+(?:and|&)\s+").replace(r"\ ", r"\s+")
                     .replace("'", "['’]") for f in sorted(tables()["and_firms"], key=len, reverse=True))
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}'’-])(?:{firms})(?![\p{{L}}\p{{M}}'’-])")


def _firms_as_one(body: BodyProfile) -> str:
    """The body's text with each firm of `and_firms` one capitalised word, so
    a list of names reads it as one name, never two names and an "and", and
    no name of the list starts inside one or runs into it ("The Johnson and
    Johnson branches", "Bed Bath and Beyond branches": one name, qa57).
    Only whether such a list stands is asked of it, never a position; made
    once per body."""
    return body.answer("firms-as-one", lambda b: _firm().sub("Firm", b.text))


def counted_names(text: str, start: int, end: int, body: BodyProfile) -> bool:
    """Whether the count text[start:end] (`two`, `three`) before a plural noun
    is borne out by the body coordinating that many names before the same
    noun: "at two branches" by "its Eastside and Riverside branches" (nu23 #6).
    Only a noun of `named_things` (data/titles.yaml) counts, one whose things
    have names of their own; a demonym or party word (`German and French
    tourists`, `Democratic and Republican senators`) is no name, and the list
    must end at the noun (`Lincoln and Washington Elementary schools and
    Jefferson Middle schools` are three) (qa50 #3); a firm of `and_firms`
    is one name (`Barnes and Noble branches` are no two, fx69)."""
    n = _COUNT_WORDS.get(text[start:end].lower())
    noun = n and _NOUN_AFTER.match(text, end)
    if not noun or noun[1].lower() not in tables()["named_things"]:
        return False
    listed = _listed(n)
    want, body_text = stem(noun[1]), _firms_as_one(body)
    demonyms = tables()["demonyms"]
    for m in listed.finditer(body_text):
        names = (m[1], m[3], *(regex.split(r",\s+", m[2])[1:] if m[2] else ()))
        if stem(m[4]) == want and not body_text[:m.start()].rstrip().endswith(",") \
                and not _MORE_NAMES.match(body_text, m.end()) \
                and not any(w.lower() in demonyms for name in names for w in name.split()):
            return True
    return False


@lru_cache(maxsize=None)
def _listed(n: int):
    """`n` names coordinated before a lower-case noun ("Eastside and
    Riverside branches"): one pattern per count, compiled once."""
    return regex.compile(rf"({_NAME})((?:,\s+{_NAME}){{{n - 2}}}),?\s+(?:and|&)\s+({_NAME})\s+"
                         rf"(\p{{Ll}}+)(?![\p{{L}}'’-])")


def date_day(text: str, start: int, end: int) -> bool:
    """Whether the number text[start:end] is a date's day: after a month name,
    or a day (1 to 31) before one."""
    return bool(MONTH_BEFORE.search(text, max(0, start - 12), start)) or \
        text[start:end].isdigit() and 1 <= int(text[start:end]) <= 31 and \
        bool(MONTH_AFTER.match(text, end))


class TitleUnsupported(Kind):
    name = "title-unsupported"
    placeholders = frozenset({"surname", "what"})
    description = "Flags headline numbers and names that the body never mentions."
    default_scope = ("headline",)
    options = {
        "min_body_words": Option(int, 10, help="bodies with fewer distinct words are not judged"),
        "years": Option(bool, False, help="also check years (a story may not repeat its year)"),
        "message-slip": Option(str, "", help="message for a headline's opening word that is "
                               "a slip from a surname of the body: {surname}"),
        "days": Option(bool, False, help=(
            "also check a date's day (Jan. 31): AP style gives a date within a week of "
            "publication as its weekday, so the body may say Friday")),
    }

    def check(self, doc, parts):
        body = body_profile(doc)
        if not body.enough_words(self.opts["min_body_words"]):
            return
        for part in parts:
            for start, end, what, slip in _unsupported(part.text, body, self.opts):
                yield Finding(part, start, end, message=slip and self.opts["message-slip"] or None,
                              args={"what": what, "surname": slip})


def unsupported(headline: str, body: BodyProfile, opts: dict) -> Iterator[tuple[int, int, str]]:
    """(start, end, "number", "time" or "name") of what `headline` states and
    `body` never does, as the rule reports it with options `opts`: years and
    a date's day only when `years` and `days` ask. benchmarks/eval_titles.py
    counts these."""
    return ((start, end, what) for start, end, what, _ in _unsupported(headline, body, opts))


def _unsupported(headline: str, body: BodyProfile, opts: dict) -> Iterator[tuple[int, int, str, str | None]]:
    """`unsupported`, each with the surname the body writes when the name is
    a slip of it (`unsupported_names`), else None."""
    for start, end, value in unsupported_numbers(headline, body):
        if not (not opts["years"] and is_year(value) or not opts["days"]
                and date_day(headline, start, end) or series_or_list(headline, start, end)
                or counted_names(headline, start, end, body)
                or quoted_words(headline, start, end, value, body)):
            yield start, end, "time" if is_clock_time(headline, start) else "number", None
    for start, end, surname in unsupported_names(headline, body):
        if surname is None and quoted_allusion(headline, start, end):
            continue        # "Surfer survives ‘Jaws’ moment": a comparison, no one the story names
        yield start, end, "name", surname


KIND = TitleUnsupported
