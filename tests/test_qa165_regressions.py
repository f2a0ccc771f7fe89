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

def test_a_six_figure_headline_over_a_six_figure_body_is_supported():
    text = ("6-figure salary offered to new chief\n\n"
            "The council offered a six-figure salary to the new chief on Monday, officials said in a statement.\n")
    assert _found(text, UNSUPPORTED) == []


# 3 (HIGH) ---------------------------------------------------------------
# headline_prose.FOOTNOTE runs from a "Note:" line to the body's end, so
# under a real results table the story's prose paragraphs after a one-line
# note are taken for the note: the body is "no prose" and an unrelated
# headline goes unjudged. main flags it.

def test_prose_after_a_tables_note_still_counts():
    text = ("Wildfire forces evacuation of mountain villages\n\n"
            "Shr 1.20 dlrs vs 1.10 dlrs\nNet 5.0 mln vs 4.0 mln\n"
            "Note: Net excludes tax credits of 1,405,000 dlrs vs 3,538,000 dlrs.\n\n"
            "The company also said its chief executive would retire at the end of the year after a long search.\n")
    assert _found(text, UNRELATED) == [(1, 1)]


# 4 (HIGH) ---------------------------------------------------------------
# _html_text.TextSteps._after_held ends the paragraph at a held <br><br>
# ("4 p.m.<br><br>The") even while a quote opened before the break is still
# open, so a quote that runs over the line break, closed in the same <p>, is
# cut in two and reported as unbalanced. main reads one paragraph and
# reports nothing.

def _html_found(body: str, rule: str) -> list[tuple[int, int]]:
    from story_helpers import ferry_page
    return _found(ferry_page(body), rule, "story.html")


@pytest.mark.parametrize("body", [
    "<p>\u201cWe vote at 4 p.m.<br><br>The council agreed to it,\u201d he said.</p>",
    "<p>He said \u201cthey met at the U.S.<br><br>The talks went well\u201d on Monday.</p>",
])
def test_a_held_break_inside_an_open_quote_gives_no_unbalanced_quote(body):
    assert _html_found(body, "quotes.unbalanced") == []


# 5 (MED) ----------------------------------------------------------------
# _SENTENCE_OPENING's look-ahead excludes '-', '.', '&', '/' and the soft
# hyphen after the first word, but not an invisible joiner: 'A&#8203;-10',
# 'A&NoBreak;-10' (or a raw U+200B) read 'A' as a stopword opening a
# sentence, so the paragraph is cut before the name, as qa160 #3 was for
# 'A-10'. main keeps one paragraph.

@pytest.mark.parametrize("word", ["A&#8203;-10", "A&NoBreak;-10", "A\u200b-10"])
def test_an_invisible_joiner_inside_a_name_opens_no_sentence(word):
    from lint.readers import read_bytes
    from story_helpers import ferry_page
    doc = read_bytes("story.html", ferry_page(f"<p>The Air Force flew the U.S.<br><br>{word} fleet home.</p>").encode())
    assert len([p for p in doc.parts if p.kind == "paragraph"]) == 1
