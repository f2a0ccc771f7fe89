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
        for m in self._name.finditer(text, overlapped=True):
            told = self._clause.match(text, m.end())
            if told:
                return told
        return None


@lru_cache(maxsize=64)
def _surname(surname: str) -> regex.Pattern:
    """`surname` with no letter before it, case ignored: a small pattern
    kept for the last 64 surnames only, and out of regex's and the rule-set
    cache's pattern stores (`cache_pattern=False`), so a new surname neither
    stays in memory nor rewrites the cache file (`regex_cache`)."""
    return regex.compile(rf"(?i)(?<!\p{{L}}){regex.escape(surname)}", cache_pattern=False)


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
