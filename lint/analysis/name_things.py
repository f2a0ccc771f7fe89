"""A surname alone that names a thing, not the person (names.first-reference).

`names_a_thing(text, start, end, persons)` reads the surname at
`text[start:end]` (offsets into one part's text) and answers whether it
names something the person gave a name to, or that bears it: a place after
a name and "of" (`_NAME_OF_BEFORE`), a campaign committee named for its
candidate ("Biden for President", "Obama for America"), a firm named for a
family ("Smith & Sons", nu21: `firm_terms.family_firm`), the last word of
another name an acronym leads ("CRISPR Therapeutics" in a story that names
"Intellia Therapeutics": no person's given name is in capitals), a word
right after "the" ("the Obama eras", "from the Bible" over "the King James
Bible": nu48 #8; a person's surname alone takes no article), or one of the
runs "the" leads (`_the_run`: "the 2012 Obama campaign", "the Bush, Clinton
and Obama administrations"). No search of the story: each form reads a few
dozen characters on either side of the use.
"""
from __future__ import annotations

import regex

from ..regex_cache import SERIAL
from .firm_terms import family_firm
from .verb_group import group_adverb, noun_like, words
from .words import is_common

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
_YEARS_BEFORE = regex.compile(rf"(?r)(?<![\p{{L}}\p{{M}}'’-])(?i:the)\s+"
                              rf"{_YEAR}(?:(?:{_COMMA}{_YEAR})*{_JOINER}{_YEAR})?\s+$")
_LISTED_BEFORE = regex.compile(rf"(?r)(?<![\p{{L}}\p{{M}}'’-])(?i:the)\s+(?P<other>{_SURNAME})"
                               rf"(?:{_COMMA}(?P<other>{_SURNAME}))*(?P<joined>{_JOINER}|{_COMMA})$")
_LIST_AFTER = regex.compile(rf"(?:{_COMMA}(?P<other>{_SURNAME}))*{_JOINER}(?P<other>{_SURNAME})(?=\s)")
# Up to three words from a run's end: the first is the word that ends it.
_WORDS_AFTER = regex.compile(r"(?:\s+([\p{L}\p{M}'’-]+)){1,3}")


def names_a_thing(text: str, start: int, end: int, persons: dict) -> bool:
    """Whether the surname alone at `text[start:end]` names a thing (the
    forms of the module's docstring); `persons` is `names.people`, whose
    keys are the surnames of people named in full."""
    return bool(FOR_OFFICE.match(text, end, None, SERIAL) or family_firm(text, start, end)
                or _NAME_OF_BEFORE.search(text, max(0, start - 40), start, SERIAL)
                or _ACRONYM_BEFORE.search(text, max(0, start - 12), start, SERIAL)
                or THE_BEFORE.search(text, max(0, start - 8), start, SERIAL)
                or _the_run(text, start, end, persons))


def _the_run(text: str, start: int, end: int, persons: dict) -> bool:
    """Whether the use stands in a run "the" leads and a noun ends: after
    years ("the 2012 Obama campaign", "Both the 2008 and 2012 Obama
    campaigns"), or in a list of surnames joined by "and" or "or" that a
    noun ends ("the Bush and Obama administrations", "the Bush, Clinton and
    Obama administrations", "the Conlon and Maguire families"; dc47 class
    D, qa208 #2-#4). A verb or a modal after the run makes the use a
    person's: "The 2008 Obama would never have signed this bill" (qa208
    #5), "Leaders of the Senate and Obama agreed". The list's other
    surnames are persons' named in full (keys of `persons`: "the Bush and
    Obama plan" after "George W. Bush"), or else no ordinary word
    (`words.is_common`: "the Senate and Obama aides" lists a body) and a
    plural noun ends the list ("the Bush and Obama administrations" with
    no Bush named in full). A comma alone joins no list's last member:
    "Leaders of the Senate, Obama said, would wait"."""
    if _YEARS_BEFORE.search(text, max(0, start - 40), start, SERIAL):
        return _noun_after(text, end, text[start:end], plural=False)
    listed = _LISTED_BEFORE.search(text, max(0, start - 80), start, SERIAL)
    if listed is None:
        return False
    others, stop, last = listed.captures("other"), end, text[start:end]
    if listed["joined"].strip() == ",":
        rest = _LIST_AFTER.match(text, end, min(len(text), end + 80), SERIAL)
        if rest is None:
            return False
        others, stop, last = others + rest.captures("other"), rest.end(), rest["other"]
    named = all(o in persons for o in others)
    return (named or not any(map(is_common, others))) and _noun_after(text, stop, last, plural=not named)


def _noun_after(text: str, at: int, name: str, plural: bool) -> bool:
    """Whether the word after offset `at`, where the run's last word `name`
    ends, is a lower-case noun (a plural one with `plural`: in -s, not
    -ss): no adverb of a verb group (`verb_group.group_adverb`: "never",
    "also"), no reflexive pronoun ("himself"), and a word that may end a
    noun phrase (`verb_group.noun_like`): no function word ("and", "his",
    "in") and no verb, as `verb_group.cue` reads it after the name
    ("would", "was", "signed", "agreed", "cut" before an object)."""
    found = _WORDS_AFTER.match(text, at, min(len(text), at + 60), SERIAL)
    if found is None or not found[1][0].islower():
        return False
    seq = [name, *found.captures(1)]
    lows = [w.lower() for w in seq]
    if plural and (not lows[1].endswith("s") or lows[1].endswith("ss")):
        return False
    w = words()
    return not (group_adverb(lows, 1, w) or lows[1].endswith(("self", "selves"))) and noun_like(seq, lows, 1, w)
