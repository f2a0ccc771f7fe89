"""fx545: a relative weekday in a Markdown footnote that is an update note
dated after publication is counted from the note's own date
(`analysis/note_dates`, qa395 #7); the finding stays, as the phrase is
still redundant or ambiguous to the reader. Synthetic copy only."""
from __future__ import annotations

import pytest

from footnote_helpers import MD_HEAD as HEAD
from lint.config import Config
from lint.engine import lint_bytes


def _days(text: str) -> list[tuple[str, str]]:
    res = lint_bytes("a.md", text.encode(), Config(select=("dates.relative-weekday",)))
    return [(d.snippet, d.message.split("(", 1)[1].split(")", 1)[0]) for d in res.diagnostics]


@pytest.mark.parametrize("note, want", [
    ("Update, May 9, 2024: The council will vote next Tuesday.", [("next Tuesday", "Tuesday, May 14")]),
    ("Correction (May 9, 2024): The council met last Tuesday.", [("last Tuesday", "Tuesday, May 7")]),
    ("Editor's note, May 20, 2024: The vote was last Friday.", [("last Friday", "Friday, May 17")]),
])
def test_an_update_notes_weekday_is_counted_from_its_date(note, want):
    assert _days(HEAD + "The council met.[^1]\n\n[^1]: " + note + "\n") == want


@pytest.mark.parametrize("text", [
    HEAD + "The council met.[^1]\n\n[^1]: The council will vote next Tuesday.\n",
    HEAD + "The council met.[^1]\n\n[^1]: Update, April 9, 2024: The council will vote next Tuesday.\n",
    HEAD + "The council met.[^1]\n\n[^1]: The update of May 9, 2024: the council will vote next Tuesday.\n",
])
def test_guard_other_notes_and_the_story_count_from_publication(text):
    assert _days(text) == [("next Tuesday", "Tuesday, May 7")]


# A story's own paragraph so labelled counts from the label as a page's and a
# plain-text story's do (nu76 #5; fx545 had kept Markdown's on publication).
def test_a_markdown_storys_update_paragraph_counts_from_its_date():
    text = HEAD + "The council met.\n\nUpdate, May 9, 2024: The council will vote next Tuesday.\n"
    assert _days(text) == [("next Tuesday", "Tuesday, May 14")]
