"""A quote given as an example of a kind of words: `questions like “How do
we make better use of our time?”`, `comments like, “We tried Agile, but it
never took off,”`, `topics such as “Basic open source community management”`.

Right after a noun that names a kind of words (questions, comments,
phrases, topics, slogans: `example_nouns` in `lint/data/attribution.yaml`)
and `like` or `such as` (a comma or colon may follow), the quote is one
instance of that kind, a phrase posed as a type, not anybody's words: no
direct quote, whatever its length (AP Stylebook, "quotation marks": words
used in a special sense; a short quote after `like` alone is already a term,
`speech_cues.is_name`). Asked only of quotes nobody is said to have said, so
`She asked questions like “Why now?”` stays her words. Any other noun before
`like` (`a roar like “…”`, `symptoms like “…”`) leaves the quote as it was.
"""
from __future__ import annotations

from functools import lru_cache

import regex

from .speech_cues import LEAD_IN_REACH, word_lists

__all__ = ["is_example"]


@lru_cache(maxsize=None)
def _example() -> "regex.Pattern":
    """`questions like,`, `a phrase such as`: a kind of words and the word that gives an instance."""
    nouns = "|".join(regex.escape(str(n)) for n in word_lists()["example_nouns"])
    return regex.compile(rf"(?i)(?<![\w-])(?:{nouns})\s+(?:like|such\s+as)[\s,:]*$")


def is_example(text: str, start: int, sentence_start: int = 0) -> bool:
    """Whether the quote opening at text[start] follows a kind of words and
    `like`/`such as` in its sentence (which starts at `sentence_start`)."""
    return _example().search(text, max(sentence_start, start - LEAD_IN_REACH), start) is not None
