"""A headline count the body gives as an ordinal, in the one sense that makes
them the same number: a span of years or an age (nu23 #3, qa50 #1).

`50 years on` is borne out by `the 50th anniversary`, `Six years improving`
by `its sixth anniversary`, `turns 70` by `his 70th birthday`. An ordinal
that ranks or names something else backs no count: `5 shot` over `5th
Street`, `Three hurt` over `the third crash`, `7 students` over `7th graders`.
The word lists are `ordinal_years` and `ordinal_ages` in data/titles.yaml.
"""
from __future__ import annotations

from functools import lru_cache

from .. import rx as regex

from .words import tables

_NEXT_WORD = regex.compile(r"[\s-]+(\p{L}+)")
_LAST_WORD = regex.compile(r"(\p{L}+)\s+$")


def ordinal_nouns(headline: str, start: int, end: int) -> tuple[str, ...]:
    """The nouns a body ordinal of the headline number headline[start:end]
    must come before to state it: the years nouns when the number counts
    years (`50 years`), the age nouns when it is an age (`turns 70`, `at
    100`), else none."""
    years, ages = tables()["ordinal_years"], tables()["ordinal_ages"]
    nxt = _NEXT_WORD.match(headline, end)
    if nxt and nxt[1].lower() in years["counts"]:
        return tuple(years["nouns"])
    before = _LAST_WORD.search(headline, 0, start)
    if before and before[1].lower() in ages["after"]:
        return tuple(ages["nouns"])
    return ()


def said_as_ordinal(headline: str, start: int, end: int, value: str, text: str) -> bool:
    """The body `text` gives the headline count headline[start:end]
    (normalised `value`) as an ordinal of a span of years or an age."""
    if not value.isdigit():
        return False
    nouns = ordinal_nouns(headline, start, end)
    return bool(nouns) and _pattern(value, nouns).search(text) is not None


@lru_cache(maxsize=256)
def _pattern(value: str, nouns: tuple[str, ...]) -> "regex.Pattern":
    """`value` as an ordinal (`50th`, `fiftieth`), then at most one word
    (`the 50th wedding anniversary`), then one of `nouns`."""
    spelled = [w for w, v in tables()["ordinal_words"].items() if str(v) == value]
    forms = "|".join([rf"{value}(?:st|nd|rd|th)"] + spelled)
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}.,])(?:{forms})(?:[\s-]+\p{{L}}+)?[\s-]+"
                         rf"(?:{'|'.join(nouns)})(?![\p{{L}}])", regex.IGNORECASE)
