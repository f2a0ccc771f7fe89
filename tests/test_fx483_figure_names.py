"""fx483 (qa341 #3): a name with a figure in it (U2, R2-D2) before a spaced
‘s is a name's ‘s, as a plain name (Chardin) or a figure (1990) is; the
nearest shapes that are no name stay as they were."""
from __future__ import annotations

import pytest

from lint.config import Config
from lint.engine import lint_bytes
from story_helpers import story_file

L, R = "\u2018", "\u2019"
QUOTES = Config(select=("quotes",))


def _found(body: str, kind: str = "txt"):
    path, data = story_file(kind, body)
    start = data.decode("utf-8").index(body)
    return [(d.rule, d.offset - start, d.message) for d in lint_bytes(path, data, QUOTES).diagnostics]


@pytest.mark.parametrize("name", ["U2", "R2-D2", "B52", "7-Eleven"])
@pytest.mark.parametrize("shape", [
    "{L}We loved {name} {L}s,{R} Lee said on Tuesday.",
    "Lee said they loved {name} {L}s songs on Tuesday.",
    "Lee said: {L}We loved {name} {L}s.{R}",
])
def test_a_name_with_a_figure_before_a_spaced_s_is_an_apostrophe(name, shape):
    body = shape.format(L=L, R=R, name=name)
    at = body.index(f"{name} {L}s") + len(name) + 1
    found = _found(body)
    assert [(rule, a) for rule, a, _ in found] == [("quotes.apostrophe-mark", at)]
    assert f"{name.split('-')[-1]}{R}s" in found[0][2]


@pytest.mark.parametrize("body", [
    # a lower-case word with a figure is no name: a quote of the letter s, closed
    f"Type x2 {L}s,{R} not z, Lee said on Tuesday.",
    # a figure glued after a lower-case word: still no name
    f"Lee said the mp3 {L}s{R} were lost on Tuesday.",
])
def test_a_lower_case_word_with_a_figure_is_no_name(body):
    assert not any(rule == "quotes.apostrophe-mark" for rule, _, _ in _found(body))


def test_a_capitalised_word_with_a_figure_and_a_quote_of_a_word_stays_a_quote():
    # a ‘ before a word other than s opens a quote after U2 as after any name
    body = f"Lee said U2 {L}sang,{R} on Tuesday."
    assert not any(rule == "quotes.apostrophe-mark" for rule, _, _ in _found(body))
