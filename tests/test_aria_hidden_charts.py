"""`aria-hidden="true"` hides an element from assistive technology, not from
the eye (qa130): an svg chart drawn large under it is a chart, in HTML and
in Markdown's raw HTML, and a photo it draws is a photo; `_html_sizes.unshown`
reads only what no sighted reader sees. Where aria-hidden still decides: an
svg sized by its viewBox alone (an icon the page's CSS sizes) is no chart
and draws no photo,
and an `<img>` marked so is a tracking pixel or decoration (issue 10,
`_html_media.image_source`). And a style's width in pixels (`!important` too)
wins over the attribute's; one that is no length in pixels leaves the
attribute's (qa141 #3, #10, #11). `svg_look`'s own answers: test_svg_look.
Synthetic input only."""
from __future__ import annotations

import pytest

from lint import lint_text
from lint.readers import read_bytes
from lint.readers._html_looks import drawn_width, is_large
from lint.readers._html_sizes import unshown
from lint.readers._html_media import image_source
from story_helpers import CHART, CHART_PAGE as PAGE, captions_with_chart


def _captions(name: str, src: str) -> tuple[list, set[str]]:
    """(`captions_with_chart`, the captions rules that find something) of `src` read as `name`."""
    return captions_with_chart(name, src), {d.rule for d in lint_text(src, name) if d.rule.startswith("captions.")}


@pytest.mark.parametrize("svg", ['<svg aria-hidden="true" width="640" height="400"><rect/></svg>',
                                 '<svg aria-hidden="true" style="width: 640px" viewBox="0 0 600 400"><rect/></svg>',
                                 '<svg aria-hidden="true" height="300" viewBox="0 0 600 400"><rect/></svg>'])
def test_an_aria_hidden_svg_drawn_large_is_a_chart_in_html(svg):
    fig = f"<figure>{svg}<figcaption>{CHART}</figcaption></figure>"
    assert _captions("story.html", PAGE.format(fig)) == ([(CHART, True)], set())


def test_aria_hidden_is_no_unshown_element_but_hidden_is():
    assert not unshown("svg", {"aria-hidden": "true"})
    assert unshown("svg", {"aria-hidden": "true", "hidden": None}) and unshown("svg", {"style": "display:none"})


def test_a_photo_drawn_in_an_aria_hidden_svg_sized_by_its_markup_needs_its_credit():
    fig = ('<figure><svg aria-hidden="true" width="600" viewBox="0 0 600 400"><image href="flood.jpg"/></svg>'
           "<figcaption>A man wades through the flood on Monday.</figcaption></figure>")
    caps, rules = _captions("story.html", PAGE.format(fig))
    assert caps == [("A man wades through the flood on Monday.", False)] and "captions.missing-credit" in rules


@pytest.mark.parametrize("attrs", [{"aria-hidden": "true"}, {"role": "presentation"}, {"role": "none"}])
def test_an_aria_hidden_or_presentational_pixel_is_still_no_image(attrs):
    pixel = {"src": "px.gif", "width": "1", "height": "1"}
    assert image_source({**pixel, "width": "640", "height": "400"}) == "px.gif"
    assert image_source({**pixel, **attrs}) is None
    fig = f'<figure><img src="px.gif" width="1" height="1" {next(iter(attrs))}="{next(iter(attrs.values()))}">' \
          f'<svg aria-hidden="true" width="640" height="400"><rect/></svg><figcaption>{CHART}</figcaption></figure>'
    doc = read_bytes("story.html", PAGE.format(fig).encode("utf-8"))
    assert [p.kind for p in doc.parts if p.kind in ("alt", "caption")] == ["caption"]


def test_the_markdown_reader_reads_an_aria_hidden_chart_as_the_html_reader_does():
    svg = '<svg aria-hidden="true" width="640" height="400"><rect width="100" height="50"/></svg>'
    story = ("# County jobless rate falls\n\nThe county's jobless rate fell to 4 percent in May, the state said.\n\n"
             f"<figure>{svg}<figcaption>{CHART}</figcaption></figure>\n\nThe rate was 6 percent a year ago.\n")
    assert _captions("story.md", story) == ([(CHART, True)], set())


@pytest.mark.parametrize("attrs, width", [
    ({"width": "24", "style": "width:100%"}, 24.0),        # not in pixels: the attribute's
    ({"width": "24", "style": "width: auto"}, 24.0),
    ({"width": "24", "style": "width: 640px"}, 640.0),
    ({"width": "24", "style": "width: 640px !important"}, 640.0),
    ({"width": "24", "style": "height: 10px"}, 24.0),      # the style sets only the height
    ({"width": "24", "style": "max-width: 100%"}, 24.0),   # no width at all
    ({"style": "width:100%"}, None),                        # nothing in pixels
])
def test_a_styles_width_in_pixels_decides_else_the_attributes(attrs, width):
    assert drawn_width(attrs) == width


def test_an_image_styled_to_its_boxs_width_keeps_its_attributes_width():
    assert is_large({"width": "640", "style": "width:100%"}) and not is_large({"width": "64", "style": "width:100%"})
