"""fx545: a quote left open at the end of a footnote's paragraph runs on
into the same note's next paragraph when that one reopens it (the
continuation convention, as in the body), never into another note or the
story (qa388 #5). Synthetic copy only."""
from __future__ import annotations

import pytest

from footnote_helpers import MD_HEAD as HEAD, findings as _findings, line_col as _at

OPEN = "The council met.[^1]\n\n[^1]: The clerk wrote: \"We lost the vote.\n\n"


@pytest.mark.parametrize("breaks", ["\n", "\r\n"])
def test_a_quote_run_on_over_three_paragraphs_of_a_note_is_balanced(breaks):
    text = (HEAD + OPEN + "    \"We tried.\n\n    \"We will win next time,\" the clerk wrote.\n").replace("\n", breaks)
    assert _findings(text, ("quotes.unbalanced",)) == []


def test_guard_a_note_paragraph_that_does_not_reopen_leaves_the_quote_open():
    text = HEAD + OPEN + "    The clerk wrote no more.\n"
    assert [f[:3] for f in _findings(text, ("quotes.unbalanced",))] == [("quotes.unbalanced", *_at(text, '"We lost'))]


def test_guard_a_quote_reopened_but_never_closed_in_the_notes_last_paragraph_is_flagged():
    text = HEAD + OPEN + "    \"We will win next time.\n"
    assert [f[:3] for f in _findings(text, ("quotes.unbalanced",))] != []


def test_guard_a_quote_never_runs_on_into_the_next_note():
    text = (HEAD + "The council met.[^1] It voted.[^2]\n\n[^1]: The clerk wrote: \"We lost the vote.\n\n"
            "[^2]: \"We will win next time,\" the clerk wrote.\n")
    assert [f[:3] for f in _findings(text, ("quotes.unbalanced",))] == [("quotes.unbalanced", *_at(text, '"We lost'))]


def test_guard_a_quote_never_runs_on_from_the_story_into_a_note():
    text = (HEAD + "The clerk wrote: \"We lost the vote.[^1]\n\n[^1]: \"We will win next time,\" the clerk wrote.\n")
    assert [f[:3] for f in _findings(text, ("quotes.unbalanced",))] == [("quotes.unbalanced", *_at(text, '"We lost'))]
