"""`_html_looks.svg_look`: what an inline `<svg>`'s own markup says it shows,
a chart (drawn at least LARGE pixels wide) and whether a photo drawn in it
shows (not drawn at most THUMB wide). An svg no reader sees, or an
`aria-hidden` icon the page's CSS sizes (`css_sized_icon`: no size in
pixels, whatever its `viewBox`), is neither (qa130, qa141 #9, rr41a §4);
`aria-hidden` alone hides from screen readers, not from the eye. Moved here
from test_aria_hidden_charts, test_fx214_reread and test_fx236_readers when
the one-answer wrappers `is_chart`/`shows_pictures` went (rr42a #12).
Synthetic input only."""
from __future__ import annotations

import pytest

from lint.readers._html_looks import LARGE, THUMB, SvgLook, css_sized_icon, svg_look

BOX = {"viewbox": "0 0 600 400"}


def test_an_aria_hidden_svg_sized_by_its_view_box_alone_is_an_icon():
    attrs = {"aria-hidden": "true", **BOX}
    assert svg_look(BOX).chart and not svg_look(attrs).chart
    assert svg_look({**attrs, "width": "640"}).chart and not svg_look({**attrs, "width": "24"}).chart


def test_an_aria_hidden_svg_sized_by_its_view_box_alone_draws_no_photo():
    """The icon that is no chart is the icon that shows no photo (qa141 #9)."""
    attrs = {"aria-hidden": "true", "viewbox": "0 0 512 512"}
    assert svg_look(attrs) == SvgLook(chart=False, pictures=False)
    assert svg_look({**attrs, "width": "512"}).pictures and svg_look({"viewbox": "0 0 512 512"}).pictures


@pytest.mark.parametrize("attrs", [{"hidden": None}, {"style": "display: none"}, {"style": "visibility:hidden"}])
def test_an_svg_no_reader_sees_is_no_chart(attrs):
    # (aria-hidden hides from screen readers only: test_aria_hidden_charts)
    assert svg_look(BOX).chart and svg_look({**BOX, **attrs}) == SvgLook(chart=False, pictures=False)


def test_an_aria_hidden_svg_with_no_size_and_no_view_box_is_an_icon_too():
    """`css_sized_icon` asks for no `viewBox`: what it says (rr41a §4)."""
    bare = {"aria-hidden": "true"}
    assert css_sized_icon(bare) and css_sized_icon({**bare, "viewbox": "0 0 512 512"})
    assert svg_look(bare) == SvgLook(chart=False, pictures=False) and svg_look({}).pictures
    assert not css_sized_icon({**bare, "width": "24"}) and not css_sized_icon({"viewbox": "0 0 512 512"})


@pytest.mark.parametrize("attrs, look", [
    ({"width": str(LARGE), **BOX}, SvgLook(chart=True, pictures=True)),         # a chart
    ({"width": str(LARGE - 1), **BOX}, SvgLook(chart=False, pictures=True)),
    ({"width": str(THUMB + 1), **BOX}, SvgLook(chart=False, pictures=True)),
    ({"width": str(THUMB), **BOX}, SvgLook(chart=False, pictures=False)),       # an icon's badge
    ({"width": "100%"}, SvgLook(chart=False, pictures=True)),           # no size said: no chart, photos show
])
def test_a_chart_is_drawn_large_and_a_badge_shows_no_photo(attrs, look):
    assert svg_look(attrs) == look
