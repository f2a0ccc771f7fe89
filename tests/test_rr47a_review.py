"""rr47a: review of 2859d0f1..6fbaf4ad. Each strict xfail is a behaviour the
review found wrong, named by its finding number in /work/wt/reports/rr47a.md,
for a mend to fix and unmark; each passing test beside it pins the neighbour
that must stay. Synthetic input only."""
from __future__ import annotations

import pytest

from lint.readers._html_stamps import opens_with_stamp
from story_helpers import CHART, CHART_PAGE as PAGE, captions_with_chart
from test_html_page_recall import LEDE, _run
from test_html_pages import read, texts


def _chart_caption(svg: str) -> list:
    return captions_with_chart("story.html", PAGE.format(f"<figure>{svg}<figcaption>{CHART}</figcaption></figure>"))


# --- #1 fx314 (qa186 #6) keeps a box-filling aria-hidden svg an icon whenever its viewBox
# is square: a pie or donut chart drawn full width (`viewBox="0 0 400 400"`) loses its
# chart, and its caption, as a 512-unit share glyph does (2859d0f1 read it as a chart).
@pytest.mark.xfail(strict=True, reason="rr47a #1, taken back by fx329 (qa200 #3): a square full-width chart (pie, "
                   "donut) is read as an icon; icon sets draw on too many squares (960, 1000, 1792 ...) to list")
def test_a_square_full_width_chart_is_a_chart():
    assert _chart_caption('<svg aria-hidden="true" width="100%" viewBox="0 0 400 400"><circle/></svg>') == \
        [(CHART, True)]


@pytest.mark.parametrize("box", ["0 0 1024 1024", "0 0 512 512"])
def test_a_full_width_square_on_an_icon_grid_is_no_chart(box):
    # #1's neighbours: an icon set's glyph grid (IcoMoon's 1024, Font Awesome's 512)
    assert _chart_caption(f'<svg aria-hidden="true" width="100%" viewBox="{box}"><path/></svg>') == []


def test_an_oblong_full_width_chart_is_a_chart():
    assert _chart_caption('<svg aria-hidden="true" width="100%" viewBox="0 0 600 400"><rect/></svg>') == \
        [(CHART, True)]


# --- #2 fx318 (qa191 #4) opens_with_stamp takes any figure after a stamp's lead word as its
# date: a year or a number that qualifies the next noun ("Updated 2026 budget figures",
# "Updated 911 dispatch rules") makes the lede a stamp, so run_heads drops it again.
@pytest.mark.parametrize("line", ["Updated 2026 budget figures were released on Monday.",
                                  "Updated 911 dispatch rules take effect on Monday."])
def test_a_figure_that_is_no_date_after_a_lead_word_is_no_stamp(line):
    assert not opens_with_stamp(line)


@pytest.mark.parametrize("line", ["Updated 2 hours ago", "Updated 1:05 p.m.", "Updated: Mar 4, 2026",
                                  "Updated 10am", "Posted 5 December 2026 by the web desk", "Updated 2026"])
def test_a_stamp_with_its_date_or_time_is_a_stamp(line):
    assert opens_with_stamp(line)


# --- #3 fx311's `_sites_line` drops any lost run lede that `calls_reader` would call a
# teaser's: `_YOU` matches "you"/"your" anywhere outside a quote, and a story's lede may
# address the reader ("If you drive ...", "Your tax bill ..."); 2859d0f1 read these back.
# Fixed again (fx333, with rr48a #6): the cue is the third party each lede closes on
# ("the Harbour Board said Tuesday"), which a paywall or promo line does not name (qa200 #2).
@pytest.mark.parametrize("lede", [
    "If you take the island ferry this winter, expect the two oldest boats to be gone, the Harbour Board said Tuesday.",
    "Your ferry fare will rise by a fifth next spring, the Harbour Board decided on Tuesday after a long debate.",
])
def test_a_run_lede_addressing_the_reader_is_read(lede):
    assert texts(read(_run(lede)), "paragraph")[0].startswith(lede)


def test_a_run_lede_is_read():
    assert texts(read(_run(LEDE)), "paragraph")[0].startswith(LEDE)
