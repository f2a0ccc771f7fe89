"""A per-folder config that names a house rule but has no `rules:` is told
that configs are not merged (nu28 #14): `newslint rules` from the root lists
the rule, so "no rule or pack" alone read as a bug."""
from __future__ import annotations

from rule_file_helpers import write

RULE = "extends: existence\nmessage: x\ntokens: [slammed]\n"


def _site(tmp_path, folder_config: str):
    write(tmp_path / "rules" / "house" / "banned.yaml", RULE)
    write(tmp_path / ".newslint.yaml", "rules: [rules]\n")
    write(tmp_path / "opinion" / ".newslint.yaml", folder_config)
    write(tmp_path / "opinion" / "a.md", "# Column\n\nThe mayor slammed it.\n")


def test_the_error_names_the_config_above(run_cli, tmp_path):
    _site(tmp_path, "ignore: [house.banned]\n")
    got = run_cli("check", "opinion", cwd=tmp_path)
    assert got.exit_code == 2
    assert got.stderr == (
        f"newslint: {tmp_path}/opinion/.newslint.yaml:1:10: ignore: no rule or pack 'house.banned' "
        f"(`newslint rules` lists them; configs are not merged: nothing of {tmp_path}/.newslint.yaml "
        "applies here, its rules: included)\n")


def test_not_said_for_a_typo_nor_with_rules_of_its_own(run_cli, tmp_path):
    _site(tmp_path, "ignore: [hygeine]\n")
    got = run_cli("check", "opinion", cwd=tmp_path)
    assert "did you mean hygiene?" in got.stderr and "not merged" not in got.stderr
    write(tmp_path / "opinion" / ".newslint.yaml", "rules: [../rules]\nignore: [house.bannd]\n")
    got = run_cli("check", "opinion", cwd=tmp_path)
    assert "did you mean house.banned?" in got.stderr and "not merged" not in got.stderr
    write(tmp_path / "opinion" / ".newslint.yaml", "rules: [../rules]\nignore: [house.banned]\n")
    assert run_cli("check", "opinion", cwd=tmp_path).exit_code == 0


def test_not_said_without_a_config_above(run_cli, tmp_path):
    write(tmp_path / "c" / ".newslint.yaml", "ignore: [house.banned]\n")
    write(tmp_path / "c" / "a.md", "# Column\n\nText.\n")
    got = run_cli("check", "c", cwd=tmp_path)
    assert got.exit_code == 2 and "not merged" not in got.stderr


def test_said_in_a_walk_with_the_config_above_too(run_cli, tmp_path):
    """qa64 #1: each config is checked against its own rules, not the run's
    union, so the walk that also lints the root's files says the same."""
    for config in ("ignore: [house.banned]\n", "levels: {house.banned: warning}\n",
                   "select: [hygiene, house.banned]\n"):
        _site(tmp_path, config)
        write(tmp_path / "news" / "b.md", "# News\n\nThe mayor slammed it.\n")
        alone = run_cli("check", "opinion/a.md", cwd=tmp_path)
        for args in ((".",), ("opinion/a.md", "news/b.md")):
            got = run_cli("check", *args, cwd=tmp_path)
            assert (got.exit_code, got.stderr) == (2, alone.stderr), (config, args)
        assert got.stderr.count("\n") == 1 and "configs are not merged" in got.stderr


def test_qa280_3_a_config_given_by_config_names_no_config_above(run_cli, tmp_path):
    # --config reads its file alone, wherever it is: no config found above it could apply
    _site(tmp_path, "ignore: [house.banned]\n")
    write(tmp_path / "opinion" / "pyproject.toml", '[tool.newslint]\nignore = ["house.banned"]\n')
    for given in ("opinion/.newslint.yaml", "opinion/pyproject.toml"):
        got = run_cli("check", "--config", given, "opinion/a.md", cwd=tmp_path)
        assert got.exit_code == 2, (given, got.output)
        assert "no rule or pack 'house.banned' (`newslint rules` lists them)\n" in got.stderr, (given, got.stderr)
        assert "not merged" not in got.stderr, (given, got.stderr)
    # the nearest case: the same file found, not given, still names the config above
    got = run_cli("check", "opinion/a.md", cwd=tmp_path)
    assert got.exit_code == 2 and "configs are not merged: nothing of" in got.stderr, got.stderr


def test_qa280_3_a_wrong_config_given_by_config_names_no_config_above(run_cli, tmp_path):
    # a wrong value beside the unknown id takes `load_checked`'s way: the same words
    _site(tmp_path, "ignore: [house.banned]\nfail-level: bogus\n")
    got = run_cli("check", "--config", "opinion/.newslint.yaml", "opinion/a.md", cwd=tmp_path)
    assert got.exit_code == 2 and "fail-level: 'bogus'" in got.stderr, got.stderr
    assert "'house.banned' (`newslint rules` lists them)\n" in got.stderr and "not merged" not in got.stderr
    got = run_cli("check", "opinion/a.md", cwd=tmp_path)
    assert got.exit_code == 2 and "configs are not merged: nothing of" in got.stderr, got.stderr
