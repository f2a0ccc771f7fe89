"""fx515: the last shapes qa371 found silent after a two-sentence ‘ quote's
turned ‘ close: a spaced ellipsis typed after the mark (`hurt‘. . .`,
qa371 #5), and a credit after a `--` glued to the name or a quotation dash
― (`hurt.‘--Lee Smith`, `hurt.‘ ― Lee Smith`, qa371 #6). Guards: a next
paragraph opening with ‘ still lets the quote run on, and lower-case words
after the dots or a glued `--` stay unread."""
from __future__ import annotations

import pytest

from lint.config import Config
from lint.engine import lint_bytes

L, R = "\u2018", "\u2019"
QUOTES = Config(select=("quotes",))
TURNED = "turned the wrong way"
HEAD = "Council votes\n\n"
NEXT = f"\n\n{L}We will win,{R} Lee said."


def _turned(name: str, text: str) -> list[int]:
    return [d.offset for d in lint_bytes(name, text.encode("utf-8"), QUOTES).diagnostics if TURNED in d.message]


# --- a spaced ellipsis (qa371 #5) -------------------------------------------------------------

@pytest.mark.parametrize("after", [". . .", ". . . .", ". . . Then he left.", ". . .[1]"])
@pytest.mark.parametrize("name, newline", [("a.txt", "\n"), ("a.txt", "\r\n"), ("a.md", "\n")])
def test_a_spaced_ellipsis_after_the_mark(after, name, newline):
    text = (HEAD + f"Lee said: {L}We lost. It hurt{L}{after}\n").replace("\n", newline)
    assert _turned(name, text) == [text.index(f"t{L}") + 1]


def test_guard_a_spaced_ellipsis_before_a_single_mark_paragraph_runs_on():
    assert _turned("a.txt", HEAD + f"Lee said: {L}We lost. We were goin{L}. . .{NEXT}\n") == []


def test_guard_lower_case_words_after_a_spaced_ellipsis_stay_unread():
    assert _turned("a.txt", HEAD + f"Lee said: {L}We lost. We were goin{L}. . . and then we left.\n") == []


# --- other dash credits (qa371 #6) ------------------------------------------------------------

@pytest.mark.parametrize("close", [f".{L}", f",{L}", f"{L}."])
@pytest.mark.parametrize("credit", ["--Lee Smith", " \u2015 Lee Smith", "\u2015Lee Smith"])
@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_a_glued_double_hyphen_or_a_quotation_dash_credit(close, credit, newline):
    text = (HEAD + f"{L}We lost. It hurt{close}{credit}\n").replace("\n", newline)
    assert _turned("a.txt", text) == [text.index(close) + close.index(L)]


@pytest.mark.parametrize("after", ["--on Tuesday.", "--on Tuesday, the police said."])
def test_guard_a_glued_double_hyphen_before_lower_case_words_stays_unread(after):
    text = HEAD + f"Fans chanted {L}Stop it. The crowd said go!{L}{after}{NEXT}\n"
    assert _turned("a.txt", text) == []
