"""dates.caption-after-publication: a caption that dates its picture after
the story ran (nu25 #4)."""
from __future__ import annotations

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
