"""fx581: after a live blog entry's stamp, an upper-case PM is the stamp's only
after a 12-hour hour (or glued to it), and a zone that is also a word keeps a
following name's given name (qa438 #3)."""
from __future__ import annotations

import pytest

from tests.test_qa427_review import _mentions


def _page(p: str) -> str:
    return f"<html><body><h1>Search goes on</h1><p>They left.</p><p>{p}</p></body></html>"


@pytest.mark.parametrize("para", ["14.07 GST Will Quince said so.", "14.07 CAT Will Quince said so.",
                                  "14.07 TRT Will Quince said so.", "<strong>14.07 GST </strong>Will Quince said so.",
                                  "14 PM Will Quince said so.", "23:50 PM Will Quince said so.",
                                  "14.07 PM GST Will Quince said so."])
def test_a_wordy_zone_or_pm_after_a_24_hour_stamp_keeps_the_given_name(para):
    assert ("Will Quince", True) in _mentions(_page(para)), para


@pytest.mark.parametrize("para", ["14.07 GST An Indonesian official said so.", "14.07 CAT The Indonesian official said.",
                                  "2.07 PM An Indonesian official said.", "14.07pm An Indonesian official said.",
                                  "14pm An Indonesian official said.", "14.07 MSK An Indonesian official said.",
                                  "14.07 PM ET An Indonesian official said.", "14.07 PM (GMT) An Indonesian said.",
                                  "2.07 PM GST An Indonesian official said."])
def test_guard_a_stamp_still_opens_the_entrys_sentence(para):
    assert [m for m in _mentions(_page(para)) if m[1]] == [], para


def test_guard_a_12_hour_pm_stays_the_stamps():
    # "2.07 PM" is a time: "Will" opens the entry as after any stamp ("14.07 Will Quince")
    assert _mentions(_page("2.07 PM Will Quince said so.")) == _mentions(_page("14.07 Will Quince said so."))
