"""A headline's weekday that the body gives to the same event as another
weekday (nu25 #6): "Council to vote Tuesday on parking plan" over "The
council will vote Wednesday on the plan". Read by titles.headline-weekday.

The event is what stands next to the weekday: the headline's content words
(titles.yaml `stopwords` left out) within `HED_REACH` words of it on either
side, in its clause (a comma, colon, semicolon or dash ends one), and the
body's within `BODY_REACH` words of its weekday, in its sentence; the two
name one event when they share a stem ("vote", "voted"). A weekday the body
also gives (written out or AP's abbreviation, "Tues."), or any weekday
range in the body ("Monday through Friday", "from Monday until
Wednesday", "between Monday and Wednesday", AP's short forms as "Mon.-Fri."
or "Mon. through Fri.", the plural, "Mondays through Fridays", a compound,
"Monday-to-Friday"), leaves the headline alone: the
story may date two things, or a span. A named day ("Black Friday", titles.yaml
`named_days`) is no weekday. The body giving the event a weekday before
the headline's and one after it ("closed Monday and ... closed Wednesday"
under "Schools closed Tuesday") tells of a span holding that day. Body text
is what the headline judges (paragraphs, blockquotes, the dek), not
captions: a photo is often taken on another day. Its sentences are the
date rules' (`tense.sentence_bounds`): a semicolon ends one, and no stop of
an abbreviation or of a time before its day does ("Sen. Hendricks said",
"at 7 p.m. Wednesday"). A body's weekday right after a verb of saying
(titles.yaml `saying_verbs`: "Hendricks said Monday", "told reporters
Monday") dates the saying, not the event, unless a word between them is the
headline's event ("announced the vote Wednesday"); "expected Wednesday"
dates the event (fx89). A body's weekday told as the night next to the
headline's ("late Saturday", "Saturday night" under "Sunday"; "early
Sunday" under "Saturday") is marked `night`: the event may have run past
midnight, and the kind makes it a suggestion.
"""
from __future__ import annotations

from typing import Iterator, NamedTuple

from .. import rx as regex

from ..document import Document
from .abbreviations import WEEKDAY_ABBREVIATIONS
from .calendar import WEEKDAY_NAMES, WEEKDAYS
from .tense import clause_tense, sentence_bounds
from .word_patterns import WORD
from .words import stem, tables

HED_REACH = 2       # words either side of the headline's weekday
BODY_REACH = 4      # words either side of the body's weekday
SAYING_REACH = 5    # words before the body's weekday a verb of saying may stand

_DAYS = "|".join(WEEKDAY_NAMES)
# The three weekday patterns below share these pieces: no letter, mark,
# apostrophe or hyphen before the day (`_OPEN`); a weekday written out, its
# possessive kept outside the span ("Tuesday's": `_WRITTEN`); no letter, mark
# or hyphen after an abbreviation's stop (`_CLOSE`).
_OPEN = r"(?<![\p{L}\p{M}'’-])"
_WRITTEN = rf"(?i:{_DAYS})(?=(?:['’]s)?(?![\p{{L}}\p{{M}}'’-]))"
_CLOSE = r"(?![\p{L}\p{M}-])"
# A weekday written out.
WEEKDAY = regex.compile(_OPEN + _WRITTEN)
# A headline's weekday: `WEEKDAY`, or AP's abbreviation with its stop and
# capital ("Council to vote Tues. on parking plan", "TUES.", qa151 #8).
_HED_DAY = regex.compile(
    rf"{_OPEN}(?:{_WRITTEN}|(?:{WEEKDAY_ABBREVIATIONS}|{WEEKDAY_ABBREVIATIONS.upper()})\.{_CLOSE})")
# Written out or abbreviated with AP's stop ("Tues.", abbreviations.py's
# `WEEKDAY_ABBREVIATIONS`; not in capitals, as `_HED_DAY` reads it): what
# the body gives.
_ANY_DAY = regex.compile(rf"{_OPEN}(?:(?i:{_DAYS})|(?:{WEEKDAY_ABBREVIATIONS})\.){_CLOSE}")
# A range's day, written out in any case and in the plural too, or as AP's
# short form with its capital, its stop or none ("Monday", "Mondays",
# "Mon.", "Mon"); its opening day and word ("Monday through", "Mon.-",
# "Monday-to-", "between Monday and").
_RANGE_DAY = rf"(?:(?:{_DAYS})s?|(?-i:{WEEKDAY_ABBREVIATIONS})\.?)"
_FROM = rf"(?:between\s+{_RANGE_DAY}\s+and|{_RANGE_DAY}\s*(?:-|–|—|-?(?:to|through|thru|until|till)-?))"
_RANGE = regex.compile(rf"(?i)(?<![\p{{L}}]){_FROM}\s*{_RANGE_DAY}(?![\p{{L}}])")
_CLAUSE_END = regex.compile(r"[,;:\u2013\u2014]|\s-\s")
_NAMED_BEFORE = regex.compile(r"(?r)(?<![\p{L}\p{M}])(\p{L}+)\s$")
_BODY_KINDS = ("dek", "paragraph", "blockquote")
_NEXT = {"late": 1, "early": 6}     # the headline's day from a night's: a day on, a day back


class Contradiction(NamedTuple):
    start: int          # the headline's weekday, offsets into the headline
    end: int
    other: str          # the body's weekday as written
    said: str           # the body's words from the shared word to its weekday
    night: str          # "late" ("late Saturday" under "Sunday") or "early" ("early Sunday"
                        # under "Saturday"): the body's day is the night next to the headline's


def _day(word: str) -> int:
    return WEEKDAYS[word.lower().rstrip(".")]


def _named(text: str, start: int) -> bool:
    """The weekday is part of a named day ("Black Friday", "Super Tuesday")."""
    before = _NAMED_BEFORE.search(text, max(0, start - 16), start)
    return before is not None and before[1].lower() in tables()["named_days"]


def _near(text: str, lo: int, hi: int, start: int, end: int, reach: int) -> dict[str, int]:
    """Stem -> offset of the content words within `reach` words either side
    of text[start:end], between lo and hi."""
    stops = tables()["stopwords"]
    before = [m for m in WORD.finditer(text, lo, start)][-reach:]
    after = [m for m in WORD.finditer(text, end, hi)][:reach]
    out: dict[str, int] = {}
    for m in before + after:
        w = m[0].lower().replace("’", "'").removesuffix("'s")
        if w not in stops and w.capitalize() not in WEEKDAY_NAMES:
            out.setdefault(stem(w), m.start())
    return out


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the headline clause holding text[start:end]."""
    lo = max((m.end() for m in _CLAUSE_END.finditer(text, 0, start)), default=0)
    nxt = _CLAUSE_END.search(text, end)
    return lo, nxt.start() if nxt else len(text)


class _Spot(NamedTuple):
    text: str           # the body part's text
    start: int          # its weekday, written out
    end: int
    near: dict[str, int]    # `_near` the weekday in its sentence
    saying: frozenset[str] | None   # `_saying`: the saying's stems when the weekday dates one
    night: str          # "late" or "early" when the weekday is told so (`_night`), else ""


def _saying(text: str, lo: int, start: int, end: int, hi: int) -> frozenset[str] | None:
    """When the weekday text[start:end] dates a saying (titles.yaml
    `saying_verbs`): the stems of the verb and of the content words between
    it and the weekday ("said Monday" -> {said}; "told reporters Monday" ->
    {told, report}), else None. The verb stands within `SAYING_REACH` words
    before the weekday in its clause (no comma, colon or semicolon between),
    or is the word right after it ("on Monday said"); lo and hi bound the
    sentence."""
    verbs, stops = tables()["saying_verbs"], tables()["stopwords"]
    after = WORD.match(text, end + 1) if text[end:end + 1] == " " else None
    if after is not None and after.end() <= hi and after[0].lower() in verbs:
        return frozenset({stem(after[0])})
    before = [m for m in WORD.finditer(text, lo, start)][-SAYING_REACH:]
    for k in range(len(before) - 1, -1, -1):
        if before[k][0].lower() in verbs:
            if _CLAUSE_END.search(text, before[k].end(), start):
                return None
            between = [m[0].lower() for m in before[k + 1:]]
            if _own_verb(text[lo:hi], start - lo, end - lo, between, verbs):
                return None
            return frozenset([stem(before[k][0])] + [stem(w) for w in between if w not in stops])
    return None


def _own_verb(sentence: str, start: int, end: int, between: list[str], verbs) -> bool:
    """Whether a verb of its own stands between the verb of saying and the
    weekday sentence[start:end] (offsets into its one sentence), so the
    weekday dates the reported event: "said the council votes Monday", "said
    the council will vote Monday" (the tense marker `tense.clause_tense`
    finds for the weekday; qa63 #3)."""
    marker = clause_tense(sentence, start, end, sentence_bounds(sentence)).marker.lower()
    return bool(marker) and marker in between and marker not in verbs


def _night(text: str, lo: int, start: int, end: int) -> str:
    """"late" for "late Saturday" and "Saturday night", "early" for "early
    Sunday": a time near midnight, whose event may have run into the next
    day or begun the one before."""
    before = _NAMED_BEFORE.search(text, max(lo, start - 8), start)
    word = before[1].lower() if before else ""
    if word in ("late", "early"):
        return word
    return "late" if regex.match(r"\s+night\b", text[end:end + 8]) else ""


def _body_days(doc: Document) -> tuple[set[int], list[_Spot], bool]:
    """(weekdays the body gives, each weekday written out with the content
    words near it, whether the body has a weekday range)."""
    def build(d: Document):
        given, spots, ranged = set(), [], False
        for p in d.parts:
            if p.kind not in _BODY_KINDS:
                continue
            ranged = ranged or _RANGE.search(p.text) is not None
            given.update(_day(m[0]) for m in _ANY_DAY.finditer(p.text))
            bounds = [*sentence_bounds(p.text), len(p.text)]
            for lo, hi in zip(bounds, bounds[1:]):
                for m in WEEKDAY.finditer(p.text, lo, hi):
                    if not _named(p.text, m.start()):
                        near = _near(p.text, lo, hi, m.start(), m.end(), BODY_REACH)
                        spots.append(_Spot(p.text, m.start(), m.end(), near,
                                           _saying(p.text, lo, m.start(), m.end(), hi),
                                           _night(p.text, lo, m.start(), m.end())))
        return given, spots, ranged
    return doc.analysis("titles.body_weekdays", build)


def _closing_word(headline: str, m, doc: Document) -> bool:
    """Whether the abbreviated day `m` ends the headline, its stop the
    headline's own, and the body uses that word itself: a name or a verb
    ("Nguyen Thi Thu.", "to Wed." over "will wed", qa161 #5)."""
    if not m[0].endswith(".") or headline[m.end():].strip():
        return False
    word = regex.compile(rf"(?i)(?<![\p{{L}}\p{{M}}]){regex.escape(m[0][:-1])}(?![\p{{L}}\p{{M}}.])")
    return any(p.kind in _BODY_KINDS and word.search(p.text) for p in doc.parts)


def contradictions(headline: str, doc: Document) -> Iterator[Contradiction]:
    """Each weekday of `headline` (written out or abbreviated: `_HED_DAY`) the body never gives, whose event words
    the body sets beside another weekday. A headline with no weekday costs
    one search: the body is read only for one that has."""
    if _HED_DAY.search(headline) is None:
        return
    given, spots, ranged = _body_days(doc)
    if ranged or not spots:
        return
    for m in _HED_DAY.finditer(headline):
        if _day(m[0]) in given or _named(headline, m.start()) or _closing_word(headline, m, doc):
            continue
        lo, hi = _clause(headline, m.start(), m.end())
        if len(_HED_DAY.findall(headline, lo, hi)) > 1:
            continue        # "Monday or Tuesday": two days, one event
        event = _near(headline, lo, hi, m.start(), m.end(), HED_REACH)
        found = []
        for text, start, end, near, saying, night in spots:
            shared = [near[s] for s in event if s in near]
            if shared and (saying is None or not saying.isdisjoint(event)):
                at = min(shared)
                said = text[at:end] if at < start else text[start:_word_end(text, max(shared))]
                day = _day(text[start:end])
                night = night if night and (day + _NEXT[night]) % 7 == _day(m[0]) else ""
                found.append((day, Contradiction(m.start(), m.end(), text[start:end], said, night)))
        days = [d for d, _ in found]
        if found and not min(days) < _day(m[0]) < max(days):
            # not "closed Monday and ... Wednesday" over "closed Tuesday" (qa59); a
            # plain other day before one told near midnight
            yield min((c for _, c in found), key=lambda c: c.night != "")


def _word_end(text: str, at: int) -> int:
    return WORD.match(text, at).end()
