"""`fail-level:` in the config sets the default --fail-level (fx42): a warning
fails the run under `fail-level: warning`, `--fail-level` overrides the
config, the lowest level among a run's configs applies, and a value that is
no level is the config error every other key gives, at its line and column."""
from __future__ import annotations

import pytest

from lint.config import Config, run_fail_level

STORY = "Council votes\n\nThe the council voted on Monday, the mayor said.\n"   # a warning


def _tree(tmp_path, configs: dict[str, str]) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "story.txt").write_text(STORY, encoding="utf-8")
    for where, text in configs.items():
        (tmp_path / where).write_text(text, encoding="utf-8")


def _exit(run_cli, tmp_path, *args) -> int:
    result = run_cli("check", "--no-color", "--no-cache", *args, cwd=tmp_path)
    assert "[hygiene.doubled-word]" in result.stdout
    return result.exit_code


@pytest.mark.parametrize("config, args, code", [
    ("", ("a",), 0),                                                  # the default: error
    ("fail-level: warning\n", ("a",), 1),
    ("fail-level: suggestion\n", ("a",), 1),
    ("fail-level: error\n", ("a",), 0),
    ("fail-level:\n", ("a",), 0),                                     # no value: the default
    ("fail-level: warning\n", ("--fail-level", "error", "a"), 0),     # the option wins
    ("fail-level: error\n", ("--fail-level", "warning", "a"), 1),
    ("select: [hygiene]\nfail-level: warning\n", ("a",), 1),
])
def test_the_config_sets_the_default_fail_level(run_cli, tmp_path, config, args, code):
    _tree(tmp_path, {"a/.newslint.yaml": config})
    assert _exit(run_cli, tmp_path, *args) == code


def test_pyproject_sets_it_too(run_cli, tmp_path):
    _tree(tmp_path, {"a/pyproject.toml": "[tool.newslint]\nfail-level = \"warning\"\n"})
    assert _exit(run_cli, tmp_path, "a") == 1


def test_stdin_reads_the_config_of_its_name(run_cli, tmp_path):
    _tree(tmp_path, {"a/.newslint.yaml": "fail-level: warning\n"})
    result = run_cli("check", "--no-color", "--stdin-filename", "a/x.txt", input=STORY, cwd=tmp_path)
    assert result.exit_code == 1
    result = run_cli("check", "--no-color", "--stdin-filename", "b/x.txt", input=STORY, cwd=tmp_path)
    assert result.exit_code == 0


def test_the_lowest_level_of_a_runs_configs_applies(run_cli, tmp_path):
    _tree(tmp_path, {"a/.newslint.yaml": "fail-level: warning\n", "b/.newslint.yaml": "select: [hygiene]\n"})
    assert _exit(run_cli, tmp_path, "b") == 0
    assert _exit(run_cli, tmp_path, "a", "b") == 1
    assert _exit(run_cli, tmp_path, "b", "a") == 1


def test_run_fail_level():
    warn, error, plain = Config(fail_level="warning"), Config(fail_level="error"), Config()
    assert run_fail_level([plain], None) == "error"
    assert run_fail_level([plain, warn, error], None) == "warning"
    assert run_fail_level([Config(fail_level="suggestion"), warn], None) == "suggestion"
    assert run_fail_level([warn], "error") == "error"


@pytest.mark.parametrize("text, at, shown", [
    ("fail-level: warn\n", "1:13", "'warn'"),
    ("select: [hygiene]\n\nfail-level: Error\n", "3:13", "'Error'"),
    ("fail-level: [warning]\n", "1:13", "['warning']"),
    ("fail-level: 1\n", "1:13", "'1'"),              # the word written, as YAML's `yes` below
    ("fail-level: yes\n", "1:13", "'yes'"),          # qa44: was "True is not one of"
    ("fail-level: Off\n", "1:13", "'Off'"),
])
def test_a_bad_value_is_a_config_error_at_its_place(run_cli, tmp_path, text, at, shown):
    _tree(tmp_path, {"a/.newslint.yaml": text})
    result = run_cli("check", "--no-color", "a", cwd=tmp_path)
    assert result.exit_code == 2 and result.stdout == ""
    path = tmp_path / "a" / ".newslint.yaml"
    assert result.stderr == (f"newslint: {path}:{at}: fail-level: {shown} is not one of "
                             "suggestion, warning, error\n")


def test_help_names_the_config_key(run_cli):
    result = run_cli("check", "--help")
    assert "fail-level:" in " ".join(result.stdout.split())


def test_a_toml_boolean_is_said_as_toml_writes_it(run_cli, tmp_path):
    _tree(tmp_path, {"a/pyproject.toml": "[tool.newslint]\nfail-level = true\n"})
    result = run_cli("check", "--no-color", "a", cwd=tmp_path)
    assert result.exit_code == 2 and "fail-level: 'true' is not one of suggestion, warning, error" \
        in result.stderr, result.stderr
