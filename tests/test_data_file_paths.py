"""A data-file option's relative path (`names: house/tk.yaml`) is read beside
the config or rule file that sets it, as a config's `vale:` is, and newslint's
own file names (`tk_names.yaml`) still name lint/data's files; a relative
path never walks out of lint/data (qa63 #11; fx94)."""
from __future__ import annotations

import json

import pytest

from lint.kinds.base import data_file_path
from lint.rule_cache import DATA_FOLDER, load_data

HEAD = "---\ntitle: Holiday market opens\ndate: 2026-11-25\n---\n\n"
STORY = HEAD + "Actor TK Carter visited TK Maxx.\n"      # TK Carter at 6:7, TK Maxx at 6:25


def _columns(run_cli, folder) -> list[tuple[int, int]]:
    got = run_cli("check", "s.md", "--select", "hygiene.placeholder", "--format", "json", cwd=folder)
    assert got.exit_code in (0, 1), got.stderr
    return [(d["line"], d["column"]) for d in json.loads(got.stdout)]


def _desk(tmp_path, config: str, folder: str = "."):
    where = tmp_path / folder
    where.mkdir(parents=True, exist_ok=True)
    (tmp_path / "house").mkdir(exist_ok=True)
    (tmp_path / "house" / "tk.yaml").write_text("names: [TK Carter]\n")
    (where / ".newslint.yaml").write_text(f"options:\n  hygiene.placeholder:\n    names: {config}\n")
    (where / "s.md").write_text(STORY)
    return where


def test_a_relative_names_path_is_read_beside_the_config(run_cli, tmp_path):
    assert _columns(run_cli, _desk(tmp_path, "house/tk.yaml")) == [(6, 25)]     # TK Carter quiet, TK Maxx not


def test_a_config_in_a_subfolder_reads_its_path_from_there(run_cli, tmp_path):
    assert _columns(run_cli, _desk(tmp_path, "../house/tk.yaml", "desk")) == [(6, 25)]


def test_a_built_in_file_name_still_names_newslints_table(run_cli, tmp_path):
    assert _columns(run_cli, _desk(tmp_path, "tk_names.yaml")) == [(6, 7)]      # TK Maxx quiet, TK Carter not


def test_a_file_of_that_name_beside_the_config_is_the_configs(run_cli, tmp_path):
    folder = _desk(tmp_path, "tk_names.yaml")
    (folder / "tk_names.yaml").write_text("names: [TK Carter]\n")
    assert _columns(run_cli, folder) == [(6, 25)]


@pytest.mark.parametrize("value", ["house/none.yaml", "../../../etc/passwd", "../data/tk_names.yaml"])
def test_a_relative_path_to_nothing_is_a_config_error_at_its_value(run_cli, tmp_path, value):
    folder = _desk(tmp_path, value)
    got = run_cli("check", "s.md", cwd=folder)
    assert got.exit_code == 2 and "Traceback" not in got.stderr
    assert ".newslint.yaml:3:12: options: hygiene.placeholder: names: data file" in got.stderr
    assert "no such file beside" in got.stderr and DATA_FOLDER not in got.stderr


def test_a_house_rule_reads_its_path_beside_its_rule_file(run_cli, tmp_path):
    pack = tmp_path / "rules" / "house"          # (every .yaml in a pack is a rule: the table is elsewhere)
    pack.mkdir(parents=True)
    (tmp_path / "tables").mkdir()
    (tmp_path / "tables" / "tk.yaml").write_text("names: [TK Carter]\n")
    (pack / "placeholder.yaml").write_text("extends: existence\nmessage: \"placeholder '%s'\"\nlevel: error\n"
                                           "tokens: [TK]\nnames: ../../tables/tk.yaml\n")
    (tmp_path / ".newslint.yaml").write_text("rules: [rules]\n")
    (tmp_path / "s.md").write_text(STORY)
    got = run_cli("check", "s.md", "--select", "house.placeholder", "--format", "json", cwd=tmp_path)
    assert [(d["line"], d["column"]) for d in json.loads(got.stdout)] == [(6, 25)], got.stderr


@pytest.mark.parametrize("name", ["../data/tk_names.yaml", "data/../tk_names.yaml", "..", ""])
def test_load_data_reads_only_file_names_in_lint_data(name):
    with pytest.raises(FileNotFoundError):
        load_data(name)


def test_data_file_path(tmp_path):
    (tmp_path / "tk.yaml").write_text("names: []\n")
    assert data_file_path("tk.yaml", str(tmp_path)) == str(tmp_path / "tk.yaml")
    assert data_file_path(str(tmp_path / "x.yaml"), "/nowhere") == str(tmp_path / "x.yaml")   # as it is
    assert data_file_path("tk_names.yaml", str(tmp_path)) == "tk_names.yaml"
    assert data_file_path("sub/tk_names.yaml", str(tmp_path)) is None
    assert data_file_path("../tk_names.yaml", str(tmp_path / "a")) is None


def test_an_edited_names_table_beside_the_config_is_linted_again(run_cli, tmp_path):
    """The result cache stamps the data files a config's rules name, as it
    stamps the rule files: an edited table gives the new findings."""
    folder = _desk(tmp_path, "house/tk.yaml")
    cache = tmp_path / "cache"

    def columns():
        got = run_cli("check", ".", "--select", "hygiene.placeholder", "--format", "json",
                      "--cache-dir", cache, cwd=folder)
        return [(d["line"], d["column"]) for d in json.loads(got.stdout)]

    assert columns() == [(6, 25)]
    (tmp_path / "house" / "tk.yaml").write_text("names: [TK Maxx]\n")
    assert columns() == [(6, 7)]


def test_a_deleted_names_table_is_a_config_error_in_a_long_lived_session(tmp_path):
    """qa64 #5: a session refreshed after the table is deleted (the language
    server's) reports the config error the CLI gives, never the old table."""
    from lint.ruleset import RuleError
    from lint.session import Session

    folder = _desk(tmp_path, "house/tk.yaml")
    session = Session()
    config = session.config_for(str(folder / "s.md"))
    got = session.lint_path(str(folder / "s.md"), config)
    assert [(d.line, d.column) for d in got.diagnostics if d.rule == "hygiene.placeholder"] == [(6, 25)]
    (tmp_path / "house" / "tk.yaml").unlink()
    session.refresh()
    with pytest.raises(RuleError, match="names: data file 'house/tk.yaml': no such file"):
        session.validated_rules([session.config_for(str(folder / "s.md"))])


def test_the_documented_table_in_a_pack_subfolder_loads(run_cli, tmp_path):
    """qa64 #7: docs/hygiene.md's layout, a table in rules/house/data/, read
    from a house rule file and from the config; in the pack folder itself it
    is refused with where to put it."""
    (tmp_path / "rules" / "house" / "data").mkdir(parents=True)
    (tmp_path / "rules" / "house" / "data" / "tk.yaml").write_text("names: [TK Carter]\n")
    (tmp_path / "rules" / "house" / "ph.yaml").write_text(
        "extends: existence\nmessage: x\ntokens: [TK]\nnames: data/tk.yaml\n")
    (tmp_path / ".newslint.yaml").write_text(
        "rules: [rules]\noptions:\n  hygiene.placeholder:\n    names: rules/house/data/tk.yaml\n")
    (tmp_path / "s.md").write_text(STORY)
    got = run_cli("check", "s.md", "--select", "hygiene.placeholder", "--format", "json", cwd=tmp_path)
    assert [(d["line"], d["column"]) for d in json.loads(got.stdout)] == [(6, 25)], got.stderr
    (tmp_path / "rules" / "house" / "data" / "tk.yaml").rename(tmp_path / "rules" / "house" / "tk.yaml")
    (tmp_path / "rules" / "house" / "ph.yaml").write_text(
        "extends: existence\nmessage: x\ntokens: [TK]\nnames: tk.yaml\n")
    (tmp_path / ".newslint.yaml").write_text("rules: [rules]\n")
    got = run_cli("check", "s.md", cwd=tmp_path)
    assert got.exit_code == 2 and "put it in a subfolder, as <pack>/data/" in got.stderr


def test_a_cold_rule_set_naming_a_table_is_built_once(tmp_path, monkeypatch):
    """fx104 (final-note28): a config whose rule names its own table built
    every rule twice on a cold run (once to learn the table's path); now once,
    and an edited table still gives a new build with the new names."""
    from lint import rule_cache
    from lint.config import load_file
    from lint.engine import rules_for

    folder = _desk(tmp_path, "house/tk.yaml")
    read = []
    load = rule_cache.load
    monkeypatch.setattr(rule_cache, "load", lambda path, *a, **k: read.append(str(path)) or load(path, *a, **k))
    config = load_file(str(folder / ".newslint.yaml"))
    rules = {r.id: r for r in rules_for(config)}
    files = [p for p in read if "/rules/" in p]        # each rule file, read once
    assert len(files) == len(set(files)) == len(rules) and str(tmp_path / "house" / "tk.yaml") in read
    assert rules_for(config) is rules_for(config)          # warm: the same set, not built again
    (tmp_path / "house" / "tk.yaml").write_text("names: [TK Maxx, Someone Else]\n")
    again = {r.id: r for r in rules_for(config)}
    assert again["hygiene.placeholder"] is not rules["hygiene.placeholder"]
    assert rules_for(config) is rules_for(config)
