"""qa410: review of fx545 (4c5180dc..440898a6): footnotes read in printed
order for the names rules, a note's citation author left out of the name
chain, a note's cited title and date exempt from
dates.future-tense-past-date, an update note's weekday counted from its own
date, a note's quote run on over its paragraphs.

Each xfail (strict) states what a copy desk expects and fails today; the
plain tests guard the nearest shapes that work now. Synthetic copy only."""
from __future__ import annotations

import pytest

from footnote_helpers import MD_HEAD as HEAD, findings as _findings, line_col as _at
from lint.config import Config
from lint.engine import lint_bytes

STORY = "Mayor Jane Kowalczyk, 54, said so. Kowalczyk voted.[^1]\n\n[^1]: "
NOTE = "[^1]:"


def _days(text: str, name: str = "a.md") -> list[tuple[str, str]]:
    """(snippet, the day the message names) of each dates.relative-weekday finding."""
    res = lint_bytes(name, text.encode(), Config(select=("dates.relative-weekday",)))
    return [(d.snippet, d.message.split("(", 1)[1].split(")", 1)[0]) for d in res.diagnostics]


# --- #1 HIGH: a note's own statement opening with a name, a comma and a quote, link or emphasis -----
# is taken for a citation: the name leaves the story's chain, and its misspelling goes

@pytest.mark.parametrize("note", [
    'Jane Kowalcyzk, "We won," said the mayor.',
    "Jane Kowalcyzk, \u201cWe won,\u201d said the mayor.",
    "Jane Kowalcyzk, [the mayor](http://example.org), said the vote was fair.",
    "Jane Kowalcyzk, *the mayor*, said the vote was fair.",
])
def test_a_misspelled_story_name_opening_a_notes_statement_is_flagged(note):
    text = HEAD + STORY + note + "\n"
    assert _findings(text, ("names.spelling-variant",)) == [
        ("names.spelling-variant", *_at(text, "Kowalcyzk"), "Kowalcyzk")]


@pytest.mark.parametrize("note", [
    "The mayor, Jane Kowalcyzk, said the vote was fair.",
    "Jane Kowalcyzk, who is mayor, said the vote was fair.",
])
def test_guard_a_misspelled_name_in_a_notes_prose_is_flagged(note):
    text = HEAD + STORY + note + "\n"
    assert _findings(text, ("names.spelling-variant",)) == [
        ("names.spelling-variant", *_at(text, "Kowalcyzk"), "Kowalcyzk")]


def test_guard_a_title_before_a_name_opening_a_notes_quote_is_still_read():
    text = HEAD + STORY + 'Governor Kowalczyk, "We won," she said.\n'
    assert _findings(text, ("names.title-changed",)) == [("names.title-changed", *_at(text, "Governor"), "Governor")]


# --- #2 HIGH: a full name and a bare number, or a prose clause after a semicolon, is no citation ----

@pytest.mark.parametrize("note", [
    "Jane Kowalczyk, 56.",
    "The vote was close; Kowalczyk, 56.",
])
def test_an_age_after_a_full_name_or_in_a_clause_of_a_note_is_an_age(note):
    text = HEAD + STORY + note + "\n"
    assert _findings(text, ("names.age-changed",)) == [
        ("names.age-changed", *_at(text, "56", text.index(NOTE)), "56")]


@pytest.mark.parametrize("note", [
    "Jane Kowalczyk, 56, is the mayor.",
    "Correction: Kowalczyk, 56, is the mayor.",
    "The mayor spoke; Kowalczyk, 56, said so too.",
])
def test_guard_an_age_in_a_notes_sentence_is_flagged(note):
    text = HEAD + STORY + note + "\n"
    assert _findings(text, ("names.age-changed",)) == [
        ("names.age-changed", *_at(text, "56", text.index(NOTE)), "56")]


# --- #3 HIGH: the cited-title exemption of future-tense-past-date applies to any note sentence -----

@pytest.mark.parametrize("note, date", [
    ("The council will hold [a public hearing](http://example.org), Wednesday, April 3, 2024.",
     "Wednesday, April 3, 2024"),
    ("The council will hold *a public hearing*, Wednesday, April 3.", "Wednesday, April 3"),
    ("The council will vote on *the budget*, April 3, 2024.", "April 3, 2024"),
    ('The clerk said the council "will vote April 3," but it did not.', "April 3"),
])
def test_a_notes_own_future_tense_before_a_past_date_is_flagged(note, date):
    text = HEAD + "The council met.[^1]\n\n[^1]: " + note + "\n"
    assert _findings(text, ("dates.future-tense-past-date",)) == [
        ("dates.future-tense-past-date", *_at(text, date, text.index(NOTE)), date)]


def test_guard_a_quote_then_a_clause_in_a_note_is_flagged():
    text = HEAD + 'The council met.[^1]\n\n[^1]: The mayor said, "We will win," and the council will vote April 3.\n'
    assert _findings(text, ("dates.future-tense-past-date",)) == [
        ("dates.future-tense-past-date", *_at(text, "April 3", text.index(NOTE)), "April 3")]


def test_guard_a_cited_headline_in_quotes_and_its_date_are_left_alone():
    text = (HEAD + 'The council met.[^1]\n\n[^1]: Jane Doe, "Council will vote on budget April 3," '
            "Springfield Gazette, March 30, 2024.\n")
    assert _findings(text, ("dates.future-tense-past-date",)) == []


# --- #4 HIGH: a note's quote left open runs on into a blockquote inside the note ---------------------

def test_a_notes_open_quote_does_not_run_on_into_a_blockquote_in_the_note():
    text = (HEAD + "The council met.[^1]\n\n[^1]: The clerk wrote: \"We lost the vote.\n\n"
            "    > \"We will win next time,\" the mayor wrote.\n")
    assert [f[:3] for f in _findings(text, ("quotes.unbalanced",))] == [("quotes.unbalanced", *_at(text, '"We lost'))]


def test_guard_the_body_flags_a_paragraphs_open_quote_before_a_blockquote():
    text = HEAD + "The clerk wrote: \"We lost the vote.\n\n> \"We will win next time,\" the mayor wrote.\n"
    assert [f[:3] for f in _findings(text, ("quotes.unbalanced",))] == [("quotes.unbalanced", *_at(text, '"We lost'))]


@pytest.mark.parametrize("breaks", ["\n", "\r\n"])
def test_guard_a_note_quote_never_runs_on_into_the_story_after_a_kramdown_definition(breaks):
    text = (HEAD + "The council met.[^1]\n\n[^1]: The clerk wrote: \"We lost the vote.\n\n"
            "\"We will win next time,\" the mayor wrote.\n").replace("\n", breaks)
    assert [f[:3] for f in _findings(text, ("quotes.unbalanced",))] == [("quotes.unbalanced", *_at(text, '"We lost'))]


# --- #5 MED: an update note's later paragraph is counted from publication ------------------------

def test_an_update_notes_second_paragraph_is_counted_from_the_notes_date():
    one = HEAD + "The council met.[^1]\n\n[^1]: Update, May 9, 2024: The mayor will sign next Friday.\n"
    two = (HEAD + "The council met.[^1]\n\n[^1]: Update, May 9, 2024: The council will vote next Tuesday.\n\n"
           "    The mayor will sign next Friday.\n")
    assert _days(one) == [("next Friday", "Friday, May 10")]
    assert _days(two) == [("next Tuesday", "Tuesday, May 14"), ("next Friday", "Friday, May 10")]


# --- #6 MED: common update-label shapes are not read as the note's date ---------------------------

@pytest.mark.parametrize("label", [
    "Update, Thursday, May 9, 2024:",
    "Update, 5/9/2024:",
    "Update 4:30 p.m., May 9, 2024:",
    "Correction: May 9, 2024:",
])
def test_an_update_label_in_other_shapes_dates_the_note(label):
    text = HEAD + "The council met.[^1]\n\n[^1]: " + label + " The council will vote next Tuesday.\n"
    assert _days(text) == [("next Tuesday", "Tuesday, May 14")]


@pytest.mark.parametrize("label", [
    "Update, May 9:",
    "Updated May 9, 2024:",
    "*Update, May 9, 2024:*",
    "**Update, May 9, 2024** \u2014",
    "Update, 9 May 2024:",
    "UPDATE, May 9, 2024:",
    "Update, May 9, 2024, 4:30 p.m.:",
    "Editor's Note (May 9, 2024):",
])
def test_guard_update_labels_that_date_the_note(label):
    text = HEAD + "The council met.[^1]\n\n[^1]: " + label + " The council will vote next Tuesday.\n"
    assert _days(text) == [("next Tuesday", "Tuesday, May 14")]


# --- #7 MED (before this change): an update paragraph in an HTML story is counted from publication -

HTML = ('<html><head><title>Council approves budget</title>'
        '<meta property="article:published_time" content="2024-05-01"></head>'
        '<body><article><h1>Council approves budget</h1><p>The council met.</p>'
        '<p><em>Update, May 9, 2024: The council will vote next Tuesday.</em></p></article></body></html>')


def test_an_html_update_paragraphs_weekday_is_counted_from_its_date():
    assert _days(HTML, "a.html") == [("next Tuesday", "Tuesday, May 14")]


# --- #8 LOW: the message still speaks of publication when the day is counted from the note's date --

def test_an_update_notes_message_does_not_count_from_publication():
    text = HEAD + "The council met.[^1]\n\n[^1]: Update, May 9, 2024: The council will vote next Tuesday.\n"
    res = lint_bytes("a.md", text.encode(), Config(select=("dates.relative-weekday",)))
    assert [d.snippet for d in res.diagnostics] == ["next Tuesday"]
    assert "Tuesday, May 14" in res.diagnostics[0].message
    assert "of publication" not in res.diagnostics[0].message


# --- #9 LOW: a marker in an image's alt text: markdown-it prints that note first -------------------

def test_a_note_cited_in_an_images_alt_text_is_printed_in_its_place():
    text = (HEAD + "Mayor Jane Kowalczyk said so. ![Chart[^b]](c.png) It passed.[^a]\n\n"
            "[^a]: Kowalczyk, 56, agreed.\n[^b]: Kowalczyk, 55, agreed.\n")
    assert _findings(text, ("names.age-changed",)) == [
        ("names.age-changed", *_at(text, "56", text.index("[^a]:")), "56")]


@pytest.mark.parametrize("body", [
    "Mayor Jane Kowalczyk said so.[^b] It passed.[^a] It was signed.[^b]",             # cited twice
    "Mayor Jane Kowalczyk said so.[Office[^b]](http://x.org) It passed.[^a]",          # marker in a link
    "Mayor Jane Kowalczyk said so.\n\n## Vote[^b]\n\nIt passed.[^a]",                  # marker in a heading
    "Mayor Jane Kowalczyk said so.\n\n| a | b |\n|---|---|\n| x[^b] | y |\n\nIt passed.[^a]",   # in a table
])
def test_guard_the_note_cited_first_gives_the_first_age(body):
    text = HEAD + body + "\n\n[^a]: Kowalczyk, 56, agreed.\n[^b]: Kowalczyk, 55, agreed.\n"
    assert _findings(text, ("names.age-changed",)) == [
        ("names.age-changed", *_at(text, "56", text.index("[^a]:")), "56")]


def test_guard_word_labels_are_printed_by_their_markers():
    text = (HEAD + "Mayor Jane Kowalczyk said so.[^second] It passed.[^first]\n\n"
            "[^first]: Kowalczyk, 56, agreed.\n[^second]: Kowalczyk, 55, agreed.\n")
    assert _findings(text, ("names.age-changed",)) == [
        ("names.age-changed", *_at(text, "56", text.index("[^first]:")), "56")]
