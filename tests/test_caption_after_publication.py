"""dates.caption-after-publication: a caption that dates its picture after
the story ran (nu25 #4)."""
from __future__ import annotations

import pytest

from lint.config import Config
from lint.engine import active_rules, lint_document
from lint.readers import read_bytes

RULE = "dates.caption-after-publication"


def findings(text: str, name: str = "story.txt", **options) -> list[tuple[int, int, str]]:
    config = Config(select=(RULE,), options=tuple((RULE, f"{k}: {v}\n") for k, v in options.items()))
    doc = read_bytes(name, text.encode("utf-8"))
    return [(d.line, d.column, d.message) for d in lint_document(doc, active_rules(config), config).diagnostics]


STORY = ("Council sets date for parking vote\n\nPublished Dec. 3, 2026\n\n"
         "Mayor Thomas Hendricks said Wednesday the council would vote next month.\n\n")
CAPTION = "Photo: Mayor Thomas Hendricks presents the parking plan at City Hall on {date}. " \
          "(Renata Okafor/Lakeshore Ledger)\n"


def test_the_trials_caption_is_reported_at_its_date():
    text = STORY + CAPTION.format(date="Monday, Dec. 7, 2026")
    [(line, column, message)] = findings(text)
    assert (line, column) == (7, text.splitlines()[6].index("Monday") + 1)
    assert "after the story's publication date, December 3, 2026" in message


def test_a_picture_taken_before_the_story_ran_is_not():
    assert findings(STORY + CAPTION.format(date="Monday, Nov. 30, 2026")) == []


def test_grace_days_accept_a_late_update():
    text = STORY + CAPTION.format(date="Friday, Dec. 4, 2026")
    assert len(findings(text)) == 1
    assert findings(text, **{"grace-days": 1}) == []


def test_an_undated_story_is_not_judged():
    text = "Council sets date for parking vote\n\nThe council will vote next month.\n\n" \
           + CAPTION.format(date="Monday, Dec. 7, 2026")
    assert findings(text) == []


PAGE = ('<html><head><meta property="article:published_time" content="2026-12-03T08:00:00Z"></head>'
        '<body><article><h1>Water main floods Main Street</h1><p>A water main burst under Main Street '
        'early Wednesday, a city official said.</p><figure><img src="b.jpg" alt="Water"><figcaption>'
        '{caption} (Ana Ruiz/Lakeshore Ledger)</figcaption></figure></article></body></html>')


def test_a_figcaption_on_a_dated_page():
    page = PAGE.format(caption="Water rushes down Main Street on Monday, Dec. 7, 2026.")
    assert [(line, column) for line, column, _ in findings(page, "story.html")] == \
        [(1, page.index("Monday, Dec. 7") + 1)]


def test_an_update_note_in_a_caption_is_dated_later_by_nature():
    page = PAGE.format(caption="Updated Monday, Dec. 7, 2026: the flooded block is Main Street, not Elm.")
    doc = read_bytes("story.html", page.encode("utf-8"))
    assert any(p.kind == "caption" and p.text.startswith("Updated") for p in doc.parts)
    assert findings(page, "story.html") == []


# --- present-tense advances (qa58 #5, fx80): an event's date, not the picture's

def _dated(caption: str) -> list[str]:
    """The dates reported in a plain-text caption under STORY."""
    text = STORY + caption + "\n"
    line = text.splitlines()[6]
    return [line[column - 1:].split(".")[0] for _, column, _ in findings(text)]


@pytest.mark.parametrize("caption", [
    # a clock time and a verb of the event's start in the date's clause
    "Photo: The Lakeshore Holiday Parade steps off at 10 a.m. Saturday, Dec. 5, 2026, on Main Street. (Ana Ruiz/AP)",
    "Photo: The tree lighting gets under way at 6 p.m. on Friday, Dec. 4, 2026. (Ana Ruiz/AP)",
    "Photo: Marchers step off at noon Saturday, Dec. 5, 2026. (Ana Ruiz/AP)",
    "Photo: The Lakeshore Holiday Parade steps off at 10:30 a.m. Saturday, Dec. 5, 2026. (Ana Ruiz/AP)",
    # either end of a range to a later day
    "Photo: The exhibit, on view Dec. 5, 2026 to Jan. 10, 2027, includes 40 quilts. (Ana Ruiz/AP)",
    "Photo: The show, Dec. 5, 2026 – Jan. 10, 2027, includes 40 quilts. (Ana Ruiz/AP)",
    "Photo: The exhibit, on view Dec. 5-12, 2026, includes 40 quilts. (Ana Ruiz/AP)",
    # an event's date in a noun phrase after "for the"
    "Photo: Tickets are on sale now for the concert on Saturday, Dec. 12, 2026. (Ana Ruiz/AP)",
    "Photo: Fans line up for the holiday concert at 7 p.m. on Saturday, Dec. 12, 2026. (Ana Ruiz/AP)",
])
def test_a_present_tense_advance_is_not_the_pictures_date(caption):
    assert _dated(caption) == []


@pytest.mark.parametrize("caption,dated", [
    # the picture's own day, in the present tense
    ("Photo: Hendricks speaks Friday, Dec. 4, 2026. (Ana Ruiz/AP)", ["Friday, Dec"]),
    # a clock time alone, or a verb of a start with no clock time, is no advance
    ("Photo: Hendricks speaks at 10 a.m. Friday, Dec. 4, 2026. (Ana Ruiz/AP)", ["Friday, Dec"]),
    ("Photo: The parade steps off Saturday, Dec. 5, 2026, on Main Street. (Ana Ruiz/AP)", ["Saturday, Dec"]),
    # the verb and the time in another clause than the date
    ("Photo: Hendricks speaks Friday, Dec. 4, 2026; the parade steps off at 10 a.m. (Ana Ruiz/AP)", ["Friday, Dec"]),
    # a range back to an earlier day: both dates are after publication still
    ("Photo: The show, Dec. 5, 2026 - Dec. 4, 2026, includes 40 quilts. (Ana Ruiz/AP)", ["Dec", "Dec"]),
    # two days, not a range
    ("Photo: Hendricks speaks Friday, Dec. 4, 2026 and Saturday, Dec. 5, 2026. (Ana Ruiz/AP)",
     ["Friday, Dec", "Saturday, Dec"]),
])
def test_the_pictures_own_date_is_still_reported(caption, dated):
    assert _dated(caption) == dated
