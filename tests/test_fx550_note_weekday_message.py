"""fx550: dates.relative-weekday's message says what the day is counted
from: an update note's own date in a note dated after publication, the
publication day elsewhere, word for word as before (qa410 #8). Synthetic
copy only."""
from __future__ import annotations

from footnote_helpers import MD_HEAD as HEAD
from lint.config import Config
from lint.engine import lint_bytes


def _messages(text):
    res = lint_bytes("a.md", text.encode(), Config(select=("dates.relative-weekday",)))
    return [d.message for d in res.diagnostics]


def test_an_update_notes_message_names_the_notes_date():
    text = HEAD + "The council met.[^1]\n\n[^1]: Update, May 9, 2024: The council will vote next Tuesday.\n"
    assert _messages(text) == ["'next Tuesday' is redundant or ambiguous (Tuesday, May 14): use the weekday "
                               "alone within seven days of the note's date (May 9) and the date beyond them"]


def test_guard_the_storys_and_a_plain_notes_message_count_from_publication():
    text = HEAD + "The council will vote next Tuesday.[^1]\n\n[^1]: The mayor will sign next Friday.\n"
    assert _messages(text) == [
        "'next Tuesday' is redundant or ambiguous (Tuesday, May 7): use the weekday alone within seven days "
        "of publication and the date beyond them",
        "'next Friday' is redundant or ambiguous (Friday, May 3): use the weekday alone within seven days "
        "of publication and the date beyond them"]
