"""A quote given as an example of a kind: `topics like “Basic open source
community management”`, `stories with headlines such as “…”`, `Questions
like “How do we pay for this?” come up at every meeting.`, `While comments
like, “We tried Agile, but it never took off,” … are pointed at Agile`.

Right after a noun that names a kind of thing that is never anybody's words
(topics, concepts, headlines, titles: `example_nouns` in
`lint/data/attribution.yaml`) and `like` or `such as` (a comma or colon may
follow), the quote is one instance of that kind, not a direct quote,
whatever its length (AP Stylebook, "quotation marks": words used in a
special sense; a short quote after `like` alone is already a term,
`speech_cues.is_name`). After a kind of words people say (questions,
comments, phrases: `example_speech_nouns`) it is an example only when that
noun opens its sentence, or a clause after a subordinator (`While`, `If`:
`example_clause_openers`; inside the sentence, after a comma: `The plan
stalled, while comments like “…” piled up`) or a semicolon, with a
determiner at most before it: the kind is what the sentence is about. A
possessive determiner (`Her comments like “…”`: `possessive_determiners`)
names whose words they are, so the quote is her speech, no example (qa236
#5). As an object (`Employees made comments like “…”`, `The council heard
complaints such as “…”`) it is speech somebody
made, and stays a direct quote (qa195 #2). Asked only of quotes nobody is
said to have said, so `She asked questions like “Why now?”` stays her
words. Any other noun before `like` (`a roar like “…”`) leaves the quote as
it was.
"""
from __future__ import annotations

from functools import lru_cache

from .. import rx as regex

from .speech_cues import LEAD_IN_REACH, alternatives, word_lists

__all__ = ["is_example", "joins_examples"]

_LIKE = r"\s+(?:like|such\s+as)[\s,:]*"
# What joins two items of a list of examples: a comma or a lower-case conjunction.
_JOINER = regex.compile(r",|(?<!\p{L})(?:and|or|as\s+well\s+as)(?!\p{L})")


def _determiners() -> str:
    """`term_determiners` less the possessive ones (`her`, `their`)."""
    owners = {str(w).lower() for w in word_lists()["possessive_determiners"]}
    return "|".join(regex.escape(str(w)) for w in word_lists()["term_determiners"] if str(w).lower() not in owners)


@lru_cache(maxsize=None)
def _patterns() -> tuple["regex.Pattern", "regex.Pattern", "regex.Pattern"]:
    """(a thing-kind and `like` anywhere before the quote; a speech kind and
    `like` that open the sentence, matched whole; the same opening a clause
    inside the sentence, after a semicolon or a comma and a subordinator)."""
    w = word_lists()
    things = regex.compile(rf"(?i)(?<![\w-])(?:{alternatives(w['example_nouns'])}){_LIKE}$")
    opener = rf"(?:{alternatives(w['example_clause_openers'])}),?"
    kind = rf"(?:(?:{_determiners()})\s+)?(?:{alternatives(w['example_speech_nouns'])}){_LIKE}"
    said = regex.compile(rf"(?i)\s*(?:{opener}\s+)?{kind}")
    clause = regex.compile(rf"(?i)(?:;(?:\s*{opener})?|,\s*{opener})\s+{kind}$")
    return things, said, clause


def is_example(text: str, start: int, sentence_start: int = 0) -> bool:
    """Whether the quote opening at text[start] follows a kind and `like`/`such
    as` in its sentence (which starts at `sentence_start`), as above."""
    things, said, clause = _patterns()
    reach = max(sentence_start, start - LEAD_IN_REACH)
    return things.search(text, reach, start) is not None or said.fullmatch(text, sentence_start, start) \
        is not None or clause.search(text, reach, start) is not None


def joins_examples(text: str, previous_end: int, previous_close_width: int, start: int) -> bool:
    """Whether the quote at text[start] continues a list of examples whose
    last quote ends at text[previous_end] (its closing mark
    `previous_close_width` wide, 0 if unclosed): a comma between them, in
    the gap or just inside that closing mark (`topics like “A,” “B” and
    “C”`), or a lower-case `and`/`or`. With only a space, or a capitalised
    `And` after a full stop, the quote opens a sentence of its own and is
    somebody's words (`topics like “Fares.” “The ferry costs me …”`: qa236 #1)."""
    inside = previous_end - previous_close_width - 1
    return (previous_close_width > 0 and inside >= 0 and text[inside] == ",") \
        or _JOINER.search(text, previous_end, start) is not None
