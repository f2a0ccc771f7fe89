"""fx226: what marks a credit beside a licence note, a licence as a credit's
whole body, and credit lines with notes (qa137 #1-#5, #7, #12)."""
from __future__ import annotations

import pytest

from lint.analysis.credit_licences import licence_only
from lint.analysis.credits import find_credit
from story_helpers import captions_run as _lint, figure as _figure, text_story as _text


def _flagged(source: str, name: str = "story.md") -> list[tuple[str, str]]:
    """(rule, the source text each finding covers)."""
    doc, diags = _lint(source, name)
    lines = doc.source.splitlines(keepends=True)
    out = []
    for d in diags:
        start = sum(len(x) for x in lines[:d.line - 1]) + d.column - 1
        end = sum(len(x) for x in lines[:d.end_line - 1]) + d.end_column - 1
        out.append((d.rule, doc.source[start:end]))
    return out


# --- a lead-in with a label's word marks a credit beside a note, whatever its body

@pytest.mark.parametrize("caption, credit", [
    ("Water rises. Foto: privat (CC0)", "Foto: privat"),
    ("Water rises. Credit: handout (CC BY 2.0)", "Credit: handout"),
    ("A cat. Source: wikimedia commons (CC BY-SA 4.0)", "Source: wikimedia commons"),
    ("Water rises. Photo courtesy of the family (CC BY 2.0)", "Photo courtesy of the family"),
])
def test_a_labelled_lead_in_beside_a_note_is_a_credit(caption, credit):
    span = find_credit(caption)
    assert span is not None and caption[slice(*span)] == credit


@pytest.mark.parametrize("caption", [
    "Water rises. Courtesy of the storm (CC0)",
    "Water rises. Provided by the river (CC BY 2.0)",
    "Water rises. Supplied by the tide. Public domain.",
])
def test_a_lead_in_with_no_labels_word_needs_a_name_beside_a_note(caption):
    assert find_credit(caption) is None


def test_courtesy_alone_after_a_label_beside_a_note_is_placed_on_the_word():
    assert _flagged(_figure("Water rises. Photo: courtesy (CC BY 2.0)")) == \
        [("captions.malformed-credit", "courtesy")]


# --- a credit body that is a licence alone names no one

@pytest.mark.parametrize("text", ["CC BY 2.0", " (CC BY-SA 4.0) ", "Public domain.", "[CC0]",
                                  "Licensed under CC BY 2.0", "CC-BY-NC-ND 4.0"])
def test_a_licence_alone(text):
    assert licence_only(text, 0, len(text))


@pytest.mark.parametrize("text", ["", "Jane Doe", "CC BY 2.0 Jane Doe", "Jane Doe (CC BY 2.0)",
                                  "Public Domain Pictures", "Jane Doe, CC BY 2.0", "Creative Director"])
def test_not_a_licence_alone(text):
    assert not licence_only(text, 0, len(text))


def test_licence_only_reads_the_range_it_is_given():
    text = "Photo by: CC BY 2.0"
    body = text.index("CC")
    assert licence_only(text, body, len(text))
    assert not licence_only(text, 0, len(text))
    assert not licence_only(text, 0, body)


@pytest.mark.parametrize("source, name, covered", [
    (_figure("Water rises. Credit: CC BY-SA 4.0"), "story.md", "Credit: CC BY-SA 4.0"),
    (_figure("Water rises. (Photo by: CC BY 2.0)"), "story.md", "(Photo by: CC BY 2.0)"),
    (_figure('Water rises. <span class="credit">Photo by: (CC BY 2.0)</span>'), "story.md",
     "Photo by: (CC BY 2.0)"),
    ("---\ntitle: Floods reach Lima\nimage:\n  src: a.jpg\n  alt: A street\n  caption: Water rises.\n"
     "  credit: \"Photo: Public domain\"\n---\n\nThe river rose on Monday.\n", "story.md", "Photo: Public domain"),
])
def test_a_credit_naming_only_a_licence_is_empty_where_it_stands(source, name, covered):
    assert _flagged(source, name) == [("captions.empty-credit", covered)]


# --- a licence alone on a figcaption's last line is no credit line

@pytest.mark.parametrize("caption, flagged", [
    ("Shoppers rush in at dawn.<br>(CC BY 2.0)", [("captions.missing-credit", "Shoppers rush in at dawn.")]),
    ("Shoppers rush in at dawn. Photo by:<br>(CC BY 2.0)", [("captions.empty-credit", "Photo by:")]),
    ("Shoppers rush in at dawn. Photo by Jane Doe<br>CC BY-SA 4.0", []),
    ("Shoppers rush in at dawn.<br>Jane Doe", []),     # a name line is still the credit
])
def test_a_licence_line_in_a_figcaption_is_a_note(caption, flagged):
    got = _flagged(_figure(caption))
    assert [(rule, text.split("<br>")[0]) for rule, text in got] == flagged


# --- a plain-text credit line with a note, and a repeat of it

def test_a_repeated_credit_line_with_a_note_covers_the_repeat():
    line = "AP Photo/Jane Doe (CC BY 2.0)"
    source = _text(f"{line}\n{line} Volunteers stack sandbags along the levee on Monday.")
    doc, diags = _lint(source, "story.txt")
    # (the caption line is also missing-credit: a credit opening a caption
    # with a bracketed note after it is not read, on lead41 too)
    repeats = [d for d in diags if d.rule == "captions.repeated-credit"]
    assert [(d.line, d.column, d.end_column) for d in repeats] == [(6, 1, len(line) + 1)]
    assert "the same credit twice" in repeats[0].message


def test_a_caption_and_its_credit_said_twice_stay_the_same_caption_and_credit():
    line = "Volunteers stack sandbags. AP Photo/Jane Doe, CC BY 2.0"
    doc, diags = _lint(_text(f"{line}\n{line}"), "story.txt")
    assert [d.rule for d in diags] == ["captions.repeated-credit"]
    assert "the same caption and credit twice" in diags[0].message


# --- a stop after a trailing credit's closing bracket (qa137 #14)

@pytest.mark.parametrize("caption, credit", [
    ("Water rises. (AP Photo/Jane Doe).", "(AP Photo/Jane Doe)"),
    ("Water rises. (Photo by Jane Doe) .", "(Photo by Jane Doe)"),
    ("Water rises. (Photo by Jane Doe/Flickr, licensed under CC BY 2.0).",
     "(Photo by Jane Doe/Flickr, licensed under CC BY 2.0)"),
])
def test_the_stop_after_a_bracketed_credit_is_not_in_it(caption, credit):
    span = find_credit(caption)
    assert span is not None and caption[slice(*span)] == credit


@pytest.mark.parametrize("caption", ["Water rises near the (old bridge)", "Water rises. (Jane Doe)",
                                     "Water rises. AP Photo/Jane Doe)", "Water rises. (AP Photo/Jane Doe)"])
def test_a_stop_after_the_bracket_reads_as_the_bracket_alone(caption):
    assert find_credit(caption + ".") == find_credit(caption)


# --- a no-break space inside a lead-in (qa137 #13)

@pytest.mark.parametrize("space", ["\u00a0", "\u202f", "\u2007"])
def test_a_no_break_space_in_a_lead_in_keeps_the_credits_exact_span(space):
    caption = f"Water rises. Photo{space}by Jane{space}Doe (CC BY 2.0)"
    span = find_credit(caption)
    assert span is not None and caption[slice(*span)] == f"Photo{space}by Jane{space}Doe"


def test_a_blank_lead_in_with_a_no_break_space_is_placed_in_the_source():
    assert _flagged(_figure("Water rises. Photo&nbsp;by:")) == [("captions.empty-credit", "Photo&nbsp;by:")]


# --- licence wordings added to credits.yaml (qa137 #11)

@pytest.mark.parametrize("note", ["(pubblico dominio)", "(CC 0 1.0 Universal)", "(CC-0)",
                                  ", Creative Commons Attribution-NonCommercial-Share Alike 4.0 International"])
def test_the_added_licence_wordings_are_set_aside(note):
    caption = f"Water rises. Photo by Jane Doe{note}"
    span = find_credit(caption)
    assert span is not None and caption[slice(*span)] == "Photo by Jane Doe"
