"""Finding and naming rule files (`lint.rule_layout`, fx181 for qa99 #4-#7,
#16): a rule file too deep for an id is said, on a cached run too, and no
more once moved; a data table beside it is not; an id two house folders
give is said (the later wins), one folder named twice is not; every broken
rule file is said in one run, a line each; names no id can hold are refused.
Synthetic rule folders under tmp_path."""
from __future__ import annotations

import json
import os
import unicodedata

import pytest

from lint import rule_cache

EXIST = 'extends: existence\nmessage: "avoid %s"\ntokens: [{}]\n'
STORY = "# Hed\n\nHe slammed it and blasted it.\n"


def _write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    old = os.stat(path).st_mtime_ns - 10 * 10**9       # old enough for the rule cache to keep
    os.utime(path, ns=(old, old))
    return path


def test_a_deep_rule_file_is_said_on_a_cached_run_and_not_once_moved(run_cli, tmp_path, fresh_rule_cache):
    _write(tmp_path / "r" / "house" / "ok.yaml", EXIST.format("slammed"))
    deep = _write(tmp_path / "r" / "house" / "sub" / "deep.yaml", EXIST.format("blasted"))
    (tmp_path / "s.md").write_text(STORY, encoding="utf-8")
    line = (f"newslint: {os.path.join('r', 'house', 'sub', 'deep.yaml')}: not loaded: a rule file goes "
            f"directly in a <pack>/ folder, as its id is <pack>.<name> (move it to "
            f"{os.path.join('r', 'house', 'deep.yaml')}, or out of the rules folder)")
    for _ in range(2):            # the second run reads the rules from the rule-set caches
        result = run_cli("check", "--rules", "r", "s.md", cwd=tmp_path)
        assert line in result.stderr.splitlines(), result.stderr
        assert "[house.deep]" not in result.stdout
        rule_cache.reset()
    deep.rename(tmp_path / "r" / "house" / "deep.yaml")
    result = run_cli("check", "--rules", "r", "s.md", cwd=tmp_path)
    assert "not loaded" not in result.stderr, result.stderr
    assert "s.md:3:19: warning [house.deep] avoid blasted" in result.stdout, result.stdout


def test_control_a_data_table_in_a_pack_subfolder_is_not_said(run_cli, tmp_path):
    _write(tmp_path / "r" / "house" / "ok.yaml", EXIST.format("slammed"))
    _write(tmp_path / "r" / "house" / "data" / "names.yaml", "names:\n  Ruiz: Ana Ruiz\n")
    (tmp_path / "s.md").write_text(STORY, encoding="utf-8")
    result = run_cli("check", "--no-cache", "--rules", "r", "s.md", cwd=tmp_path)
    assert "names.yaml" not in result.stderr, result.stderr
    assert "[house.ok] avoid slammed" in result.stdout


def test_an_id_from_two_config_folders_is_said_and_the_later_wins(run_cli, tmp_path):
    _write(tmp_path / "r1" / "house" / "x.yaml", EXIST.format("slammed"))
    _write(tmp_path / "r2" / "house" / "x.yaml", EXIST.format("blasted"))
    (tmp_path / ".newslint.yaml").write_text("rules: [r1, r2]\n", encoding="utf-8")
    (tmp_path / "s.md").write_text(STORY, encoding="utf-8")
    result = run_cli("check", "--no-cache", "s.md", cwd=tmp_path)
    later, earlier = os.path.join("r2", "house", "x.yaml"), os.path.join("r1", "house", "x.yaml")
    assert (f"newslint: {later}: rule house.x replaces {earlier} (the later rules folder wins; "
            "rename one to keep both)") in result.stderr.splitlines(), result.stderr
    assert "[house.x] avoid blasted" in result.stdout and "slammed" not in result.stdout


def test_control_one_folder_named_twice_is_one_rule_and_not_said(run_cli, tmp_path):
    _write(tmp_path / "r" / "house" / "x.yaml", EXIST.format("slammed"))
    (tmp_path / ".newslint.yaml").write_text("rules: [r]\n", encoding="utf-8")
    (tmp_path / "s.md").write_text(STORY, encoding="utf-8")
    result = run_cli("check", "--no-cache", "--rules", "r", "s.md", cwd=tmp_path)
    assert "replaces" not in result.stderr, result.stderr
    assert "[house.x] avoid slammed" in result.stdout


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
    ("house/नियम v2.yaml", "नियम-v2.yaml"),          # its vowel sign (a combining mark) kept (qa105 #1)
    ("house/a-->b.yaml", "a-b.yaml"),              # --> ends a directive's comment
])
def test_a_name_no_id_can_hold_is_refused_with_a_name_that_can(run_cli, tmp_path, path, named):
    _write(tmp_path / "r" / path, EXIST.format("slammed"))
    (tmp_path / "s.md").write_text(STORY, encoding="utf-8")
    result = run_cli("check", "--no-cache", "--rules", "r", "s.md", cwd=tmp_path)
    assert result.exit_code == 2, result.stdout
    assert "may hold no white space, comma, dot or '-->'" in result.stderr
    assert f"({named}, say)" in result.stderr, result.stderr


def test_control_a_folder_with_a_dot_and_no_rule_file_is_passed_over(run_cli, tmp_path):
    _write(tmp_path / "r" / "house" / "x.yaml", EXIST.format("slammed"))
    _write(tmp_path / "r" / "notes.d" / "README.md", "not rules\n")
    (tmp_path / "s.md").write_text(STORY, encoding="utf-8")
    result = run_cli("check", "--no-cache", "--rules", "r", "s.md", cwd=tmp_path)
    assert "notes.d" not in result.stderr, result.stderr
    assert "[house.x] avoid slammed" in result.stdout


def test_explain_says_which_file_an_id_from_two_folders_is(run_cli, tmp_path):
    _write(tmp_path / "r" / "house" / "x.yaml", EXIST.format("slammed"))
    _write(tmp_path / "q" / "house" / "x.yaml", EXIST.format("blasted"))
    result = run_cli("explain", "house.x", "--rules", "r", "--rules", "q", cwd=tmp_path)
    assert f"{os.path.join('q', 'house', 'x.yaml')}: rule house.x replaces" in result.stderr, result.stderr


def test_the_language_server_tells_a_deep_rule_file_with_each_lint(tmp_path):
    from lint.server.documents import Target
    from lint.server.linting import Linter
    _write(tmp_path / "r" / "house" / "ok.yaml", EXIST.format("slammed"))
    _write(tmp_path / "r" / "house" / "old" / "deep.yaml", EXIST.format("blasted"))
    (tmp_path / ".newslint.yaml").write_text("rules: [r]\n", encoding="utf-8")
    path = str(tmp_path / "a.md")
    out = Linter().lint(Target("", path, path), STORY)
    assert [d.rule for d in out.diagnostics] == ["house.ok"]
    assert [n for n in out.notices if "deep.yaml: not loaded" in n], out.notices


def test_a_decomposed_pack_name_is_named_as_written(run_cli, tmp_path):
    """`café/` stored decomposed (NFD) is the pack named as the file system
    spells it: its findings carry that id, and `--ignore` and a directive
    spelt the same way name it (qa108: composing ids refused configs and
    baselines that named them as written)."""
    nfd = unicodedata.normalize("NFD", "café")
    _write(tmp_path / "r" / nfd / "x.yaml", EXIST.format("slammed"))
    (tmp_path / "s.md").write_text(STORY, encoding="utf-8")
    result = run_cli("check", "--no-cache", "--format", "json", "--rules", "r", "s.md", cwd=tmp_path)
    assert [f["rule"] for f in json.loads(result.stdout)] == [f"{nfd}.x"], result.stderr
    result = run_cli("check", "--no-cache", "--format", "json", "--rules", "r", "--ignore", nfd,
                     "s.md", cwd=tmp_path)
    assert json.loads(result.stdout) == [], result.stderr
    (tmp_path / "s.md").write_text(f"# Hed\n\nHe slammed it. <!-- newslint-disable-line {nfd}.x -->\n",
                                   encoding="utf-8")
    result = run_cli("check", "--no-cache", "--format", "json", "--rules", "r", "s.md", cwd=tmp_path)
    assert json.loads(result.stdout) == [], result.stderr


def _beside_a_style(tmp_path, sections: str) -> None:
    """A Vale style `house` whose banned.yml bans "blasted", a .vale.ini of
    `sections` under StylesPath = styles, a .newslint.yaml naming it and the
    rules folder r/, and s.md (`STORY`), under `tmp_path`; the test writes r/."""
    _write(tmp_path / "styles" / "house" / "banned.yml", EXIST.format("blasted"))
    (tmp_path / ".vale.ini").write_text("StylesPath = styles\n\n" + sections, encoding="utf-8")
    (tmp_path / ".newslint.yaml").write_text("rules: [r]\nvale: .vale.ini\n", encoding="utf-8")
    (tmp_path / "s.md").write_text(STORY, encoding="utf-8")


@pytest.mark.xfail(strict=True, reason="nu56 #5, taken back (qa284 #2): a Vale style's rule and a house "
                                      "pack's rule of one id both run, unsaid (the replacing removed the pack's "
                                      "rule where the style did not run)")
def test_nu56_an_id_a_vale_style_and_a_house_folder_both_give_is_said(run_cli, tmp_path):
    _write(tmp_path / "r" / "house" / "banned.yaml", EXIST.format("slammed"))
    _beside_a_style(tmp_path, "[*.md]\nBasedOnStyles = house\n")
    listed = run_cli("rules", cwd=tmp_path).stdout
    ids = [line.split()[0] for line in listed.split("\n\n")[0].splitlines()[1:] if line.strip()]
    result = run_cli("check", "--no-cache", "s.md", cwd=tmp_path)
    said = [line for line in result.stderr.splitlines() if "house.banned" in line and "banned.y" in line]
    # one id, one rule: either one replaces the other and the run says so, or the clash is refused
    assert ids.count("house.banned") == 1 and said, (ids, result.stderr)


def test_nu56_a_house_rule_of_another_id_runs_beside_the_vale_styles(run_cli, tmp_path):
    # the nearest case to nu56 #5's: a house rule of another id runs beside the style's, unsaid
    _write(tmp_path / "r" / "house" / "other.yaml", EXIST.format("slammed"))
    _beside_a_style(tmp_path, "[*.md]\nBasedOnStyles = house\n")
    result = run_cli("check", "--no-cache", "--format", "json", "s.md", cwd=tmp_path)
    got = sorted((d["rule"], d["message"]) for d in json.loads(result.stdout))
    assert "replaces" not in result.stderr, result.stderr
    assert got == [("house.banned", "avoid blasted"), ("house.other", "avoid slammed")], got


def test_qa284_a_style_named_in_another_section_leaves_the_house_rule_where_it_does_not_run(run_cli, tmp_path):
    _write(tmp_path / "r" / "house" / "banned.yaml", EXIST.format("slammed"))
    _beside_a_style(tmp_path, "[*.md]\nBasedOnStyles = newslint\n\n[*.txt]\nBasedOnStyles = house\n")
    result = run_cli("check", "--no-cache", "--select", "house", "--format", "json", "s.md", cwd=tmp_path)
    # s.md's section turns newslint's packs on (the house folder's among them) and no Vale style:
    # nothing replaces house.banned there, so main's catch stays
    assert [(d["rule"], d["message"]) for d in json.loads(result.stdout)] == [("house.banned", "avoid slammed")]
