"""fx574: the --fix hold on a speaker's words (`quote_fixes`) in the shapes
qa429 #1 #3 #4 #5 found swapped or held wrongly, and guards for the nearest
shapes that must not change: a pull quote the markup names, a mark left
open, a single quote closed by other than a plural possessive."""
from __future__ import annotations

import pytest
from quote_hold_helpers import held as _held, swap_fix as _fix




HELD = [("alright", "quotation"), ("it is", "quotation")]


@pytest.mark.parametrize("path, text", [
    # a block quotation without marks, inside a run of paragraphs
    ("a.md", "# Fees\n\nThe mayor said:\n\n> Well.\n>\n> It is alright.\n\nThe vote is Friday.\n"),
    # a NITF block quote with no credit
    ("a.nitf", '<?xml version="1.0"?>\n<nitf><head><title>Fees</title></head><body><body.content>'
               "<p>The mayor said:</p><bq><block><p>It is alright.</p></block></bq>"
               "<p>The vote is Friday.</p></body.content></body></nitf>\n"),
    # German guillemets, a low single mark closed by a right one, an apostrophe inside
    ("a.txt", "Fees\n\nHe said, \u00bbIt is alright,\u00ab and left.\n"),
    ("a.txt", "Fees\n\nHe said, \u201aIt is alright, don\u2019t worry,\u2019 and left.\n"),
    # a dek's quotation (Markdown front matter)
    ("a.md", '---\ntitle: Fees\ndescription: "\u201cIt is alright,\u201d the mayor says"\n---\n\n# Fees\n\nThe vote.\n'),
])
def test_quotations_the_hold_now_reads(tmp_path, path, text):
    outcome = _fix(tmp_path, text, path)
    assert outcome.fixed == text
    assert _held(outcome) == HELD


@pytest.mark.parametrize("path, text", [
    # a pull quote the markup names: display type, not the speaker's running words
    ("a.html", '<html><body><h1>Fees</h1><p>It was late.</p><figure class="wp-block-pullquote"><blockquote>'
               "<p>It is alright.</p></blockquote></figure><p>The vote is Friday.</p></body></html>\n"),
    # marks left open quote nothing
    ("a.txt", "Fees\n\nHe said \u00ab it is alright and left.\n"),
    ("a.txt", "Fees\n\nHe said \u201ait is alright and left.\n"),
    ("a.txt", "Mayor says it is alright\n\nThe vote.\n"),
    # a ‘ glued to a stop with no closing mark quotes nothing (qa429 #2's shape, left open)
    ("a.txt", "Fees\n\nHe left early.\u2018It is alright and gone\n"),
    # a curly elision and a curly plural possessive, as #4 with straight marks
    ("a.txt", "Fees\n\nFans of the \u2019Canes said it is alright, the players\u2019 union said.\n"),
])
def test_guard_swaps_written_where_no_quotation_is_read(tmp_path, path, text):
    outcome = _fix(tmp_path, text, path)
    assert "alright" not in outcome.fixed and "all right" in outcome.fixed
    assert not outcome.result.held


@pytest.mark.parametrize("text", [
    "Fees\n\nShe said 'it is alright' and left.\n",               # closed after a t: a quotation
    "Fees\n\nShe said 'it is alright,' the players' union said.\n",   # closed before the possessive
])
def test_guard_single_quotes_not_closed_by_a_possessive_are_held(tmp_path, text):
    outcome = _fix(tmp_path, text, "a.txt")
    assert outcome.fixed == text
    assert _held(outcome) == HELD


def test_a_kept_end_stays_before_an_insertion_at_it():
    """qa429 #7's record half: the Latin swap's span ends where it did, not
    past the comma quotes.mixed-marks' fix inserts right at its end."""
    from lint.diagnostic import Fix
    from lint.fix_written import Written
    record = Written()
    record.changed = [("house.latin", 6, 13, "i.e.")]
    fix = Fix(0, 18, "\u201cNow, that is, it,\u201d")
    record.moved('"Now, that is it," she said.', [fix], {fix: "quotes.mixed-marks"})
    assert ("house.latin", 6, 13, "i.e.") in record.changed


def test_guard_a_kept_end_after_a_change_inside_moves_with_it():
    """An end past a change inside the fix moves by what it wrote there."""
    from lint.diagnostic import Fix
    from lint.fix_written import Written
    record = Written()
    record.changed = [("house.latin", 6, 13, "i.e.")]
    fix = Fix(0, 18, "``Now, that is it,''")
    record.moved('"Now, that is it," she said.', [fix], {fix: "quotes.mixed-marks"})
    assert ("house.latin", 7, 14, "i.e.") in record.changed
