"""fx561 (qa417 #2, #3): a dotted a.m. or p.m. glued to its hour, or before
a bracketed zone, ends no sentence before the zone or day it is on; before
another capital it still may."""
from __future__ import annotations

import pytest

from lint.analysis.sentences import sentence_bounds


@pytest.mark.parametrize("text", [
    "The vote was at 9a.m. ET on Sept. 9.", "The vote was at 9p.m. Sept. 9.",
    "The vote was at 9 a.m. (ET) on Sept. 9.", "The vote was at 9a.m. (EST) Friday.",
    "The vote was at 10:30P.M. Wednesday, Dec. 2.",
])
def test_a_time_before_its_zone_or_day_ends_no_sentence(text):
    assert sentence_bounds(text) == [0]


@pytest.mark.parametrize("text, second", [
    ("It ended at 7p.m. Officials said so.", "Officials"),
    ("It ended at 7 p.m. (Officials said so.)", "(Officials"),
    ("It ended at 9 a.m. The vote was Sept. 9.", "The"),
    ("He met Kim at the spa.m. ET was late.", "ET"),
])
def test_guard_a_time_before_another_capital_may_end_its_sentence(text, second):
    assert sentence_bounds(text) == [0, text.index(second)]
