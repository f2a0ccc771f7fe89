"""fx530: qa388 #1-#4, footnotes read by the names and publication-day date
rules, a marker in a link's text, a time before a marker at the stop.
Guards for the nearest shapes that must not change. Synthetic copy only."""
from __future__ import annotations

from footnote_helpers import MD_HEAD as HEAD, findings as _findings, line_col as _at, exact as _exact
from lint.config import Config
from lint.engine import lint_bytes
from lint.readers import read_bytes


def _texts(text: str, kind: str) -> list[str]:
    return [p.text for p in read_bytes("a.md", text.encode("utf-8")).parts if p.kind == kind]


# --- #1 names ---------------------------------------------------------------------------------

def test_a_given_name_spelled_another_way_in_a_footnote_is_flagged():
    text = (HEAD + "Superintendent Marguerite Okonkwo said the budget was fair.[^1] "
            "Marguerite Okonkwo, 52, has led the district since 2019.\n\n"
            "[^1]: Margeurite Okonkwo gave the figures to the board.\n")
    assert _findings(text, ("names.given-name-variant",)) == [
        ("names.given-name-variant", *_at(text, "Margeurite"), "Margeurite")]


def test_a_surname_alone_in_a_footnote_after_the_full_name_is_no_first_reference():
    text = (HEAD + "Mayor Jane Kowalczyk said the council approved the budget.[^1]\n\n"
            "[^1]: Kowalczyk said so at the meeting.\n")
    assert _findings(text, ("names",)) == []


def test_a_surname_alone_in_a_footnote_before_any_full_name_is_flagged_in_the_note():
    # a person only the note names: its surname alone before its full name is a first reference
    text = (HEAD + "The council approved the budget.[^1]\n\n"
            "[^1]: Kowalczyk said so. Mayor Jane Kowalczyk voted for it.\n")
    assert _findings(text, ("names.first-reference",)) == [
        ("names.first-reference", *_at(text, "Kowalczyk said"), "Kowalczyk")]


def test_a_definition_standing_mid_file_is_read_after_the_story_for_first_reference():
    # the page prints the note at the end: the story's surname alone is its first reference
    text = (HEAD + "The council met.[^1]\n\n[^1]: Mayor Jane Kowalczyk chaired it.\n\n"
            "Kowalczyk said the budget was fair.\n")
    assert _findings(text, ("names.first-reference",)) == [
        ("names.first-reference", *_at(text, "Kowalczyk said"), "Kowalczyk")]
    # and a note's surname alone comes after the story's full name
    text = (HEAD + "The council met.[^1]\n\n[^1]: Kowalczyk said so.\n\n"
            "Mayor Jane Kowalczyk said the budget was fair.\n")
    assert _findings(text, ("names",)) == []


def test_a_definition_standing_mid_file_gives_the_later_age_and_title():
    text = (HEAD + "The council met.[^1]\n\n[^1]: Governor Jane Kowalczyk, 56, voted for it.\n\n"
            "Mayor Jane Kowalczyk, 54, said the budget was fair.\n")
    # each finding is on the note's words, the page's later ones (a paragraph there is the story's earlier)
    assert _findings(text, ("names.age-changed", "names.title-changed")) == [
        ("names.title-changed", *_at(text, "Governor"), "Governor"),
        ("names.age-changed", *_at(text, "56"), "56")]


def test_guard_names_in_a_body_without_footnotes_are_unchanged():
    text = HEAD + "Kowalczyk said the council approved the budget. Mayor Jane Kowalczyk voted for it.\n"
    assert _findings(text, ("names.first-reference",)) == [
        ("names.first-reference", *_at(text, "Kowalczyk said"), "Kowalczyk")]


# --- #2 dates read against the publication day -------------------------------------------------

def test_last_tuesday_in_a_footnote_is_flagged_and_one_in_its_quote_is_not():
    text = (HEAD + "The council met.[^1]\n\n[^1]: The clerk filed the minutes last Tuesday. "
            "\"We met next Friday,\" the clerk said.\n")
    assert _findings(text, ("dates.relative-weekday",)) == [
        ("dates.relative-weekday", *_at(text, "last Tuesday"), "last Tuesday")]


def test_guard_a_past_tense_date_in_a_footnote_is_quiet():
    text = HEAD + "The council met.[^1]\n\n[^1]: The minutes were released on April 3, 2024.\n"
    assert _findings(text, ("dates.future-tense-past-date", "dates.after-publication")) == []


# --- #3 a marker in a link's text --------------------------------------------------------------

def test_a_marker_inside_a_reference_links_text_keeps_the_link():
    text = HEAD + "See the [city's report[^1]][r] today.\n\n[r]: http://example.org\n[^1]: A note.\n"
    assert _texts(text, "paragraph") == ["See the city's report today."]
    _exact(text)


def test_a_marker_mid_link_text_keeps_the_link_and_positions_exact():
    text = HEAD + "The [council[^1] the the budget](http://example.org) passed.\n\n[^1]: A note.\n"
    assert _texts(text, "paragraph") == ["The council the the budget passed."]
    _exact(text)
    assert _findings(text, ("hygiene.doubled-word",)) == [("hygiene.doubled-word", *_at(text, "the the"), "the the")]


def test_guard_markers_outside_links_and_undefined_ones_read_as_before():
    text = (HEAD + "A [^1](http://example.org) link, [x[^1]] in brackets, [y[^9]](http://example.org) "
            "and a vote[^1].\n\n[^1]: A note.\n")
    # `[^1](url)` is a link whose text is `^1` (the link rule comes first), brackets
    # that make no link stay text, and an undefined marker stays text in its link
    assert _texts(text, "paragraph") == ["A ^1 link, [x] in brackets, y[^9] and a vote."]
    _exact(text)


def test_guard_a_marker_in_a_link_inside_a_footnote():
    text = HEAD + "The council met.[^1]\n\n[^1]: See [the minutes[^1]](http://example.org).\n"
    assert _texts(text, "footnote") == ["See the minutes."]
    _exact(text)


# --- #4 a time before a marker at the stop -----------------------------------------------------

def _times(text: str) -> list[tuple[str, str, str, object]]:
    res = lint_bytes("a.md", text.encode("utf-8"), Config(select=("style.time-of-day", "style.noon-midnight")))
    return [(d.rule, d.snippet, d.message, d.fix and d.fix.replacement) for d in res.diagnostics]


def test_a_time_and_a_range_before_a_marker_at_the_stop_quote_and_fix_only_the_time():
    text = HEAD + "It met at 7 PM[^2]. It ran 7-9pm[^2].\n\n[^2]: From the minutes.\n"
    assert _times(text) == [
        ("style.time-of-day", "7 PM", "AP style time form: '7 PM' -> '7 p.m.'", "7 p.m."),
        ("style.time-of-day", "9pm", "AP style time form: '9pm' -> '9 p.m.'", "9 p.m.")]


def test_twelve_before_a_marker_at_the_stop_is_quoted_as_the_source_holds_it():
    text = HEAD + "It met at 12pm[^2].\n\n[^2]: From the minutes.\n"
    assert _times(text) == [("style.noon-midnight", "12pm", "AP style: write 'noon', not '12pm'", "noon")]


def test_guard_a_time_at_the_stop_with_no_marker_or_the_marker_after_the_stop_is_unchanged():
    for body in ("It met at 7pm.\n", "It met at 7pm.[^2]\n\n[^2]: From the minutes.\n"):
        assert _times(HEAD + body) == [("style.time-of-day", "7pm.", "AP style time form: '7pm.' -> '7 p.m.'", "7 p.m.")]
    assert _times(HEAD + "It met at 12pm.\n") == [("style.noon-midnight", "12pm", "AP style: write 'noon', not '12pm.'",
                                                   "noon")]


def test_guard_an_undefined_marker_before_the_stop_stays_text():
    text = HEAD + "It met at 7pm[^2].\n"
    assert _times(text) == [("style.time-of-day", "7pm", "AP style time form: '7pm' -> '7 p.m.'", "7 p.m.")]
