"""fx577: a live blog stamp with an upper-case PM or a zone outside the old
list opens its entry's first sentence (qa435 #4, #5), while a run that only
looks like a stamp keeps its name."""
from __future__ import annotations

from tests.test_qa427_review import _mentions, _stamped


def _page(p: str) -> str:
    return f"<html><body><h1>Search goes on</h1><p>They left.</p><p>{p}</p></body></html>"


def test_upper_case_pm_and_other_zones_open_the_entry():
    for stamp in ("2:07 PM EAT ", "11:30 AM ", "14:07 UTC+5:30 - ", "14.07 (MSK) \u2013 ", "9.15am AKST "):
        assert ("Indonesian", False) in _mentions(_stamped(stamp)), stamp


def test_guard_unclosed_bracket_or_unknown_caps_are_no_stamp():
    for stamp in ("14.07 (GMT ", "14.07 NASA "):
        assert ("An Indonesian", True) in _mentions(_stamped(stamp)), stamp


def test_guard_pm_in_running_text_or_as_a_title_keeps_the_name():
    for para, name in (("At 2 PM Widodo Smith said so.", "Widodo Smith"),
                       ("PM Narendra Modi said so.", "Narendra Modi"),
                       ("<strong>2:07 PM ET </strong>Joko Widodo said so.", "Joko Widodo")):
        assert (name, True) in _mentions(_page(para)), para
