"""nu25 #13: messages that did not name what they were about. style.decades
names the text found and its fix as the other style rules do; `explain`
suggests rule ids for a word of one (`weekday`); a rule file's misspelt
scope part gets a "did you mean"; `explain` on a house rule names the
command that runs its examples, not newslint's test suite; `-v` names the
stamp line's own word (`Posted`), not always 'Published'."""
from __future__ import annotations

import pytest


def _one(run_cli, tmp_path, text: str, *args: str) -> str:
    (tmp_path / "s.txt").write_text(text, encoding="utf-8")
    result = run_cli("check", "--no-cache", "--no-color", *args, "s.txt", cwd=tmp_path)
    return result


@pytest.mark.parametrize("written,fixed", [
    ("1970's", "1970s"), ("'90's", "'90s"), ("80’s", "80s")])
def test_decades_names_the_text_found(run_cli, tmp_path, written, fixed):
    result = _one(run_cli, tmp_path, f"Fares\n\nFares rose in her {written} and then fell.\n",
                  "--select", "style.decades")
    assert f': "{written}" -> "{fixed}"' in result.stdout     # fx82: "'90's", not ''90's'


def test_explain_suggests_rules_for_a_word_of_their_names(run_cli):
    result = run_cli("explain", "weekday")
    assert result.exit_code == 2
    assert ("did you mean dates.relative-weekday, dates.weekday-mismatch, "
            "style.weekday-abbreviation or titles.headline-weekday?") in result.stderr


def test_a_misspelt_scope_part_gets_a_did_you_mean(run_cli, tmp_path):
    rules = tmp_path / "rules" / "house"
    rules.mkdir(parents=True)
    (rules / "x.yaml").write_text("extends: existence\nmessage: \"'%s'\"\nscope: [captions]\n"
                                  "tokens: [foo]\n", encoding="utf-8")
    result = run_cli("rules", "--rules", str(tmp_path / "rules"))
    assert result.exit_code == 2 and "unknown part 'captions' (did you mean caption?" in result.stderr


def test_explain_names_what_runs_a_house_rules_examples(run_cli, tmp_path):
    rules = tmp_path / "rules" / "house"
    rules.mkdir(parents=True)
    (rules / "x.yaml").write_text("extends: existence\nmessage: \"'%s'\"\ntokens: [utilize]\n"
                                  "examples:\n  - fail: We utilize it.\n  - pass: We use it.\n",
                                  encoding="utf-8")
    house = run_cli("explain", "house.x", "--rules", str(tmp_path / "rules")).stdout
    assert "test suite" not in house
    assert "Examples (run live; `newslint explain house.x` or `newslint explain house` exits 1 " \
           "when one is not as expected):" in house
    builtin = run_cli("explain", "style.decades").stdout
    assert "Examples (run live; newslint's own tests run the same ones):" in builtin


@pytest.mark.parametrize("lead", ["Posted", "Published", "First published on"])
def test_verbose_names_the_stamp_lines_word(run_cli, tmp_path, lead):
    result = _one(run_cli, tmp_path, f"Council meets\n\n{lead} Dec. 3, 2026 at 6:00 AM\n\n"
                  "The council met Tuesday.\n", "-v")
    assert f"s.txt: published 2026-12-03 (from the '{lead}' line)" in result.stderr
