"""Cities named inside a sentence, read as places (qa198 #4).

The cities are the ones AP's datelines name alone (`standalone_datelines` in
`lint/data/plain_text.yaml`, the list the text and HTML readers read
datelines with; source: AP Stylebook, "datelines"): after `in`, `at`, `on`
or `via` (`document_places` in attribution.yaml) such a name says where,
never who (`The plan in Chicago is “…”`). Other capitals after those words
are left as they were: a body that speaks stands there as often (`pending in
Congress`), and no list tells the two apart.
"""
from __future__ import annotations

from functools import lru_cache

from .. import rx as regex

from ..rule_cache import load_data
from .body_names import fold
from .speech_cues import TOKEN, word_lists
from .word_patterns import phrase_alternation


@lru_cache(maxsize=None)
def _pattern() -> "regex.Pattern":
    """A place's preposition, then one of the cities (group 1), in any case,
    whole words only: no letter, apostrophe or hyphen after it (`Chicago's`
    owns), nor a stop run into a letter (`Chicago.gov`); a stop that ends
    the sentence is no part of the name (`at least in Chicago.`, qa214 #6)."""
    alternation = phrase_alternation(load_data("plain_text.yaml")["standalone_datelines"])
    places = phrase_alternation(word_lists()["document_places"])
    return regex.compile(rf"(?i)(?<![\p{{L}}'\u2019-])(?:{places})\s+({alternation})(?![\p{{L}}'\u2019-]|\.\p{{L}})")


def city_tokens(clause: str) -> frozenset[int]:
    """The positions, in `TOKEN`'s cut of the clause, of the words of each AP
    dateline city after `in`/`at`/`on`/`via` in it, the opening phrase's too
    (`In Chicago the plan is`): those words say where. Only those positions
    do: the same name elsewhere may be a speaker's (`Washington, back in
    Washington, was`, qa214 #3), and so may a capital beside the city (`In
    Chicago Smith, 56, is`). A city's possessive stays a possible speaker
    (`in Chicago's view`). A lower-case city is marked too and names nobody
    either way."""
    # read with each letter's accents dropped, one character for one, so the
    # list's spellings match the city as AP writes it (`in São Paulo`, `in
    # Zürich`: as the readers' `standalone_place` folds a bold dateline) and
    # every position stays the clause's own
    text = clause if clause.isascii() else "".join(fold(c)[:1] or c for c in clause)
    spans = [m.span(1) for m in _pattern().finditer(text)]
    if not spans:
        return frozenset()
    return frozenset(i for i, t in enumerate(TOKEN.finditer(clause))
                     if any(a <= t.start() < b for a, b in spans))
