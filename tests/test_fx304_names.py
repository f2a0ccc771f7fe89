"""fx304: names false alarms and misses left from session 45, each with the
nearest case that must stay as it was. Synthetic stories only."""
from __future__ import annotations

import datetime

import pytest

from lint import lint_text

PUB = datetime.date(2025, 2, 24)


def _found(body: str, rule: str) -> list[tuple[int, int, str]]:
    """(line, column, message) of `rule`'s findings in a story of `body`
    under a one-line headline (the body starts on line 3)."""
    return [(d.line, d.column, d.message) for d in lint_text("Story\n\n" + body + "\n", published=PUB)
            if d.rule == rule]


# qa181 #3: "JR." in all-caps copy is the Jr.'s suffix, no third person
@pytest.mark.parametrize("suffix", ["Jr.", "JR.", "jr."])
def test_a_suffix_in_any_case_is_the_same_generation(suffix):
    body = ("Sen. John Smith Jr. spoke on Monday. Rep. John Smith Sr. came. "
            f"Sen. John Smith {suffix} spoke again.")
    assert _found(body, "names.title-changed") == []


def test_the_senior_s_own_change_is_still_caught_beside_an_all_caps_junior():
    body = ("Sen. John Smith JR. spoke on Monday. Rep. John Smith Sr. came. "
            "Gov. John Smith SR. spoke.")
    assert [(f[0], f[1]) for f in _found(body, "names.title-changed")] == \
        [(3, body.index("Gov. John Smith SR.") + 1)]
