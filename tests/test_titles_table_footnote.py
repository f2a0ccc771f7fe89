"""A table of figures with a footnote is still a table (qa151, final-note42):
titles.headline-unrelated leaves a body with no prose unjudged (an earnings
or sports agate: the company its headline names is not in its rows), but a
"NOTE: Net excludes tax credits of ..." line under the rows read as prose,
so the rule fired on 7.9% of Reuters-21578 train stories, nearly all of them
results tables. A footnote under figures (its NOTE line's paragraph and the
paragraphs with a figure after it) is now no prose; prose above the table still
is, and a note alone is no table. fx388 and fx395 read more after a note as
footnote (a figure-free line, another note, a dateline's end); QA found prose
swallowed each time (qa260 #2, qa267 #1), so main's reading stands and those
cases are strict xfails. Synthetic input."""
from __future__ import annotations

import pytest

from lint import lint_text
from lint.analysis.headline import profile_text

RULE = "titles.headline-unrelated"
ROWS = ("DALLAS, March 5 - Shr 32 cts vs seven cts\n"
        "    Net 2,599,000 vs 550,000\n"
        "    Revs 94.4 mln vs 69.4 mln\n")
NOTE = "    NOTE: Net excludes tax credits of 1,405,000 dlrs vs\n3,538,000 dlrs.\n Reuter\n"
STORY = ("The city council approved next year's budget on Tuesday after a long debate. "
         "Council members voted 5-2 to raise spending on schools, parks and road repairs.")


FOOTNOTE_TAKEN_BACK = ("taken back (qa260 #2, qa267 #1): a footnote read past its figures (another note, a "
                       "dateline that ends it) swallowed prose after a table; main's footnote runs over "
                       "the paragraphs with a figure only")


def _unrelated(headline: str, body: str) -> list[int]:
    return [d.line for d in lint_text(f"{headline}\n\n{body}", "s.txt") if d.rule == RULE]


def test_control_a_table_without_a_note_is_not_judged():
    assert _unrelated("HARWELL WIDGET CORP <HWC> 4TH QTR NET", ROWS) == []


def test_a_table_with_a_note_is_not_judged():
    assert _unrelated("HARWELL WIDGET CORP <HWC> 4TH QTR NET", ROWS + NOTE) == []


def test_a_lower_case_note_under_a_dividend_table():
    rows = "BEAVERTON, Wash., March 26 - Qtly div 15 cts vs 15 cts\n    Pay May 4\n    Record April 10\n"
    note = "    Note: previous dividend restated to reflect January 26\ntwo-for-one stock split.\n Reuter\n"
    assert _unrelated("HARWELL WIDGET CORP <HWC> QUARTERLY DIVIDEND", rows + note) == []


def test_a_table_with_a_note_has_no_prose():
    assert not profile_text([ROWS + NOTE]).has_prose()


def test_a_note_of_several_paragraphs_is_one_footnote():
    note = ("    NOTE: Net excludes tax credits of 1,405,000 dlrs vs\n3,538,000 dlrs.\n\n"
            "    1986 net both periods excludes tax credit 1,288,000 dlrs.\n\n Reuter\n")
    assert not profile_text([ROWS + note]).has_prose()


def test_prose_above_a_noted_table_is_still_judged():
    body = STORY + "\n\n" + ROWS + NOTE
    assert profile_text([body]).has_prose()
    assert _unrelated("Wildfire forces evacuation of mountain villages", body) == [1]


def test_a_note_alone_is_prose():
    assert profile_text(["NOTE: The council meeting was moved to the library after a long debate."]).has_prose()


def test_a_row_of_spelled_figures_is_no_run_of_words():
    rows = ("DALLAS, March 5 - Shr six cts vs eight cts\n    Net 177,000 vs 252,000\n"
            "    Nine mths\n    Shr loss two cts vs profit 24 cts\n    Oper shr profit nil vs loss nil\n Reuter\n")
    assert not profile_text([rows]).has_prose()
    assert _unrelated("HARWELL WIDGET CORP <HWC> 3RD QTR NET", rows) == []


def test_control_a_sentence_with_a_number_word_is_prose():
    assert profile_text(["Council members voted, and five of them left."]).has_prose()


def test_rows_that_end_in_a_full_stop_are_rows():
    rows = ("BADEN, Switzerland, March 2 - Parent Company net profit 12.8 mln Swiss francs vs 7.5 mln.\n"
            "    Orders received 2.21 billion francs vs 2.61 billion.\n"
            "    Sales 2.25 billion francs vs 2.49 billion.\n REUTER\n")
    assert not profile_text([rows]).has_prose()
    assert _unrelated("HARWELL WIDGET AG <HWAG.Z> 1986 YEAR", rows) == []


def test_control_a_sentence_beside_a_row_is_prose():
    body = "Sales 2.25 billion francs vs 2.49 billion.\nThe company said orders fell in its home market.\n"
    assert profile_text([body]).has_prose()


def test_a_short_story_with_a_compound_number_word_is_prose():
    body = ("CUMBERLAND, R.I., March 18 - Harwell Resources Inc said its\n"
            "board declared a three-for-two stock split and raised the\n"
            "quarterly dividend to 42 cts per share from 38 cts,\nboth payable April 15, record March 31.\n")
    assert profile_text([body]).has_prose()


def test_a_row_wrapped_before_its_scale_word_is_a_row():
    rows = ("BRUSSELS, March 11 - Consolidated group net profit 1.88 billion francs vs 1.29\nbillion.\n"
            "    Net dividend 165 francs vs 150.\n Reuter\n")
    assert not profile_text([rows]).has_prose()


def test_a_note_run_on_over_indented_figure_lines_is_one_footnote():
    # Reuters' shape: each indented line after the note is a paragraph of its own (qa165 #3)
    note = ("    NOTE: Prior year net includes gain 1,317,000 dlrs or 1.41\ndlrs shr on sale of a club.\n"
            "    Current year net includes 15 ct shr extraordinary gain.\n Reuter\n")
    assert _unrelated("HARWELL WIDGET CORP <HWC> 1ST QTR DEC 27", ROWS + note) == []


def test_prose_without_a_figure_after_a_note_is_still_judged():
    body = (ROWS + "    NOTE: Net excludes tax credits.\n\n"
            "The company also said its chief executive would retire at the end of the year.\n")
    assert profile_text([body]).has_prose()


@pytest.mark.xfail(strict=True, reason="taken back (qa260 #2): the text reader parts each indented Reuters line "
                   "into a paragraph of its own, so a figure-free line after the note (reut2-008 #228 TRITON's "
                   "'Results include U.S. Press Inc from November Three acquisition.') is a block after a blank "
                   "line, prose again as on main; reading it as footnote swallowed short prose paragraphs too")
def test_nu53_a_footnote_line_without_figures_after_the_note_is_still_no_prose():
    note = NOTE.replace(" Reuter\n", "    Results include a plant bought in November.\n Reuter\n")
    assert _unrelated("HARWELL WIDGET CORP <HWC> 4TH QTR NET", ROWS + note) == []


@pytest.mark.xfail(strict=True, reason=FOOTNOTE_TAKEN_BACK)
def test_nu53_a_second_note_after_the_note_is_still_the_footnote():
    # Reuters reut2-009 #126: a long line, but it opens a note of its own
    note = ("    NOTE - Net is after tax 10.47 mln vs 7.27 mln.\n\n"
            "    Note - All figures in U.S. Dollars as the company is registered in Bermuda.\n REUTER\n")
    assert not profile_text([ROWS + note]).has_prose()


@pytest.mark.xfail(strict=True, reason=FOOTNOTE_TAKEN_BACK)
def test_nu53_a_new_dateline_after_a_note_ends_the_footnote():
    # its date is a figure, yet it opens a story of its own, which is judged
    body = (ROWS + "    NOTE: Net excludes tax credits.\n\n"
            "BOSTON, March 6 - Shares of the city's biggest employer fell after the results.\n")
    assert profile_text([body]).has_prose()
    assert _unrelated("Wildfire forces evacuation of mountain villages", body) == [1]


@pytest.mark.parametrize("after", [
    "The company's chief executive resigned this week.\n\nShareholders sued the board over the merger.\n\n"
    "The board denied any wrongdoing.\n Reuter\n",
    "Bird led the Celtics again.\n\n\"We never quit,\" Bird said.\n\nJohnson sat out the final quarter.\n",
])
def test_qa260_short_paragraphs_of_prose_after_a_note_are_still_judged(after):
    body = ROWS + "    NOTE: Net excludes tax credits.\n\n" + after
    assert profile_text([body]).has_prose()
    assert _unrelated("Wildfire forces evacuation of mountain villages", body) == [1]


@pytest.mark.xfail(strict=True, reason=FOOTNOTE_TAKEN_BACK)
def test_qa260_a_star_note_after_the_note_is_still_the_footnote():
    # another note-shaped block, led by a star, with no figure in it
    note = ("    NOTE: Net excludes tax credits of 1,405,000 dlrs vs\n3,538,000 dlrs.\n\n"
            "    * Restated for the merger of the company's units.\n Reuter\n")
    assert not profile_text([ROWS + note]).has_prose()


def test_qa260_a_star_inside_a_prose_line_opens_no_note():
    # the nearest case that stays prose: a star mid-line, no figure
    body = ROWS + "    NOTE: Net excludes tax credits.\n\nThe board denied any wrongdoing, said a *spokesman.\n"
    assert profile_text([body]).has_prose()


def test_qa260_lines_of_the_notes_own_paragraph_stay_in_it():
    # no blank line between: the note's own block, figure or not
    note = "    NOTE: Net excludes tax credits of 1,405,000 dlrs.\nThe board denied any wrongdoing.\n\n Reuter\n"
    assert not profile_text([ROWS + note]).has_prose()


@pytest.mark.parametrize("after", [
    "* The chief executive resigned this week.\n* Shareholders sued the board over the merger.\n",
    "**The chief executive resigned this week after shareholders sued the board over the merger.**\n",
])
def test_qa267_a_star_led_list_of_prose_after_a_note_is_still_judged(after):
    body = ROWS + "    NOTE: Net excludes tax credits.\n\n" + after
    assert profile_text([body]).has_prose()
    assert _unrelated("Wildfire forces evacuation of mountain villages", body) == [1]
