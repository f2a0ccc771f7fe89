"""pf72: `name_runs.find_mentions` asks `_ENTRY_ZONE` (a live blog's stamp
zone before a run: "2.07pm BST An Indonesian") only of runs of two words or
more, as every form of that pattern ends in a space; the runs it cuts stay
cut, and a one-word run is read as before."""
import pytest

from lint.analysis.name_runs import _ENTRY_ZONE, find_mentions
from lint.document import Part

ZONES = ["GMT", "UTC", "BST", "CEST", "CET", "EEST", "WAT", "AEST", "AEDT", "NZST", "NZT", "EST", "PDT",
         "HST", "AKDT", "NDT", "BRT", "ART", "GST", "TRT"]


@pytest.mark.parametrize("word", ["AM", "PM", *ZONES])
def test_a_zone_is_read_only_with_its_space(word):
    assert _ENTRY_ZONE.match(word) is None          # (why a one-word run may skip the match)
    assert _ENTRY_ZONE.match(word + " An") is not None


def _runs(text):
    part = Part(kind="paragraph", text=text, segments=[(0, 0)])
    return [(r[1], r[2], r[4], r[5]) for r in find_mentions([part])]


def test_a_stamp_zone_is_cut_from_its_run():
    text = "2.07pm BST An Indonesian official said so."
    at = text.index("Indonesian")
    assert _runs(text) == [(at, at + len("Indonesian"), "Indonesian", False)]   # not "BST An Indonesian"


def test_a_one_word_run_after_a_zone_is_read_whole():
    text = "BST Malik said so. At 2.07pm BST Malik Khan said so."
    first, full = text.index("Malik"), text.index("Malik Khan")
    found = _runs(text)
    assert (first, first + 5, "Malik", False) in found
    assert (full, full + len("Malik Khan"), "Khan", True) in found      # the zone cut off
