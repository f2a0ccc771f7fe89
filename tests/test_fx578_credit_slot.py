"""fx578: a credit lead-in whose photographer's slot is blank before a bar
("Photo by: | The Courier") is captions.empty-credit, in a caption and as a
gallery's credit line; the nearest filled credits stay credits."""
import pytest

from gallery_credit_helpers import UNCREDITED, missing_credit
from lint.config import Config
from lint.engine import lint_bytes

TEXT = "Storm hits coast\n\nThe storm hit Monday.\n\nResidents at the meeting. {credit}\n"


def _empty(credit):
    res = lint_bytes("c.txt", TEXT.format(credit=credit).encode(),
                     Config(select=("captions.empty-credit",)))
    return [(d.line, d.column, d.snippet, d.message) for d in res.diagnostics]


@pytest.mark.parametrize("credit", ["Photo by: | The Courier", "Photo by | The Courier", "Photos: | Getty Images"])
def test_blank_slot_before_a_bar_is_an_empty_credit(credit):
    [(line, column, snippet, message)] = _empty(credit)
    assert (line, column, snippet) == (5, 27, credit)
    assert "name blank before the '|'" in message


def test_guard_a_blank_slot_before_a_slash_stays_malformed():
    res = lint_bytes("c.txt", TEXT.format(credit="Photograph: /Getty Images").encode(),
                     Config(select=("captions.empty-credit", "captions.malformed-credit")))
    assert [(d.rule, d.snippet) for d in res.diagnostics] == [("captions.malformed-credit", "/")]


@pytest.mark.parametrize("credit", ["Photo by Ann Lee | The Courier", "Photo: Ann Lee/The Courier",
                                    "Photo by Ann Lee", "Photo: AP/Ann Lee"])
def test_guard_a_filled_slot_is_no_empty_credit(credit):
    assert _empty(credit) == []


def test_guard_an_open_lead_in_keeps_its_message():
    [(_, _, snippet, message)] = _empty("Photo by:")
    assert snippet == "Photo by:" and "names no photographer or source" in message


def _gallery(line):
    from gallery_credit_helpers import GALLERY
    res = lint_bytes("a.html", GALLERY.format(line=line).encode(),
                     Config(select=("captions.empty-credit", "captions.missing-credit")))
    return [(d.rule, d.line) for d in res.diagnostics]


def test_a_gallery_line_with_a_blank_slot_is_its_empty_credit():
    assert _gallery("<p>Photos by | The Courier</p>") == [("captions.empty-credit", 6)]


@pytest.mark.parametrize("line", ["<p>Photos by Ann Lee | The Courier</p>", "<p>Photos by Ann Lee/The Courier</p>"])
def test_guard_a_filled_gallery_line_credits(line):
    assert missing_credit(line) == [] and _gallery(line) == []


@pytest.mark.parametrize("line", ["<p>Photos by | a reader</p>", "<p>Photos | The Courier</p>"])
def test_guard_a_bar_before_no_name_or_no_lead_in_credits_nothing(line):
    assert missing_credit(line) == UNCREDITED
