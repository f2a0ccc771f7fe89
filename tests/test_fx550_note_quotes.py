"""fx550: a quote left open in a footnote's paragraph runs on only into the
note's next block of the same kind: paragraph into paragraph, a
blockquote's paragraph into the same blockquote's next, never a paragraph
into a blockquote or back (qa410 #4). Synthetic copy only."""
from __future__ import annotations

from footnote_helpers import MD_HEAD as HEAD, findings as _findings, line_col as _at
from lint.readers import read_bytes

NOTE = "The council met.[^1]\n\n[^1]: "


def _unbalanced(text):
    return [f[:3] for f in _findings(text, ("quotes.unbalanced",))]


def test_a_blockquotes_open_quote_does_not_run_on_into_the_notes_next_paragraph():
    text = HEAD + NOTE + "The clerk wrote:\n\n    > \"We lost the vote.\n\n    \"We will win,\" the mayor wrote.\n"
    assert _unbalanced(text) == [("quotes.unbalanced", *_at(text, '"We lost'))]


def test_guard_a_quote_runs_on_over_a_blockquotes_paragraphs_in_a_note():
    text = (HEAD + NOTE + "The clerk wrote:\n\n    > \"We lost the vote.\n    >\n"
            "    > \"We will win next time,\" the mayor wrote.\n")
    assert _unbalanced(text) == []


def test_guard_a_quote_runs_on_over_a_notes_paragraphs():
    text = HEAD + NOTE + "The clerk wrote: \"We lost the vote.\n\n    \"We will win next time,\" she wrote.\n"
    assert _unbalanced(text) == []


def test_a_notes_blockquote_paragraph_carries_its_depth_and_a_plain_one_none():
    text = HEAD + NOTE + "Plain.\n\n    > Quoted.\n"
    parts = [p for p in read_bytes("a.md", text.encode()).parts if p.kind == "footnote"]
    assert [(p.text, p.attrs.get("quote_depth")) for p in parts] == [("Plain.", None), ("Quoted.", 1)]
