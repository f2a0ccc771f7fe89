"""fx562 (qa410 #5-#7): an update note's date read from more label shapes,
in each paragraph of the note and in a page's update paragraph; what is no
dated label is still counted from publication (Wednesday, May 1, 2024:
'next Tuesday' is May 7; from an update of May 9, May 14). Synthetic copy."""
from __future__ import annotations

import pytest

from footnote_helpers import MD_HEAD as HEAD
from lint.config import Config
from lint.engine import lint_bytes

MET = "The council met.[^1]\n\n[^1]: "


def _days(text: str, name: str = "a.md") -> list[tuple[str, str]]:
    res = lint_bytes(name, text.encode(), Config(select=("dates.relative-weekday",)))
    return [(d.snippet, d.message.split("(", 1)[1].split(")", 1)[0]) for d in res.diagnostics]


@pytest.mark.parametrize("label", ["Correction: The vote moved.", "Update 4:30 p.m.:", "Update, 13/13/2024:",
                                   "Update: We called May 9, 2024.", "Update, Thursday:"])
def test_guard_a_label_with_no_date_of_its_own_counts_from_publication(label):
    assert _days(HEAD + MET + label + " The council will vote next Tuesday.\n") == [("next Tuesday", "Tuesday, May 7")]


def test_guard_another_note_after_an_update_note_counts_from_publication():
    text = (HEAD + "The council met.[^1] It voted.[^2]\n\n[^1]: Update, May 9, 2024: It moved.\n"
            "[^2]: The council will vote next Tuesday.\n")
    assert _days(text) == [("next Tuesday", "Tuesday, May 7")]


def test_guard_a_body_paragraph_after_an_update_paragraph_counts_from_publication():
    text = HEAD + "Update, May 9, 2024: The vote moved.\n\nThe council will vote next Tuesday.\n"
    assert _days(text) == [("next Tuesday", "Tuesday, May 7")]


def _page(*paragraphs):
    return ('<html><head><title>Budget</title><meta property="article:published_time" content="2024-05-01">'
            "</head><body><article><h1>Budget</h1>" + "".join(f"<p>{p}</p>" for p in paragraphs) +
            "</article></body></html>")


def test_guard_a_pages_paragraph_after_its_update_paragraph_counts_from_publication():
    text = _page("The council met.", "Update, May 9, 2024: The vote moved.", "The council will vote next Tuesday.")
    assert _days(text, "a.html") == [("next Tuesday", "Tuesday, May 7")]


def test_a_pages_correction_paragraph_counts_from_its_date():
    text = _page("The council met.", "Correction (May 9, 2024): The council will vote next Tuesday.")
    assert _days(text, "a.html") == [("next Tuesday", "Tuesday, May 14")]


def test_a_notes_third_paragraph_counts_from_the_notes_date():
    text = HEAD + MET + "Update, May 9, 2024: It moved.\n\n    More here.\n\n    The council will vote next Tuesday.\n"
    assert _days(text) == [("next Tuesday", "Tuesday, May 14")]
