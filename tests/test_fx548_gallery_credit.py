"""fx548: one collective credit line under a gallery ("(Image credits: A;
B)", "Photos: Getty Images") credits the captions above it (nu72 #9).
Guards: a singular "Photo: Name" line, a sentence about photos, captions
below the line and a gallery with no line are still asked for a credit."""
import json

import pytest

from lint.readers._gallery_credit import is_gallery_credit

FIGS = ('<figure><img alt="A chilled beer glass" src="a.jpg"><figcaption>A chilled beer glass on the '
        'counter</figcaption></figure>\n'
        '<figure><img alt="Red wine in a pitcher" src="b.jpg"><figcaption>Red wine sangria in a '
        'pitcher</figcaption></figure>\n')
LEDE = "<p>Here are our favorite ideas for beer and wine from this year, the editors said.</p>\n"
PAGE = ('<!DOCTYPE html><html><head><title>Drink up</title><script src="x.js"></script></head><body>'
        '<article><h1>Drink up: 15 good ideas for beer and wine</h1>\n{body}</article></body></html>\n')
FRAGMENT = "<article><h1>Drink up: 15 good ideas for beer and wine</h1>\n{body}</article>\n"
LONG = ("(Image credits: Casey Barber; Rebecca Blumhagen; Jayme Henderson; Emma Christensen; "
        "Faith Durand; Jill Silverman Hough)")


def _missing(run_cli, tmp_path, shell, body):
    path = tmp_path / "g.html"
    path.write_text(shell.format(body=body), encoding="utf-8")
    found = json.loads(run_cli("check", "--format", "json", path).stdout)
    return [f["line"] for f in found if f["rule"] == "captions.missing-credit"]


@pytest.mark.parametrize("shell", [PAGE, FRAGMENT])
@pytest.mark.parametrize("line", [LONG, "(Image credits: Casey Barber; Rebecca Blumhagen)",
                                  "Photos: Getty Images", "Photo credits: Casey Barber, Rebecca Blumhagen"])
def test_a_collective_credit_line_credits_the_gallery(run_cli, tmp_path, shell, line):
    assert _missing(run_cli, tmp_path, shell, LEDE + FIGS + f"<p>{line}</p>\n") == []


@pytest.mark.parametrize("shell", [PAGE, FRAGMENT])
@pytest.mark.parametrize("line", ["Photo: Casey Barber",
                                  "Photos by residents show the flooding on Main Street last week."])
def test_no_collective_line_no_gallery_credit(run_cli, tmp_path, shell, line):
    assert len(_missing(run_cli, tmp_path, shell, LEDE + FIGS + f"<p>{line}</p>\n")) == 2


@pytest.mark.parametrize("shell", [PAGE, FRAGMENT])
def test_captions_below_the_line_are_not_covered(run_cli, tmp_path, shell):
    assert len(_missing(run_cli, tmp_path, shell, LEDE + f"<p>{LONG}</p>\n" + FIGS)) == 2


def test_the_long_line_is_a_credit_not_prose(run_cli, tmp_path):
    path = tmp_path / "g.html"
    path.write_text(PAGE.format(body=LEDE + FIGS + f"<p>{LONG}</p>\n"), encoding="utf-8")
    parts = json.loads(run_cli("parse", "--format", "json", path).stdout)[0]["parts"]
    assert [p["kind"] for p in parts if p["text"] == LONG] == ["credit"]


@pytest.mark.parametrize("text,expected", [
    (LONG, True), ("Photos: Getty Images", True), ("Images courtesy of the Lakeshore Museum", True),
    ("Photo: Casey Barber", False), ("Photos: Volunteers stack sandbags along the levee on Saturday.", False),
    ("Images of the flood spread online, residents said.", False), ("Photos: " + "Ana Ruiz; " * 40, False),
])
def test_is_gallery_credit(text, expected):
    assert is_gallery_credit(text) is expected
