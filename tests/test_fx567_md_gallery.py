"""fx567: in Markdown a gallery's collective credit line under its
pictures credits their captions, as on a web page (qa409 #7). Guards: a
singular or navigation line credits nothing; a caption below the line is
still flagged at its text."""
import pytest

from lint.config import Config
from lint.engine import lint_bytes
from lint.readers import read_bytes

FIG = '<figure><img alt="{a}" src="{s}.jpg"><figcaption>{c}</figcaption></figure>\n'
F1 = FIG.format(a="A chilled beer glass", s="a", c="A chilled beer glass on the counter")
F2 = FIG.format(a="Red wine in a pitcher", s="b", c="Red wine sangria in a pitcher")
F3 = FIG.format(a="The harbor at dusk", s="c", c="The harbor at dusk on Monday")
HEAD = ("---\ntitle: Drink up\n---\n\n# Drink up: 15 good ideas for beer and wine\n\n"
        "Here are our favorite ideas for beer and wine from this year, the editors said.\n\n")


def _missing(body):
    res = lint_bytes("g.md", (HEAD + body).encode(), Config(select=("captions.missing-credit",)))
    return [d.snippet[:12] for d in res.diagnostics]


@pytest.mark.parametrize("line", ["Photos: Getty Images", "All photos by Casey Barber",
                                  "<p>(Image credits: Casey Barber; Rebecca Blumhagen)</p>"])
def test_a_gallery_line_under_raw_html_figures(line):
    assert _missing(F1 + "\n" + F2 + "\n" + line + "\n") == []
    parts = read_bytes("g.md", (HEAD + F1 + "\n" + F2 + "\n" + line + "\n").encode()).parts
    assert [p.kind for p in parts if p.text and p.text in line] == ["credit"]


@pytest.mark.parametrize("line", ["Photo: Casey Barber", "Photos: 1 of 12", "Photos: Click to enlarge"])
def test_guard_no_gallery_line(line):
    assert _missing(F1 + "\n" + F2 + "\n" + line + "\n") == ["A chilled be", "Red wine san"]


def test_guard_a_caption_below_the_line_is_flagged():
    assert _missing(F1 + "\n" + F2 + "\nPhotos: Getty Images\n\n" + F3) == ["The harbor a"]

