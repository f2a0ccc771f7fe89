"""`name-age-changed`: one person's age given two ways in one story (nu25 #12).

AP style (AP Stylebook, "ages": always figures) gives an age in apposition
right after the name, set off by commas ("Mayor Thomas Hendricks, 54,
said"); a later "Hendricks, 45, has been mayor" is the same person with the
digits swapped. Each later age is compared with the person's first one and
flagged where it differs. People are read as names.title-changed reads them
(`people`: a surname given in full and used as a person); a surname given in
full two ways is two people ("Abu Hussain al-Britani" and "Abu Abdullah
al-Britani", FNC-1 551), so its full uses are compared, each full name
on its own, and an age after the surname alone only where one of them is
ever given an age (the deceased beside a spouse named in full, nu26 #3). An age after a relative in apposition ("his brother, Hendricks,
50,") is another person's, and so is one in a list of names with figures
("Smith, 12, Ann Jones, 10", "Jones 70, Smith, 45.": scores, not ages; not
after a month and day, "On May 5,"), which is skipped, and so is
one after a determiner ("Another Smith, 25,"). An age one more than the
first where a sentence naming the person tells of their birthday or of an
age they turn ("Smith, 99, ... Smith, 100, blew out her birthday candles") is
the new age, not a slip (qa59), and the later ages are compared with it
("Smith, 45," after "Smith, 46, who turned 46 Friday" is one; nu43 H6, L1);
a birthday still to come on the story's date ("who turns 46 Friday" on a
Monday, "who will turn 46": `birthday_time.still_to_come`) is none. An age may follow a generational suffix
("John Smith Jr., 45,"); where the story names a Sr. and a Jr. (or a III)
of the surname, each suffix is one person and a use without one is not
read (qa148 #16). An age may close its sentence ("... said
Mayor Hendricks, 45."; not "45.5"). Two ages given at two times are no
slip (fx79): "In 1985, Tom Smith, 19, pulled a boy from the river. Today
Smith, 58, still swims there." is skipped where one sentence tells of a past
year (not one after "since": "mayor since 2019" is now), "at the time" or
"then" (not before a verb of the past: "then said" is a sequence, fx89)
and the other of "today", "now" or "this year", or where the ages
differ by the years from a year the younger one's sentence states to the
publication year, within one (58 - 19 and 2024 - 1985). A past year beside
the older age, or one too recent for the gap beside the younger ("Smith,
54, said in 2025 ..." and "Smith, 45, said today"), keeps the pair compared
(qa62). An age after a figure and "to" is a vote share ("55 percent to
Smith, 45."), not read (qa62). Offsets are the age's digits in the part's
text.
"""
from __future__ import annotations

from functools import lru_cache

from .. import rx as regex

from ..analysis.calendar import MONTH_WORDS
from ..analysis.dates import DATE, MONTH, date_mentions
from ..analysis.name_relations import relation_of, relative_words
from ..analysis.name_runs import APOSTROPHES
from ..analysis.name_order import page_order
from ..analysis.names import GENERATION_SUFFIX, NAME_KINDS, generation_suffix, people, tables
from ..analysis.spelled_numbers import count_words
from ..analysis.sentences import sentence_at, sentence_starts
from ..analysis.word_patterns import phrase_alternation
from ..analysis.year_sources import text_years, year_other
from ..regex_cache import SERIAL
from .base import Finding, Kind
from ._read_dates import quoted_as_read

# An age in apposition: ", 54" right after the name, closed by a comma, or by
# the full stop of its sentence ("... said Mayor Hendricks, 54."; not a
# decimal, "54.5", nor a stop before a lower-case word), its quote's marks
# maybe after it.
_AGE = regex.compile(r",[ \u00a0](\d{1,3})(?:,(?!\d)|(?P<stop>\.)(?=[\"”’)]*(?:\s+(?!\p{Ll})|$)))")
# A list of names with figures: another capitalised name and a figure after
# the age ("Smith, 12, Ann Jones, 10"), or a name and a figure right before
# the name ("Tom Smith, 12, Ann Jones, 10.", "Jones, 120; Smith, 45.": read
# backwards; not "Tom Smith, 45, and Ann Jones, 50, were charged", nor "In
# 1985, Tom Smith, 19,").
_LISTED = regex.compile(r"[ \u00a0](?:\p{Lu}[\p{L}\p{M}'’.-]*[ \u00a0]){0,2}\p{Lu}[\p{L}\p{M}'’-]*,[ \u00a0]\d")
# A score line gives the figure right after the name, no comma ("Jones 70,
# Smith, 45."): not after a month ("On May 5, Smith, 45,": a date; fx89).
_LISTED_BEFORE = regex.compile(rf"(?r)(?<![\p{{L}}\p{{M}}'’-])(?!(?i:{MONTH_WORDS})[ \u00a0])"
                               rf"\p{{Lu}}[\p{{L}}\p{{M}}'’-]*,?[ \u00a0]\d{{1,3}}[,;][ \u00a0]$")
# The time a sentence tells: from publication, or one before it (beside a
# past year the sentence states).
_NOW = regex.compile(r"(?i)(?<!\p{L})(?:today|now|this\s+year)(?!\p{L})")
# "then" before a verb of the past is a sequence word ("then said", "then
# moved": fx89), no time.
_THEN = regex.compile(r"(?i)(?<!\p{L})(?:at\s+the\s+time|then(?![ \u00a0]+(?-i:\p{Ll}+ed|said|told|went|came|"
                      r"took|gave|made|began|ran|left|got|saw|became|won|lost|wrote|spoke|says)(?!\p{L})))(?!\p{L})")
# Another person of the surname: a determiner right before it ("Another
# Smith, 25,", "a Smith, 30,"), read backwards (qa59).
# A vote share or a tally before the name: a figure, maybe its unit, and
# "to" ("55 percent to Smith, 45.", "1,200 votes to Smith, 45."): the number
# after the name is the other side's share, no age (qa62). Read backwards.
_TALLY_BEFORE = regex.compile(r"(?r)\d(?:[ \u00a0]*%|[ \u00a0]+(?:percent|per[ \u00a0]cent|votes?|points?))?[ \u00a0]+to[ \u00a0]+$")
_ANOTHER = regex.compile(r"(?r)(?<![\p{L}\p{M}'’-])(?i:another|a|one|the other)\s+$")
# A person's birthday: an age one more than the first is the new one
# ("Edna Smith, 99, ... By evening, Smith, 100, had blown out the candles on
# her birthday cake"), not a slip (qa59). Only a birthday someone owns ("her
# 100th birthday", "Smith's birthday", "whose birthday was Friday": nu43 M2)
# or had ("had a birthday Friday", "celebrated a birthday": qa169 #11; its
# verb tells when, `still_to_come`) or an age someone turns ("turned 100",
# "turns fifty") counts: "turned down the plan", "a turning point" and "the
# city's 200th birthday" tell of nobody's (qa148 #3).
@lru_cache(maxsize=1)
def _birthdays() -> "regex.Pattern":
    """The pattern of a birthday someone owns or an age someone turns (see
    above), with the owner as `owner`. An age turned in words is a number word of
    1 to 99 (`number_words` in data/titles.yaml, through `count_words`) or
    "a/one hundred"."""
    numbers = phrase_alternation(count_words(1, 99)) + r"|(?:a|one)\s+hundred"
    return regex.compile(
        r"(?<![\p{L}\p{M}'’-])(?:(?P<owner>(?i:her|his|their|whose)|\p{Lu}[\p{L}\p{M}'’-]*?['’]s)\s+"
        r"(?:[\p{L}\d-]+\s+){0,2}(?i:birthday)|(?i:turn(?:s|ed|ing)?)\s+(?:\d{1,3}|(?i:" + numbers + r"))"
        r"|(?<=(?<![\p{L}\p{M}'’-])(?i:ha[sdv]e?|having|celebrat(?:e|es|ed|ing)|mark(?:s|ed|ing)?)\s+)(?i:a\s+birthday))"
        r"(?![\p{L}\p{M}\d])")


class NameAgeChanged(Kind):
    name = "name-age-changed"
    placeholders = frozenset({"first", "name"})
    description = "Flags a person whose age in apposition differs from the age given first."
    default_scope = NAME_KINDS

    @quoted_as_read      # a footnote mark the date readers dropped is not quoted (qa452 #2)
    def check(self, doc, parts):
        if not any(_AGE.search(p.text, None, None, SERIAL) for p in doc.parts):
            return      # no age in apposition to compare: the people are not read
        wanted = {p.index for p in parts}
        for surname, ms in people(doc).items():
            ms = page_order(ms)       # a footnote's names after the story's
            two = len({_given(m) for m in ms if m.full}) > 1
            # a father and a son ("John Smith Sr., 70," and "John Smith Jr., 45,"): each
            # suffix is one person, and the surname without one may be either
            gens = {generation_suffix(m) for m in ms} - {""}
            aged = _aged_one(ms) if two else None
            first: dict[str, tuple] = {}        # key: (first age, its mention)
            latest: dict[str, tuple] = {}       # key: (the age since a birthday, its mention)
            for m in ms:
                if two and not m.full and aged is None:
                    continue        # which of the two is meant is not said
                text = m.part.text
                gen = GENERATION_SUFFIX.match(text, m.end, None, SERIAL)
                if len(gens) > 1 and gen is None:
                    continue
                age = _AGE.match(text, gen.end() if gen else m.end)
                if age is None or relation_of(m) or (not age["stop"] and _LISTED.match(text, age.end())) \
                        or _LISTED_BEFORE.search(text, max(0, m.start - 40), m.start) \
                        or _ANOTHER.search(text, max(0, m.start - 12), m.start) \
                        or _TALLY_BEFORE.search(text, max(0, m.start - 24), m.start):
                    continue
                key = ((_given(m) if m.full else aged) if two else "", generation_suffix(m) if len(gens) > 1 else "")
                if key not in first:
                    first[key] = latest[key] = (age[1], m)
                    continue
                seen = latest[key]
                if age[1] == seen[0]:
                    continue
                if int(age[1]) == int(first[key][0]) + 1 and _birthday(doc, ms, surname):
                    latest[key] = (age[1], m)       # the new age, compared with from here on
                elif m.part.index in wanted and not _two_times(doc, (int(seen[0]), seen[1]), (int(age[1]), m)):
                    yield Finding(m.part, age.start(1), age.end(1), args={
                        "name": surname, "first": seen[0]})


def _aged_one(ms) -> str | None:
    """Of a surname's people given in full two ways, the one ever given an
    age right after the full name (`_given`), when only one is: an age after
    the surname alone can then be only that person's ("Eleanor Whitcomb, 87,"
    beside "harbor pilot George Whitcomb", then "Whitcomb, 78,": nu26 #3).
    Any age counts here, a relative's too ("her son, Tom Whitcomb, 60,"), so
    a second aged person keeps the surname's ages unread. None otherwise."""
    keys = {_given(m) for m in ms if m.full and _AGE.match(m.part.text, _after_suffix(m))}
    return next(iter(keys)) if len(keys) == 1 else None


def _birthday(doc, ms, surname: str) -> bool:
    """A sentence that names the person (one of the mentions `ms` of
    `surname`) tells of a birthday of theirs or of an age they turn
    (`_birthdays`: a birthday owned by a pronoun or by the surname). One with
    another person between the name and it is that person's (qa155 #7): a
    mention of another person (`_other_people`: "Hendricks, 46, and Ann
    Lee, who turned 46"; not a place or a firm, "visited Boston on Friday,
    his birthday": qa163 #1). So is one a relative owns
    (`relatives` in names.yaml): the relative's noun right before the age
    turned ("whose wife turned 46") or inside the birthday ("his wife's
    birthday"); a relative elsewhere in the sentence owns nothing ("who
    lives with his mother, turned 46", "Smith's wife Mary threw him a party
    for his 46th birthday": qa163 #2)."""
    others = None
    for m in ms:
        text = m.part.text
        start, stop = sentence_at(sentence_starts(text), m.start, len(text))
        for b in _birthdays().finditer(text, start, stop, overlapped=False):
            owner = b["owner"]
            if not (owner is None or owner[0].islower() or owner[:-2].translate(APOSTROPHES) == surname):
                continue
            lo, hi = (m.end, b.start()) if b.start() >= m.end else (b.end(), m.start)
            if others is None:
                others = _other_people(doc, surname)
            from ..analysis.birthday_time import still_to_come    # a story telling a birthday only
            if any(i == m.part.index and lo <= at < hi for i, at in others) or _relative_owns(text, b, lo) \
                    or still_to_come(doc, m.part, b.start(), b.end()):
                continue
            return True
    return False


def _other_people(doc, surname: str) -> list[tuple[int, int]]:
    """Where the story names a person other than `surname`'s, as (part
    index, offset of the mention): the mentions of its other `people` (a
    surname given in full and used as a person: "Ann Lee, who"). A place or
    a firm ("Boston", "Microsoft", "the White House") is none (qa163 #1)."""
    return [(o.part.index, o.start) for other, os in people(doc).items() if other != surname for o in os]


def _relative_owns(text: str, b, lo: int) -> bool:
    """Does a relative own the birthday or age turned `b` (a `_birthdays`
    match in `text`)? Its noun, maybe possessive, is inside the match ("his
    wife's birthday") or right before it, only spaces between, at or after
    `lo` ("whose wife turned 46"), and not as a preposition's object ("who
    cares for his mother turned 46"); a birthday "whose" owns is the noun's
    it follows, past its comma, an object too ("spoke of his wife, whose
    birthday was Friday")."""
    kin = tables()["relatives"]
    for word in text[b.start():b.end()].split()[1:]:
        word = word.lower().translate(APOSTROPHES).removesuffix("'s").removesuffix("'")
        if word in kin or word.removesuffix("s") in kin:
            return True
    whose = b["owner"] is not None and b["owner"].lower() == "whose"
    before = text[lo:b.start()].rstrip()
    if whose:
        before = before.removesuffix(",").rstrip()
    last = None
    for last in _relatives().finditer(before, max(0, len(before) - 40)):
        pass
    # "whose" owns for the noun it follows, an object too ("spoke of his wife, whose birthday")
    return last is not None and last.end() == len(before) and (
        whose or _OBJECT.search(before, 0, last.start()) is None)


# A preposition and maybe a possessive before a relative's noun: the noun is an
# object ("who cares for his mother turned 46"), not the one who turned (qa166 #6)
_OBJECT = regex.compile(r"(?i:\b(?:for|with|of|to|about|after|by|from|at|on|in|like|than)"
                        r"[ \t]+(?:(?:his|her|their|its|my|our|your|the|a|an)[ \t]+)?(?:\p{Ll}+[ \t]+)?)\Z")


@lru_cache(maxsize=1)
def _relatives() -> "regex.Pattern":
    """A relative's noun (`relatives` in names.yaml), as a word."""
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}'’-])(?i:{relative_words()})s?(?![\p{{L}}\p{{M}}'’-])")


def _two_times(doc, a: tuple[int, object], b: tuple[int, object]) -> bool:
    """Are the ages a and b, each (age, name mention), given at two times
    (see the module's docstring)? Read on their sentences."""
    (young, ym), (old, om) = sorted((a, b), key=lambda x: x[0])
    young_years, young_now, young_then = _frame(doc, ym)
    old_years, old_now, old_then = _frame(doc, om)
    published, gap = doc.published, old - young
    # A past year stated beside the younger age must leave room for the gap
    # (not 54 in 2025 and 45 now); one beside the older age cannot (ages
    # only grow): such a pair is compared (qa62).
    if young_then and old_now and (published is None or not young_years
                                   or any(gap <= published.year - y + 1 for y in young_years)):
        return True
    if old_then and young_now and not old_years:
        return True
    return published is not None and any(abs(gap - (published.year - y)) <= 1 for y in young_years)


def _frame(doc, m) -> tuple[list[int], bool, bool]:
    """The time the sentence of a name tells: (the past years it states,
    does it tell of now (`_NOW`), of a time before it (a past year,
    `_THEN`)). A past year is one before the publication year (any, when
    the story has no date) written in a date or alone in a year's context
    (`year_sources.text_years`), but a birth's or one after "since". Read
    once per sentence and kept (qa75 #8: one endless sentence of changing
    ages was read again for every pair)."""
    text = m.part.text
    start, stop = sentence_at(sentence_starts(m.part.text), m.start, len(text))
    frames = doc.analysis("names.age_frames", lambda d: {})
    found = frames.get((m.part.index, start))
    if found is None:
        found = frames[(m.part.index, start)] = _read_frame(doc, m.part, start, stop)
    return found


def _read_frame(doc, part, start: int, stop: int) -> tuple[list[int], bool, bool]:
    """`_frame` of the sentence part.text[start:stop]."""
    text, published = part.text, doc.published
    stated = [(at, y) for _, at, y in text_years(text) if start <= at < stop]
    stated += [(d.start, d.first.year) for d in date_mentions(doc).get(part.index, ())
               if d.kind in (DATE, MONTH) and d.year_written and d.first is not None and start <= d.start < stop]
    years = [y for at, y in stated if (published is None or y < published.year)
             and year_other(text, at) not in ("since", "born")]
    now = _NOW.search(text, start, stop) is not None
    return years, now, bool(years) or _THEN.search(text, start, stop) is not None


def _after_suffix(m) -> int:
    """Where an age after the name would start: past its suffix ("Jr.")."""
    gen = GENERATION_SUFFIX.match(m.part.text, m.end, None, SERIAL)
    return gen.end() if gen else m.end


def _given(m) -> str:
    """All a full name holds before its surname, lower case ("abu hussain")."""
    return " ".join(m.part.text[m.start:m.surname_start].lower().split())


KIND = NameAgeChanged
