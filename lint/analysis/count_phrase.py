"""A number that heads a plural noun phrase, and so is a count, not the
year or the day it follows: "On March 13, 2000 runners will take part",
"Monday and Thursday, March 3 and 6 others were charged" (qa213 #1, #2).

The phrase is the number, an optional range's end ("2000 to 3000
runners", qa213 #4), then a plural noun ("runners", "others", "people"),
or one word that may stand before a noun and then one ("2000 more
runners", "6 new cases"); a partitive "of them" ("6 of them") counts as
well. Anything else after the number keeps it a year or a day: a
preposition ("2020 at noon", "2020 in Dover"), a clock time, a place (in
capitals), a verb ("2000 will be"), a conjunction ("6 and left", "6 but"),
a parenthesis or the clause's end. A plural noun is a lower-case word in
-s (not -ss, -us, -is) that is neither a verb form the tense reader knows
(`verb_group.cue_words`: "marks", "votes") nor one of `not_plurals`, or
one of `count_plurals` (lint/data/dates.yaml).
"""
from __future__ import annotations

import regex

from .date_scan import names
from .verb_group import cue_words, words

_SPACE = r"[ \t\u00a0]+"

# "to" and a figure after the number: a count range's end heads the phrase.
_RANGE_END = regex.compile(rf"{_SPACE}to{_SPACE}(?:\d{{1,3}}(?:,\d{{3}})+|\d+)\b")

# "of them", "of whom" after the number: a part of a count ("6 of them").
_PARTITIVE = regex.compile(rf"{_SPACE}of{_SPACE}(?:them|us|whom|those|these)\b")

# A lower-case word after the number (or after the word before a noun).
_WORD = regex.compile(rf"{_SPACE}(\p{{Ll}}+)")


def heads_count(text: str, end: int) -> bool:
    """Does the number ending at `end` in `text` head a plural noun phrase
    (the module's reading)? Offsets are indexes of `text`."""
    if (span := _RANGE_END.match(text, end)) is not None:
        end = span.end()
    if _PARTITIVE.match(text, end):
        return True
    first = _WORD.match(text, end)
    if first is None:
        return False
    if _plural(first[1]):
        return True
    if not _may_modify(first[1]):
        return False
    second = _WORD.match(text, first.end())
    return second is not None and _plural(second[1])


def _plural(word: str) -> bool:
    """Is the lower-case `word` read as a plural noun (the module's test)?"""
    lists = names()
    if word in lists["count_plurals"]:
        return True
    return word.endswith("s") and not word.endswith(("ss", "us", "is")) \
        and word not in lists["not_plurals"] and not _function_word(word)


def _may_modify(word: str) -> bool:
    """May the lower-case `word` stand between a count and its noun ("more",
    "new", "local")? Not a verb form ("6 said organizers"), a pronoun, a
    determiner, a conjunction (`not_nouns`, but for `count_modifiers`) nor a
    preposition (`list_day_prepositions`: "2020 across states")."""
    lists = names()
    return not _function_word(word) and word not in lists["list_day_prepositions"] \
        and (word not in lists["not_nouns"] or word in lists["count_modifiers"])


def _function_word(word: str) -> bool:
    """A verb form or tense word (`verb_group.cue_words`) or a pronoun
    (tense.yaml's `pronouns`, `subject_pronouns`). Determiners ("the",
    "its") are in `not_nouns` and `not_plurals`."""
    tense_words = words()
    return word in cue_words() or word in tense_words["pronouns"] or word in tense_words["subject_pronouns"]
