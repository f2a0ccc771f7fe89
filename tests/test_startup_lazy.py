"""Analyses and guards a one-article run imports only when the article asks
for them (issue 15): the same findings, with or without the module loaded."""
from __future__ import annotations

import json

import pytest

from test_startup import STORY, STORY_NAMES, check_script, loaded_after

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


@pytest.fixture(scope="module")
def warm_cache(tmp_path_factory) -> str:
    """One rule-set cache folder for this module's runs, filled once by a check
    of every story below: a cold fill parses every rule file (~1.8 s a run, four
    times that when each test filled its own), a warm run takes ~0.3 s."""
    folder = tmp_path_factory.mktemp("warm")
    stories = [folder / f"s{n}.txt" for n in range(3)]
    for path, story in zip(stories, (STORY, STORY_NAMES, ASKING)):
        path.write_text(story)
    loaded_after(check_script(folder / "cache", *stories, out=folder / "out.txt"), folder)
    return str(folder / "cache")


def _check(story: str, tmp_path, cache: str, *args: str) -> tuple[set[str], str]:
    """(modules a check of `story` loads, its report) on the warm cache `cache`."""
    path = tmp_path / "s.txt"
    path.write_text(story)
    out = tmp_path / "out.txt"
    loaded = loaded_after(check_script(cache, "--no-color", *args, path, out=out), tmp_path)
    assert "yaml" not in loaded         # the rule set came from the cache: it was warm
    return loaded, out.read_text()


@pytest.mark.parametrize("story, rule, analysis", [
    (STORY, "doubled-word", "lint.analysis.tense"),
    (STORY_NAMES, "first-reference", "lint.analysis.attribution")], ids=["plain", "names"])
def test_a_plain_story_loads_none_of_the_seldom_analyses(tmp_path, warm_cache, story, rule, analysis):
    loaded, report = _check(story, tmp_path, warm_cache)
    assert rule in report and analysis in loaded       # it was linted, its quotes and dates read
    assert not loaded & (SELDOM | RULE_ERRORS)


def test_a_story_that_asks_loads_what_it_asks_for(tmp_path, warm_cache):
    # the nearest case that must stay as it was: the branch imports the module and runs it
    loaded, report = _check(ASKING, tmp_path, warm_cache, "--format", "json")
    found = [d["rule"] for d in json.loads(report)]
    assert "quotes.unattributed" in found and "titles.headline-unsupported" in found
    assert {"lint.analysis.quote_tags", "lint.analysis.quote_modifiers", "lint.analysis.headline_prose",
            "lint.analysis.headline_ordinals"} <= loaded
    assert not loaded & RULE_ERRORS


def test_a_json_report_is_whole_without_the_signal_module(tmp_path, warm_cache):
    # the Ctrl-C guard around a document report uses `_signal`, the C module
    loaded, report = _check(STORY, tmp_path, warm_cache, "--format", "json")
    assert "signal" not in loaded
    assert [d["rule"] for d in json.loads(report)]


@pytest.mark.parametrize("front, said, needs, spared", [
    # valid YAML: the `title:x` check runs (yaml_glued), no error wording, no open-fence reader
    ("---\ntitle: Council cuts 40 jobs\ndate: 2024-05-20\n---\n", None, {"lint.yaml_glued"},
     {"lint.yaml_errors", "lint.readers._fm_open"}),
    # the nearest cases that must stay as they were: each branch imports its module and says its problem
    ("---\ntitle: \"Council cuts 40 jobs\ndate: 2024-05-20\n---\n", "invalid YAML front matter",
     {"lint.yaml_errors"}, {"lint.readers._fm_open"}),
    ("---\ntitle: Council cuts 40 jobs\ndate: 2024-05-20\n\n", "is never closed",
     {"lint.readers._fm_open"}, set())], ids=["valid", "invalid", "never-closed"])
def test_front_matter_loads_its_error_wording_only_when_wrong(tmp_path, warm_cache, front, said, needs, spared):
    path = tmp_path / "s.md"
    path.write_text(front + "\n" + ASKING)
    out = tmp_path / "out.txt"
    loaded = loaded_after(check_script(warm_cache, "--no-color", "--format", "json", path, out=out), tmp_path)
    messages = [d["message"] for d in json.loads(out.read_text()) if d["rule"] == "file.front-matter"]
    assert (said is None and messages == []) or any(said in m for m in messages)
    assert needs <= loaded and not loaded & spared


def test_a_vale_comment_and_a_legacy_page_still_load_what_they_need(tmp_path, warm_cache):
    # the nearest cases to the plain run's (test_startup): a `vale off` comment
    # is still obeyed, and a windows-1252 page's <meta> label still read
    story = tmp_path / "s.md"
    story.write_text("# Council backs budget\n\n<!-- vale off -->\n\nThe the council voted.\n\n"
                     "<!-- vale on -->\n\nThe the mayor spoke.\n")
    page = tmp_path / "p.html"
    page.write_bytes(b'<html><head><meta charset="windows-1252"></head><body><article>'
                     b"<h1>Caf\xe9 owners back budget</h1><p>The the caf\xe9 opened.</p></article></body></html>")
    out = tmp_path / "out.txt"
    loaded = loaded_after(check_script(warm_cache, "--no-color", "--format", "json", story, page, out=out),
                          tmp_path)
    found = json.loads(out.read_text())
    doubled = [(d["path"].rsplit("/", 1)[-1], d["line"]) for d in found if d["rule"] == "hygiene.doubled-word"]
    assert doubled == [("p.html", 1), ("s.md", 9)]          # line 5's is hidden by `vale off`
    assert not any(d["rule"] == "file.encoding" for d in found)
    assert {"lint.suppress_vale", "lint.readers._prescan"} <= loaded


@pytest.mark.parametrize("module, loads_ruleset", [("lint.vale", False), ("lint.engine", True)])
def test_vale_discovery_stays_light_of_the_rule_set(tmp_path, module, loads_ruleset):
    # qa284 LOW #6: finding a .vale.ini needs no rule loader; the engine, its nearest case, does
    assert ("lint.ruleset" in loaded_after(f"import {module}", tmp_path)) is loads_ruleset
