"""fx545: Markdown footnotes are read in the order the page prints them
(the order of their first markers, as markdown-it-footnote, Goldmark,
kramdown and pandoc number them), not the order their definitions stand in
the file: `readers/_md_notes.number_notes` and `analysis/name_order`.
Synthetic copy only."""
from __future__ import annotations

from footnote_helpers import MD_HEAD as HEAD, findings as _findings, line_col as _at
from lint.readers import read_bytes


def _printed(text: str) -> dict[str, int | None]:
    return {p.name: p.attrs.get("printed") for p in read_bytes("a.md", text.encode()).parts if p.kind == "footnote"}


def test_notes_are_numbered_by_their_first_marker_not_their_definition():
    text = (HEAD + "One.[^b] Two.[^a] Three.[^b]\n\n[^a]: A.\n\n[^c]: Never cited.\n\n[^b]: B.\n")
    assert _printed(text) == {"a": 1, "b": 0, "c": None}


def test_a_marker_inside_a_note_or_a_link_counts_where_it_stands():
    text = (HEAD + "See [the report[^x]](http://example.org).\n\n[^x]: X cites.[^y]\n\n[^y]: Y.\n")
    assert _printed(text) == {"x": 0, "y": 1}


def test_given_name_tie_with_a_mid_file_note_flags_the_notes_form():
    text = (HEAD + "The council met.[^1]\n\n[^1]: Mayor Margeurite Kowalczyk chaired it.\n\n"
            "Mayor Marguerite Kowalczyk said the budget was fair.\n")
    assert _findings(text, ("names.given-name-variant",)) == [
        ("names.given-name-variant", *_at(text, "Margeurite"), "Margeurite")]


def test_given_name_tie_between_notes_flags_the_one_printed_second():
    text = (HEAD + "The council met.[^1] It voted.[^2]\n\n[^2]: Mayor Margeurite Kowalczyk chaired it.\n\n"
            "[^1]: Mayor Marguerite Kowalczyk said so.\n")
    assert _findings(text, ("names.given-name-variant",)) == [
        ("names.given-name-variant", *_at(text, "Margeurite"), "Margeurite")]


def test_guard_a_tie_within_the_story_still_flags_the_later_form():
    text = HEAD + "Mayor Marguerite Kowalczyk said so.\n\nThe council met.\n\nMayor Margeurite Kowalczyk voted.\n"
    assert _findings(text, ("names.given-name-variant",)) == [
        ("names.given-name-variant", *_at(text, "Margeurite"), "Margeurite")]


def test_guard_an_uncited_note_is_read_after_the_cited_ones():
    text = (HEAD + "The council met.[^1]\n\n[^9]: Kowalczyk said so.\n\n[^1]: Mayor Jane Kowalczyk chaired it.\n")
    assert _findings(text, ("names",)) == []
