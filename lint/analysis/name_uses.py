"""Uses of a capitalised word that show it is no spelling of a person's surname.

names.spelling-variant pairs surnames by their letters alone; these tests
read how the story uses a form before the pair is reported (qa46 #5):
- a form never given in full whose every use opens a sentence, in a story
  that also writes the word in lower case ("Curry is the house specialty"
  beside "the lamb curry"), is that ordinary word;
- a form never given in full and never used as a person is, written after
  "from", "in", "of" or a verb of going and "to", is a place ("moved to
  Montgomery from Scotland");
- a form never given in full that is another person's given name in the
  story is that person ("Kellie Pickler ... Kellie's mother", "Teacher
  Christy Alvarez ... Christy has taught");
- a form whose every use stands beside an ampersand is a firm's name
  ("Johnson & Johnson");
- two forms with different ages, or each with a job title and the titles
  all different, are two people ("Gov. Chris Christie", "Principal
  Christy"); a title that is the last word(s) of the other is the same
  office ("Police Chief Ann Montgomerie ... Chief Montgomery": qa49 #1).
"""
from __future__ import annotations

import regex

from .names import Mention, is_person

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
    if not all(map(_opens_sentence, ms)):
        return False
    low = regex.compile(rf"(?<![\p{{L}}\p{{M}}'’-]){regex.escape(ms[0].surname.lower())}(?![\p{{L}}\p{{M}}])")
    return any(low.search(p.text) for p in doc.parts)


def as_place(ms: list[Mention], named) -> bool:
    """Used after a place's preposition and never as a person is ("moved to
    Montgomery from Scotland")."""
    return any(_PLACE_WORD.search(m.part.text, max(0, m.start - 16), m.start) for m in ms) and \
        not any(is_person(m, named) for m in ms)


def in_firm(ms: list[Mention]) -> bool:
    """Every use stands beside an ampersand: a firm's name ("Johnson &
    Johnson"), no person's."""
    return all(_AMP_AFTER.match(m.part.text, m.end) or
               _AMP_BEFORE.search(m.part.text, max(0, m.start - 4), m.start) for m in ms)


def given_elsewhere(form: str, given: dict[str, set[str]]) -> bool:
    """The form is the given name of a person of another surname in the story
    ("Kellie Pickler ... Kellie's mother")."""
    low = form.lower()
    return any(low in names for surname, names in given.items() if surname != form)


# An age in apposition after a name ("Dana Kelly, 41,").
_AGE = regex.compile(r",\s(\d{1,3})(?=[,;)]|\s)")


def other_roles(ma: list[Mention], mb: list[Mention]) -> bool:
    """The two forms are two people, as names.given-name-variant reads given
    names: each has an age and the ages differ ("Kelly, 41," and "Kelley,
    39,"), or both have job titles, no title shared and none a past office
    ("Gov. Chris Christie ... Principal Christy")."""
    ages = [{a[1] for m in ms if (a := _AGE.match(m.part.text, m.end))} for ms in (ma, mb)]
    if ages[0] and ages[1] and ages[0].isdisjoint(ages[1]):
        return True
    ta = [m.title for m in ma if m.title]
    tb = [m.title for m in mb if m.title]
    if not ta or not tb or any(t.past for t in ta + tb):
        return False
    return not any(_same_office(x.office, y.office) for x in ta for y in tb)


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
    opening, a place, or another person's given name."""
    if in_firm(ms):
        return True
    return not has_given and (ordinary_word(ms, doc) or as_place(ms, given) or
                              given_elsewhere(ms[0].surname, given))


__all__ = ["ordinary_word", "as_place", "in_firm", "given_elsewhere", "other_roles", "no_person_here"]
