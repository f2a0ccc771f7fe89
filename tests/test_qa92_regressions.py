"""Faults QA (qa92) found following README and `--help` as a newsroom
developer new to newslint, and making a newcomer's mistakes: a misspelt rule
id in a `.vale.ini` switch (#1) or in a Vale comment (#2) does nothing and
says nothing, where the same slip in `select:`, `ignore:` or a newslint
directive is named with the nearest id; `audit`, `server` and `init` print
a usage error in Click's three lines, not the one line every other command
prints (#3); an empty `NO_COLOR` turns colour off (#4); a second name of a
hard-linked article is left out of a run without a word, and left unfixed by
`--fix` (#5); of two configs of newslint's in one folder one is passed over
without a word (#6); `parse` shows the article's own date where the config's
`published:` is the one `check` uses, and takes no `--config` (#7);
`--output` overwrites the config in use (#8); the Python API's `lint_text`
returns `file.format` as a finding (#9); a `.vale.ini` that turns no rule
on (a misspelt `BasedOnStyle`) passes every file as clean, said only under
`-v` (#10); bare `newslint` prints its help mangled into an error line
(#11); and the GitHub Action cuts a quoted `args` value or a `paths` folder
with a space into pieces (#12).

Each is a strict xfail that fails today for the fault's reason. Synthetic
input only, written under tmp_path."""
from __future__ import annotations

import json
import os
import pty
import re
import select
import subprocess
import sys
from pathlib import Path

import pytest

STORY = ('---\ntitle: "Plan wins"\ndate: 2026-11-30\n---\n\n'
         "The plan is TK.\n")
ROOT = Path(__file__).resolve().parent.parent


def _json(result) -> list[dict]:
    return json.loads(result.stdout)


# --- #1 a misspelt rule switch in .vale.ini -----------------------------------

def _vale_site(tmp_path, switch: str):
    (tmp_path / "styles").mkdir()
    (tmp_path / ".vale.ini").write_text(
        "StylesPath = styles\n\n[*.md]\nBasedOnStyles = newslint\n" + switch + "\n",
        encoding="utf-8")
    (tmp_path / "story.md").write_text(STORY, encoding="utf-8")


def test_vale_ini_switch_control_a_right_id_switches_the_rule_off(tmp_path, run_cli):
    # not a fault: the control for the xfail below (the switch itself works)
    _vale_site(tmp_path, "hygiene.placeholder = NO")
    result = run_cli("check", "--no-cache", "--format", "json", "story.md", cwd=tmp_path)
    assert "hygiene.placeholder" not in {f["rule"] for f in _json(result)}, result.output


def test_vale_ini_switch_naming_no_rule_is_said(tmp_path, run_cli):
    _vale_site(tmp_path, "hygeine.placeholder = NO")
    result = run_cli("check", "--no-cache", "story.md", cwd=tmp_path)
    # the TK the writer meant to switch off is still reported ...
    assert "[hygiene.placeholder]" in result.stdout, result.output
    # ... and nothing says why: the id and the nearest rule should be named
    assert "hygeine.placeholder" in result.stderr, result.output
    assert "hygiene.placeholder" in result.stderr, result.output


def test_vale_ini_turning_no_rule_on_is_said_without_verbose(tmp_path, run_cli):
    (tmp_path / "styles").mkdir()
    (tmp_path / ".vale.ini").write_text(
        "StylesPath = styles\n\n[*.md]\nBasedOnStyle = newslint\n", encoding="utf-8")
    (tmp_path / "story.md").write_text(STORY, encoding="utf-8")
    result = run_cli("check", "--no-cache", "story.md", cwd=tmp_path)
    assert "BasedOnStyle" in result.stderr or "no rules" in result.stderr, result.output


# --- #2 a misspelt rule id in a Vale comment ----------------------------------

def test_vale_comment_control_a_right_id_hides_the_finding(tmp_path, run_cli):
    # not a fault: the control for the xfail below
    (tmp_path / "story.md").write_text(STORY.replace(
        "The plan", "<!-- vale hygiene.placeholder = NO -->\n\nThe plan"), encoding="utf-8")
    result = run_cli("check", "--no-cache", "--format", "json", "story.md", cwd=tmp_path)
    assert _json(result) == [], result.output


def test_vale_comment_naming_no_rule_is_a_directive_warning(tmp_path, run_cli):
    (tmp_path / "story.md").write_text(STORY.replace(
        "The plan", "<!-- vale hygeine.placeholder = NO -->\n\nThe plan"), encoding="utf-8")
    result = run_cli("check", "--no-cache", "--format", "json", "story.md", cwd=tmp_path)
    found = _json(result)
    assert "hygiene.placeholder" in {f["rule"] for f in found}, result.output
    said = [f for f in found if f["rule"] == "file.directive"]
    assert said and "hygeine.placeholder" in said[0]["message"], result.output
    assert (said[0]["line"], said[0]["column"]) == (6, 11), said


# --- #3 usage errors of audit, server and init --------------------------------

def test_usage_error_control_check_prints_one_line(tmp_path, run_cli):
    # not a fault: the form every other command's usage error takes
    result = run_cli("check", "--bogus", cwd=tmp_path)
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        line for line in result.stderr.splitlines() if line.startswith("newslint: ")]
    assert re.search(r"\(see '\S+ check --help'\)", result.stderr), result.stderr


@pytest.mark.parametrize("args", [
    ("audit", "story.md"),                  # README's first audit line without its -o
    ("audit", "story.md", "-o", "out", "--workers", "0"),
    ("audit", "story.md", "-o", "out", "--workers", "99999"),    # over 4 per CPU (qa124 #2)
    ("server", "--tcp", "2087"),
    ("init", "--force"),
], ids=["audit-no-output", "audit-workers-0", "audit-workers-99999", "server-tcp-port-only", "init-unknown-option"])
def test_usage_error_is_one_line(tmp_path, run_cli, args):
    result = run_cli(*args, cwd=tmp_path)
    assert result.exit_code == 2, result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("newslint: "), result.stderr
    # in-process Click names the group 'main'; run as installed it is 'newslint'
    assert re.search(rf"\(see '\S+ {args[0]} --help'\)", lines[0]), result.stderr


def test_bare_newslint_prints_its_help_unmangled(tmp_path, run_cli):
    result = run_cli(cwd=tmp_path)
    assert result.exit_code in (0, 2), result.output
    shown = result.stdout + result.stderr
    assert "check" in shown and "Commands:" in shown, shown     # the help is there ...
    assert not shown.startswith("newslint: Usage:"), shown      # ... as help, not as an error
    assert "--help')" not in shown.splitlines()[-1], shown


# --- #4 an empty NO_COLOR ------------------------------------------------------

def _on_a_terminal(tmp_path, env: dict) -> str:
    """`newslint check` with stdout on a pseudo-terminal: what it printed."""
    (tmp_path / "story.md").write_text(STORY, encoding="utf-8")
    master, slave = pty.openpty()
    full = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    full.update(env, PYTHONPATH=str(ROOT), NEWSLINT_NO_CACHE="1")
    proc = subprocess.Popen([sys.executable, "-m", "lint", "check", "--no-progress", "story.md"],
                            cwd=tmp_path, stdout=slave, stderr=subprocess.DEVNULL,
                            stdin=subprocess.DEVNULL, env=full)
    os.close(slave)
    out = b""
    while True:
        ready, _, _ = select.select([master], [], [], 60)
        if not ready:
            break
        try:
            chunk = os.read(master, 4096)
        except OSError:         # the child closed the terminal
            break
        if not chunk:
            break
        out += chunk
    proc.wait(60)
    os.close(master)
    return out.decode("utf-8", "replace")


def test_no_color_control_a_terminal_is_coloured_and_no_color_1_is_not(tmp_path):
    # not a fault: the controls for the xfail below
    assert "\x1b[" in _on_a_terminal(tmp_path, {})
    assert "\x1b[" not in _on_a_terminal(tmp_path, {"NO_COLOR": "1"})


def test_an_empty_no_color_keeps_colour(tmp_path):
    out = _on_a_terminal(tmp_path, {"NO_COLOR": ""})
    assert "hygiene.placeholder" in out, out
    assert "\x1b[" in out, out


# --- #5 a hard-linked article under a second name -----------------------------

@pytest.mark.parametrize("named", ["both", "folder"])
def test_a_hard_linked_article_is_reported_under_each_name(tmp_path, run_cli, named):
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "a.md").write_text(STORY, encoding="utf-8")
    os.link(tmp_path / "content" / "a.md", tmp_path / "content" / "b.md")
    paths = ["content/a.md", "content/b.md"] if named == "both" else ["content"]
    result = run_cli("check", "--no-cache", "--format", "json", *paths, cwd=tmp_path)
    reported = {f["path"] for f in _json(result)}
    assert reported == {"content/a.md", "content/b.md"}, (reported, result.stderr)


def test_fix_of_two_hard_linked_names_leaves_neither_unfixed(tmp_path, run_cli):
    (tmp_path / "a.md").write_text(STORY.replace("The plan", "The the plan"), encoding="utf-8")
    os.link(tmp_path / "a.md", tmp_path / "b.md")
    result = run_cli("check", "--no-cache", "--fix", "a.md", "b.md", cwd=tmp_path)
    assert "The the" not in (tmp_path / "a.md").read_text(encoding="utf-8"), result.output
    assert "The the" not in (tmp_path / "b.md").read_text(encoding="utf-8"), result.output


# --- #6 two configs in one folder ---------------------------------------------

def test_two_configs_control_the_yaml_one_is_used(tmp_path, run_cli):
    # not a fault: which one wins (README: the nearest config, nothing merged)
    (tmp_path / ".newslint.yaml").write_text("select: [hygiene]\n", encoding="utf-8")
    (tmp_path / ".newslint.yml").write_text("ignore: [hygiene.placeholder]\n", encoding="utf-8")
    (tmp_path / "story.md").write_text(STORY, encoding="utf-8")
    result = run_cli("check", "--no-cache", "--format", "json", "story.md", cwd=tmp_path)
    assert [f["rule"] for f in _json(result)] == ["hygiene.placeholder"], result.output


@pytest.mark.parametrize("second", [".newslint.yml", "pyproject.toml"])
def test_a_second_config_in_the_folder_is_said(tmp_path, run_cli, second):
    (tmp_path / ".newslint.yaml").write_text("select: [hygiene]\n", encoding="utf-8")
    if second == "pyproject.toml":
        (tmp_path / second).write_text('[tool.newslint]\nignore = ["hygiene.placeholder"]\n',
                                       encoding="utf-8")
    else:
        (tmp_path / second).write_text("ignore: [hygiene.placeholder]\n", encoding="utf-8")
    (tmp_path / "story.md").write_text(STORY, encoding="utf-8")
    result = run_cli("check", "--no-cache", "story.md", cwd=tmp_path)
    assert second in result.stderr, result.output


# --- #7 parse shows a publication date check does not use ----------------------

DATED = ('---\ntitle: "Council meets"\ndate: 2025-03-04\n---\n\n'
         "The council met on Tuesday, March 4, 2025.\n")


def test_config_published_control_check_uses_the_configs_date(tmp_path, run_cli):
    # not a fault: check dates the story by the config (README, Configuration)
    (tmp_path / ".newslint.yaml").write_text("published: 2024-01-01\n", encoding="utf-8")
    (tmp_path / "a.md").write_text(DATED, encoding="utf-8")
    result = run_cli("check", "--no-cache", "--format", "json", "a.md", cwd=tmp_path)
    assert [f["rule"] for f in _json(result)] == ["dates.after-publication"], result.output
    assert "January 1, 2024" in _json(result)[0]["message"]


def test_parse_shows_the_configs_publication_date(tmp_path, run_cli):
    (tmp_path / ".newslint.yaml").write_text("published: 2024-01-01\n", encoding="utf-8")
    (tmp_path / "a.md").write_text(DATED, encoding="utf-8")
    result = run_cli("parse", "--format", "json", "a.md", cwd=tmp_path)
    assert result.exit_code == 0, result.output
    assert _json(result)[0]["published"] == "2024-01-01", result.stdout


def test_parse_takes_the_config_check_was_given(tmp_path, run_cli):
    (tmp_path / "house.yaml").write_text("published: 2024-01-01\n", encoding="utf-8")
    (tmp_path / "a.md").write_text(DATED, encoding="utf-8")
    result = run_cli("parse", "--config", "house.yaml", "--format", "json", "a.md", cwd=tmp_path)
    assert result.exit_code == 0, result.output
    assert _json(result)[0]["published"] == "2024-01-01", result.stdout


# --- #8 --output over the config in use ---------------------------------------

@pytest.mark.parametrize("target", [".newslint.yaml", "pyproject.toml", "house/lns/terms.yaml"])
def test_output_never_overwrites_the_config_in_use(tmp_path, run_cli, target):
    (tmp_path / "house" / "lns").mkdir(parents=True)
    rule = ('extends: existence\nmessage: "no %s"\nlevel: warning\ntokens: [utilize]\n')
    (tmp_path / "house" / "lns" / "terms.yaml").write_text(rule, encoding="utf-8")
    if target == "pyproject.toml":
        config = '[project]\nname = "desk"\n\n[tool.newslint]\nrules = ["house"]\n'
    else:
        config = "rules: [house]\n"
    name = "pyproject.toml" if target == "pyproject.toml" else ".newslint.yaml"
    (tmp_path / name).write_text(config, encoding="utf-8")
    (tmp_path / "story.md").write_text(STORY, encoding="utf-8")
    before = (tmp_path / target).read_bytes()
    result = run_cli("check", "--no-cache", "story.md", "-o", target, cwd=tmp_path)
    assert (tmp_path / target).read_bytes() == before, result.output
    assert result.exit_code == 2 and target.rsplit("/", 1)[-1] in result.stderr, result.output


# --- #9 the Python API: lint_text gives file.format as a finding --------------

def test_api_control_lint_paths_skips_a_file_of_no_article_format(tmp_path):
    # not a fault: README, "Python API": such a file "is skipped without one"
    from lint import lint_paths
    (tmp_path / "data.json").write_text("{}\n", encoding="utf-8")
    assert lint_paths([str(tmp_path / "data.json")]) == []


def test_api_lint_text_gives_no_file_format_finding():
    from lint import lint_text
    found = lint_text("{}\n", "data.json")
    assert [d.rule for d in found if d.rule == "file.format"] == [], found


# --- #12 the GitHub Action's args and paths inputs ---------------------------

def _action_argv(tmp_path, args: str, paths: str) -> list[str]:
    """The argv the Action's run step hands `newslint`, with `newslint` a
    shell function printing its arguments one per line."""
    import yaml
    steps = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))["runs"]["steps"]
    run = [s for s in steps if "newslint check" in s.get("run", "")][-1]["run"]
    script = "newslint() { printf '%s\\n' \"$@\"; }\n" + run
    # `python` as setup-python gives it: the interpreter running the tests
    path = os.path.dirname(sys.executable) + os.pathsep + os.environ.get("PATH", "")
    env = dict(os.environ, NEWSLINT_ARGS=args, NEWSLINT_PATHS=paths, PATH=path)
    out = subprocess.run(["bash", "-c", script], cwd=tmp_path, env=env, capture_output=True,
                         text=True, check=True).stdout
    return out.splitlines()


def test_action_control_plain_args_reach_check(tmp_path):
    # not a fault: the README's own example (args: --fail-level warning, paths: content/)
    assert _action_argv(tmp_path, "--fail-level warning", "content/") == [
        "check", "--format", "github", "--fail-level", "warning", "content/"]


@pytest.mark.parametrize("args, paths, expected", [
    ('--published "Nov. 30, 2026"', "content/", ["--published", "Nov. 30, 2026", "content/"]),
    ("", '"Metro Desk/"', ["Metro Desk/"]),
], ids=["written-date", "folder-with-a-space"])
def test_action_keeps_a_quoted_value_whole(tmp_path, args, paths, expected):
    assert _action_argv(tmp_path, args, paths)[3:] == expected
