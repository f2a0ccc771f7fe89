"""A caption that opens with a picture label ("Photo:", "Image:", "PHOTO:")
and goes on with a sentence: the label leads in the description, as
"Caption:" does, and is no credit (nu25 #2)."""
from __future__ import annotations

import pytest

from lint.analysis import credits as cr
from lint.config import Config
from lint.engine import active_rules, lint_document
from lint.readers import read_bytes

CAPTIONS = Config(select=("captions",))


def findings(text: str, name: str) -> list[tuple[int, int, str]]:
    doc = read_bytes(name, text.encode("utf-8"))
    return [(d.line, d.column, d.rule) for d in lint_document(doc, active_rules(CAPTIONS), CAPTIONS).diagnostics]


@pytest.mark.parametrize("text", [
    "Photo: Mayor Thomas Hendricks presents the parking plan at City Hall.",
    "Photo: Water rushes down Main Street on Wednesday.",
    # the credit patterns stopped at the abbreviation: the sentence runs on
    "Photo: Traffic crosses the Fox Street bridge in Millbrook on Monday, Nov. 30, 2026.",
    "PHOTO: Rep. Ana Ruiz (D-Calif.) speaks during a news conference at the Capitol.",
    # no verb, but a weekday: a news picture's date, never a credit's
    "Photo: Mayor Ana Ruiz at City Hall on Monday.",
    "Image: Volunteers stack sandbags along the levee.",
])
def test_a_picture_label_before_a_sentence_is_no_credit(text):
    assert cr.find_credit(text) is None


@pytest.mark.parametrize("text,credit", [
    ("Photo: Jane Doe", "Photo: Jane Doe"),
    ("Photo: AP", "Photo: AP"),
    ("Photo: Tomas Lindqvist/Reuters", "Photo: Tomas Lindqvist/Reuters"),
    ("Photo: Courtesy of the Brennan family", "Photo: Courtesy of the Brennan family"),
    ("Image: @lakeshore_ledger on Instagram", "Image: @lakeshore_ledger on Instagram"),
    ("Photo: Ana Ruiz. Crews clear the road on Monday.", "Photo: Ana Ruiz"),
    ("Crews clear the road on Monday. Photo: Reuters", "Photo: Reuters"),
    # a label naming the credit is one whatever its words
    ("Source: analysis of county records by the Ledger", "Source: analysis of county records by the Ledger"),
    # the description's credit, if any, is the one it ends in
    ("Photo: Mayor Thomas Hendricks presents the parking plan at City Hall on Monday, Dec. 7, 2026. "
     "(Renata Okafor/Lakeshore Ledger)", "(Renata Okafor/Lakeshore Ledger)"),
])
def test_a_picture_label_before_a_name_is_a_credit(text, credit):
    span = cr.find_credit(text)
    assert span is not None and text[span[0]:span[1]] == credit


STORY = "Council sets date for parking vote\n\nPublished Dec. 3, 2026\n\n" \
        "Mayor Thomas Hendricks said Wednesday the council would vote next month.\n\n"


def test_a_plain_text_caption_led_in_by_photo_has_no_credit():
    text = STORY + "Photo: Mayor Thomas Hendricks presents the parking plan at City Hall.\n"
    assert findings(text, "story.txt") == [(7, 1, "captions.missing-credit")]


def test_its_credit_on_the_line_under_it_credits_it():
    text = STORY + "Photo: Mayor Thomas Hendricks presents the parking plan at City Hall.\n" \
                   "Photo: Renata Okafor/Lakeshore Ledger\n"
    assert findings(text, "story.txt") == []


def test_an_html_figcaption_led_in_by_photo_has_no_credit():
    page = ('<article><h1>Water main break floods Main Street</h1><p>A water main burst under Main '
            'Street early Wednesday, a city official said.</p><figure><img src="b.jpg" alt="Water">'
            '<figcaption>Photo: Water rushes down Main Street on Wednesday.</figcaption></figure></article>')
    col = page.index("Photo:") + 1
    assert findings(page, "story.html") == [(1, col, "captions.missing-credit")]
