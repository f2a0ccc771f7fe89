"""A person's own promotion, told in a who-clause right after their surname.

"Deputy Mayor Irena Kowalczyk, 52, who was promoted to mayor in May",
"Capt. Tom Ng, who was promoted Tuesday to major", "Deputy Police Chief Ray
Soto, who was promoted to chief of police last week": the story tells the
move, so the later title is no slip (names.title-changed: qa148 #6, qa191
#1 and #6, nu47 #2). The clause's subject is the person: "whose brother
was promoted", another name's clause and a promotion denied ("who was not
promoted") or hoped for ("who hopes to be") tell nothing of theirs (qa186
#1-#3, qa196 #2-#3). Split from the kind so the clause's grammar reads on
its own.
"""
from __future__ import annotations

from functools import lru_cache

from .. import rx as regex

from .calendar import MONTH_NAMES, MONTH_WORDS
from .name_titles import tables
from .names import said_time
from .word_patterns import phrase_alternation


def office_forms(office: str) -> tuple[str, ...]:
    """An office and its "<job> of <service>" wording, as regex
    alternatives (no group): names.yaml `offices` "police chief" ->
    ("police chief", "chief of (the) police"), the usual US wording of
    the job (qa191 #6). Any other office is itself alone."""
    words = office.split()
    if office not in tables()["offices"] or len(words) != 2:
        return (regex.escape(office),)
    service, job = map(regex.escape, words)
    return regex.escape(office), rf"{job}\s+of\s+(?:the\s+)?{service}"


def own_promotion(surname: str, jobs: tuple[str, ...], ranks: frozenset[str] = frozenset()) -> AfterSurname:
    """The clause after `surname` telling that person took one of `jobs`
    (regex alternatives, as `office_forms` gives) with exactly the rank
    words `ranks` ("deputy"): "<Surname>[, <age>], who [<adverb> | <when>,]
    (was [<adverb>] | has/had [<adverb>] been [<adverb>]) promoted/elevated
    [<when>] to [the rank of] | ... named/appointed [<when>] [as] |
    became" then "the", "the new" or nothing, then the job, which must
    end the phrase: a stop, a comma, a spaced dash, the text's end,
    <when>, <adverb> or one of names.yaml `promotion_job_ends` comes next
    ("named mayor in May"). Any other word, "of" or a possessive goes on
    with another post
    ("named mayor of the year", "chief of staff", "the mayor's aide",
    "major general", "chief of police operations": qa197 #1-#2), no job
    taken. <when> is `names.said_time`, a date ("[on] May 5[, 2024]",
    "Sept. 3": qa197 #3) or "in <month> [<year>]" / "in <year>"; <adverb>
    one of names.yaml `promotion_adverbs`. "Promoted to the rank of major"
    is the services' own wording (qa197 #4). Case is ignored."""
    return AfterSurname(surname, _clause("|".join(jobs), _rank_words(ranks)))


def _rank_words(ranks: frozenset[str]) -> str:
    """The rank words, each escaped and followed by spaces, in sorted order:
    the part both clauses read before the job."""
    return "".join(rf"{regex.escape(m)}\s+" for m in sorted(ranks))


class AfterSurname:
    """A clause pattern read right after a surname: `search(text)` gives the
    clause's match (its span starts where the surname ends) after the first
    occurrence of `surname` (case ignored, no letter before it) that the
    clause follows, or None, as one pattern "(?i)(?<!\\p{L})<surname><clause>"
    would find it. The clause, the large part, is compiled once per jobs
    and ranks, not per surname (issue 15: flat memory)."""

    def __init__(self, surname: str, clause: regex.Pattern):
        self._name = _surname(surname)
        self._clause = clause

    def search(self, text: str) -> regex.Match | None:
        for end in self._name.ends(text):
            told = self._clause.match(text, end)
            if told:
                return told
        return None


_IGNORECASE = regex.IGNORECASE | regex.UNICODE      # what `(?i)` gives a str pattern (VERSION0)
_LETTER = regex.compile(r"\p{L}")


class _Surname:
    """Where `surname` ends each time the pattern "(?i)(?<!\\p{L})<surname>"
    would find it (overlapping, in order), without compiling that pattern:
    new surnames would need `regex`'s compiler (the package's Python, which
    a warm run need not import: `rx`), and it stays out of the rule-set
    cache (a new surname would rewrite it). A literal matched ignoring case
    (VERSION0's simple folding) matches character for character, each text
    character one of the pattern character's cases as `regex`'s own table
    gives them (`_regex.get_all_cases`); the letter before is read with
    `\\p{L}` itself. Without that table, the pattern is compiled as before.
    tests/test_pf69_regex_facade.py checks it against the pattern."""

    def __init__(self, surname: str):
        self.size = len(surname)
        all_cases = getattr(regex._regex, "get_all_cases", None)
        if all_cases is None or not surname:  # pragma: no cover - a regex without the table
            self.cases = None
            self.pattern = regex.compile(rf"(?i)(?<!\p{{L}}){regex.escape(surname)}", cache_pattern=False)
        else:
            self.cases = [frozenset(chr(c) for c in all_cases(_IGNORECASE, ord(ch))) | {ch}
                          for ch in surname]

    def ends(self, text: str):
        """The end offsets (str indices) of the surname's occurrences in `text`."""
        if self.cases is None:  # pragma: no cover
            yield from (m.end() for m in self.pattern.finditer(text, overlapped=True))
            return
        starts = sorted({at for first in self.cases[0] for at in _all(text, first)})
        size, rest = self.size, self.cases[1:]
        for at in starts:
            if at + size <= len(text) and all(text[at + i] in cases for i, cases in enumerate(rest, 1)) \
                    and not (at and _LETTER.match(text, at - 1)):
                yield at + size


def _all(text: str, char: str):
    """Every offset of `char` in `text`."""
    at = text.find(char)
    while at >= 0:
        yield at
        at = text.find(char, at + 1)


@lru_cache(maxsize=64)
def _surname(surname: str) -> _Surname:
    """`surname`'s finder, kept for the last 64 surnames only."""
    return _Surname(surname)


@lru_cache(maxsize=256)
def _clause(jobs: str, ranks: str) -> regex.Pattern:
    adv, when = _adverb(), _when()
    aux = rf"(?:was|(?:had|has)\s+(?:(?:{adv})\s+)?been)\s+(?:(?:{adv})\s+)?"
    return regex.compile(
        rf"(?i)(?:,\s*\d{{1,3}})?,\s*who,?\s+(?:(?:{adv})\s+|{when},?\s+)?"
        rf"(?:(?:{aux})?(?:promoted|elevated)(?:\s+{when})?\s+to(?:\s+the\s+rank\s+of)?"
        rf"|{aux}(?:named|appointed)(?:\s+{when})?(?:\s+as)?"
        rf"|became)\s+(?:the\s+(?:new\s+)?)?{ranks}(?:{jobs})\b{_job_end()}")


@lru_cache(maxsize=1)
def _job_end() -> str:
    """A lookahead: the job named before it has ended (`own_promotion`)."""
    ends = phrase_alternation(tables()["promotion_job_ends"])
    return rf"(?=\s*(?:[,.;:!?)\]\"”—]|$)|\s+[-–]{{1,2}}\s|\s+(?:{ends}|{_adverb()}|{_when()})\b)"


@lru_cache(maxsize=1)
def _adverb() -> str:
    return phrase_alternation(tables()["promotion_adverbs"])


@lru_cache(maxsize=1)
def _when() -> str:
    date = rf"(?:on\s+)?(?:{MONTH_WORDS})\.?\s+\d{{1,2}}(?:,\s+\d{{4}})?"
    return rf"(?:{said_time()}|{date}|in\s+(?:(?:{'|'.join(MONTH_NAMES)})(?:\s+\d{{4}})?|\d{{4}}))"


def undated_promotion(surname: str, jobs: tuple[str, ...], ranks: frozenset[str] = frozenset()) -> AfterSurname:
    """Main's own reading of the clause, kept as it was: "<Surname>, who
    [was | had been | has been] promoted/elevated to | (was | had been |
    has been) named/appointed | became" then "the" or nothing, exactly the
    rank words `ranks` and one of `jobs` (names.yaml words, escaped here),
    and after the job anything but a possessive, a hyphen or "of" ("named
    mayor two years ago", "named mayor from deputy mayor"). `own_promotion`'s
    job end narrows only the forms it added (an age, an adverb, a <when>,
    "the rank of", "<job> of <service>"), never this one (qa201 #1)."""
    return AfterSurname(surname, _undated("|".join(regex.escape(j) for j in sorted(set(jobs))), _rank_words(ranks)))


@lru_cache(maxsize=256)
def _undated(jobs: str, ranks: str) -> regex.Pattern:
    aux = r"(?:was|had\s+been|has\s+been)\s+"
    return regex.compile(rf"(?i),\s*who\s+"
                         rf"(?:(?:{aux})?(?:promoted|elevated)\s+to|{aux}(?:named|appointed)|became)\s+"
                         rf"(?:the\s+)?{ranks}(?:{jobs})\b(?!['’-]|\s+of\b)")
