"""A quote given as an example of a kind (`questions like “How do we …”`,
`comments such as “We tried …”`): a plural noun and `like` or `such as`
right before it. Word lists: `example_lead_ins` and `seeming_verbs` in
`lint/data/attribution.yaml` (nu46 #5, fx319)."""
from __future__ import annotations

from functools import lru_cache

import regex

from .speech_cues import word_lists

REACH = 40   # characters before a quote searched for the lead-in


@lru_cache(maxsize=None)
def _lead_in():
    w = word_lists()
    leads = "|".join(r"\s+".join(map(regex.escape, str(x).split())) for x in w["example_lead_ins"])
    seeming = "|".join(regex.escape(str(x)) for x in w["seeming_verbs"])
    # a lower-case word ending in `s` (not a verb of seeming), then `like` / `such as`
    return regex.compile(rf"(?i)(?<![\w'’-])(?!(?:{seeming})\b)(?-i:\p{{Ll}}[\p{{Ll}}-]*s),?"
                         rf"\s+(?:{leads}),?\s*$")


def is_example(text: str, sentence_start: int, start: int) -> bool:
    """The quote opening at text[start] follows `<plural noun> like` or
    `<plural noun> such as` in its sentence (which starts at sentence_start)."""
    return _lead_in().search(text, max(sentence_start, start - REACH), start) is not None
