"""nu65 #7: quotes.apostrophe-mark, a left single mark typed for an
apostrophe ("Chardin‘s", "Chardin ‘s"), and the nearest cases left alone.
The spaced form was quotes.unbalanced's "never closed": that rule now yields
to this one on the same mark, and only there."""
from __future__ import annotations

import pytest

from lint.config import Config
from lint.engine import lint_bytes
from lint.fixes import fix_bytes
from story_helpers import story_file as _file

QUOTES = ("quotes",)


def _found(body: str, kind: str = "txt"):
    path, data = _file(kind, body)
    return [(d.rule, d.snippet) for d in lint_bytes(path, data, Config(select=QUOTES)).diagnostics]


@pytest.mark.parametrize("kind", ["md", "html", "txt"])
@pytest.mark.parametrize("written, fixed", [
    ("The Louvre showed Chardin\u2018s basket on Tuesday.", "The Louvre showed Chardin\u2019s basket on Tuesday."),
    ("The Louvre showed Chardin \u2018s basket on Tuesday.", "The Louvre showed Chardin\u2019s basket on Tuesday."),
    ("That doesn\u2018t work, Lee said on Tuesday.", "That doesn\u2019t work, Lee said on Tuesday."),
    ("That don \u2018t work, Lee said on Tuesday.", "That don\u2019t work, Lee said on Tuesday."),
    ("TRUMP\u2018S plan fell on Tuesday.", "TRUMP\u2019S plan fell on Tuesday."),
    ("Lee \u2018ll speak on Tuesday.", "Lee\u2019ll speak on Tuesday."),
])
def test_a_left_mark_for_an_apostrophe_is_flagged_and_fixed(kind, written, fixed):
    assert _found(written, kind) == [("quotes.apostrophe-mark", "\u2018")]
    path, data = _file(kind, written)
    got = fix_bytes(path, data, Config(select=QUOTES)).fixed
    assert fixed in got, got
    assert lint_bytes(path, got.encode("utf-8"), Config(select=QUOTES)).diagnostics == []


@pytest.mark.parametrize("body", [
    "The governor of Hawai\u2018i spoke on Tuesday.",                       # an okina typed as ‘
    "Pilgrims circled the Ka\u2018ba on Tuesday, officials said.",          # an ayn
    "Privately, he calls Libya a \u2018s\u2013t show,\u2019 officials said.",  # a closed quote
    "The Louvre showed Chardin\u2019s basket on Tuesday.",                  # already right
    "He called it \u2018the best\u2019 show on Tuesday.",
])
def test_the_nearest_cases_are_no_apostrophe(body):
    assert _found(body) == []


@pytest.mark.parametrize("body", [
    "He said the word \u2018s was cut on Tuesday.",       # after a lower-case word: a quote left open
    "The Louvre showed Chardin \u2018sketches on Tuesday.",  # no contraction's ending
    "The woman \u2018s hat was found on Tuesday.",
])
def test_a_quote_never_closed_is_still_unbalanced(body):
    assert _found(body) == [("quotes.unbalanced", "\u2018")]


def test_unbalanced_takes_it_back_when_apostrophe_mark_is_off():
    path, data = _file("txt", "The Louvre showed Chardin \u2018s basket on Tuesday.")
    found = lint_bytes(path, data, Config(select=QUOTES, ignore=("quotes.apostrophe-mark",))).diagnostics
    assert [(d.rule, d.snippet) for d in found] == [("quotes.unbalanced", "\u2018")]
