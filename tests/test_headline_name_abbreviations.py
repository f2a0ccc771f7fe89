"""AP headline abbreviations of a name's word (qa151 #5): "Acme Corp."
over "Acme Corporation" is the body's name, but the abbreviation bears out
nothing itself: the name's other words still need the body."""
from __future__ import annotations

import pytest

from lint import lint_text


def _unsupported(headline: str, body: str) -> list[str]:
    return [d.message for d in lint_text(f"{headline}\n\n{body}\n", "s.txt")
            if d.rule == "titles.headline-unsupported"]


@pytest.mark.parametrize("headline, body", [
    ("Acme Corp. cuts 40 jobs", "Acme Corporation cut 40 jobs at its plant on Tuesday, a spokesman said."),
    ("Port Averill Corp. cuts 40 jobs", "Port Averill Corporation cut 40 jobs on Tuesday, a spokesman said."),
    ("Warner Bros. buys studio", "Warner Brothers bought a small studio in Burbank on Tuesday, the company said."),
])
def test_the_abbreviation_of_the_bodys_word_is_the_bodys_name(headline, body):
    assert _unsupported(headline, body) == []


@pytest.mark.parametrize("headline, body, name", [
    ("Acme Corp. cuts 40 jobs", "Zenith Corporation cut 40 jobs at its plant on Tuesday, a spokesman said.",
     "Acme Corp"),
    ("Warner Bros. buys studio", "Paramount Brothers bought a small studio in Burbank on Tuesday, the company said.",
     "Warner Bros"),
])
def test_another_name_with_the_same_word_is_still_reported(headline, body, name):
    assert _unsupported(headline, body) == [f"name '{name}' in the headline is never mentioned in the body; "
                                         "check the headline, or give it in the body"]
