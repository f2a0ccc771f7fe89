"""A year written before a yearless date in its sentence sets that date's
year (`dates._year_from_sentence`); whether a sentence ends between the two
is read on the text's shared sentence starts (`dates._sentence_ends`), not
by a sentence-end search from the year for each date. Both must answer
alike, wherever the date stands."""
from __future__ import annotations

import datetime as dt

from lint.analysis import dates
from lint.analysis.sentences import SENTENCE_END, sentence_bounds
from lint.analysis.year_sources import text_years

TEXTS = [
    "In 2008, the campaign began airing ads in mid-September and won in November.",
    "The plant closed in 2008. It reopened on June 5 and again in July.",
    "The plant closed in 2008.It reopened on June 5.",
    "The plant closed in 2008; it reopened on June 5.",
    "Sales rose in 2008! By June 5 they fell. Then in 2009 Mr. Smith left on Dec. 3.",
    "It was built in 1998 at 7 p.m. Nov. 25 the crews left, and in 2001 (\"on March 3.\") it shut.",
    "Since 2019, U.S. officials said on May 4 that in 2020 ... the vote on May 9. Later, in 2021 Gen. Lee came.",
    "By 1999 the firm had grown.\u201d On Oct. 2 it split. During 2003 St. Louis grew; on May 1 it shrank?  In 2004 it won.",
]


class _At:
    """What `_sentence_ends` reads of a mention."""

    def __init__(self, text: str, start: int, bounds: list[int]) -> None:
        self.text, self.start, self.bounds = text, start, bounds


def _searched(text: str, y_end: int, start: int) -> bool:
    stop = SENTENCE_END.search(text, y_end, None)
    return stop is not None and stop.end() <= start


def test_sentence_ends_answers_as_the_search_from_the_year():
    checked = 0
    for text in TEXTS:
        years = text_years(text)
        assert years, text
        for y_end, _, _ in years:
            for start in range(y_end, len(text) + 1):
                shared: list[int] = []          # empty: filled on first use, as in `_find`
                assert dates._sentence_ends(_At(text, start, shared), y_end) == _searched(text, y_end, start), \
                    (text, y_end, start)
                assert shared == sentence_bounds(text)
                checked += 1
    assert checked > 500


def test_the_bounds_filled_are_the_ones_the_tense_reads():
    text = "The plant closed in 2008. It reopened on June 5, and in 2009 on May 1."
    found = dates.find_mentions(text, dt.date(2026, 3, 1))
    june = next(m for m in found if m.matched == "June 5")
    may = next(m for m in found if m.matched == "May 1")
    assert june.first.year == 2026           # a sentence ends after 2008
    assert may.first.year == 2009            # its own sentence's year
    assert june.bounds is may.bounds and june.bounds == sentence_bounds(text)
