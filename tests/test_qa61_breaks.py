"""Break-it pass on fx80 (captions and credits): lower-case agency credits
and the captions they now swallow, a title's stop inside a credit, present-
tense advances in dates.caption-after-publication, and the per-part credit
cache. Each plain case here failed on main at fx80 (1bb8e77) but those
marked "still", which guard what a fix must keep. The three qa61 left open
(a verb between names after a label, an all-capitals credit, the moment an
event starts) were strict xfails until fx90 fixed them; its guards are in
test_fx90_captions.py."""
from __future__ import annotations

import pytest

from lint import lint_text
from story_helpers import credit_of as _credit

PUBLISHED = "Council sets date for parking vote\n\nPublished Dec. 3, 2026\n\n" \
            "Mayor Thomas Hendricks said Wednesday the council would vote next month.\n\n"
MARKDOWN = "---\ntitle: Council sets date for parking vote\ndate: 2026-12-03\n---\n\n" \
           "Mayor Thomas Hendricks said Wednesday the council would vote next month.\n\n"


def _shapes(caption: str) -> list[tuple[str, str]]:
    """The caption as a plain-text line, in a Markdown figure shortcode and in
    an HTML figcaption, each in a story published Dec. 3, 2026."""
    page = ('<html><head><meta property="article:published_time" content="2026-12-03T08:00:00Z"></head>'
            '<body><article><h1>Council sets date for parking vote</h1><p>Mayor Thomas Hendricks said '
            'Wednesday the council would vote next month.</p><figure><img src="b.jpg" alt="Council">'
            f'<figcaption>{caption}</figcaption></figure></article></body></html>')
    return [("story.txt", PUBLISHED + caption + "\n"),
            ("story.md", MARKDOWN + f'{{{{< figure src="b.jpg" alt="Council" caption="{caption}" >}}}}\n'),
            ("story.html", page)]


def _rules(caption: str, pack: str) -> list[list[str]]:
    """The rules of `pack` each shape of the caption is reported by."""
    return [[d.rule for d in lint_text(text, name) if d.rule.startswith(pack + ".")]
            for name, text in _shapes(caption)]


# --- an agency's name in lower case is a credit (brief)

@pytest.mark.parametrize("text", [
    "Photo: county sheriff's office",
    "Photo: state fire marshal's office",
    "Crews clear the road on Monday. Photo: county sheriff's office",
    # fx80's, still
    "Photo: Lakeshore police department",
    "Photo: Lakeshore County sheriff's office",
    "Photo: Screenshot via X",
])
def test_an_agency_named_in_lower_case_is_a_credit(text):
    assert _credit(text) == text[text.index("Photo:"):]


def test_a_lower_case_agency_credits_the_caption_in_every_format():
    assert _rules("Photo: county sheriff's office", "captions") == [[], [], []]


# --- a caption's sentence after a picture label still leads it in (fx80 made
# these credits: an agency's noun late in the sentence, a credit's mark
# before a verb)

@pytest.mark.parametrize("text", [
    "Photo: Protesters outside the police department",
    "Photo: Officers inside the police department",
    "Photo: Mourners at the police memorial service",
    "Photo: Ana Ruiz leaves the office",
    "Photo: Inside the police department",
    "Photo: Mayor Ana Ruiz in her office",      # (still: function words name no agency)
    "Photo: Handout photo shows the damaged bridge.",
    "Photo: File photo shows the council chamber in 2019.",
    "Photo: Screenshot shows the suspect leaving the store.",
    "Photo: Screen grab shows the suspect fleeing.",
    # the brief's, lead-ins before fx80 and still
    "Photo: Police department officers gather outside the courthouse.",
    "Photo: Office workers leave the building.",
    "Photo: Handout photos show the damaged bridge.",
])
def test_a_sentence_after_the_label_is_no_credit(text):
    assert _credit(text) is None


def test_a_sentence_after_the_label_still_lacks_a_credit_in_every_format():
    assert _rules("Photo: Protesters outside the police department", "captions") == [["captions.missing-credit"]] * 3


# --- a title's stop inside a credit (fx80 took the titles of the sentence
# splitter and names.yaml; the army's lower ranks were left out)

@pytest.mark.parametrize("text,credit", [
    ("Soldiers train at the base. Photo by Spc. Jane Doe/U.S. Army", "Photo by Spc. Jane Doe/U.S. Army"),
    ("Soldiers train at the base. Photo by Pfc. Jane Doe", "Photo by Pfc. Jane Doe"),
    ("Soldiers train at the base. Photo by Cpl. Jane Doe", "Photo by Cpl. Jane Doe"),
    ("Marines train at the base. (Photo by Lance Cpl. Jane Doe)", "(Photo by Lance Cpl. Jane Doe)"),
    ("Soldiers train at the base. Photo by Pvt. Jane Doe", "Photo by Pvt. Jane Doe"),
    ("Airmen train at the base. Photo by Brig. Gen. Jane Doe", "Photo by Brig. Gen. Jane Doe"),
    ("Photo by Spc. Jane Doe. Soldiers train at the base.", "Photo by Spc. Jane Doe"),
    # fx80's, still
    ("Soldiers train at the base. Photo by Lt. Col. Jane Doe", "Photo by Lt. Col. Jane Doe"),
    ("Patients wait at the clinic. Photo by Dr. Ana Ruiz", "Photo by Dr. Ana Ruiz"),
    ("Fans cheer at Busch Stadium. Photo by Jane Doe/St. Louis Post-Dispatch",
     "Photo by Jane Doe/St. Louis Post-Dispatch"),
    ("Photo: Jane Doe/St. Louis Post-Dispatch. Fans cheer at the stadium.", "Photo: Jane Doe/St. Louis Post-Dispatch"),
    # still: a caption's sentence that ends after a street's "St." is no credit's
    ("Photo: Ana Ruiz/Lakeshore Ledger. Crews clear snow on Oak St. Residents shovel their driveways.",
     "Photo: Ana Ruiz/Lakeshore Ledger"),
    ("Crews clear the snow on Elm St. Photo: Ana Ruiz", "Photo: Ana Ruiz"),
])
def test_a_ranks_stop_does_not_end_a_credit(text, credit):
    assert _credit(text) == credit


def test_a_title_inside_a_caption_after_the_label():
    assert _credit("Photo: Mayor Ana Ruiz thanks Sen. Jane Doe at City Hall.") is None


def test_an_all_capitals_credit_before_the_caption():
    assert _credit("PHOTO BY SGT. JANE DOE. SOLDIERS TRAIN AT THE BASE.") == "PHOTO BY SGT. JANE DOE"


# --- dates.caption-after-publication: the picture's own date, excused by fx80

def _dated(caption: str) -> list[str]:
    """The dates reported in a plain-text caption under PUBLISHED."""
    text = PUBLISHED + caption + " (Ana Ruiz/AP)\n"
    line = text.splitlines()[6]
    return [line[d.column - 1:].split(",")[0] for d in lint_text(text, "story.txt")
            if d.rule == "dates.caption-after-publication"]


@pytest.mark.parametrize("caption,dated", [
    # `for the <words> on` that is no event's: the picture's day
    ("Photo: Residents shovel snow for the second day on Friday, Dec. 4, 2026.", ["Friday"]),
    ("Photo: Residents shovel snow for the second straight day on Friday, Dec. 4, 2026.", ["Friday"]),
    ("Photo: The team practices for the first time on Friday, Dec. 4, 2026.", ["Friday"]),
    ("Photo: Volunteers serve meals for the homeless on Friday, Dec. 4, 2026.", ["Friday"]),
    ("Photo: Fans cheer for the home team at 7 p.m. on Friday, Dec. 4, 2026.", ["Friday"]),
    # a night's two days: the picture's
    ("Photo: Firefighters battle the blaze overnight Dec. 4-5, 2026.", ["Dec. 4-5"]),
    ("Photo: Crews work through the night, Dec. 4-5, 2026, to restore power.", ["Dec. 4-5"]),
    ("Photo: Firefighters battle the blaze overnight Friday, Dec. 4, 2026, to Saturday, Dec. 5, 2026.",
     ["Friday"]),
    # a dash between spaces sets off a clause, no range
    ("Photo: Hendricks speaks Friday, Dec. 4, 2026 — Dec. 5 is the vote.", ["Friday"]),
    # an event's start and time in a clause of its own after the date
    ("Photo: Shoppers wait outside Friday, Dec. 4, 2026 for the store that opens at 6 a.m.", ["Friday"]),
    ("Photo: Mourners gather at 5 p.m. Friday, Dec. 4, 2026 for a vigil that begins at dusk.", ["Friday"]),
])
def test_the_pictures_own_date_is_reported(caption, dated):
    assert _dated(caption) == dated


@pytest.mark.parametrize("caption", [
    # fx80's advances, still
    "Photo: Tickets are on sale now for the concert on Saturday, Dec. 12, 2026.",
    "Photo: Fans line up for the holiday concert at 7 p.m. on Saturday, Dec. 12, 2026.",
    "Photo: Volunteers prepare floats for the parade, which steps off at 10 a.m. Saturday, Dec. 5, 2026.",
    "Photo: The exhibit, on view Dec. 5-12, 2026, includes 40 quilts.",
    "Photo: The show, Dec. 5, 2026 – Jan. 10, 2027, includes 40 quilts.",
    "Photo: The show, Dec. 5, 2026—Jan. 10, 2027, includes 40 quilts.",
    "Photo: The parade that steps off at 10 a.m. Saturday, Dec. 5, 2026, honors veterans.",
    # "under way" as one word
    "Photo: The tree lighting gets underway at 6 p.m. Friday, Dec. 4, 2026.",
    # an event's noun after a longer name
    "Photo: Tickets are on sale now for the annual Lakeshore Holiday Parade on Saturday, Dec. 5, 2026.",
    "Photo: Tickets are on sale for the Lakeshore Symphony's holiday concert on Saturday, Dec. 12, 2026.",
])
def test_an_advance_is_still_left_alone(caption):
    assert _dated(caption) == []


def test_the_moment_an_event_starts_is_the_pictures():
    assert _dated("Photo: Shoppers rush in as the store opens at 6 a.m. Friday, Dec. 4, 2026.") == ["Friday"]


def test_the_pictures_own_date_in_every_format():
    caption = "Residents shovel snow for the second day on Friday, Dec. 4, 2026. (Ana Ruiz/AP)"
    assert _rules(caption, "dates") == [["dates.caption-after-publication"]] * 3
