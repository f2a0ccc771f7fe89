"""fx562 (qa415 #15): a note's quote never runs on across the note's
heading, in either direction; over its paragraphs it still does.
Synthetic copy only."""
from __future__ import annotations

from footnote_helpers import MD_HEAD as HEAD, findings as _findings, line_col as _at

MET = "The council met.[^1]\n\n[^1]: "


def _unbalanced(text):
    return [f[:3] for f in _findings(text, ("quotes.unbalanced",))]


def test_a_quote_open_in_a_notes_heading_does_not_run_on_out_of_it():
    text = HEAD + MET + 'Vote notes.\n\n    ## The clerk said, "We will vote\n\n    It was close," Lee said.\n'
    assert _unbalanced(text) == [("quotes.unbalanced", *_at(text, '"We will')),
                                 ("quotes.unbalanced", *_at(text, '" Lee'))]


def test_guard_a_notes_quote_still_runs_on_into_its_next_paragraph():
    assert _unbalanced(HEAD + MET + 'The clerk said, "We will vote.\n\n    "It was close," Lee said.\n') == []
