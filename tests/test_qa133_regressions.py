"""Faults QA (qa133) found in the licence-note credit reading on lead40
(fx211/fx217: a credit found only beside set-aside notes must carry a credit
mark). Each asserts the right behaviour; all four are fixed (A2 by the
lead, A1, A3 and A4 by fx219) and stand as guards. Synthetic input only."""
from __future__ import annotations

import pytest

from story_helpers import caption_rules as _rules, figure as _figure, figure_rules as _caption_rules


# A1 (HIGH): "Courtesy of" + an ordinary noun phrase before a note counts as a
# credit, so main's captions.missing-credit is gone.
# fixed (fx219): beside a note, a lead-in's body must name someone (a capital, a digit, a handle)
@pytest.mark.parametrize("source", [
    _figure("Water rises. Courtesy of the storm (CC0)"),
    _figure("Courtesy of the storm (CC0)"),
    _figure("Water rises. Courtesy of the storm. Public domain."),
    "# Floods reach Lima\n\nThe river rose on Monday.\n\n"
    "![A street](a.jpg \"Water rises. Courtesy of the storm (CC0)\")\n",
])
def test_courtesy_of_a_common_noun_before_a_note_is_no_credit(source):
    assert _rules(source) == ["captions.missing-credit"]


# A2 (HIGH): "via <agency>" inside a sentence before a note is read as the
# credit "via Reuters", so main's captions.missing-credit is gone.
# fixed (the lead): after a note is set aside, a source after 'via' with nothing before it is no credit
@pytest.mark.parametrize("caption", [
    "Water rises. The water came via Reuters (CC BY 2.0)",
    "Water rises. Aid arrived via AP (CC BY 2.0)",
])
def test_via_inside_a_sentence_before_a_note_is_no_credit(caption):
    assert _caption_rules(caption) == ["captions.missing-credit"]


# A3 (MED): the documented form 'Jane Doe (CC BY 2.0) / Flickr' (docs/captions.md,
# "Licence notes") is reported as a malformed credit: "spaces around the slash;
# write 'Name/Agency'", spaces that only stand around the note's gap.
# fixed (fx219): a spaced slash right after a licence note parts the note from the source
@pytest.mark.parametrize("source", [
    _figure("Water rises. Jane Doe (CC BY 2.0) / Flickr"),
    _figure("Water rises. Photo by Jane Doe (CC BY 2.0) / Reuters"),
    "---\ntitle: Floods reach Lima\nimage: a.jpg\n"
    "caption: \"Water rises. Jane Doe (CC BY 2.0) / Flickr\"\n---\n\nThe river rose on Monday.\n",
])
def test_a_note_between_name_and_source_is_no_malformed_credit(source):
    assert "captions.malformed-credit" not in _rules(source)


# A4 (HIGH, main too): a blank lead-in before a licence note in square
# brackets takes the note as its body, so nothing is reported, while the
# same note in round brackets gives captions.empty-credit on lead40.
# fixed (fx219): a note at a credit's edge is left out of it on every path, so the lead-in is blank
@pytest.mark.parametrize("caption", [
    "Water rises. Photo by: [CC BY 2.0]",
    "Water rises. Photo by: [CC BY 2.0].",
    "Water rises. Credit: [public domain]",
])
def test_a_blank_lead_in_before_a_square_bracketed_note_is_empty(caption):
    assert _caption_rules(caption) == ["captions.empty-credit"]
