"""A plain-text story that opens with `---` rule lines that are no front
matter: a correction or editor's note boxed between them stays the story's
prose, no rule line is a headline, and a hed under the note is still read."""
from __future__ import annotations

from lint import lint_text
from lint.readers import read_bytes

LEDE = "The council approved the budget on Friday, officials said.\n"
NOTE = "Correction: An earlier version of this story misstated the vote as 5-3. It was TK."


def parts(text: str) -> list[tuple[str, str, str]]:
    return [(p.kind, p.name, p.text) for p in read_bytes("story.txt", text.encode("utf-8")).parts]


def test_a_correction_boxed_between_rule_lines_is_prose_not_front_matter():
    text = f"---\n{NOTE}\n---\n\nCouncil approves budget\n\n{LEDE}"
    assert parts(text) == [("paragraph", "", NOTE), ("headline", "", "Council approves budget"),
                           ("paragraph", "", LEDE.strip())]
    # so the placeholder left in it is found, and fixes reach it
    assert [(d.line, d.rule) for d in lint_text(text)] == [(2, "hygiene.placeholder")]
    # a lower-case key, or a key the front matter reads in any case, is still front matter
    for block in ("title: Council approves budget", "slug: council-budget", "Title: Council approves budget"):
        assert read_bytes("s.txt", f"---\n{block}\n---\n\n{LEDE}".encode()).fields != {}


def test_a_rule_line_opening_the_text_is_no_headline():
    assert parts(f"---\n\nCouncil approves budget\n\n{LEDE}")[:1] == [("headline", "", "Council approves budget")]
    assert parts(f"Council approves budget\n---\n{LEDE}") == [("headline", "", "Council approves budget"),
                                                            ("paragraph", "", LEDE.strip())]


def test_an_editors_note_over_the_hed_is_prose_and_the_hed_under_it_is_read():
    note = "Editor's note: This story contains graphic language."
    assert parts(f"{note}\n\nCouncil approves budget\nBy Jane Doe\n\n{LEDE}")[:3] == [
        ("paragraph", "", note), ("headline", "", "Council approves budget"), ("byline", "", "By Jane Doe")]
    # a note is no hed, and a sentence under it is a lede, no hed either
    lede = "According to the mayor, the budget will pass on Friday."
    assert [k for k, _, _ in parts(f"Update: The vote was moved. It is now Friday.\n\n{lede}\n\n{LEDE}")] == \
        ["paragraph"] * 3


def test_a_hed_closed_with_a_stop_over_a_byline_under_a_note_is_still_the_hed():
    text = f"---\n{NOTE}\n---\n\nCouncil approves budget.\nWritten by staff\n\n{LEDE}"
    assert parts(text)[1:3] == [("headline", "", "Council approves budget."), ("byline", "", "Written by staff")]


def test_front_matter_never_closed_is_said_once_and_the_story_is_kept():
    doc = read_bytes("s.txt", f"---\ntitle: Council approves budget\ndate: 2026-06-05\n\n{LEDE}".encode())
    assert [(n.rule, n.offset) for n in doc.notices] == [("file.front-matter", 0)]
    assert "never closed" in doc.notices[0].message and LEDE.strip() in [p.text for p in doc.parts]
    # a rule line over no key is no broken block: nothing said
    assert read_bytes("s.txt", f"---\n\nCouncil approves budget\n\n{LEDE}".encode()).notices == []
