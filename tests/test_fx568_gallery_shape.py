"""fx568: after the lead-ins fx567 added ("All photos:", "All photos by",
"Photography by") a line credits a gallery only when what follows is
credit-shaped, and a line whose lead-in is a link's text credits nothing
(qa423 #4); the real shapes keep their reading."""
import pytest

from lint.config import Config
from lint.engine import lint_bytes
from lint.readers._gallery_credit import is_gallery_credit

GALLERY = """<html><head><title>Storm floods downtown</title></head><body><article>
<h1>Storm floods downtown</h1>
<p>Floodwater filled streets downtown on Monday after a storm dropped five inches of rain, officials said.</p>
<figure><img src="a.jpg" alt="Flooded street"><figcaption>Water covers Main Street on Monday morning.</figcaption></figure>
<figure><img src="b.jpg" alt="Rescue boat"><figcaption>A rescue boat carries residents to dry ground.</figcaption></figure>
{line}
<p>Crews began pumping water from basements on Tuesday, the city said.</p>
</article></body></html>"""


def _missing(line):
    res = lint_bytes("a.html", GALLERY.format(line=line).encode(), Config(select=("captions.missing-credit",)))
    return [(d.line, d.column) for d in res.diagnostics]


@pytest.mark.parametrize("line", [
    "All Photos: Mayor Visits Tampa",           # a title word first: no name
    "All Photos: Storm Damage Across The Region",
    "Photography by Appointment Only",
    "All photos: Flood",
])
def test_no_credit_shape_after_a_new_lead_in(line):
    assert is_gallery_credit(line) is False


@pytest.mark.parametrize("line", [
    "All photos: Casey Barber, Rebecca Blumhagen and Ann Lee",
    "Photography by Casey Barber for The New York Times",
    "All photos by J.R. Smith",
    "Photography by Ludwig van Beethoven",
    "All photos: Reuters",
    "All photos: Ann Lee/Getty Images",
    "All images courtesy of the family",
    "All photos: Grace Young",                  # a given name that is an ordinary word
])
def test_credit_shapes_after_a_new_lead_in(line):
    assert is_gallery_credit(line) is True


@pytest.mark.parametrize("line", ["<p><a href='/g/2'>Photos: Getty Images</a></p>",
                                  "<p><a href='/g/2'>All photos by Casey Barber</a></p>"])
def test_a_linked_lead_in_credits_nothing(line):
    assert _missing(line) == [(4, 59), (5, 56)]


@pytest.mark.parametrize("line", ["<p>Photos: <a href='/p/ann'>Ann Lee</a></p>",
                                  "<p>All photos by <a href='/p/ann'>Casey Barber</a></p>",
                                  "<p>Photos: Mayor Visits Flood Zone</p>"])   # the bare lead-in reads as before
def test_guard_a_linked_name_after_the_lead_in_still_credits(line):
    assert _missing(line) == []


@pytest.mark.parametrize("line,credit", [
    ("Photos by: Ann Lee", True),
    ("Photos © Getty Images", True),
    ("All photos © 2014", False),              # no holder after the sign
    ("All photos ©", False),
    ("Photography by: Appointment", False),
])
def test_a_colon_after_by_or_a_copyright_sign_after_the_lead_in(line, credit):
    assert is_gallery_credit(line) is credit


@pytest.mark.parametrize("line,found", [
    ("<h5>Photos: Getty Images</h5>", []),
    ("<h6>Photography by Casey Barber</h6>", []),
    ("<h2>Photos: Getty Images</h2>", [(4, 59), (5, 56)]),         # a larger heading is the story's
    ("<h6>All Photos: Mayor Visits Flood Zone</h6>", [(4, 59), (5, 56)]),
])
def test_a_small_heading_may_be_the_gallery_line(line, found):
    assert _missing(line) == found


MD = ("---\ntitle: Drink up\n---\n\n# Drink up\n\nHere are our favorite ideas for beer and wine, the editors said.\n\n"
      "![A chilled beer glass](a.jpg)\nA chilled beer glass on the counter\n\n"
      "![Red wine in a pitcher](b.jpg)\nRed wine sangria in a pitcher\n\n")


def _missing_md(body, newline="\n"):
    src = (MD + body).replace("\n", newline).encode()
    res = lint_bytes("g.md", src, Config(select=("captions.missing-credit",)))
    return [(d.line, d.column) for d in res.diagnostics]


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_a_wrapped_markdown_gallery_line(newline):
    assert _missing_md("Photos: Ann Lee, Bob Cho\nand Dana Fox\n", newline) == []


@pytest.mark.parametrize("body", ["Photos: Ann Lee, Bob Cho\nThe bar opened on Monday to long lines, the owner said.\n",
                                  "All photos:\nMayor Visits Flood Zone\n"])
def test_guard_a_wrapped_paragraph_that_is_no_credit(body):
    assert _missing_md(body) == [(10, 1), (13, 1)]


@pytest.mark.parametrize("line,credit", [("Credits: Getty Images", True), ("All credits: Getty Images", True),
                                         ("All credits: Mayor Visits Flood Zone", False)])
def test_guard_a_bare_credits_lead_in_no_picture_word(line, credit):
    assert is_gallery_credit(line) is credit
