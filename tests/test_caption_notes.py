"""Markdown captions: an italic note under a picture is not its caption, and a
credit wrapped over a soft line break is read whole, at its exact place."""
from __future__ import annotations

import pytest

from lint.analysis.credit_flatten import flatten, unflat
from lint.analysis.credits import find_credit
from lint.config import Config
from lint.engine import active_rules, lint_document
from lint.readers import read_bytes

CAPTIONS = Config(select=("captions",))


def story(caption: str) -> str:
    return f"# Floods reach Lima\n\nThe river rose on Monday.\n\n![Flooded street](lima.jpg)\n\n{caption}\n\nThe water fell.\n"


def lint(text: str):
    doc = read_bytes("story.md", text.encode("utf-8"))
    return doc, lint_document(doc, active_rules(CAPTIONS), CAPTIONS).diagnostics


@pytest.mark.parametrize("note", [
    "*Jane Doe is a reporter at the Lima Ledger.*",
    "*Ana María Ruiz covers city hall for the Ledger.*",
    "*Jane Doe is the Ledger's Lima bureau chief.*",
    "*Tomás Díaz is an award-winning freelance photographer based in Lima.*",
    # a bio giving a job title as bios set it, capitalized before the employer, or the writer's handle
    pytest.param("*Alison Lemon is a Knowledge Manager for the SocialGov Community.*", marks=pytest.mark.xfail(strict=True, reason="taken back (fx447, qa311 #1): a bio with a capitalised title or a handle is read as the picture's caption")),
    pytest.param("*Jane Doe (@janedoe) is a reporter at the Lima Ledger.*", marks=pytest.mark.xfail(strict=True, reason="taken back (fx447, qa311 #1): a bio with a capitalised title or a handle is read as the picture's caption")),
    "*Editor's note: This story was updated to correct a name.*",
    "*Editor’s Note — the family asked that names be withheld.*",
    "*Ed. note: the photographer is the author's sister.*",
    "*Correction: An earlier version gave the wrong date.*",
    "*Update (3:15 p.m.): Police reopened the road.*",
    "*Updated May 3, 2024*",
    "*This story was produced with the Lima Ledger.*",
    "*This article has been updated with the toll.*",
    "*This piece originally appeared in the Ledger.*",
    "_This post was originally published on our blog._",
    "*An earlier version of this article misspelled a street.*",
    # a notice dated before its word: the season, month, day or year
    "_Summer 2017 Update: The site left beta in June 2017 and takes new customers._",
    "*June 5 update: Police reopened the road.*",
    "*Oct. 3, 2024, correction: The toll was 12, not 21.*",
    "*2019 Update — the bridge was rebuilt.*",
    # where the story first ran
    "*Originally published on [the Ledger's blog](https://example.org/blog).*",
    "_Cross-posted from the Lima Ledger._",
    "*Republished with permission from the Lima Ledger.*",
    "*Originally published in The Conversation, the nonprofit news site.*",
    "*Originally published by the Lima Ledger on March 5, 2019.*",
])
def test_an_italic_note_under_a_picture_is_not_its_caption(note):
    doc, diags = lint(story(note))
    assert [p.kind for p in doc.parts if p.kind == "caption"] == []
    assert "captions.missing-credit" not in {d.rule for d in diags}
    assert any(p.kind == "paragraph" and p.text.startswith(note.strip("*_")[:12]) for p in doc.parts)


@pytest.mark.parametrize("caption", [
    "*A man wades through the flood in Lima.*",
    "*Mayor Ana Ruiz is sworn in on Monday.*",
    "*Correction officers guard the flooded jail.*",
    "*Updates to the evacuation map are posted outside.*",
    "*Police Chief Ana Ruiz covers her face as she speaks.*",
    "*The Lima Cathedral is a landmark of the old town.*",
    "*Ana Ruiz is the first woman to lead the rescue team.*",
    "*Ana Ruiz is the city's new police chief at the flooded market.*",
    "*Ana Ruiz is the Lima Ledger's own flood in a painting.*",
    "*This page from the 1890 city ledger lists the flood's dead.*",
    "*This interview room at the station took in water.*",
    "*Summer 2017 updates to the evacuation map are posted outside.*",
    "*May 2017 flooding in Lima.*",
    "*Originally a rail depot, the hall now shelters families.*",
    # a participle opening the caption of what is pictured: a clause about it follows the comma
    "*Originally published in 1943, the poster urged Lima to buy war bonds.*",
    "*Originally posted on the mill's front door, this notice warned workers of the strike.*",
])
def test_an_italic_caption_still_draws_missing_credit(caption):
    _, diags = lint(story(caption))
    assert [(d.line, d.column, d.rule) for d in diags] == [(7, 2, "captions.missing-credit")]


def test_a_note_that_ends_in_a_credit_is_still_a_caption():
    doc, _ = lint(story("*Jane Doe is a reporter. (Photo: Ana Ruiz/AP)*"))
    assert [p.text for p in doc.parts if p.kind == "credit"] == ["(Photo: Ana Ruiz/AP)"]


@pytest.mark.parametrize("caption, credit", [
    ("*A man wades through the flood. (Photo: Jane\nDoe/AP)*", "(Photo: Jane\nDoe/AP)"),
    ("*A man wades through the flood. (Photo courtesy\nof Jane Doe)*", "(Photo courtesy\nof Jane Doe)"),
    ("*Image courtesy of the Lima\nLedger*", "Image courtesy of the Lima\nLedger"),
    ("*A man wades through the flood. Source: Jane\r\nDoe*", "Source: Jane\r\nDoe"),
])
def test_a_credit_wrapped_over_a_soft_break_is_found_in_place(caption, credit):
    text = story(caption)
    doc, diags = lint(text)
    parts = [p for p in doc.parts if p.kind == "credit"]
    assert [p.text for p in parts] == [credit]
    start = parts[0].source_offset(0)
    assert text[start:parts[0].source_offset(len(credit))] == credit
    assert "captions.missing-credit" not in {d.rule for d in diags}


def test_an_empty_credit_over_a_break_is_placed_at_its_lead_in_and_quoted_on_one_line():
    _, diags = lint(story("*A man wades through the flood. (Photo\ncourtesy: )*"))
    assert [(d.line, d.column, d.end_line, d.rule) for d in diags] == [(7, 33, 8, "captions.empty-credit")]
    assert "'(Photo courtesy: )' names no photographer" in diags[0].message


def test_flatten_maps_every_offset_back():
    text = "Crews at work.  \r\n   (Photo: Jane\nDoe/AP)"
    flat, marks = flatten(text)
    assert flat == "Crews at work. (Photo: Jane Doe/AP)"
    for i, ch in enumerate(flat):
        assert ch == " " and text[unflat(i, marks)].isspace() or text[unflat(i, marks)] == ch
    start, end = find_credit(text)
    assert text[start:end] == "(Photo: Jane\nDoe/AP)"
    assert flatten("one line")[1] == []


@pytest.mark.parametrize("line", ["**Scrum**", "__Day one__", "**Agile and lean terms**"])
def test_a_bold_line_under_a_picture_is_a_subhead_not_its_caption(line):
    doc, diags = lint(story(line))
    assert [p.kind for p in doc.parts if p.kind == "caption"] == []
    assert "captions.missing-credit" not in {d.rule for d in diags}
    # bold and italic together is still set in italics: a caption
    doc, _ = lint(story("***A man wades through the flood in Lima.***"))
    assert [p.text for p in doc.parts if p.kind == "caption"] == ["A man wades through the flood in Lima."]


def test_an_italic_line_over_a_list_labels_the_list():
    text = story("*Editor's picks*\n\n- Floods in Lima\n- The river's record")
    doc, diags = lint(text)
    assert [p.kind for p in doc.parts if p.kind == "caption"] == []
    assert "captions.missing-credit" not in {d.rule for d in diags}
    # a short italic line with a paragraph, not a list, under it is still a caption
    doc, _ = lint(story("*The flooded market*"))
    assert [p.text for p in doc.parts if p.kind == "caption"] == ["The flooded market"]


def test_an_italic_sentence_over_a_list_is_still_the_picture_s_caption():
    # A label names the list ("Editor's picks"); a sentence describes the picture.
    for line in ("*A man wades through the flood in Lima.*", "*Where is the river going?*"):
        doc, _ = lint(story(f"{line}\n\n- Floods in Lima\n- The river's record"))
        assert [p.text for p in doc.parts if p.kind == "caption"] == [line.strip("*")]


@pytest.mark.parametrize("picture, caption, read_as", [
    # the picture sits in a list item or quote that ends before the italic line:
    # the line labels what follows it, it is no caption of that picture
    ("- ![Flooded street](lima.jpg)", "*Editor's picks*", "paragraph"),
    ("> ![Flooded street](lima.jpg)", "*Editor's picks*", "paragraph"),
    ("![Flooded street](lima.jpg)", "> *A man wades through the flood*", "blockquote"),
    # in the same item or quote, under the picture, it is its caption
    ("- ![Flooded street](lima.jpg)", "  *A man wades through the flood*", "caption"),
    ("> ![Flooded street](lima.jpg)", "> *A man wades through the flood*", "caption"),
])
def test_an_italic_line_is_a_caption_only_beside_its_picture(picture, caption, read_as):
    between = "\n>\n" if picture[0] == caption[0] == ">" else "\n\n"    # one quote holds both
    text = f"# Floods reach Lima\n\nThe river rose on Monday.\n\n{picture}{between}{caption}\n\nThe water fell.\n"
    doc, _ = lint(text)
    line = caption.strip(" >*")
    assert [p.kind for p in doc.parts if p.text == line] == [read_as]


@pytest.mark.parametrize("picture", [
    '{% image "team/ana.jpg" "Ana Ruiz at her desk" %}',
    '{% image "team/ana.jpg" "" %}',
    '<img src="team/ana.jpg" alt="Ana Ruiz at her desk">',
])
def test_a_figure_with_its_own_caption_takes_no_italic_paragraph_under_it(picture):
    text = (f"# Meet the team\n\nThe team grew this year.\n\n<figure>\n  {picture}\n"
            "  <figcaption>Ana Ruiz, team member (Photo: Jo Lee)</figcaption>\n</figure>\n\n"
            "*All through the summer we will profile members of the team.*\n\nShe joined in May.\n")
    doc, diags = lint(text)
    assert [p.text for p in doc.parts if p.kind == "caption"] == ["Ana Ruiz, team member (Photo: Jo Lee)"]
    assert any(p.kind == "paragraph" and p.text.startswith("All through") for p in doc.parts)
    assert "captions.missing-credit" not in {d.rule for d in diags}


def test_a_note_dated_by_any_month_form_is_no_caption():
    # the notice's date lead reads calendar.MONTHS, the one month table
    from lint.analysis.calendar import MONTHS
    from lint.readers._captions import looks_like_caption
    for month in MONTHS:
        assert not looks_like_caption(f"{month.title()}. 5 update: the fares were corrected.", True), month
        assert not looks_like_caption(f"{month.title()} 5, 2024, correction: the fares were wrong.", True), month
    assert looks_like_caption("Sepember 5 update: the fares were corrected.", True)   # no month


def shortcode_story(line: str) -> str:
    return ('# Floods reach Lima\n\nThe river rose on Monday.\n\n'
            '{{< legacy-img src="lima.jpg" alt="Flooded street" >}}\n\n' f"{line}\n\nThe water fell.\n")


@pytest.mark.xfail(strict=True, reason="taken back (fx447, qa311 #1): a bio under an image shortcode reads as its caption")
def test_a_linked_bio_with_a_handle_under_an_image_shortcode_is_no_caption():
    # nu61 #3: an italic author bio, its name linked and its handle after it, under a Hugo figure shortcode
    bio = ("[_Sara Smith_](https://example.org/sara) _([@SaraSmith](https://example.org/@s)) is the "
           "Social Media Strategist for the Lima Institute._")
    doc, diags = lint(shortcode_story(bio))
    assert [p.kind for p in doc.parts if p.kind == "caption"] == []
    assert [p.text for p in doc.parts if p.kind == "paragraph"][1].startswith("Sara Smith (@SaraSmith) is the")
    assert "captions.missing-credit" not in {d.rule for d in diags}


@pytest.mark.parametrize("line", [
    "_A man wades through the flood in Lima._",
    "_Sara Smith, the Lima Institute's social media strategist, wades through the flood._",
])
def test_an_italic_caption_under_an_image_shortcode_is_still_one(line):
    doc, diags = lint(shortcode_story(line))
    assert [p.text for p in doc.parts if p.kind == "caption"] == [line.strip("_")]
    assert [(d.line, d.column, d.rule) for d in diags] == [(7, 2, "captions.missing-credit")]


@pytest.mark.parametrize("caption", [
    "*Ana Ruiz is the Mayor of Lima, shown at the flooded market.*",
    "*Jane Doe is the Grand Marshal of the 2024 Rose Parade.*",
    "*Ana Ruiz is a Texas Ranger at the scene of the flood.*",
    "*Ana Ruiz is the Deputy Mayor at a news conference Monday.*",
])
def test_a_caption_with_a_capitalized_title_still_draws_missing_credit(caption):
    for text in (story(caption), shortcode_story(caption)):
        doc, diags = lint(text)
        assert [p.text for p in doc.parts if p.kind == "caption"] == [caption.strip("*")]
        assert [(d.line, d.column, d.rule) for d in diags] == [(7, 2, "captions.missing-credit")]
