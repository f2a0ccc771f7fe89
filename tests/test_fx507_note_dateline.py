"""fx507: an editor's note over the lede does not hide its wire dateline (nu70 #3)."""
import pytest

from lint import lint_text
from lint.readers import read_bytes

LEDE = "WASHINGTON, March 3 (AP) — The Senate passed a spending bill, officials said.\n"


def _datelines(src, name="story.txt"):
    doc = read_bytes(name, src.encode("utf-8"))
    return [(p.kind, p.text) for p in doc.parts if p.kind == "dateline"]


@pytest.mark.parametrize("note", [
    "EDITOR'S NOTE — This story has been updated with the final vote tally.",
    "Editor's note: This story has been updated.",
    "Correction: An earlier version of this story misstated the vote.",
])
@pytest.mark.parametrize("hed", ["Senate passes bill\n\n", ""])
def test_note_over_wire_lede(note, hed):
    assert _datelines(hed + note + "\n\n" + LEDE) == [("dateline", "WASHINGTON, March 3 (AP) —")]


def test_note_over_wire_lede_markdown():
    src = "# Senate passes bill\n\n_Editor's note: This story has been updated._\n\n" + LEDE
    assert _datelines(src, "story.md") == [("dateline", "WASHINGTON, March 3 (AP) —")]


def test_note_mismatch_position():
    src = "Senate passes bill\n\nEditor's note: This story has been updated.\n\n" + LEDE
    diags = [d for d in lint_text(src, "story.txt", published="2025-03-10") if d.rule == "dates.dateline-mismatch"]
    assert [(d.line, d.column) for d in diags] == [(5, 13)]


def test_guard_note_over_unsure_dash_stays_prose():
    # 'NASA — which ...' has no date, agency or state: no sure dateline, so none under a note
    src = ("Senate passes bill\n\nEditor's note: This story has been updated.\n\n"
           "NASA — which had planned a launch this week — said it would wait.\n")
    assert _datelines(src) == []


def test_guard_note_is_not_a_dateline():
    src = "Senate passes bill\n\nEDITOR'S NOTE — This story contains graphic details.\n\nThe Senate met.\n"
    assert _datelines(src) == []


def test_guard_lede_over_wire_paragraph_not_read():
    src = "Senate passes bill\n\nThe Senate met on Monday. Then it voted on the bill.\n\n" + LEDE
    assert _datelines(src) == []
