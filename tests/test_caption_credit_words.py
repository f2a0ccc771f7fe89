"""Photo credits that read like a caption's words (fx80): an agency's lower-case
words and a title's stop inside a credit, and the per-part cache of the
credit found in each caption."""
from __future__ import annotations

import pytest

from lint.analysis import credits as cr
from lint.engine import active_rules, lint_document
from lint.readers import read_bytes
from story_helpers import CAPTIONS, credit_of as _credit

STORY = "Council sets date for parking vote\n\nPublished Dec. 3, 2026\n\n" \
        "Mayor Thomas Hendricks said Wednesday the council would vote next month.\n\n"


# --- the credit found in a caption, once per part (Document.per_part)

def test_the_credit_found_is_kept_per_caption_part():
    text = STORY + "Crews clear Main Street. (AP Photo/Jane Doe)\n\nCrews clear Main Street. (AP Photo/Jane Doe)\n"
    doc = read_bytes("story.txt", text.encode())
    captions = [p for p in doc.parts if p.kind == "caption"]
    assert len(captions) == 2
    span = (len("Crews clear Main Street. "), len("Crews clear Main Street. (AP Photo/Jane Doe)"))
    # one entry per caption, by its index (the same text twice is two parts), with no licence notes
    assert doc.cache["credits.found"] == {captions[0].index: (span, []), captions[1].index: (span, [])}


def test_the_credit_is_found_once_per_part(monkeypatch):
    doc = read_bytes("story.txt", (STORY + "Crews clear Main Street. (AP Photo/Jane Doe)\n").encode())
    [caption] = [p for p in doc.parts if p.kind == "caption"]
    calls = []
    monkeypatch.setattr(cr, "read_credit", lambda text: calls.append(text))
    assert cr.found_credit(doc, caption) == (25, 44) and calls == []    # the reader's split found it


# --- an agency's lower-case words (qa58 #4)

@pytest.mark.parametrize("text", [
    "Photo: Lakeshore police department",
    "Photo: Screen grab from police body camera video",
    "Photo: Lakeshore County sheriff's office",
    "Photo: U.S. Secret Service",
    "Photo: Ministry of Defence handout",
    "Photo: video still from the council's broadcast",
    "Photo: File photo of the council chamber",
    "Crews repair the main on Elm Street. Photo: Lakeshore water department",
])
def test_an_agency_or_a_picture_source_in_lower_case_is_a_credit(text):
    start = text.index("Photo:")
    assert _credit(text) == text[start:]


@pytest.mark.parametrize("text", [
    "Photo: Police say the suspect fled the scene on foot.",
    "Photo: Police say the suspect fled",
    "Photo: Officers from the police department search the woods behind the school.",
    "Photo: A screen grab from the video shows the suspect leaving the store.",
])
def test_a_sentence_after_the_label_still_leads_in_the_caption(text):
    assert _credit(text) is None


def test_an_agency_credit_line_credits_the_caption_above_it():
    text = STORY + "Crews repair the water main on Elm Street.\nPhoto: Lakeshore water department\n"
    doc = read_bytes("story.txt", text.encode())
    found = [(d.line, d.rule) for d in lint_document(doc, active_rules(CAPTIONS), CAPTIONS).diagnostics]
    assert found == []


# --- a title's stop inside a credit (qa58, seen)

@pytest.mark.parametrize("text,credit", [
    ("Photo: U.S. Army photo by Sgt. 1st Class Jane Doe", "Photo: U.S. Army photo by Sgt. 1st Class Jane Doe"),
    ("PHOTO: U.S. ARMY PHOTO BY SGT. 1ST CLASS JANE DOE", "PHOTO: U.S. ARMY PHOTO BY SGT. 1ST CLASS JANE DOE"),
    ("Soldiers load supplies at the airfield. Photo: U.S. Army photo by Sgt. 1st Class Jane Doe",
     "Photo: U.S. Army photo by Sgt. 1st Class Jane Doe"),
    # names.yaml's abbreviations too ("Maj.", "Cmdr.")
    ("Soldiers load supplies at the airfield. (Photo by Maj. Ana Ruiz)", "(Photo by Maj. Ana Ruiz)"),
    ("Photo: U.S. Navy photo by Lt. Cmdr. Ana Ruiz. Sailors load supplies on Monday.",
     "Photo: U.S. Navy photo by Lt. Cmdr. Ana Ruiz"),
    # a name's own stop still ends the credit before the caption
    ("Photo: Ana Ruiz. Crews clear the road on Monday.", "Photo: Ana Ruiz"),
])
def test_a_titles_stop_does_not_end_a_credit(text, credit):
    assert _credit(text) == credit
