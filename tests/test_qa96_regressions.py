"""Faults QA (qa96) found trying fx167's and fx168's CLI and config fixes as
a newsroom developer would: `-o` naming the `--baseline` file being read
replaces it with the report, and the next run stops on it (#1); `-o` naming
a new `.yaml` in a rules pack folder writes a report the next run loads as a
broken rule file (#2); a `.vale.ini`'s `[asciidoctor]` section, Vale's own
way to pass attributes to Asciidoctor, is said key by key as "not a Vale
key" (#3); `Vale.Terms = NO` and `Vale.Avoid = NO`, switches of Vale's own
built-in rules, are said to name "no rule or pack" (#4); and `newslint
parse` with no path prints Click's three-line usage error, where every
other usage error is one line (#5); `-o` naming the file that
`--stdin-filename` names replaces that article with the report (#6); the
GitHub Action, which reads `args` "as shell words", hands a `# comment` on to
`check` as words (#7); a `.newslint.yml` that is a symlink to the
`.newslint.yaml` used is said to be a second config "not read" (#8); `-o`
naming the data file a config's `options:` reads (`names: mytk.yaml`)
replaces it, and the next run stops on it (#9); and such a data file that
YAML cannot read is said in PyYAML's several lines, `in "<unicode string>"`,
not one line at the data file's line (#10).

Each is a strict xfail that fails today for the fault's reason, beside a
passing control where one helps. Synthetic input only, under tmp_path."""
from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from test_qa92_regressions import _action_argv   # the Action's argv, as qa92 reads it

STORY = ('---\ntitle: "Plan wins"\ndate: 2026-11-30\n---\n\n'
         "The plan is TK, arguably.\n")
ROOT = Path(__file__).resolve().parent.parent


def _house_site(tmp_path):
    """A folder with a config whose `rules:` folder holds one house rule."""
    (tmp_path / "house" / "lns").mkdir(parents=True)
    (tmp_path / ".newslint.yaml").write_text("rules: [house]\n", encoding="utf-8")
    (tmp_path / "house" / "lns" / "hedge.yaml").write_text(
        'extends: existence\nmessage: "no %s"\nlevel: warning\ntokens: [arguably]\n',
        encoding="utf-8")
    (tmp_path / "story.md").write_text(STORY, encoding="utf-8")


# --- #1: -o over the baseline being read -----------------------------------

def test_output_never_overwrites_the_baseline_being_read(tmp_path, run_cli):
    (tmp_path / "story.md").write_text(STORY, encoding="utf-8")
    wrote = run_cli("check", "--no-cache", "story.md", "--write-baseline", "b.json", cwd=tmp_path)
    assert wrote.exit_code == 0, wrote.output
    before = (tmp_path / "b.json").read_bytes()
    result = run_cli("check", "--no-cache", "story.md", "--baseline", "b.json", "-o", "b.json",
                     cwd=tmp_path)
    assert (tmp_path / "b.json").read_bytes() == before, result.output
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith("newslint: b.json: -o would overwrite"), result.stderr


def test_baseline_control_a_report_elsewhere_keeps_the_baseline(tmp_path, run_cli):
    # not a fault: the baseline hides the findings and a report beside it is written
    (tmp_path / "story.md").write_text(STORY, encoding="utf-8")
    run_cli("check", "--no-cache", "story.md", "--write-baseline", "b.json", cwd=tmp_path)
    result = run_cli("check", "--no-cache", "story.md", "--baseline", "b.json", "-o", "r.txt",
                     cwd=tmp_path)
    assert result.exit_code == 0, result.output
    again = run_cli("check", "--no-cache", "story.md", "--baseline", "b.json", cwd=tmp_path)
    assert again.exit_code == 0, again.output


# --- #2: -o a new file in a rules folder -----------------------------------

def test_output_into_a_rules_pack_folder_does_not_break_the_next_run(tmp_path, run_cli):
    _house_site(tmp_path)
    result = run_cli("check", "--no-cache", "story.md", "-o", "house/lns/report.yaml", cwd=tmp_path)
    nxt = run_cli("check", "--no-cache", "story.md", cwd=tmp_path)
    # refused as the pack's own rule files are, or written and passed over: never a
    # rules folder the next run cannot load
    assert result.exit_code == 2 or nxt.exit_code == 1, (result.output, nxt.stderr)
    assert "[lns.hedge]" in nxt.stdout, nxt.stderr


@pytest.mark.parametrize("rules", ["house", "."])
def test_a_report_no_loader_reads_is_written_in_a_rules_folder(tmp_path, run_cli, rules):
    # a report named as no rule is (`.json`) loads as nothing: refusing it would refuse
    # every -o of a site whose rules folder is its root (`rules: [.]`)
    _house_site(tmp_path)
    (tmp_path / ".newslint.yaml").write_text(f"rules: [{rules}]\n", encoding="utf-8")
    result = run_cli("check", "--no-cache", "story.md", "-o", "house/report.json", cwd=tmp_path)
    assert result.exit_code == 1, result.output
    report = (tmp_path / "house" / "report.json").read_text(encoding="utf-8")
    assert report.startswith("story.md:"), report
    nxt = run_cli("check", "--no-cache", "story.md", cwd=tmp_path)     # loads as before
    assert (nxt.exit_code, nxt.stdout) == (1, report), nxt.output


def test_rules_folder_control_an_existing_rule_file_is_refused(tmp_path, run_cli):
    # not a fault: fx167 refuses a rule file that is there
    _house_site(tmp_path)
    result = run_cli("check", "--no-cache", "story.md", "-o", "house/lns/hedge.yaml", cwd=tmp_path)
    assert result.exit_code == 2, result.output
    assert "in use by this run" in result.stderr
    nxt = run_cli("check", "--no-cache", "story.md", cwd=tmp_path)
    assert nxt.exit_code == 1 and "[lns.hedge]" in nxt.stdout, nxt.output


# --- #3, #4: Vale config notes on keys and switches Vale knows --------------

def _vale_site(tmp_path, ini: str):
    (tmp_path / "styles").mkdir()
    (tmp_path / ".vale.ini").write_text(ini, encoding="utf-8")
    (tmp_path / "story.md").write_text(STORY, encoding="utf-8")


def test_vale_asciidoctor_attributes_are_not_unknown_keys(tmp_path, run_cli):
    _vale_site(tmp_path, "StylesPath = styles\n\n[asciidoctor]\nexperimental = YES\n"
               "attribute-missing = drop\n\n[*.md]\nBasedOnStyles = newslint\n")
    result = run_cli("check", "--no-cache", "story.md", cwd=tmp_path)
    assert result.exit_code == 1, result.output
    assert "not a Vale key" not in result.stderr, result.stderr


def test_vale_unknown_key_control_a_misspelt_key_is_said(tmp_path, run_cli):
    # not a fault: fx167's line for a key Vale does not know
    _vale_site(tmp_path, "StylesPath = styles\n\n[*.md]\nBasedOnStyles = newslint\nBlockIgnore = x\n")
    result = run_cli("check", "--no-cache", "story.md", cwd=tmp_path)
    assert "BlockIgnore: not a Vale key (did you mean BlockIgnores?)" in result.stderr, result.stderr


@pytest.mark.parametrize("rule", ["Vale.Terms", "Vale.Avoid"])
def test_vale_builtin_rule_switch_is_not_said_missing(tmp_path, run_cli, rule):
    _vale_site(tmp_path, f"StylesPath = styles\n\n[*.md]\nBasedOnStyles = newslint\n{rule} = NO\n")
    result = run_cli("check", "--no-cache", "story.md", cwd=tmp_path)
    assert result.exit_code == 1, result.output
    assert "no rule or pack" not in result.stderr, result.stderr


def test_vale_switch_control_a_misspelt_builtin_is_said(tmp_path, run_cli):
    # not a fault: a typo of a Vale rule that is there is still named
    _vale_site(tmp_path, "StylesPath = styles\n\n[*.md]\nBasedOnStyles = newslint\n"
               "Vale.Repetiton = NO\n")
    result = run_cli("check", "--no-cache", "story.md", cwd=tmp_path)
    assert "did you mean Vale.Repetition?" in result.stderr, result.stderr


# --- #5: parse with no path ------------------------------------------------

def test_parse_without_a_path_is_a_one_line_usage_error(tmp_path, run_cli):
    result = run_cli("parse", cwd=tmp_path)
    assert result.exit_code == 2, result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("newslint: "), result.stderr
    assert re.search(r"\(see '\S+ parse --help'\)", lines[0]), result.stderr


def test_parse_usage_control_a_bad_option_is_one_line(tmp_path, run_cli):
    # not a fault: parse's other usage errors are one line
    result = run_cli("parse", "--bogus", cwd=tmp_path)
    assert result.exit_code == 2
    assert len(result.stderr.splitlines()) == 1, result.stderr


# --- #6: -o over the article --stdin-filename names -------------------------

def test_output_never_overwrites_the_article_named_by_stdin_filename(tmp_path, run_cli):
    (tmp_path / "story.md").write_text(STORY, encoding="utf-8")
    result = run_cli("check", "--no-cache", "--stdin-filename", "story.md", "-", "-o", "story.md",
                     input=STORY, cwd=tmp_path)
    assert (tmp_path / "story.md").read_text(encoding="utf-8") == STORY, result.output
    assert result.exit_code == 2, result.output
    assert "would overwrite an article being linted" in result.stderr, result.stderr


def test_stdin_filename_control_the_named_article_as_a_path_is_refused(tmp_path, run_cli):
    # not a fault: the same file named as a path is refused
    (tmp_path / "story.md").write_text(STORY, encoding="utf-8")
    result = run_cli("check", "--no-cache", "story.md", "-o", "story.md", cwd=tmp_path)
    assert result.exit_code == 2, result.output
    assert (tmp_path / "story.md").read_text(encoding="utf-8") == STORY


# --- #7: the Action's args read as shell words keep a comment ---------------

def test_action_args_drop_a_shell_comment(tmp_path):
    argv = _action_argv(tmp_path, "--fail-level warning   # block the PR on warnings\n", "content/")
    assert argv[3:] == ["--fail-level", "warning", "content/"], argv


def test_action_control_command_substitution_never_runs(tmp_path):
    # not a fault: $(...) and backticks reach check as text and run nothing
    argv = _action_argv(tmp_path, "--select $(touch made) `touch made2`", "content/")
    assert argv[3:] == ["--select", "$(touch", "made)", "`touch", "made2`", "content/"], argv
    assert not (tmp_path / "made").exists() and not (tmp_path / "made2").exists()


# --- #8: a symlink to the config used is no second config -------------------

def test_a_symlink_to_the_config_used_is_not_said_passed_over(tmp_path, run_cli):
    (tmp_path / "story.md").write_text(STORY, encoding="utf-8")
    (tmp_path / ".newslint.yaml").write_text("ignore: [hygiene.doubled-word]\n", encoding="utf-8")
    os.symlink(".newslint.yaml", tmp_path / ".newslint.yml")
    result = run_cli("check", "--no-cache", "story.md", cwd=tmp_path)
    assert result.exit_code == 1, result.output
    assert "is not read" not in result.stderr, result.stderr


def test_passed_over_control_a_second_real_config_is_said(tmp_path, run_cli):
    # not a fault: fx167's line for a second config with settings of its own
    (tmp_path / "story.md").write_text(STORY, encoding="utf-8")
    (tmp_path / ".newslint.yaml").write_text("ignore: [hygiene.doubled-word]\n", encoding="utf-8")
    (tmp_path / ".newslint.yml").write_text("ignore: [hygiene.placeholder]\n", encoding="utf-8")
    result = run_cli("check", "--no-cache", "story.md", cwd=tmp_path)
    assert ".newslint.yml beside it is not read" in result.stderr, result.stderr


# --- #9, #10: a data file the config's options: name ------------------------

NAMES = "names:\n  - TK Maxx\n  - TK Carter\n"


def _data_site(tmp_path):
    (tmp_path / "story.md").write_text(STORY, encoding="utf-8")
    (tmp_path / "mytk.yaml").write_text(NAMES, encoding="utf-8")
    (tmp_path / ".newslint.yaml").write_text(
        "options:\n  hygiene.placeholder:\n    names: mytk.yaml\n", encoding="utf-8")


def test_output_never_overwrites_an_options_data_file(tmp_path, run_cli):
    _data_site(tmp_path)
    result = run_cli("check", "--no-cache", "story.md", "-o", "mytk.yaml", cwd=tmp_path)
    assert (tmp_path / "mytk.yaml").read_text(encoding="utf-8") == NAMES, result.output
    assert result.exit_code == 2, result.output
    assert "in use by this run" in result.stderr, result.stderr


def test_data_file_control_the_config_naming_it_is_refused(tmp_path, run_cli):
    # not a fault: the config itself is refused (fx167)
    _data_site(tmp_path)
    result = run_cli("check", "--no-cache", "story.md", "-o", ".newslint.yaml", cwd=tmp_path)
    assert result.exit_code == 2 and "in use by this run" in result.stderr, result.output
    again = run_cli("check", "--no-cache", "story.md", cwd=tmp_path)
    assert again.exit_code == 1, again.output


def test_a_broken_options_data_file_is_one_line(tmp_path, run_cli):
    _data_site(tmp_path)
    (tmp_path / "mytk.yaml").write_text("names:\n  - TK Maxx\n  foo: [\n", encoding="utf-8")
    result = run_cli("check", "--no-cache", "story.md", cwd=tmp_path)
    assert result.exit_code == 2, result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and "<unicode string>" not in lines[0], result.stderr
    assert "mytk.yaml" in lines[0], result.stderr
