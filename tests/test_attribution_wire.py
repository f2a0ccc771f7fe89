"""Wire copy read in its real paragraphs (Reuters-21578 since the text reader
splits indented paragraphs): kinds of false alarm found there, one test per
kind (the sentences are ours), each with the near miss that must stay flagged."""
from __future__ import annotations

from lint.analysis.attribution import attribution
from lint.analysis.speakers import lower_case_copy
from test_quotes import body

# A story as some wire feeds send it: names, places and months in lower case.
LOWER = [
    "Lima, june 3 - peru is seeking a new accord with its creditor banks on the "
    "debt, finance minister luis carrera told a press conference in the capital.",
    "He declined to comment on talks this week in london between the treasury and "
    "the bank committee, except to say they were going well enough for now.",
    "The banks have offered a margin of one pct over libor, banking sources said, "
    "against the 1-1/8 pct of the last accord, and carrera wants less than that.",
]
# The same story as most copy writes it.
CASED = [p.replace("peru", "Peru").replace("luis carrera", "Luis Carrera")
         .replace("london", "London").replace("libor", "Libor").replace("carrera wants", "Carrera wants")
         for p in LOWER]
QUOTE = "“the talks will go on until both sides can live with the terms,” carrera said."
BARE = "“the talks will go on until both sides can live with the terms.”"


def flagged(*paragraphs: str) -> list[bool]:
    """Per quote run: would quotes.unattributed report it (ignoring min_words)?"""
    return [not s.attributed and s.direct for s in attribution(body(*paragraphs))]


def test_lower_case_copy_is_told_by_the_capitals_inside_its_sentences():
    assert lower_case_copy(body("Headline", *LOWER, QUOTE))
    assert not lower_case_copy(body("Headline", *CASED, QUOTE))
    assert not lower_case_copy(body("Headline", "“Short,” he said."))   # too few words to tell


def test_a_lower_case_name_speaks_in_lower_case_copy():
    assert flagged("Headline", *LOWER, QUOTE) == [False]
    assert flagged("Headline", *LOWER, "“the terms are fair for both sides,” bank workers leader "
                   "ana ruiz told reuters.") == [False]


def test_a_lower_case_word_is_no_speaker_in_cased_copy_nor_a_bare_quote_in_lower_case():
    assert flagged("Headline", *CASED, QUOTE) == [True]
    assert flagged("Headline", *LOWER, BARE) == [True]


def test_a_name_is_learnt_across_a_line_break():
    """`said Walter\\nBrown` in wrapped copy writes `Brown` inside a sentence,
    so `Brown took it further. “…”` introduces Brown's words."""
    wrapped = ("“Growers want the loan price for security,” said Walter\n"
               "Brown, an analyst for a cotton producer.")
    later = "Brown took that a step further. “I don't think the planted acreage matters at all.”"
    assert flagged("Headline", wrapped, later) == [False, False]
    unnamed = ("“Growers want the loan price for security,” said an analyst\n"
               "for a cotton producer.")
    assert flagged("Headline", unnamed, later) == [False, True]
