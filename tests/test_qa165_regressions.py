"""qa165: quick QA of fx261 (titles: results tables, spelled counts of
digits) and fx262 (held <br><br>). Synthetic input only."""
from __future__ import annotations

import pytest

from lint import lint_text

UNRELATED = "titles.headline-unrelated"
UNSUPPORTED = "titles.headline-unsupported"


def _found(text: str, rule: str, name: str = "s.txt") -> list[tuple[int, int]]:
    return [(d.line, d.column) for d in lint_text(text, name) if d.rule == rule]


# 1 (HIGH) ---------------------------------------------------------------
# spelled_numbers._DIGIT_COUNT now also skips a number word before a space
# and "figure(s)"/"digit(s)" ("six figures", qa161 #6), so a real count of
# things called figures or digits no longer backs the headline's figure:
# "Six figure skaters", "four figures", "Three digits". main flags none.

@pytest.mark.xfail(strict=True, reason="a number word before ' figure(s)'/' digit(s)' is read as a count of "
                                       "digits, so 'Six figure skaters' no longer backs the headline's 6")
@pytest.mark.parametrize("headline, body", [
    ("6 figure skaters withdraw from Winter Games",
     "Six figure skaters withdrew from the Winter Games on Monday after falling ill, team officials said."),
    ("Police hunt 4 figures seen near bank",
     "Police are hunting four figures who were seen near the bank late on Sunday, a spokesman said."),
    ("3 digits of code leaked",
     "Three digits of the code leaked on Monday, a spokesman said, before the firm changed it."),
])
def test_a_count_of_figure_skaters_or_digits_backs_the_headline(headline, body):
    assert _found(f"{headline}\n\n{body}\n", UNSUPPORTED) == []


# 2 (HIGH) ---------------------------------------------------------------
# 'six-figure' in the body no longer backs anything (610d37b1), but the
# headline's own '6-figure' is still read as a count of 6, so a headline
# that says just what the body says is flagged. main flags nothing.

@pytest.mark.xfail(strict=True, reason="the headline's '6-figure' is read as the count 6 while the body's "
                                       "'six-figure' is not: a false headline-unsupported")
def test_a_six_figure_headline_over_a_six_figure_body_is_supported():
    text = ("6-figure salary offered to new chief\n\n"
            "The council offered a six-figure salary to the new chief on Monday, officials said in a statement.\n")
    assert _found(text, UNSUPPORTED) == []


# 3 (HIGH) ---------------------------------------------------------------
# headline_prose.FOOTNOTE runs from a "Note:" line to the body's end, so
# under a real results table the story's prose paragraphs after a one-line
# note are taken for the note: the body is "no prose" and an unrelated
# headline goes unjudged. main flags it.

@pytest.mark.xfail(strict=True, reason="a one-line 'Note:' under a results table swallows the prose "
                                       "paragraphs after it, so an unrelated headline is no longer flagged")
def test_prose_after_a_tables_note_still_counts():
    text = ("Wildfire forces evacuation of mountain villages\n\n"
            "Shr 1.20 dlrs vs 1.10 dlrs\nNet 5.0 mln vs 4.0 mln\n"
            "Note: Net excludes tax credits of 1,405,000 dlrs vs 3,538,000 dlrs.\n\n"
            "The company also said its chief executive would retire at the end of the year after a long search.\n")
    assert _found(text, UNRELATED) == [(1, 1)]
