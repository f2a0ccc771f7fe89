"""Bad input, round 4 (session 51): hostile article files through every
reader. Each input is written here, small and synthetic.

- An anchor given twice in YAML front matter (`&a` on two values) is valid
  YAML 1.2 (section 7.1: an alias is the most recent node of its anchor), and
  Hugo, Jekyll and Eleventy read it so; libyaml refused it and the whole front
  matter went unread, its date with it. A config file still refuses it, now in
  words that name the anchor ("second occurrence" was all it said).
"""
from __future__ import annotations

import pytest

from lint.config import Config, ConfigError, load_file
from lint.engine import lint_bytes

STORY = "# Bridge opens\n\nMayor Jane Smith opened the bridge.\n"


def _front(yaml_text: str):
    return lint_bytes("a.md", f"---\n{yaml_text}\n---\n{STORY}".encode(), Config())


def test_an_anchor_given_twice_in_front_matter_is_read_as_yaml_1_2_says():
    result = _front("title: &t Bridge opens\nheadline: *t\nkw: &t Other\nsummary: *t\ndate: 2026-12-02")
    assert not [d for d in result.diagnostics if d.rule == "file.front-matter"]
    doc = result.document
    assert str(doc.published) == "2026-12-02"                  # the date is read again
    texts = {p.kind: p.text for p in doc.parts if p.kind in ("headline", "dek")}
    assert texts == {"headline": "Bridge opens",                # the alias before the second `&t`
                     "dek": "Other"}                            # the alias after it: the latest node


def test_nearest_an_anchor_given_once_and_a_front_matter_that_is_broken_stay_as_they_were():
    once = _front("title: &t Bridge opens\nheadline: *t\ndate: 2026-12-02")
    assert not [d for d in once.diagnostics if d.rule == "file.front-matter"]
    assert str(once.document.published) == "2026-12-02"
    broken = _front("title: 'Bridge opens\ndate: 2026-12-02")
    assert [d.rule for d in broken.diagnostics if d.rule == "file.front-matter"] == ["file.front-matter"]
    assert broken.document.published is None


def test_a_value_that_holds_itself_is_one_error_at_that_key_the_others_read():
    result = _front("title: Bridge opens\ntags: &a [*a]\ndate: 2026-12-02")
    [bad] = [d for d in result.diagnostics if d.rule == "file.front-matter"]
    assert (bad.line, bad.column) == (3, 7)
    assert str(result.document.published) == "2026-12-02"


def test_a_config_anchor_given_twice_is_named_with_its_first_line(tmp_path):
    path = tmp_path / ".newslint.yaml"
    path.write_text("ignore: &a [hygiene]\nselect: &a [dates]\n")
    with pytest.raises(ConfigError) as caught:
        load_file(str(path))
    said = str(caught.value)
    assert "the anchor &a is given twice (first on line 1)" in said
    assert ":2:9:" in said
