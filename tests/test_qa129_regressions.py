"""Faults QA (qa129) found in fx211's licence-note change on lead40: a
licence note set aside so the credit before it is read (credit_licences,
credits.find_credit, split_credits' plain-text credit lines).

Each test asserts the right behaviour; each was a strict xfail until fx217
fixed it, and is now a guard.
Synthetic input only."""
from __future__ import annotations

import timeit

import pytest

from lint.analysis.credit_licences import set_aside
from lint.engine import active_rules, lint_document
from lint.readers import read_bytes
from story_helpers import CAPTIONS, credit_of as _credit, figure_rules as _caption_rules


# A1 (HIGH) ----------------------------------------------------------------
# A blank lead-in before a licence note and the caption's closing stop: the
# rest's credit ("Photo by:.") ends after the stop, so the span carried back
# runs over the note, the note becomes the credit's body, and a body with
# letters names someone. main: captions.missing-credit; lead40: nothing (the
# same caption without its final stop gives captions.empty-credit).
@pytest.mark.parametrize("caption", [
    "Water rises. Photo by: (CC BY 2.0).",
    "Water rises. Photo: (public domain).",
    "Water rises. Photo by: (CC0)!",
    "Water rises. \"Photo by: (CC BY 2.0)\"",
    "Water rises. Credit: (CC BY 2.0).",
    "Water rises. AP Photo/(CC BY 2.0).",
    "Water rises. Courtesy of: (CC0).",
    "Water rises. Photo by: (CC BY 2.0) (cropped).",
])
def test_a_blank_lead_in_before_a_note_and_a_stop_is_still_reported(caption):
    assert _caption_rules(caption) in (["captions.empty-credit"], ["captions.missing-credit"])


def test_a_plain_text_blank_credit_line_with_a_note_and_a_stop_is_reported():
    text = ("Floods reach Lima\n\nThe river rose on Monday, officials said.\n\n"
            "Caption: Volunteers stack sandbags along the levee.\nPhoto by: (CC BY 2.0).\n")
    doc = read_bytes("s.txt", text.encode("utf-8"))
    assert lint_document(doc, active_rules(CAPTIONS), CAPTIONS).diagnostics


# A2 (MED) -----------------------------------------------------------------
# The same cause with a real credit: the span takes the note in when a stop,
# a "!" or a closing quote follows it, though the docs say a note at the
# credit's edge is left out ("Photo by Jane Doe (CC BY 2.0)" gives "Photo by
# Jane Doe").
@pytest.mark.parametrize("caption", [
    "Water rises. Photo by Jane Doe (CC BY 2.0).",
    "Water rises. Jane Doe/Flickr (CC BY 2.0).",
    "Water rises. \"Photo by Jane Doe (CC BY 2.0)\"",
    "Water rises. Photo by Jane Doe (CC BY 2.0) .",
])
def test_a_stop_after_the_note_leaves_the_note_out_of_the_span(caption):
    credit = _credit(caption)
    assert credit is not None and "CC BY" not in credit


# A3 (HIGH) ----------------------------------------------------------------
# Two place names or a title and a place joined by a slash before a note:
# the rest ("St. Paul/Minneapolis") has the Name/Agency shape the reading
# takes, so a caption with no credit passes (main: captions.missing-credit),
# as qa117 A1/A2's "Lake Tahoe (CC BY 2.0)" did under fx197.
@pytest.mark.parametrize("caption", [
    "St. Paul/Minneapolis (CC BY 2.0)",
    "Water rises. Hong Kong/Kowloon (CC BY 2.0)",
    "The painting. Mona Lisa/Louvre (public domain)",
    "Water rises. Reuters/AP Building. Licensed under CC BY 2.0.",
])
def test_a_slashed_place_or_title_before_a_note_is_no_credit(caption):
    assert _caption_rules(caption) == ["captions.missing-credit"]


# A4 (HIGH) ----------------------------------------------------------------
# A bracketed note in the middle of a caption is set aside too, and the
# words on either side are read as one: "Photo (CC BY 2.0) by the river"
# becomes a "Photo by ..." credit (main: captions.missing-credit).
def test_a_note_mid_caption_does_not_join_its_neighbours_into_a_credit():
    assert _caption_rules("Water rises. Photo (CC BY 2.0) by the river") == ["captions.missing-credit"]


# A6 (HIGH) ---------------------------------------------------------------
# A blank lead-in and a note opening the caption: the rest ("Photo by:.
# Water rises.") is read as a leading credit running over the whole caption,
# so nothing is reported (main: captions.missing-credit).
def test_a_blank_lead_in_and_a_note_opening_a_caption_are_reported():
    assert _caption_rules("Photo by: (CC BY 2.0). Water rises.") in (["captions.empty-credit"],
                                                                    ["captions.missing-credit"])


# A5 (MED) -----------------------------------------------------------------
# set_aside is quadratic in a run of white space in its 400-character reach
# (each start tries the `\s*` before a bracket or separator to the run's
# end): ~15 ms per caption with 400 spaces before "cc by", against ~0.4 ms
# for the whole reading on main; captions.run-on calls find_credit at each
# glue point, so a 5 KB caption takes seconds.
def test_set_aside_stays_linear_in_a_run_of_spaces():
    def cost(n: int) -> float:
        text = "Water rises" + " " * n + "cc by"
        set_aside(text)
        return min(timeit.repeat(lambda: set_aside(text), number=3, repeat=5))
    assert cost(400) / cost(100) < 10
