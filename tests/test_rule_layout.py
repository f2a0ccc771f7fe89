"""Finding and naming rule files (`lint.rule_layout`, fx181 for qa99 #6,
#7, #16): every broken rule file is said in one run, a line each, a config's
bad overrides each at its own line; names no id can hold are refused.
Synthetic rule folders under tmp_path."""
from __future__ import annotations

import os

import pytest

EXIST = 'extends: existence\nmessage: "avoid %s"\ntokens: [{}]\n'
STORY = "# Hed\n\nHe slammed it and blasted it.\n"


def _write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_every_broken_rule_file_is_a_line_of_its_own(run_cli, tmp_path):
    _write(tmp_path / "r" / "house" / "a.yaml", EXIST.format('"(bad"'))
    _write(tmp_path / "r" / "house" / "b.yaml", 'extends: existence\nmesage: "avoid %s"\ntokens: [x]\n')
    _write(tmp_path / "r" / "house" / "c.yaml", EXIST.format("x"))
    _write(tmp_path / "r" / "house" / "c.yml", EXIST.format("x"))          # one id for two files
    _write(tmp_path / "r" / "house" / "ok.yaml", EXIST.format("slammed"))
    (tmp_path / "s.md").write_text(STORY, encoding="utf-8")
    result = run_cli("check", "--no-cache", "--rules", "r", "s.md", cwd=tmp_path)
    assert result.exit_code == 2 and result.stdout == ""
    lines = result.stderr.splitlines()
    assert [line.split(": ", 2)[1] for line in lines] == [
        os.path.join("r", "house", "a.yaml") + ":3:10", os.path.join("r", "house", "b.yaml") + ":2:1",
        os.path.join("r", "house", "c.yml")], lines


def test_two_bad_overrides_are_each_placed_in_the_config(run_cli, tmp_path):
    _write(tmp_path / "r" / "house" / "a.yaml", EXIST.format("slammed"))
    _write(tmp_path / "r" / "house" / "b.yaml", EXIST.format("blasted"))
    (tmp_path / ".newslint.yaml").write_text(
        "rules: [r]\noptions:\n  house.a:\n    tokens: 5\n  house.b:\n    ignorecase: maybe\n", encoding="utf-8")
    (tmp_path / "s.md").write_text(STORY, encoding="utf-8")
    result = run_cli("check", "--no-cache", "s.md", cwd=tmp_path)
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert [line.split(": ", 2)[1].rsplit(os.sep, 1)[-1] for line in lines] == [
        ".newslint.yaml:4:13", ".newslint.yaml:6:17"], lines


@pytest.mark.parametrize("path, named", [
    ("house/no.slam.yaml", "no-slam.yaml"),        # house.no.slam: pack house's rule no?
    ("house,v2/x.yaml", "house-v2/"),              # a comma ends an id in --ignore a,b
])
def test_a_name_no_id_can_hold_is_refused_with_a_name_that_can(run_cli, tmp_path, path, named):
    _write(tmp_path / "r" / path, EXIST.format("slammed"))
    (tmp_path / "s.md").write_text(STORY, encoding="utf-8")
    result = run_cli("check", "--no-cache", "--rules", "r", "s.md", cwd=tmp_path)
    assert result.exit_code == 2, result.stdout
    assert "may hold letters, digits, '-' and '_' only" in result.stderr
    assert f"({named}, say)" in result.stderr, result.stderr


def test_control_a_folder_with_a_dot_and_no_rule_file_is_passed_over(run_cli, tmp_path):
    _write(tmp_path / "r" / "house" / "x.yaml", EXIST.format("slammed"))
    _write(tmp_path / "r" / "notes.d" / "README.md", "not rules\n")
    (tmp_path / "s.md").write_text(STORY, encoding="utf-8")
    result = run_cli("check", "--no-cache", "--rules", "r", "s.md", cwd=tmp_path)
    assert "notes.d" not in result.stderr, result.stderr
    assert "[house.x] avoid slammed" in result.stdout
