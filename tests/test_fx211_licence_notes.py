"""A licence note in a caption is set aside and the rest read for its credit
as if the note were not there (qa110 #4, qa117 A1-A7; lint/analysis/credit_licences.py).

The property under test is the design's own: with a note, `find_credit`
finds in a caption what it finds in the same caption without the note, at
the same words, and the span never takes in a note at its edge."""
from __future__ import annotations

import json

import pytest

from lint.analysis.credit_grammar import vocabulary
from lint.analysis.credit_licences import NoteOffsets, notes_only, set_aside
from lint.analysis.credits import find_credit
from lint.readers import read_bytes
from story_helpers import credit_of as _credit, figure as _figure, figure_rules as _caption_rules


# What stands before the note: credits the reading finds, and words it does not.
_RESTS = [
    "Shoppers rush in. Photo by Jane Doe.",
    "Shoppers rush in. Photo by Jane Doe",
    "Shoppers rush in. Jane Doe/Flickr",
    "Shoppers rush in. Photograph: Jane Doe/Reuters",
    "Shoppers rush in. Photo: Sunset over Lake Tahoe",
    "The shore at dawn. Lake Tahoe",
    "Lake Tahoe",
    "The painting hangs in the Louvre. Mona Lisa",
    "Water rises. J. R. Smith",
    "Water rises. JANE DOE",
    "The mayor speaks. Los Angeles City Hall.",
    "Water rises in Lake Tahoe. Photo taken at dawn",
]
# Notes as they follow a caption, each ending it: after a comma, a slash, a
# dash or in brackets (the text before loses its stop), or as a sentence of
# its own (it keeps it).
_NOTES = [
    " (CC BY 2.0)",
    " [CC BY-SA 3.0]",
    " (CC BY\u2013SA 4.0)",             # en dash
    " (CC BY\u20112.0)",                # non-breaking hyphen
    " (CC\u00a0BY 2.0)",                # no-break space
    ", CC0",
    " / CC BY 2.0",
    " \u2014 CC BY-NC-ND 3.0 US",
    " (CC0 1.0 Universal)",
    " (Public Domain Mark 1.0)",
    " (public domain)",
    ", licensed under a Creative Commons Attribution-ShareAlike 4.0 International License",
    " (CC BY 2.0), cropped",
    "~ Licensed under CC BY 2.0.",
    "~ License: CC BY-SA 4.0",
    "~ Lizenz: CC BY-SA 4.0",
    "~ Sous licence CC BY-SA 4.0",
    "~ Licencia CC BY-SA 4.0",
    "~ Dominio público.",
    "~ Gemeinfrei",
    "~ Licensed under CC BY 2.0. Image cropped.",
]


def _with_and_without(rest: str, note: str) -> tuple[str, str]:
    """(the caption with the note, the caption without it)."""
    if note.startswith("~"):                        # a sentence of its own
        base = rest if rest.endswith(".") else rest + "."
        return base + note[1:], base
    base = rest.rstrip(".")
    return base + note, base


@pytest.mark.parametrize("note", _NOTES)
@pytest.mark.parametrize("rest", _RESTS)
def test_a_caption_with_a_note_reads_as_the_caption_without_it(rest, note):
    caption, before = _with_and_without(rest, note)
    expected, got = find_credit(before), find_credit(caption)
    if expected is None:
        assert got is None                       # no credit is made of a note or of the words before it
    elif got != expected:
        # a label's or a phrase's credit that the reading already ran on over
        # the note ("Photo by Jane Doe, CC0") keeps the span it had
        assert got[0] == expected[0] and caption[got[0]:got[1]].startswith(before[expected[0]:expected[1]])
        assert note.startswith((",", " /", " \u2014", " ["))


def test_the_rests_hold_both_credits_and_no_credits():
    # the property above is only worth something if both outcomes occur
    found = [find_credit(r) is not None for r in _RESTS]
    assert any(found) and not all(found)


@pytest.mark.parametrize("caption, credit", [
    ("Shoppers rush in. Photo by Jane Doe. Licensed under CC BY 2.0.", "Photo by Jane Doe."),
    ("Shoppers rush in. Photo by Jane Doe/Flickr (CC BY 2.0)", "Photo by Jane Doe/Flickr"),
    ("Water rises. Jane Doe/Flickr (CC BY 2.0), cropped", "Jane Doe/Flickr"),
    ("Water rises. Photo by Jane Doe (CC BY 2.0) (cropped)", "Photo by Jane Doe"),
    # a note between the name and the source stays inside the credit's span
    ("Water rises. Jane Doe (CC BY 2.0) / Flickr", "Jane Doe (CC BY 2.0) / Flickr"),
    # read across line breaks, as a page shows them
    ("Water rises. Photo by\nJane Doe\n(CC BY 2.0)", "Photo by\nJane Doe"),
    ("Water rises. Photo by Jane Doe\n(CC BY 2.0),\ncropped", "Photo by Jane Doe"),
])
def test_the_credit_span_leaves_the_note_out(caption, credit):
    assert _credit(caption) == credit


@pytest.mark.parametrize("caption", [
    "Water rises. Licensed under CC BY 2.0.",
    "Public domain",
    "(CC BY 2.0)",
    "Water rises in Lake Tahoe. Photo (CC BY 2.0)",
    "Water rises. Lake Tahoe (CC BY 2.0)",
    "Water rises. Hong Kong, CC0",
    # not a note: words go on after it
    "Water rises. Photo by Jane Doe. Licensed under CC BY 2.0 by the author",
])
def test_no_credit_is_made_of_a_note_or_the_words_before_it(caption):
    assert find_credit(caption) is None


def test_a_note_inside_a_credits_brackets_stays_in_its_span():
    # the note stands before the credit's closing bracket, not at its edge
    caption = "Shoppers rush in. (Photo by Jane Doe/Flickr, licensed under CC BY 2.0)"
    assert find_credit(caption) == (caption.index("("), len(caption))


@pytest.mark.parametrize("name", [str(n) for n in vocabulary()["licence_names"]])
def test_every_licence_name_in_the_data_is_set_aside(name):
    caption = f"Shoppers rush in. Photo by Jane Doe ({name} 4.0)"
    assert _credit(caption) == "Photo by Jane Doe"
    assert _credit(f"Shoppers rush in. Photo by Jane Doe. {name.capitalize()}.") == "Photo by Jane Doe."


@pytest.mark.parametrize("lead", [str(n) for n in vocabulary()["licence_leads"]])
def test_every_lead_in_the_data_leads_a_note(lead):
    assert _credit(f"Shoppers rush in. Photo by Jane Doe. {lead.capitalize()} CC BY 2.0.") == \
        "Photo by Jane Doe."
    assert _credit(f"Shoppers rush in. Photo by Jane Doe ({lead}: CC BY 2.0)") == "Photo by Jane Doe"


def test_set_aside_gives_the_rest_and_each_notes_place():
    text = "Water rises. Jane Doe (CC BY 2.0) / Flickr, CC0"
    rest, cuts = set_aside(text)
    assert rest == "Water rises. Jane Doe / Flickr"
    assert [text[a:b] for a, b in cuts] == [" (CC BY 2.0)", ", CC0"]
    assert set_aside("Water rises. Jane Doe/Flickr") is None
    # every offset of the rest goes back to the same character of the text
    offsets = NoteOffsets(text, cuts)
    for k, ch in enumerate(rest):
        at = offsets.text_offset(k)
        assert text[at] == ch and offsets.rest_offset(at) == k
    # at a cut, a start goes after the note and an end before it
    at = rest.index(" / Flickr")
    assert text[offsets.text_offset(at, end=True) - 1] == "e"
    assert text[offsets.text_offset(at):].startswith(" / Flickr")
    assert offsets.rest_offset(text.index("BY")) is None


def test_a_carved_credit_stands_at_its_exact_place_in_the_source():
    source = _figure("Water&nbsp;rises. Photo by Ana&nbsp;Ruiz.\nLicensed under CC BY 2.0.")
    doc = read_bytes("story.md", source.encode("utf-8"))
    credit = next(p for p in doc.parts if p.kind == "credit")
    assert credit.text == "Photo by Ana\u00a0Ruiz."
    start = credit.source_offset(0)
    end = credit.source_offset(len(credit.text))
    assert source[start:end] == "Photo by Ana&nbsp;Ruiz."


@pytest.mark.parametrize("caption, rules", [
    ("Water rises. Photo by Jane Doe. Licensed under CC BY 2.0.", []),
    ("Water rises. Licensed under CC BY 2.0.", ["captions.missing-credit"]),
    ("The shore at dawn. Lake Tahoe (CC BY 2.0)", ["captions.missing-credit"]),
    # as "Photo by:" alone: a lead-in naming no one, the note no name
    ("Water rises. Photo by: (CC BY 2.0)", ["captions.empty-credit"]),
])
def test_the_caption_rules_read_the_caption_without_its_note(caption, rules):
    assert _caption_rules(caption) == rules


def _notes_only(text: str, at: int) -> bool:
    aside = set_aside(text)
    return notes_only(text, at, aside[1] if aside else [])


def test_notes_only_after_a_credit():
    text = "Photo by Jane Doe. Licensed under CC BY 2.0. Image cropped."
    assert _notes_only(text, len("Photo by Jane Doe"))         # the stop ends its sentence
    assert _notes_only("Photo: Jane Doe/AP (CC BY 2.0)", len("Photo: Jane Doe/AP"))
    assert _notes_only("Photo: Jane Doe/AP  ", len("Photo: Jane Doe/AP"))
    assert not _notes_only("Photo: Jane Doe/AP (CC BY 2.0) at the fair", len("Photo: Jane Doe/AP"))
    assert not _notes_only("Photo: Jane Doe/AP at the fair", len("Photo: Jane Doe/AP"))


_TEXT = ("Floods reach Lima\n\nThe river rose on Monday, officials said.\n\n"
         "Caption: Volunteers stack sandbags along the levee.\n{}\n")


@pytest.mark.parametrize("line, reported", [
    ("Photo: Tomas Lindqvist/Reuters", []),                                   # control
    ("Photo: Tomas Lindqvist/Reuters (CC BY 2.0)", []),
    ("Photo by Tomas Lindqvist. Licensed under CC BY 2.0. Image cropped.", []),
    # a sentence after the note: the line is a caption of its own, not a credit
    # line, and a note that does not end its caption is not set aside (qa129
    # A6), so it is read as written, as main reads it: no credit either
    ("Photo: Tomas Lindqvist/Reuters (CC BY 2.0). Volunteers rest on the levee.", [5, 6]),
    ("Licensed under CC BY 2.0.", [5]),                                      # a note alone
])
def test_a_plain_text_credit_line_with_a_note_credits_the_caption_above(run_cli, tmp_path, line,
                                                                        reported):
    (tmp_path / "s.txt").write_text(_TEXT.format(line), encoding="utf-8")
    r = run_cli("check", "--no-cache", "--select", "captions.missing-credit", "--format", "json",
                "s.txt", cwd=tmp_path)
    assert [d["line"] for d in json.loads(r.stdout)] == reported
