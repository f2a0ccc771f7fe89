"""fx542: a Markdown line whose indent holds a tab markdown-it expanded into
spaces (CommonMark 0.31 §2.2) keeps every character at its source offset
(qa388 #6), and `--fix` there rewrites only the words. Guards: indents of
spaces, a tab under a quote mark, a lazy line and a tab mid-line, which were
placed right before. Synthetic copy only."""
from __future__ import annotations

import pytest

from footnote_helpers import exact, findings, line_col

TABBED = [
    "# Council\n\n- The council voted\n\tthe the budget.\n",
    "# Council\n\n- The council voted\n\t\tthe the budget.\n\tIt was was late.\n",
    "# Council\n\n1. The council voted\n\tthe the budget.\n",
    "# Council\n\n- An item\n\n  - The council voted\n\t\tthe the budget.\n",
    "# Council\n\n- The council voted\n \tthe the budget.\n",
    "# Council\n\n> - The council voted\n>\tthe the budget.\n",
]
GUARDS = [
    "# Council\n\n- The council voted\n  the the budget.\n",
    "# Council\n\n> The council voted\n>\tthe the budget.\n",
    "# Council\n\nThe council voted\n\tthe the budget.\n",
    "# Council\n\n- The council\tvoted\n  the the budget.\n",
    "# Council\n\nBody[^1].\n\n[^1]: A note that\n\n\truns on the the line.\n",
]


def _doubled(text: str) -> list[tuple[str, int, int, str]]:
    return findings(text, ("hygiene.doubled-word",))


@pytest.mark.parametrize("text", TABBED + GUARDS)
@pytest.mark.parametrize("breaks", ["\n", "\r\n"])
def test_every_doubled_word_is_placed_at_its_text(text, breaks):
    text = text.replace("\n", breaks)
    want = [("hygiene.doubled-word", *line_col(text, "the the"), "the the")]
    if "was was" in text:
        want.append(("hygiene.doubled-word", *line_col(text, "was was"), "was was"))
    assert _doubled(text) == want
    exact(text)


@pytest.mark.parametrize("text", TABBED)
def test_fix_on_a_tab_indented_line_rewrites_only_the_words(run_cli, tmp_path, text):
    path = tmp_path / "a.md"
    path.write_text(text, encoding="utf-8")
    run_cli("check", "--no-cache", "--fix", "--select", "hygiene.doubled-word", path)
    assert path.read_text(encoding="utf-8") == text.replace("the the", "the").replace("was was", "was")
