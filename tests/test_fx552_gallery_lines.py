"""fx552: a gallery's collective credit line must read as a list of credits
(no slideshow navigation, related gallery headline or film credits) and
credits the run of figures directly above it; guards for the nearest lines
that still credit a gallery."""
import json

import pytest

from lint.readers._gallery_credit import is_gallery_credit

FIG = '<figure><img alt="{a}" src="{s}.jpg"><figcaption>{c}</figcaption></figure>\n'
F1 = FIG.format(a="A beer glass", s="a", c="A chilled beer glass on the counter")
F2 = FIG.format(a="Sangria", s="b", c="Red wine sangria in a pitcher")
F3 = FIG.format(a="Harbor", s="c", c="The harbor at dusk on Monday")
LEDE = "<p>Here are our favorite ideas for beer and wine from this year, the editors said.</p>\n"
P2 = "<p>The harbor board voted 5-2 on Monday to raise ferry fares, the chair said.</p>\n"
PAGE = "<!DOCTYPE html><html><body><article><h1>Drink up</h1>\n{body}</article></body></html>\n"


def _missing_texts(run_cli, tmp_path, body):
    """The caption text each captions.missing-credit finding starts at."""
    text = PAGE.format(body=body)
    path = tmp_path / "g.html"
    path.write_text(text, encoding="utf-8")
    out = run_cli("check", "--no-cache", "--format", "json", "--select", "captions.missing-credit", path).stdout
    lines = text.split("\n")
    return [lines[f["line"] - 1][f["column"] - 1:].split("<")[0] for f in json.loads(out)]


@pytest.mark.parametrize("line", [
    "Photos: Getty Images", "Photos: Casey Barber/Getty Images", "Photos: Ana Ruiz/The New York Times",
    "(Image credits: Casey Barber; Rebecca Blumhagen)", "Photographs by Casey Barber",
    "Credits: Getty Images", "Credits: Casey Barber/AP", "Credits: Reuters", "Photos courtesy of the Smith family",
    "Photos: Getty Images 2019",
])
def test_guard_credit_lists_still_credit_a_gallery(line):
    assert is_gallery_credit(line) is True


@pytest.mark.parametrize("line", [
    "Photos: View Gallery", "Photos: See more", "PHOTOS: Hurricane Season In Pictures",
    "Credits: Casey Barber", "Credits: Written by Paul Webb", "Photos: 3 of 20",
])
def test_no_credit_list_credits_no_gallery(line):
    assert is_gallery_credit(line) is False


def test_a_gallery_line_credits_the_figures_directly_above(run_cli, tmp_path):
    body = F3 + LEDE + F1 + F2 + "<p>Photos: Getty Images</p>\n"
    assert _missing_texts(run_cli, tmp_path, body) == ["The harbor at dusk on Monday"]


def test_guard_a_page_foot_credit_line_apart_from_pictures_credits_all_above(run_cli, tmp_path):
    # thekitchn's shape: the line stands under the story, no picture directly above it
    body = LEDE + F1 + P2 + P2 + "<p>(Image credits: Casey Barber; Rebecca Blumhagen)</p>\n"
    assert _missing_texts(run_cli, tmp_path, body) == []


def test_guard_figures_then_story_then_the_next_gallery(run_cli, tmp_path):
    body = F1 + "<p>Photos: Getty Images</p>\n" + P2 + F2 + F3 + "<p>Photos: Getty Images</p>\n"
    assert _missing_texts(run_cli, tmp_path, body) == []


def test_a_nav_line_leaves_every_caption_asked(run_cli, tmp_path):
    body = LEDE + F1 + F2 + "<p>Photos: Previous | Next</p>\n"
    assert _missing_texts(run_cli, tmp_path, body) == ["A chilled beer glass on the counter",
                                                       "Red wine sangria in a pitcher"]
