"""fx576: titles.trailing-period holds its fix after a glued a.m. or p.m.
that ends a range ('9a.m.-5p.m. Crowds', '9-10a.m. Crowds', qa434 #9), as
after a spaced one and a glued one alone; the nearest shapes keep the fix."""
from __future__ import annotations

import pytest

from lint.config import Config
from lint.engine import lint_bytes
from lint.fixes import fix_bytes

HED = "---\ntitle: {}\ndate: 2024-09-01\n---\n\nText here.\n"
RULE = ("titles.trailing-period",)


def _fixed(title: str) -> str:
    return fix_bytes("a.md", HED.format(title).encode(), Config(select=RULE)).fixed


@pytest.mark.parametrize("title", [
    "Market opens 9a.m.-5p.m. Crowds gather.", "Market opens 9-10a.m. Crowds gather.",
    "Market opens 9:30a.m.–5:30p.m. Crowds gather.", "Market opens 9 a.m.-5p.m. Crowds gather.",
    "Market opens 9.30-10.30a.m. Crowds gather.",
])
def test_a_glued_range_end_holds_the_fix(title):
    assert _fixed(title) == HED.format(title)
    (d,) = lint_bytes("a.md", HED.format(title).encode(), Config(select=RULE)).diagnostics
    assert d.fix is None and ("a.m." in d.message or "p.m." in d.message)


@pytest.mark.parametrize("title", [
    "Market opens 9a.m.-5p.m. crowds gather.", "Market opens 9a.m.-5p.m. Monday.",
    "Market opens 9-10a.m. daily.", "Market Opens 9a.m.-5p.m. Crowds Gather.",
    "Room 9-10a Opens To Crowds.",
])
def test_nearest_shapes_keep_the_fix(title):
    assert _fixed(title) == HED.format(title[:-1])
