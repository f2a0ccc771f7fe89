"""The headline-case reading of a quote (lint/analysis/quote_title_case.py):
the shapes it takes for a title and the nearest ones it leaves speech."""
import pytest

from lint.analysis.quote_title_case import title_cased


def _quoted(words: str) -> bool:
    text = f"It was “{words}” all along."
    start = text.index("“")
    return title_cased(text, start, text.index("”") + 1, 1, 1)


@pytest.mark.parametrize("words", [
    "Calling all Riders—Help the Ferry Board Plan its Summer Timetable,",
    "Ferry Tales: How the Harbor Towns are Changing the Rules of Travel.",
    "Bridges with Towers Across Northern Rivers",       # `with`, `across`: small words
])
def test_a_headline_case_quote_is_a_title(words):
    assert _quoted(words)


@pytest.mark.parametrize("words", [
    "The Ferry Board approved new fares for Harbor Riders.",   # `approved`, `fares`: speech
    "Ferry Tales Are Late Again. Riders Wait Outside Every Morning.",  # two sentences
    "FERRY TALES: HOW THE HARBOR TOWNS CHANGED TRAVEL",  # no case to read
    "Tell Mary Where it is",                            # three long words only
    "calling All Riders Help Board Plan",               # a lower-case first word
    "Ferry " * 25,                                      # past TITLE_CASE_WORDS
])
def test_the_nearest_shapes_stay_speech(words):
    assert not _quoted(words.strip())


# --- qa290: speech whose long words are all names -------------------------------
from lint import lint_text  # noqa: E402
from lint.config import Config  # noqa: E402


@pytest.mark.xfail(strict=True, reason="qa290 #1: speech whose long words are all proper names "
                   "(`My son Michael is at Boston College in New England.`) passes for a headline-case title; "
                   "main flagged it as unattributed")
def test_speech_made_of_names_is_no_title():
    text = ("# Headline\n\nThe family waited at the airport for hours. “My son Michael is at Boston "
            "College in New England.” The flight never came.\n")
    found = [(d.rule, d.line, d.column) for d in lint_text(text, "s.md", config=Config(select=("quotes",)))]
    assert ("quotes.unattributed", 3, 45) in found


@pytest.mark.xfail(strict=True, reason="qa290 #1: an emailed question made of names (PolNeAR train, "
                   "west-journal_2015-12-01_just-leaked-look-at-hillary-s-sh.txt@306) reads as a title")
def test_a_question_made_of_names_is_no_title():
    assert not _quoted("Is Dalton Brody off Conn or Wisconsin?")


@pytest.mark.xfail(strict=True, reason="qa290 #5: a headline-case title opening with a numeral "
                   "(`10 Ways to Improve …`) is left speech while `Ten Ways to Improve …` is a title")
def test_a_title_opening_with_a_numeral_is_a_title():
    assert _quoted("10 Ways to Improve the Usability of all Agency Websites.")
