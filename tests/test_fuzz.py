"""Bounded fuzzing (issue 13): hypothesis over the three readers and the
config loader, a few hundred examples in all, deterministic so CI is stable.
benchmarks/fuzz.py runs the same checks for as long as you like.

Properties, for any input:
- no exception escapes `lint_text`, and no rule crashes (an "internal error");
- every diagnostic's line and column exist in the source;
- a fix replaces exactly the prose a rule read: the source under it is a
  verbatim slice of some part's text.
A config file either loads or raises ConfigError; nothing else escapes.
"""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from fuzzcheck import PIECES, check_config_text, check_source
from lint import lint_text

SETTINGS = settings(max_examples=120, deadline=None, derandomize=True, database=None,
                    suppress_health_check=list(HealthCheck))

articles = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=6)), min_size=4,
                    max_size=60).map("".join)


@pytest.mark.parametrize("name", ["story.txt", "story.md", "story.html"])
@SETTINGS
@given(text=articles)
def test_readers_hold_the_three_properties(name, text):
    assert check_source(name, text) == []
    lint_text(text, name)                        # the public API: nothing escapes


CONFIG_PIECES = ["select: ", "ignore: ", "levels: ", "options: ", "exclude: ", "published: ",
                 "max-file-size: ", "rules: ", "[", "]", "{", "}", ", ", "\n", "  ", "- ",
                 "hygiene", "dates.after-publication", "error", "2024-13-45", "9999-12-31",
                 ".inf", "!", "&a ", "*a", "<<: ", "? ", "'", '"', "1e9", "~", "quotes.unattributed",
                 "min_words: ", "3", "-1", "\t", "#"]


@SETTINGS
@given(text=st.lists(st.one_of(st.sampled_from(CONFIG_PIECES), st.text(max_size=4)),
                     max_size=30).map("".join))
def test_config_loader_raises_only_config_errors(tmp_path_factory, text):
    folder = tmp_path_factory.mktemp("cfg")
    assert check_config_text(folder, text) is None
