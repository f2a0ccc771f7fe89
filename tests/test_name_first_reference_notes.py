"""A correction or editor's note over the story (`CORRECTION: An earlier
version of this story misstated the amount Kessler repaid.`) names people
as the story does; a surname alone there is no first reference (nu25 #9),
as the date checks skip such notes. A full name in the note still counts,
and a surname alone in the story itself is still flagged."""
from __future__ import annotations

from lint import lint_text

HEAD = "Former clerk sentenced\n\nPublished Nov. 20, 2026\n\nBy Dana Whitfield\n\n"
NOTE = "CORRECTION: An earlier version of this story misstated the amount Kessler repaid.\n\n"
BODY = ("Deborah Kessler, 57, of Plymouth, pleaded guilty in August to theft.\n\n"
        "Kessler must report to prison by Jan. 4.\n")


def _found(src: str) -> list[tuple[str, int, int]]:
    return [(d.rule, d.line, d.column) for d in lint_text(src, "story.txt")
            if d.rule == "names.first-reference"]


def test_a_surname_alone_in_a_correction_note_is_no_first_reference():
    assert _found(HEAD + NOTE + BODY) == []
    for note in ("Editor's note: Kessler's attorney asked that the story be updated.\n\n",
                 "Correction (Nov. 21, 2026): Kessler repaid $38,000, not $83,000.\n\n"):
        assert _found(HEAD + note + BODY) == [], note


def test_a_surname_alone_in_the_story_is_still_flagged():
    body = "Kessler cried as the sentence was read.\n\n" + BODY
    src = HEAD + NOTE + body
    assert _found(src) == [("names.first-reference", 9, 1)]


def test_the_same_sentence_as_body_text_is_still_flagged():
    # not a note: the same words as the story's own paragraph
    src = HEAD + "An earlier hearing heard that Kessler repaid $38,000.\n\n" + BODY
    assert _found(src) == [("names.first-reference", 7, 31)]


def test_a_sentence_that_opens_with_a_note_word_is_the_storys():
    # `Corrections officers` and `Updated figures` open sentences of the story, not notes
    for lead, column in (("Corrections officers said Kessler repaid $38,000.", 27),
                         ("Updated figures show Kessler repaid $38,000.", 22)):
        assert _found(HEAD + lead + "\n\n" + BODY) == [("names.first-reference", 7, column)], lead


def test_a_full_name_in_the_note_is_the_first_reference():
    note = "Correction: An earlier version of this story misspelled the name of Deborah Kessler.\n\n"
    src = HEAD + note + "Kessler, 57, of Plymouth, pleaded guilty in August to theft.\n"
    assert _found(src) == []
