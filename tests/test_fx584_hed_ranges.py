"""fx584: titles.trailing-period holds its fix after a glued p.m. ending a
range joined by an em dash or opened by noon or midnight (qa441 #5), as
after a hyphen's; lower case or a weekday after it keeps the fix."""
from __future__ import annotations

import pytest

from lint.config import Config
from lint.fixes import fix_bytes

HED = "---\ntitle: {}\ndate: 2024-09-01\n---\n\nText here.\n"


def _fixed(title):
    return fix_bytes("a.md", HED.format(title).encode(), Config(select=("titles.trailing-period",))).fixed


@pytest.mark.parametrize("title", ["Market opens midnight\u20135a.m. Crowds gather.",
                                   "Market opens Noon\u20145p.m. Crowds gather.",
                                   "Market opens 9:30a.m.\u20145:30p.m. Crowds gather."])
def test_the_fix_is_held(title):
    assert _fixed(title) == HED.format(title)


@pytest.mark.parametrize("title", ["Market opens noon-5p.m. daily.", "Market opens 9a.m.\u20145p.m. Monday.",
                                   "Market opens noon-5p.m. in Ohio."])
def test_the_fix_is_kept(title):
    assert _fixed(title) == HED.format(title[:-1])
