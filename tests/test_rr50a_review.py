"""rr50a review findings that change behaviour, as strict xfails until mended."""
from __future__ import annotations

import pytest

from lint.config import Config
from lint.fixes import fix_bytes
from story_helpers import story_file

RULE = Config(select=("style.time-of-day",))


def _fixed(kind: str, body: str) -> str:
    path, data = story_file(kind, body, "Council votes")
    return fix_bytes(path, data, RULE).fixed


@pytest.mark.parametrize("kind", ["md", "txt"])
@pytest.mark.parametrize("written", [
    "Shifts run 7 p.m. - 9 p.m.-11 p.m. on Friday.",
    "Shifts run 7 p.m. \u2013 9 p.m.-11 p.m. on Friday.",
])
def test_rr50a_1_a_run_of_three_with_a_spaced_first_dash_is_no_range(kind, written):
    got = _fixed(kind, written)
    assert "9 p.m.-11 p.m." in got, got


@pytest.mark.parametrize("kind", ["md", "txt"])
def test_rr50a_1_nearest_a_spaced_dash_after_the_range_already_stops_it(kind):
    # the other side of the run is read with spaces (_NEXT_RANGE): no range, as main
    got = _fixed(kind, "Shifts run 7 p.m.-9 p.m. - 11 p.m. on Friday.")
    assert "7 p.m.-9 p.m. - 11 p.m." in got, got
