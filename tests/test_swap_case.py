"""How a substitution's fix is cased (`kinds.base.match_case`, qa99 #2, #10):
Vale's `capitalize` carries a capital that opens the text onto a lower-case
replacement; a replacement with inner capitals is written as given; a key and
replacement both written with a capital follow the text's first letter."""
from __future__ import annotations

import pytest

from lint.kinds._swaps import match_case


@pytest.mark.parametrize("template, matched, key, expected", [
    ("iPhone", "Iphone", "iphone", "iPhone"),       # inner capitals: as given
    ("eBay", "EBAY", "ebay", "eBay"),
    ("Color", "colour", "Colour", "color"),          # a headword's capital follows the text
    ("Color", "Colour", "Colour", "Color"),
])
def test_the_case_a_fix_is_written_in(template, matched, key, expected):
    assert match_case(template, matched, key) == expected


@pytest.mark.parametrize("template, matched, key, expected", [
    ("use", "Utilize", "utilize", "Use"),            # Vale's capitalize
    ("use", "UTILIZE", "utilize", "Use"),
    ("Senate", "senate", "senate", "Senate"),        # the capital is the point
])
def test_control_the_carried_capital_and_a_capital_swap(template, matched, key, expected):
    assert match_case(template, matched, key) == expected
