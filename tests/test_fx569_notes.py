"""fx569 (qa424 #4): each paragraph of an update note counts a weekday from
the latest dated label of its note up to it. Synthetic copy only."""
from __future__ import annotations

import pytest

from footnote_helpers import MD_HEAD as HEAD
from lint.config import Config
from lint.engine import lint_bytes

MET = "The council met.[^1]\n\n[^1]: "


def _days(text: str) -> list[tuple[str, str]]:
    res = lint_bytes("a.md", text.encode(), Config(select=("dates.relative-weekday",)))
    return [(d.snippet, d.message.split("(", 1)[1].split(")", 1)[0]) for d in res.diagnostics]


@pytest.mark.parametrize("eol", ["\n", "\r\n"])
def test_a_paragraph_after_the_second_label_counts_from_it(eol):
    text = (HEAD + MET + "Update, May 9, 2024: It moved.\n\n    Update, May 16, 2024: It moved again.\n\n"
            "    The council will vote next Tuesday.\n").replace("\n", eol)
    assert _days(text) == [("next Tuesday", "Tuesday, May 21")]


def test_a_later_label_in_a_note_with_an_unlabelled_first_paragraph_dates_its_paragraph():
    text = HEAD + MET + "It moved.\n\n    Update, May 16, 2024: The council will vote next Tuesday.\n"
    assert _days(text) == [("next Tuesday", "Tuesday, May 21")]


def test_guard_a_paragraph_before_the_second_label_keeps_the_first():
    text = (HEAD + MET + "Update, May 9, 2024: The council will vote next Tuesday.\n\n"
            "    Update, May 16, 2024: It moved again.\n")
    assert _days(text) == [("next Tuesday", "Tuesday, May 14")]


def test_guard_another_notes_label_is_not_carried_over():
    text = (HEAD + "The council met.[^1] It voted.[^2]\n\n[^1]: Update, May 9, 2024: It moved.\n\n"
            "[^2]: The council will vote next Tuesday.\n")
    assert _days(text) == [("next Tuesday", "Tuesday, May 7")]


@pytest.mark.parametrize("label, day", [("Update, 5/16/24:", "Tuesday, May 21"),
                                        ("Update, 5/9/23:", "Tuesday, May 7"),       # before publication
                                        ("Update, 5/9/1924:", "Tuesday, May 7")])
def test_a_numeric_label_with_a_two_digit_year_is_read_in_the_publications_century(label, day):
    assert _days(HEAD + MET + label + " The council will vote next Tuesday.\n") == [("next Tuesday", day)]


def _page(*paragraphs):
    return ('<html><head><title>Budget</title><meta property="article:published_time" content="2024-05-01">'
            "</head><body><article><h1>Budget</h1>" + "".join(f"<p>{p}</p>" for p in paragraphs) +
            "</article></body></html>")


def _page_days(text):
    res = lint_bytes("a.html", text.encode(), Config(select=("dates.relative-weekday",)))
    return [(d.snippet, d.message.split("(", 1)[1].split(")", 1)[0]) for d in res.diagnostics]


def test_a_correction_label_paragraph_dates_the_next():
    assert _page_days(_page("The council met.", "<em>Correction (May 9, 2024)</em>",
                            "The council will vote next Tuesday.")) == [("next Tuesday", "Tuesday, May 14")]


@pytest.mark.parametrize("paras", [
    ("The vote moved to May 9, 2024:", "The council will vote next Tuesday."),        # no update label
])
def test_guard_a_paragraph_after_no_update_label_counts_from_publication(paras):
    assert _page_days(_page("The council met.", *paras)) == [("next Tuesday", "Tuesday, May 7")]


def test_a_markdown_storys_label_paragraph_dates_the_next_as_a_pages_does():
    # nu76 #5: Markdown, HTML and plain text read a story's label paragraph alike
    # (this guard held Markdown's on publication before).
    text = HEAD + "The council met.\n\nUpdate, May 9, 2024:\n\nThe council will vote next Tuesday.\n"
    assert _days(text) == [("next Tuesday", "Tuesday, May 14")]
