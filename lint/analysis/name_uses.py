"""Uses of a capitalised word that show it is no spelling of a person's surname.

names.spelling-variant pairs surnames by their letters alone; these tests
read how the story uses a form before the pair is reported (qa46 #5):
- a form never given in full and never used as a person is, whose every use
  opens a sentence, in a story that also writes the word in lower case
  ("Curry is the house specialty" beside "the lamb curry"), is that ordinary
  word ("Curry said" stays a surname: qa49 #6);
- a form never given in full and never used as a person is, written after
  "from", "in", "of" or a verb of going and "to", is a place ("moved to
  Montgomery from Scotland"), unless it sends a document the story quotes
  ("a letter from Montgomery ... the letter said") and the story does not
  place that sender ("from Houston, Texas", "from Paris, where ...");
- a form never given in full that is another person's given name in the
  story is that person when each use stands where that person was the last
  named ("Kellie Pickler ... Kellie's mother", "Teacher Christy Alvarez ...
  Christy has taught"); "Kelly said" right after Coach Dana Kelley is
  Kelley's, however many Kelly Smiths the story has (qa49 #6);
- a form whose every use stands beside an ampersand is a firm's name
  ("Johnson & Johnson");
- two forms with different ages, or each with a job title and the titles
  all different, are two people ("Gov. Chris Christie", "Principal
  Christy"); a title that is the last word(s) of the other is the same
  office ("Police Chief Ann Montgomerie ... Chief Montgomery": qa49 #1).

A use as a person is what `is_person` reads, or a possessive before a
word for a person's mind ("In Montgomery's view"). The story's lower-case
words and its people in reading order are indexed once per story, not
scanned per pair (qa49 #9).
"""
from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

from .. import rx as regex

from ..regex_join import longest_first
from .name_titles import tables
from .names import Mention, is_person, mentions

# A sentence opens right before the word: the part's start or a sentence's end
# (an opening quote or bracket may stand between).
_OPENS = regex.compile(r"(?r)(?:^|[.!?][\"”’)]*\s+)[\"“‘(]?$")

# A place's preposition right before the word: "from", "in", "of", or "to"
# after a verb of going ("moved to Montgomery"; "listened to Montgomery" is
# a person).
_PLACE_WORD = regex.compile(
    r"(?r)(?<![\p{L}\p{M}'’-])(?:(?i:from|in|of)|(?i:moved?|moving|moves|came|comes?|returned|returns?|"
    r"went|goes|go|travell?ed|flew|drove|relocated|emigrated|immigrated)\sto)\s$")

# An ampersand beside the word: "Johnson & Johnson", "Procter & Gamble".
_AMP_AFTER = regex.compile(r"\s+&\s")
_AMP_BEFORE = regex.compile(r"(?r)\s&\s+$")


def _opens_sentence(m: Mention) -> bool:
    return _OPENS.search(m.part.text, max(0, m.start - 6), m.start) is not None


def ordinary_word(ms: list[Mention], doc) -> bool:
    """Every use opens a sentence and the story writes the word in lower case
    elsewhere: the capital is the sentence's, not a name's ("Curry is the
    house specialty ... the lamb curry")."""
    return all(map(_opens_sentence, ms)) and ms[0].surname.lower() in _lower_words(doc)


# A run of letters, marks, apostrophes and hyphens: a lower-case word is one
# such run's start, ending where no letter or mark follows ("curry", the
# "curry" of "curry's" or "curry-based"; not the one in "lamb-curry").
_RUN = regex.compile(r"(?<![\p{L}\p{M}'’-])[\p{L}\p{M}'’-]+")


def _lower_words(doc) -> frozenset[str]:
    """Every word the story writes, as `ordinary_word` looks for it: each
    run's prefixes that end before an apostrophe, a hyphen or the run's end
    (one scan per story, not one per pair: qa49 #9)."""
    def build(d) -> frozenset[str]:
        out = set()
        for p in d.parts:
            for r in _RUN.finditer(p.text):
                w = r[0]
                out.add(w)
                out.update(w[:i] for i, c in enumerate(w) if c in "'’-" and i)
        return frozenset(out)
    return doc.analysis("names.lower_words", build)


# A possessive before a word for a person's mind: "In Montgomery's view".
_MIND = regex.compile(r"['’]s\s+(?:own\s+)?(?:view|views|opinion|mind|words|eyes|judg(?:e)?ment|"
                      r"recollection|telling|estimation|thinking)(?![\p{L}\p{M}])")


def person_use(m: Mention, named) -> bool:
    """Used the way a person's name is: `is_person`, or a possessive owning
    a person's view ("In Montgomery's view", no place)."""
    return is_person(m, named) or _MIND.match(m.part.text, m.end) is not None


@lru_cache(maxsize=None)
def _sent():
    """A document sent "from" somebody, read backwards from the name ("a
    letter from "), and the document quoted (`the letter said`, `read the
    letter`): names.yaml `sent_documents`."""
    nouns = "|".join(regex.escape(str(n)) for n in tables()["sent_documents"])
    verbs = r"(?:said|says|read|reads|stated|states|added|adds|continued|continues|went\s+on)"
    return (regex.compile(rf"(?r)(?<![\p{{L}}\p{{M}}'’-])(?i:{nouns})s?\s+from\s$"),
            lambda noun: regex.compile(rf"(?i)(?<![\p{{L}}\p{{M}}'’-])(?:the\s+{noun}s?,?\s+{verbs}"
                                       rf"|{verbs}\s+the\s+{noun}s?)(?![\p{{L}}\p{{M}}])"))


@lru_cache(maxsize=None)
def _place_after() -> "regex.Pattern":
    """What makes a sender a place (names.yaml `state_abbreviations`,
    `places`, `place_appositions`): ", Ala.", ", TX", ", Texas", "(last
    week), where", ", the state capital"."""
    t = tables()
    abbrs = "|".join(regex.escape(str(a)) for a in sorted(t["state_abbreviations"], key=len, reverse=True))
    places = "|".join(regex.escape(str(p)).replace(r"\ ", r"\s+")
                      for p in sorted(t["places"], key=longest_first))   # a set: the same order each run
    nouns = "|".join(regex.escape(str(n)).replace(r"\ ", r"\s+") for n in t["place_appositions"])
    return regex.compile(
        rf",\s+(?:(?-i:{abbrs})(?![\p{{L}}\p{{M}}])|(?=\p{{Lu}})(?i:{places})(?![\p{{L}}\p{{M}}'’-])"
        rf"|the\s+(?:[\p{{L}}'’-]+\s+){{0,2}}(?i:{nouns})(?![\p{{L}}\p{{M}}]))"
        rf"|(?:\s+\p{{Ll}}+){{0,3}},\s+where(?![\p{{L}}])")


def _sent_from_place(m: Mention) -> bool:
    """The sender is a place: a known one (names.yaml `places`) or one the
    words after it place ("Houston, Texas", "Montgomery, Ala.", "Paris,
    where ...", "Austin, the state capital": qa50 #4)."""
    return m.part.text[m.start:m.end].lower() in tables()["places"] or \
        _place_after().match(m.part.text, m.end) is not None


def sent_by(m: Mention, doc) -> bool:
    """The use names a document's sender ("a letter from Montgomery") and
    the story quotes that document later ("“…,” the letter said"): a
    person, whatever "from" says of a place, unless the story places the
    sender (`_sent_from_place`)."""
    before, quoted = _sent()
    text = m.part.text
    found = before.search(text, max(0, m.start - 16), m.start)
    if found is None or _sent_from_place(m):
        return False
    pattern = quoted(regex.escape(found[0].split()[0].lower().removesuffix("s")))
    return pattern.search(text, m.end) is not None or any(
        pattern.search(p.text) for p in doc.parts if p.index > m.part.index)


def as_place(ms: list[Mention], person: bool, doc) -> bool:
    """Used after a place's preposition and never as a person is (`person`:
    whether any use is `person_use`) ("moved to Montgomery from Scotland"),
    nor as the sender of a document the story quotes ("a letter from
    Montgomery ... the letter said": `sent_by`)."""
    return any(_PLACE_WORD.search(m.part.text, max(0, m.start - 16), m.start) for m in ms) and \
        not person and not any(sent_by(m, doc) for m in ms)


def in_firm(ms: list[Mention]) -> bool:
    """Every use stands beside an ampersand: a firm's name ("Johnson &
    Johnson"), no person's."""
    return all(_AMP_AFTER.match(m.part.text, m.end) or
               _AMP_BEFORE.search(m.part.text, max(0, m.start - 4), m.start) for m in ms)


def given_elsewhere(ms: list[Mention], given: dict[str, set[str]], doc) -> bool:
    """The form is the given name of a person of another surname in the
    story, and each use stands where that person was the last one named
    ("Kellie Pickler ... Kellie's mother"). A use right after somebody else
    ("Coach Dana Kelley ... Kelly said", with a Kelly Smith elsewhere) is no
    use of that given name."""
    form = ms[0].surname
    low = form.lower()
    if not any(surname != form for surname in _surnames_given(doc, given).get(low, ())):
        return False
    order, people = _people_order(doc, given)
    for m in ms:
        i = bisect_left(order, m.position)
        if not i or low not in given.get(people[i - 1], ()) or people[i - 1] == form:
            return False
    return True


def _surnames_given(doc, given: dict[str, set[str]]) -> dict[str, set[str]]:
    """`given` (the story's `given_names`) turned round: a given name -> the
    surnames it is given with, built once per story so that each form asks in
    O(1), not over every person (qa42 #10's thousands of people)."""
    def build(_d) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {}
        for surname, names in given.items():
            for name in names:
                out.setdefault(name, set()).add(surname)
        return out
    return doc.analysis("names.surnames_given", build)


def _people_order(doc, given: dict[str, set[str]]) -> tuple[list, list]:
    """The uses of surnames given in full, in reading order: their positions
    and surnames (built once per story)."""
    def build(d) -> tuple[list, list]:
        uses = [m for m in mentions(d) if m.surname in given]
        return [m.position for m in uses], [m.surname for m in uses]
    return doc.analysis("names.people_order", build)


# An age in apposition right after a name: "Dana Kelly, 41," (AP style).
_AGE = regex.compile(r",\s(\d{1,3})(?=[,;)]|\s)")


def different_ages(ma: list[Mention], mb: list[Mention]) -> bool:
    """Each form has an age in apposition and no age is shared ("Kelly, 41,"
    and "Kelley, 39,"): two people, for either names rule."""
    return said_apart(ma, mb, _age)


def _age(m: Mention) -> str | None:
    """The age in apposition after the use `m` ("41"), if any."""
    a = _AGE.match(m.part.text, m.end)
    return a[1] if a else None


def said_apart(ma: list[Mention], mb: list[Mention], said) -> bool:
    """Something is said of each form and nothing said of one is said of the
    other: two people. `said(m)` is what a use says of its person, a string
    ("41"; "mayor"), or a false value for nothing (`different_ages`,
    `name_people.described_apart`)."""
    sets = [{s for m in ms if (s := said(m))} for ms in (ma, mb)]
    return bool(sets[0] and sets[1] and sets[0].isdisjoint(sets[1]))


def other_roles(ma: list[Mention], mb: list[Mention]) -> bool:
    """The two forms are two people, as names.given-name-variant reads given
    names: each has an age and the ages differ ("Kelly, 41," and "Kelley,
    39,"), or both have job titles, no title shared and none a past office
    ("Gov. Chris Christie ... Principal Christy"), or one is given a name
    and the other a title it never has (`_named_and_titled`)."""
    if different_ages(ma, mb) or _named_and_titled(ma, mb) or _named_and_titled(mb, ma):
        return True
    ta = [m.title for m in ma if m.title]
    tb = [m.title for m in mb if m.title]
    if not ta or not tb or any(t.past for t in ta + tb):
        return False
    return not any(_same_office(x.office, y.office) for x in ta for y in tb)


def _named_and_titled(named: list[Mention], titled: list[Mention]) -> bool:
    """Two people, each introduced and used again (nu26 #9): one form given
    in full and used alone too ("chief of staff Donald Regan ... Regan
    declined"), the other never given in full, used twice or more and given
    a job title, no past one, that the first form never has ("President
    Reagan ... Reagan said"), when the first form has a job title of its own
    ("chief of staff", fx89), or is used less often than the titled form
    ("Donald Regan ... Regan declined" beside three of "President Reagan",
    fx105: a slip is the rarer spelling, and a slip comes with no given name
    of its own): "Thomas Hendricks ... Mayor Hendriks ... Hendriks said ...
    Hendricks returned" is one person's slip. A lone "President Reagen" among
    "Ronald Reagan"s stays a slip."""
    if not any(m.full for m in named) or all(m.full for m in named) or len(titled) < 2 \
            or any(m.full for m in titled):
        return False
    tt = [m.title for m in titled if m.title]
    if not tt or any(t.past for t in tt):
        return False
    tn = [m.title for m in named if m.title]
    if not tn:
        return len(named) < len(titled)
    return not any(_same_office(x.office, y.office) for x in tt for y in tn)


def _same_office(a: str, b: str) -> bool:
    """One office, or one the last word(s) of the other: "Chief" is the
    "Police Chief" named before (names.yaml: a chief called just "Chief"
    later is the same chief), "Commissioner" the "Police Commissioner"."""
    wa, wb = a.split(), b.split()
    short, long = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    return long[len(long) - len(short):] == short


def no_person_here(ms: list[Mention], has_given: bool, given: dict[str, set[str]], doc) -> bool:
    """A form that is no person's surname where the story uses it: a firm's
    name always; when never given in full, an ordinary word at a sentence's
    opening never used as a person, a place, or another person's given
    name where that person was the last named."""
    if in_firm(ms):
        return True
    if has_given:
        return False
    person = any(person_use(m, given) for m in ms)     # asked once for both tests
    if not person and ordinary_word(ms, doc):
        return True
    return as_place(ms, person, doc) or given_elsewhere(ms, given, doc)


__all__ = ["ordinary_word", "person_use", "as_place", "in_firm", "given_elsewhere", "different_ages",
           "other_roles", "no_person_here"]
