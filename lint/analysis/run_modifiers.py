"""The words that may end a run "the" leads (names.first-reference, `name_things`).

`head_noun(word)`: a head noun of names.yaml `run_heads`, in any case, in
the possessive too ("the 2012 Obama campaign's chief strategist", "the Bush
and Obama administrations’ policies": qa223 #2). `modifier(word)`: the one
word that may stand between the run and its head noun ("the 2012 Obama
presidential campaign", "reelection campaign": qa223 #3): lower case, and
by the project's verb reading no verb, adverb or function word, so "The
2008 Obama would campaign", "rarely campaigns", "never campaigns", "ran
campaigns" and "loves campaigns" stay the person's.
"""
from __future__ import annotations

import regex

from .name_titles import tables
from .verb_group import cue_words, group_adverb, words
from .words import tables as word_tables

# A possessive ending: "'s", "’s", or the mark alone after a plural's s.
_POSSESSIVE = regex.compile(r"(?:['’]s|(?<=s)['’])$")
# A lower-case word, hyphens inside ("re-election"), no mark.
_PLAIN_LOWER = regex.compile(r"\p{Ll}[\p{Ll}\p{M}]*(?:-[\p{Ll}\p{M}]+)*")
# The endings of verb forms the verb reading takes for cues (verb_group
# `_CUE_ENDINGS`: "campaigned", "running"), and the -s of a present verb
# ("loves", "runs") that a plural noun shares; "-ss" is neither ("press").
_VERB_ENDINGS = ("ed", "ing", "s")


def head_noun(word: str) -> bool:
    """Whether `word` (as the text spells it) is a head noun of names.yaml
    `run_heads`, in any case, a possessive ending stripped."""
    return _POSSESSIVE.sub("", word).lower() in tables()["run_heads"]


def modifier(word: str) -> bool:
    """Whether `word` may modify a run's head noun: a plain lower-case
    word that is no function word (titles.yaml `stopwords`: "would",
    "and"), no cue of the verb reading (verb_group `cue_words`: "ran",
    "can", "often", "expects"), no adverb of a verb group (`group_adverb`:
    "never", "rarely", "also"), and no form in -ed, -ing or -s but -ss
    ("press")."""
    if _PLAIN_LOWER.fullmatch(word) is None:
        return False
    return (word not in word_tables()["stopwords"] and word not in cue_words()
            and not group_adverb([word], 0, words())
            and (word.endswith("ss") or not word.endswith(_VERB_ENDINGS)))
