"""Analyses and guards a one-article run imports only when the article asks
for them (issue 15): the same findings, with or without the module loaded."""
from __future__ import annotations

import json

import pytest

from test_startup import STORY, STORY_NAMES, loaded_after

# analyses asked only of some quotes, headlines, dates and names
SELDOM = {"lint.analysis.quote_tags", "lint.analysis.quote_reported", "lint.analysis.quote_modifiers",
          "lint.analysis.dateline_places", "lint.analysis.level_aims", "lint.analysis.headline_prose",
          "lint.analysis.headline_ordinals", "lint.analysis.past_narration", "lint.analysis.name_people",
          "lint.analysis.name_uses", "lint.analysis.birthday_time", "lint.analysis.plan_days",
          "lint.analysis.plan_moves", "lint.analysis.plan_voice"}
# the rule-set checks a warm cache and no config never need (example_shape is
# imported at module level: the rule-set cache's code stamp must see it, qa239 #1)
RULE_ERRORS = {"lint.rule_overrides", "lint.read_errors"}
# an unattributed quote (quotes.unattributed) and a headline number the body
# does not state (titles.headline-unsupported): branches that import four of them
ASKING = ("Council cuts 40 jobs\n\nMay 20, 2024\n\nThe mayor said the bridge was late.\n\n"
          "“We will finish it before the spring thaw.”\n")


def _check(story: str, tmp_path, *args: str) -> tuple[set[str], str]:
    path = tmp_path / "s.txt"
    path.write_text(story)
    out = tmp_path / "out.txt"
    code = (f"import os, sys\nos.environ['NEWSLINT_CACHE_DIR'] = {str(tmp_path / 'cache')!r}\n"
            f"sys.stdout = open({str(out)!r}, 'w')\n"
            "from lint.cli import main\ntry:\n"
            f"    main(['check', '--no-color', *{list(args)!r}, {str(path)!r}])\n"
            "except SystemExit:\n    pass\nsys.stdout.close()\nsys.stdout = sys.__stdout__")
    loaded_after(code, tmp_path)        # the first run fills the rule-set cache
    return loaded_after(code, tmp_path), out.read_text()


@pytest.mark.parametrize("story, rule, analysis", [
    (STORY, "doubled-word", "lint.analysis.tense"),
    (STORY_NAMES, "first-reference", "lint.analysis.attribution")], ids=["plain", "names"])
def test_a_plain_story_loads_none_of_the_seldom_analyses(tmp_path, story, rule, analysis):
    loaded, report = _check(story, tmp_path)
    assert rule in report and analysis in loaded       # it was linted, its quotes and dates read
    assert not loaded & (SELDOM | RULE_ERRORS)


def test_a_story_that_asks_loads_what_it_asks_for(tmp_path):
    # the nearest case that must stay as it was: the branch imports the module and runs it
    loaded, report = _check(ASKING, tmp_path, "--format", "json")
    found = [d["rule"] for d in json.loads(report)]
    assert "quotes.unattributed" in found and "titles.headline-unsupported" in found
    assert {"lint.analysis.quote_tags", "lint.analysis.quote_modifiers", "lint.analysis.headline_prose",
            "lint.analysis.headline_ordinals"} <= loaded
    assert not loaded & RULE_ERRORS


def test_a_json_report_is_whole_without_the_signal_module(tmp_path):
    # the Ctrl-C guard around a document report uses `_signal`, the C module
    loaded, report = _check(STORY, tmp_path, "--format", "json")
    assert "signal" not in loaded
    assert [d["rule"] for d in json.loads(report)]
