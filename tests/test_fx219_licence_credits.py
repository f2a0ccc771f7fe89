"""A credit beside licence notes (fx219: rr40a items, qa133 A1/A3/A4).

One shape for a credit with a note at its edge, whichever reading found it;
the licence notes set aside once per caption and carried; an agency's
lead-in before a slash told by a label's word from credits.yaml `labels`;
a lead-in's body beside a note must name someone; the spaced slash after a
note is the note's gap, not a malformed credit. Synthetic input only."""
from __future__ import annotations

import pytest

from lint.analysis import caption_lines, credit_grammar as cg, credit_licences, credits as cr
from lint.readers import read_bytes
from story_helpers import caption_rules as _rules, credit_of as _credit, figure as _figure
from test_html_pages import STORY, page, read, texts


# --- one shape: the credit without the note at its edge, on every path

@pytest.mark.parametrize("caption", [
    "Crowds. Courtesy of Jane Doe, CC BY 2.0",      # found as written, the note was inside
    "Crowds. Courtesy of Jane Doe (CC BY 2.0)",     # found only with the note set aside
    "Crowds. Courtesy of Jane Doe [CC BY 2.0]",
    "Crowds. Courtesy of Jane Doe; CC BY 2.0",
    "Crowds. Courtesy of Jane Doe / CC BY 2.0",
    "Crowds. Courtesy of Jane Doe, CC BY 2.0, cropped",
])
def test_a_credit_with_a_note_at_its_edge_has_one_shape(caption):
    assert _credit(caption) == "Courtesy of Jane Doe"


@pytest.mark.parametrize("caption, credit", [
    # a note before the credit's closing bracket or between its name and source stays
    ("Crowds. (Photo by Jane Doe/Flickr, licensed under CC BY 2.0)",
     "(Photo by Jane Doe/Flickr, licensed under CC BY 2.0)"),
    ("Crowds. Jane Doe, CC BY 2.0 / Flickr", "Jane Doe, CC BY 2.0 / Flickr"),
    # words after the note: it does not end the caption and is read as written
    ("Crowds. Credit: Jane Doe, CC BY 2.0 by the river", "Credit: Jane Doe, CC BY 2.0 by the river"),
])
def test_a_note_inside_a_credit_stays_in_it(caption, credit):
    assert _credit(caption) == credit


@pytest.mark.parametrize("caption", [
    "Water rises. Photo by: [CC BY 2.0] (cropped)",
    "Water rises. Credit: [CC0]",
    "Water rises. Courtesy of: [public domain].",
])
def test_a_blank_lead_in_before_a_square_bracketed_note_is_empty(caption):
    assert _rules(_figure(caption)) == ["captions.empty-credit"]


def test_the_trimmed_credit_stands_at_its_exact_place_in_the_source():
    source = _figure("Water rises. Courtesy of Jane&nbsp;Doe, CC BY 2.0")
    doc = read_bytes("story.md", source.encode("utf-8"))
    credit = next(p for p in doc.parts if p.kind == "credit")
    assert credit.text == "Courtesy of Jane\u00a0Doe"
    assert source[credit.source_offset(0):credit.source_offset(len(credit.text))] == "Courtesy of Jane&nbsp;Doe"


# --- the notes are set aside once per caption, and carried

def test_a_captions_notes_are_set_aside_once(monkeypatch):
    line = "Photo: Jane Doe/AP (CC BY 2.0)"
    calls = []

    def counted(text, breaks=()):
        calls.append(text)
        return aside(text, breaks)
    aside = credit_licences.set_aside
    monkeypatch.setattr(cr, "set_aside", counted)
    monkeypatch.setattr(credit_licences, "set_aside", counted)
    doc = read_bytes("story.txt", ("Floods reach Lima\n\nThe river rose on Monday, officials said.\n\n"
                                   f"Caption: Volunteers stack sandbags along the levee.\n{line}\n").encode("utf-8"))
    assert calls.count(line) == 1
    above, cap = [p for p in doc.parts if p.kind == "caption"]
    span, notes = cr.read_found(doc, cap)
    assert line[span[0]:span[1]] == "Photo: Jane Doe/AP" and [line[a:b] for a, b in notes] == [" (CC BY 2.0)"]
    # the line is its credit and notes alone: the credit of the caption above it
    assert above.attrs["credit"] == cap.attrs["credit"]


def test_notes_are_carried_in_the_texts_own_offsets_across_line_breaks():
    text = "Water rises. Photo by Jane Doe\n   (CC BY 2.0),\ncropped"
    span, notes = cr.read_credit(text)
    assert text[span[0]:span[1]] == "Photo by Jane Doe"
    assert [text[a:b] for a, b in notes] == ["\n   (CC BY 2.0),\ncropped"]
    assert credit_licences.notes_only(text, span[1], notes)


# --- an agency's lead-in before a slash: a label's word, from the data

@pytest.mark.parametrize("label", [str(w) for w in cg.vocabulary()["labels"]])
def test_every_label_is_a_picture_word_in_an_agencys_lead_in(label):
    assert cg.grammar().picture.search(f"Acme {label.title()}")


@pytest.mark.parametrize("lead", ["Reuters", "EPA", "Xinhua", "Photographer", "Imagery", "Bildung"])
def test_no_label_word_in_an_agencys_name_alone(lead):
    assert cg.grammar().picture.search(lead) is None


def test_a_newsrooms_agency_lead_with_any_labels_word_marks_a_credit_beside_a_note(tmp_path, monkeypatch):
    data = tmp_path / "credits.yaml"
    with open(cg.DATA_FILE, encoding="utf-8") as fh:
        shipped = fh.read()
    data.write_text(shipped.replace("agency_leads:\n", "agency_leads:\n  - AP Photograph\n"), encoding="utf-8")
    caption = "Water rises. AP Photograph/Jane Doe (CC BY 2.0)"
    assert _credit(caption) is None
    monkeypatch.setattr(cg, "DATA_FILE", data)
    caches = (cg.vocabulary, cg.grammar, caption_lines.caption_line_pattern)
    for cached in caches:
        cached.cache_clear()
    try:
        assert _credit("Water rises. AP Photograph/Jane Doe") == "AP Photograph/Jane Doe"
        assert _credit(caption) == "AP Photograph/Jane Doe"
    finally:
        monkeypatch.undo()
        for cached in caches:
            cached.cache_clear()


# --- beside a note, a lead-in's body names someone (qa133 A1)

@pytest.mark.parametrize("caption, credit", [
    ("Water rises. Courtesy of the Doe family (CC BY 2.0)", "Courtesy of the Doe family"),
    ("Water rises. Courtesy of nasa.gov (CC0)", "Courtesy of nasa.gov"),
    ("Water rises. Photo by Jane Doe, 2019 (CC BY 2.0)", "Photo by Jane Doe, 2019"),
    ("Water rises. AP Photo (CC BY 2.0)", "AP Photo"),
    ("Water rises. Photo by: (CC BY 2.0)", "Photo by:"),          # blank: reported as empty
    # a lead-in with a label's word marks a credit whatever its body (fx226, qa137 #1)
    ("Water rises. Photo: the storm (CC0)", "Photo: the storm"),
    ("Water rises. Photo by the river. Public domain.", "Photo by the river."),
    ("Water rises. AP Photo/the storm (CC BY 2.0)", "AP Photo/the storm"),
    ("Water rises. Photo: handout (CC BY 2.0)", "Photo: handout"),
    ("Water rises. Photo courtesy of the artist (CC BY-SA 4.0)", "Photo courtesy of the artist"),
])
def test_a_lead_in_naming_someone_or_no_one_is_a_credit_beside_a_note(caption, credit):
    assert _credit(caption) == credit


@pytest.mark.parametrize("caption", [
    # a lead-in with no label's word is everyday English too ("courtesy of
    # the storm"): its body must name someone
    "Water rises. Courtesy of the storm (CC0)",
    "Water rises. Provided by the river. Public domain.",
    # no guess either way: a lower-case source beside a note is reported, as main does
    "Water rises. Courtesy of the family (CC BY 2.0)",
    # the place names and sentences of earlier rounds stay reported
    "Water rises. Lake Tahoe (CC BY 2.0)",
    "St. Paul/Minneapolis (CC BY 2.0)",
    "Water rises. The water came via Reuters (CC BY 2.0)",
])
def test_a_caption_with_no_named_credit_beside_a_note_is_reported(caption):
    assert _rules(_figure(caption)) == ["captions.missing-credit"]


# --- the spaced slash after a note is its gap (qa133 A3)

@pytest.mark.parametrize("caption, reported", [
    ("Water rises. Jane Doe (CC BY 2.0) / Flickr", False),
    ("Water rises. Jane Doe (CC BY 2.0)/ Flickr", False),
    ("Water rises. Jane Doe, CC BY 2.0 / Flickr", False),
    # the credit's own slash, spaced, is still reported, a note beside it or not
    ("Water rises. Jane Doe / Flickr", True),
    ("Water rises. AP Photo / Jane Doe (CC BY 2.0)", True),
    ("Water rises. Photo by Jane Doe /Flickr (CC BY 2.0)", True),
])
def test_a_spaced_slash_is_malformed_unless_a_note_stands_before_it(caption, reported):
    assert ("captions.malformed-credit" in _rules(_figure(caption))) is reported


# --- offsets between a caption and its rest (fix_offsets.FixMap underneath)

@pytest.mark.parametrize("text", [
    "Water rises. Jane Doe (CC BY 2.0) / Flickr, CC0",
    "Water rises. Photo by Jane Doe (CC BY 2.0) (public domain)",    # two notes side by side
    "Water rises. Photo by Jane Doe. Licensed under CC BY 2.0. Image cropped.",
    "(CC BY 2.0)",
])
def test_offsets_map_each_character_of_the_rest_to_its_own_in_the_text(text):
    rest, cuts = credit_licences.set_aside(text)
    kept = [i for i in range(len(text)) if not any(a <= i < b for a, b in cuts)]
    assert "".join(text[i] for i in kept) == rest
    offsets = credit_licences.NoteOffsets(text, cuts)
    for k in range(len(rest) + 1):
        # a start goes to its character (after any note before it), an end to just after the one before it
        assert offsets.text_offset(k) == (kept + [len(text)])[k]
        assert offsets.text_offset(k, end=True) == (kept[k - 1] + 1 if k else 0)
    for i in range(len(text) + 1):
        inside = any(a < i < b for a, b in cuts)
        assert offsets.rest_offset(i) == (None if inside else sum(j < i for j in kept))


@pytest.mark.parametrize("note", [", CC BY 2.0", " (CC BY 2.0)", ". Licensed under CC BY-SA 4.0."])
def test_a_story_block_that_is_a_credit_and_its_licence_note_is_a_credit(note):
    # a credit line is the credit and its notes alone, in a page as in plain text; the
    # comma form was one before notes were left out of a credit, and stays one
    credit = "Photo: Ana Ruiz/Getty Images" + note
    doc = read(page(middle=f'<p><img src="/img/ferry-dawn.jpg" alt="The old ferry" width="635">{credit}</p>'))
    assert texts(doc, "paragraph") == STORY
    assert texts(doc, "credit")[-1] == credit
