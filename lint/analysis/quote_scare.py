"""A scare quote after an invitation in the passive (nu61 #5): `you're
encouraged to “tell your digital metrics story”` sets off the writer's own
phrase, one the reader is invited to act on; nobody is said to speak it.

Kept narrow, since readings that let a quote go unflagged were taken back
for silencing true findings: the quote stands right after a form of `be`
(or `'re`, `'s`), one of `invitation_verbs` (attribution.yaml: `encouraged`,
`invited`, `urged`, `welcome`, `asked`) and `to`, in that order; its words
open in lower case (no sentence of its own), hold no full stop, question or
exclamation mark, number PHRASE_WORDS at most and hold no first-person
pronoun (`the hostage was invited to “confess or we will shoot you”`: a
speaker's `we`, qa312 #4). A speaker's words after
an active verb stay speech (`The mayor urged residents to “stay indoors
until the storm passes”`: the mayor is the speaker, and the cue attributes
it), and so does a sentence quoted whole (`are asked to “Please keep off.”`).
"""
from __future__ import annotations

from functools import lru_cache

import regex

from .speech_cues import WORD, alternatives, word_lists

__all__ = ["invited_phrase"]
PHRASE_WORDS = 8      # a longer quote is no phrase set off but somebody's words
LOOK_BACK = 60        # characters before the quote that the invitation must end in
# Pronouns of a speaker, in lower case as a phrase sets them (`Our Town`, `US`
# are names; `mine` is left out, a noun as often: `tour the old mine`, qa315 #1)
FIRST_PERSON = frozenset({"me", "my", "myself", "we", "us", "our", "ours", "ourselves"})


@lru_cache(maxsize=None)
def _invitation():
    verbs = alternatives(word_lists()["invitation_verbs"])
    return regex.compile(rf"(?i:(?:(?<![\p{{L}}'\u2019])(?:are|is|am|be|been|being|were|was)"
                         rf"|(?<=\p{{L}})['\u2019](?:re|s|m))\s+(?:{verbs})\s+to\s+)\Z")


def _speaks(word: str, after: str) -> bool:
    """`word` (then the word `after` it, "" at the end) is a speaker's: a
    first-person pronoun in lower case (`we`, `we're`), `let's`, or `I` with
    a contraction or a lower-case word after it (`I'm`, `I will`), never a
    numeral (`World War I`, qa315 #1)."""
    head, _, tail = _split(word)
    return head in FIRST_PERSON or (head == "let" and tail.lower() == "s") \
        or head == "I" and bool(tail or after[:1].islower())


def _split(word: str) -> tuple[str, str, str]:
    """`word` split at its first apostrophe: (head, mark, tail), or (word, "", "")."""
    parts = regex.split(r"(['\u2019])", word, maxsplit=1)
    return (parts[0], parts[1], parts[2]) if len(parts) == 3 else (word, "", "")


def invited_phrase(text: str, start: int, end: int, open_width: int, close_width: int) -> bool:
    """The quote text[start:end] (marks `open_width` and `close_width` wide)
    is a phrase set off after an invitation in the passive (see the module
    docstring)."""
    inner = text[start + open_width:end - close_width]
    words = WORD.findall(inner)
    if not inner[:1].islower() or regex.search(r"[.!?]", inner) or len(words) > PHRASE_WORDS:
        return False
    if any(_speaks(w, nxt) for w, nxt in zip(words, words[1:] + [""])):
        return False
    return _invitation().search(text[max(0, start - LOOK_BACK):start]) is not None
