"""fx491 (nu68 #4): a Vale config beside newslint's own config is not read,
and the run says so once on stderr with the key that would read it; the
config that wins, the findings, the exit code and stdout stay as they were."""
import json

import pytest

from lint.readers._own_reports import STDERR, VALE_PASSED_OVER, own_report

VALE_INI = "StylesPath = styles\nMinAlertLevel = suggestion\n\n[*.md]\nBasedOnStyles = Courier, newslint\n"
HEDGES = "extends: existence\nmessage: \"Avoid the hedge '%s'.\"\nlevel: warning\ntokens:\n  - reportedly\n"
PYPROJECT = '[project]\nname = "site"\n\n[tool.newslint]\nfail-level = "warning"\n'
POST = ("---\ntitle: Council approves budget\ndate: 2025-03-04\n---\n\n"
        "The council reportedly approved the budget.\n")


def _site(tmp_path, config_name, config_text, ini=".vale.ini", posts=("post.md",)):
    (tmp_path / "styles" / "Courier").mkdir(parents=True)
    (tmp_path / "styles" / "Courier" / "Hedges.yml").write_text(HEDGES, encoding="utf-8")
    if ini:
        (tmp_path / ini).write_text(VALE_INI, encoding="utf-8")
    if config_name:
        (tmp_path / config_name).write_text(config_text, encoding="utf-8")
    for name in posts:
        (tmp_path / name).write_text(POST, encoding="utf-8")
    return tmp_path


def _said(stderr):
    return [line for line in stderr.splitlines() if "beside it is not read" in line]


@pytest.mark.parametrize("name,text,key", [
    ("pyproject.toml", PYPROJECT, "'vale = \".vale.ini\"' to [tool.newslint] in pyproject.toml"),
    (".newslint.yaml", "fail-level: warning\n", "'vale: .vale.ini' to .newslint.yaml"),
    (".newslint.yml", "fail-level: warning\n", "'vale: .vale.ini' to .newslint.yml"),
])
def test_vale_ini_beside_is_said_once_with_the_key(run_cli, tmp_path, name, text, key):
    site = _site(tmp_path, name, text, posts=("a.md", "b.md"))
    result = run_cli("check", ".", cwd=site)
    said = _said(result.stderr)
    assert len(said) == 1, result.stderr
    assert f"{site / name}: used; {site / '.vale.ini'} beside it is not read" in said[0], said
    assert said[0].endswith(f"add {key})"), said


@pytest.mark.parametrize("fmt", ["json", "sarif"])
def test_the_note_changes_neither_stdout_nor_the_exit_code(run_cli, tmp_path, fmt):
    with_ini = _site(tmp_path / "with", "pyproject.toml", PYPROJECT)
    without = _site(tmp_path / "without", "pyproject.toml", PYPROJECT, ini=None)
    said = run_cli("check", "--format", fmt, "post.md", cwd=with_ini)
    quiet = run_cli("check", "--format", fmt, "post.md", cwd=without)
    assert _said(said.stderr) and not _said(quiet.stderr), (said.stderr, quiet.stderr)
    assert said.exit_code == quiet.exit_code
    assert json.loads(said.stdout) == json.loads(quiet.stdout.replace(str(without), str(with_ini)))


def test_another_vale_name_is_named(run_cli, tmp_path):
    site = _site(tmp_path, ".newslint.yaml", "fail-level: warning\n", ini="_vale.ini")
    said = _said(run_cli("check", "post.md", cwd=site).stderr)
    assert len(said) == 1 and "_vale.ini beside it" in said[0] and "'vale: _vale.ini'" in said[0], said


def test_guard_vale_key_naming_it_says_nothing_and_runs_the_style(run_cli, tmp_path):
    site = _site(tmp_path, ".newslint.yaml", "vale: .vale.ini\n")
    result = run_cli("check", "--format", "json", "post.md", cwd=site)
    assert not _said(result.stderr), result.stderr
    assert [f["rule"] for f in json.loads(result.stdout)] == ["Courier.Hedges"]


def test_guard_vale_ini_alone_is_the_config_and_says_nothing(run_cli, tmp_path):
    site = _site(tmp_path, None, "")
    result = run_cli("check", "--format", "json", "post.md", cwd=site)
    assert not _said(result.stderr), result.stderr
    assert [f["rule"] for f in json.loads(result.stdout)] == ["Courier.Hedges"]


def test_guard_no_vale_config_says_nothing(run_cli, tmp_path):
    site = _site(tmp_path, "pyproject.toml", PYPROJECT, ini=None)
    assert not _said(run_cli("check", "post.md", cwd=site).stderr)


def test_guard_config_named_on_the_command_line_says_nothing(run_cli, tmp_path):
    site = _site(tmp_path, ".newslint.yaml", "fail-level: warning\n")
    result = run_cli("check", "--config", ".newslint.yaml", "post.md", cwd=site)
    assert not _said(result.stderr), result.stderr


@pytest.mark.parametrize("name,key,where", [
    ("pyproject.toml", 'vale = ".vale.ini"', "[tool.newslint] in pyproject.toml"),
    (".newslint.yml", "vale: _vale.ini", ".newslint.yml"),
])
def test_a_saved_report_with_the_line_is_known_as_ours(name, key, where):
    said = STDERR + VALE_PASSED_OVER.format(path=f"/n/news; drafts/{name}",
                                            other="/n/news; drafts/.vale.ini", key=key, where=where)
    body = "s.md:1:1: error [titles.missing-headline] no headline: the article has no headline or title field\n"
    summary = "Found 1 problem (1 error) in 1 file.\n"
    assert own_report(f"{said}\n{body}{summary}", "txt") == "text"
    assert own_report(f"{said}x\n{body}{summary}", "txt") is None     # (a line it is not)
