"""A surname alone that names a thing, not the person (names.first-reference).

`names_a_thing(text, start, end, persons)` reads the surname at
`text[start:end]` (offsets into one part's text) and answers whether it
names something the person gave a name to, or that bears it: a place after
a name and "of" (`_NAME_OF_BEFORE`), a campaign committee named for its
candidate ("Biden for President", "Obama for America"), a firm named for a
family ("Smith & Sons", nu21: `firm_terms.family_firm`), the last word of
another name an acronym leads ("CRISPR Therapeutics" in a story that names
"Intellia Therapeutics": no person's given name is in capitals), the
surname after "the" and before a lower-case word ("the Obama eras"; "the
Obama I met" is the person: qa218 #7), or one of the runs "the" leads
(`_the_run`: "the Obama campaign", "the 2012 Obama campaign", "the
Bush, Clinton and Obama administrations"). No search of
the story: each form reads a few dozen characters on either side of the use.
"""
from __future__ import annotations

from .. import rx as regex

from ..regex_cache import SERIAL
from .firm_terms import family_firm
from .name_titles import tables

# (`(?:for|(?!))` is `for`: the branch that never matches keeps the regex
# module from first scanning the whole rest of the text for a required "for"
# at each use, quadratic on one endless sentence of names: qa71 #3)
FOR_OFFICE = regex.compile(r"\s+(?:for|(?!))\s+\p{Lu}")
# "the" right before a use, read backwards.
THE_BEFORE = regex.compile(r"(?r)(?<![\p{L}\p{M}'’-])(?i:the)\s+$")
_ACRONYM_BEFORE = regex.compile(r"(?r)(?<![\p{L}\p{M}.'’-])\p{Lu}{2,}[ \t]+$")
# A capitalised word and "of" before a word: a peer's or a body's place
# ("Lord Roberts of Conwy", "Duke of York", "University of Chicago"), no person.
# A name's word of two letters or more ("$4M of Clinton's haul" is a person's).
_NAME_OF_BEFORE = regex.compile(r"(?r)(?<![\p{L}\p{M}\p{N}'’$-])\p{Lu}[\p{L}\p{M}'’-]+\s+of\s+$")

# The runs "the" leads. A member is a surname or a year ("2012", "2012-13");
# members are listed with commas and the last one joined by "and" or "or"
# (a comma before it or not). `_YEARS_BEFORE`: "the", years, then the use
# ("the 2012 Obama", "the 2008 and 2012 Obama"). `_LISTED_BEFORE`: "the" and
# surnames before the use, which is one of the list's ("the Bush and Obama",
# "the Bush, Clinton"); `_LIST_AFTER`: the rest of that list after the use,
# then the word that ends the run ("and Obama administrations"). Read
# backwards from the use, or forwards from its end.
_SURNAME = r"\p{Lu}[\p{L}\p{M}'’-]+"
_YEAR = r"\d{4}(?:[-–/]\d{2,4})?"
_COMMA = r"\s*,\s+"
_JOINER = r",?\s+(?:and|or)\s+"
_YEARS = rf"{_YEAR}(?:(?:{_COMMA}{_YEAR})*{_JOINER}{_YEAR})?\s+"
_YEARS_BEFORE = regex.compile(rf"(?r)(?<![\p{{L}}\p{{M}}'’-])(?i:the)\s+{_YEARS}$")
_LISTED_BEFORE = regex.compile(rf"(?r)(?<![\p{{L}}\p{{M}}'’-])(?i:the)\s+(?:{_YEARS})?(?P<other>{_SURNAME})"
                               rf"(?:{_COMMA}(?P<other>{_SURNAME}))*(?P<joined>{_JOINER}|{_COMMA})$")
_LIST_AFTER = regex.compile(rf"(?:{_COMMA}(?P<other>{_SURNAME}))*{_JOINER}(?P<other>{_SURNAME})(?=\s)")
# A lower-case word right after the use: with "the" before it, the surname
# names a thing ("the Obama eras"; the module's docstring).
_LOWER_AFTER = regex.compile(r"\s+\p{Ll}")
# The word after a run's end, read against names.yaml `run_heads`, without
# a possessive's or a closing single quote's mark ("campaign's",
# "administrations’", "‘the 2008 Obama campaign’": qa223 #2, qa231 #4).
_WORD_AFTER = regex.compile(r"\s+([\p{L}\p{M}'’-]+?)(?:['’]s?)?(?![\p{L}\p{M}'’-])")


def names_a_thing(text: str, start: int, end: int, persons: dict) -> bool:
    """Whether the surname alone at `text[start:end]` names a thing (the
    forms of the module's docstring); `persons` is `names.people`, whose
    keys are the surnames of people named in full."""
    return bool(FOR_OFFICE.match(text, end, None, SERIAL) or family_firm(text, start, end)
                or _NAME_OF_BEFORE.search(text, max(0, start - 40), start, SERIAL)
                or _ACRONYM_BEFORE.search(text, max(0, start - 12), start, SERIAL)
                or (_LOWER_AFTER.match(text, end, None, SERIAL) is not None
                    and THE_BEFORE.search(text, max(0, start - 8), start, SERIAL) is not None)
                or _the_run(text, start, end, persons))


def _the_run(text: str, start: int, end: int, persons: dict) -> bool:
    """Whether the use stands in a run "the" leads that a head noun ends
    (`_head_after`): right after "the" ("the Bush, Clinton and Obama"), after
    years ("the 2012 Obama campaign", "both the 2008 and 2012 Obama
    campaigns", "the 2008 Obama and Clinton campaigns"), or in a list of surnames joined by "and" or "or" ("the Bush and Obama
    administrations", "the Bush, Clinton and Obama administrations", "the
    Conlon and Maguire families"; dc47 class D, qa208 #2-#4, qa218 #5).
    The list's other surnames are persons' named in full (keys of
    `persons`), no body ("the GOP and Obama aides", "the Senate and Obama
    agreed": qa218 #2); a word after the run that is no head noun leaves
    the person ("The 2008 Obama would never", "Whether the Clintons or Obama
    gets": qa208 #5, qa218 #3, #4). A comma alone joins no list's last
    member: "Leaders of the Senate, Obama said, would wait"."""
    if (THE_BEFORE.search(text, max(0, start - 8), start, SERIAL)
            or _YEARS_BEFORE.search(text, max(0, start - 40), start, SERIAL)):
        others, joined = [], ","
    else:
        listed = _LISTED_BEFORE.search(text, max(0, start - 80), start, SERIAL)
        if listed is None:
            return False
        others, joined = listed.captures("other"), listed["joined"].strip()
    stop = end
    if joined == ",":
        rest = _LIST_AFTER.match(text, end, min(len(text), end + 80), SERIAL)
        if rest is None and others:
            return False
        if rest is not None:
            others, stop = others + rest.captures("other"), rest.end()
    return all(o in persons for o in others) and _head_after(text, stop)


def _head_after(text: str, at: int) -> bool:
    """Whether the word after offset `at` is a head noun of names.yaml
    `run_heads` ("campaign", "administrations"), in any case, also in the
    possessive or before a closing single quote ("campaign's",
    "administrations’", "campaign’"); a plain word's possessive before one
    ("voters' campaign") is no head noun. One modifier of names.yaml
    `run_modifiers`, bare, may stand before the head noun ("presidential
    campaign", "reelection campaign": qa223 #3); no other word may (a verb,
    a number: "would campaign", "eight years ago", "build campaign teams")."""
    t = tables()
    found = _WORD_AFTER.match(text, at, min(len(text), at + 40), SERIAL)
    if found is not None and found.end() == found.end(1) and found[1].lower() in t["run_modifiers"]:
        found = _WORD_AFTER.match(text, found.end(), min(len(text), found.end() + 40), SERIAL)
    return found is not None and found[1].lower() in t["run_heads"]
