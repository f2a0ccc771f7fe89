"""qa269: QA of fx397 (the mend of fx390 after qa265: audit --resume naming what
changed). Each finding's test, fixed by fx402, with the nearest case that
must stay as it was. Inputs are synthetic."""
from __future__ import annotations

import re

import pytest

from lint.audit import inputs
from lint.readers import _own_reports
from lint.session import Session
from test_audit_identity import AT, _desk, _interrupted, _refusal
from test_qa77_regressions import audit_on

SELECTS = "rules: [house]\nselect: [hygiene]\n"


# --- #1: a --select change that leaves every effective config as it was is refused unnamed ----------

@pytest.mark.parametrize("begun, resumed, named", [
    ((), ("--select", "hygiene"), "--select changed since that audit (then: not given; now: hygiene)"),
    (("--select", "hygiene"), (), "--select changed since that audit (then: hygiene; now: not given)"),
])
def test_resume_names_a_select_that_the_config_already_says(tmp_path, audit_client, begun, resumed, named):
    # the desk's config selects hygiene, so `--select hygiene` changes no file's effective config:
    # resumed (as qa265 #5's reasoning has it), or else refused naming the option, as fx390 did
    _desk(tmp_path, SELECTS)
    _interrupted(tmp_path, audit_client, *AT, *begun)
    result = audit_on(tmp_path, audit_client, *AT, *resumed, "--resume")
    assert result.exit_code in (0, 1) or named in result.stderr, result.stderr


# --- #2: a config edit that --select overrides is still named as a cause beside a changed option ----

def test_resume_names_only_the_option_when_the_config_edit_is_overridden(tmp_path, audit_client):
    _desk(tmp_path)
    _interrupted(tmp_path, audit_client, *AT, "--select", "hygiene")
    # overridden by --select, then and now (qa265 #5): resuming with `--select hygiene` is allowed
    (tmp_path / "desk" / ".newslint.yaml").write_text("rules: [house]\nselect: [titles]\n", encoding="utf-8")
    result = audit_on(tmp_path, audit_client, *AT, "--select", "hygiene,titles", "--resume")
    assert result.exit_code == 2, result.output
    assert result.stderr.strip() == (
        "newslint: out: --select changed since that audit (then: hygiene; now: hygiene, titles); "
        "run without --resume into a new folder")


# --- fx402: #1 resumes (every file runs what it ran); #2 names an edit that changed what runs ------

@pytest.mark.parametrize("begun, resumed", [((), ("--select", "hygiene")), (("--select", "hygiene"), ())])
def test_resume_finishes_when_select_leaves_every_effective_config_as_it_was(tmp_path, audit_client,
                                                                            begun, resumed):
    _desk(tmp_path, SELECTS)
    _interrupted(tmp_path, audit_client, *AT, *begun)
    result = audit_on(tmp_path, audit_client, *AT, *resumed, "--resume")
    assert result.exit_code in (0, 1), result.output
    assert "audited 3 articles" in result.stderr, result.stderr


def test_resume_refuses_a_select_that_changes_what_runs_naming_it(tmp_path, audit_client):
    # nearest case of #1: the desk selects hygiene, `--select titles` does change what each file runs
    _desk(tmp_path, SELECTS)
    _interrupted(tmp_path, audit_client, *AT)
    assert _refusal(tmp_path, audit_client, *AT, "--select", "titles") == (
        "newslint: out: --select changed since that audit (then: not given; now: titles); "
        "run without --resume into a new folder")


def test_resume_names_the_rule_file_alone_beside_a_select_that_changes_nothing(tmp_path, audit_client):
    # #1 with a house rule edited too: the rule file is named, no bare "the config changed" beside it
    _desk(tmp_path, SELECTS)
    _interrupted(tmp_path, audit_client, *AT)
    rule = tmp_path / "desk" / "house" / "house" / "banned.yaml"
    rule.write_text(rule.read_text(encoding="utf-8") + "  - leverage\n", encoding="utf-8")
    assert _refusal(tmp_path, audit_client, *AT, "--select", "hygiene") == (
        "newslint: out: a rule or data file changed since that audit (desk/house/house/banned.yaml edited); "
        "run without --resume into a new folder")


@pytest.mark.parametrize("option, named", [
    (("--select", "hygiene,titles"), "--select changed since that audit (then: hygiene; now: hygiene, titles)"),
    (("--select", "hygiene", "--ignore", "hygiene.placeholder"),
     "--ignore changed since that audit (then: not given; now: hygiene.placeholder)"),
])
def test_resume_names_an_edit_the_options_begun_with_leave_in_force_beside_the_option(
        tmp_path, audit_client, option, named):
    # nearest case of #2: `ignore:` is added to, not overridden by, --select: the edit changed what runs
    _desk(tmp_path)
    _interrupted(tmp_path, audit_client, *AT, "--select", "hygiene")
    (tmp_path / "desk" / ".newslint.yaml").write_text("rules: [house]\nignore: [hygiene.doubled-word]\n",
                                                       encoding="utf-8")
    assert _refusal(tmp_path, audit_client, *AT, *option) == (
        f"newslint: out: {named}; the config changed since that audit (desk/.newslint.yaml edited); "
        "run without --resume into a new folder")


def test_resume_names_only_an_added_ignore_when_the_config_edit_is_overridden(tmp_path, audit_client):
    _desk(tmp_path)
    _interrupted(tmp_path, audit_client, *AT, "--select", "hygiene")
    (tmp_path / "desk" / ".newslint.yaml").write_text("rules: [house]\nselect: [titles]\n", encoding="utf-8")
    assert _refusal(tmp_path, audit_client, *AT, "--select", "hygiene", "--ignore", "hygiene.placeholder") == (
        "newslint: out: --ignore changed since that audit (then: not given; now: hygiene.placeholder); "
        "run without --resume into a new folder")


# --- L1: with no `bases` (or no telling the options' part), the effective configs' files are named --

THEN = {"configs": {"/d/.newslint.yaml": "aaaa"}, "options": {}, "rules": {}, "newslint": "n"}
NOW = {"configs": {"/d/.newslint.yaml": "bbbb"}, "bases": {"/d/.newslint.yaml": "cccc"}, "options": {},
       "rules": {}, "newslint": "n"}


def test_a_record_with_no_bases_names_the_effective_configs_files():
    assert inputs.changes(THEN, NOW, shown=str) == ["the config changed since that audit (/d/.newslint.yaml edited)"]


def test_a_record_with_bases_names_the_edited_files_from_them():
    # nearest case: `bases` kept, the edit is named from them (here a file the effective configs lack)
    then = {**THEN, "bases": {"/e/.newslint.yaml": "cccc"}}
    assert inputs.changes(then, NOW, shown=str) == [
        "the config changed since that audit (/d/.newslint.yaml added, /e/.newslint.yaml gone)"]


def test_options_no_config_takes_name_every_edited_file():
    # a plan's `options` that cannot be merged: the edit is named as fx397 named it, never a crash
    then = {**THEN, "bases": {"/d/.newslint.yaml": "dddd"}, "options": {"select": 5}}
    now = {**NOW, "options": {"select": ["titles"]}}
    rebased = lambda options: inputs.under(["/d/a.md"], lambda p: Session().base_for(p), options)  # noqa: E731
    assert inputs.changes(then, now, shown=str, rebased=rebased) == [
        "--select changed since that audit (then: 5; now: titles)",
        "the config changed since that audit (/d/.newslint.yaml edited)"]


@pytest.mark.parametrize("cli", [{}, {"select": ("hygiene",)}, {"select": ("hygiene", "titles"),
                                                                 "ignore": ("hygiene.placeholder",)}])
def test_under_the_records_own_options_gives_its_configs(tmp_path, cli):
    # what #2 compares: `under` a record's options is that record's `configs`, file by file
    (tmp_path / "desk").mkdir()
    (tmp_path / "desk" / ".newslint.yaml").write_text("select: [titles]\nignore: [dates]\n", encoding="utf-8")
    paths = [str(tmp_path / "desk" / "a.md"), str(tmp_path / "b.md")]
    session = Session(None, cli)
    kept = inputs.record(paths, session.config_for, session.base_for, tuple(sorted(cli.items())))
    assert inputs.under(paths, session.base_for, kept["options"]) == kept["configs"]
    assert inputs.under(paths, session.base_for, {"select": ["dates"]}) != kept["configs"]


# --- L2: own_report stops at the first line that is no report line ------------------------------

class _Counted:
    """A LINE pattern that counts its whole-line matches."""

    def __init__(self, pattern: re.Pattern):
        self.pattern, self.calls = pattern, 0

    def match(self, text):
        return self.pattern.match(text)

    def fullmatch(self, text, *span):
        self.calls += 1
        return self.pattern.fullmatch(text, *span)


FINDING = "a.md:1:1: error [titles.missing-headline] no headline\n"


@pytest.mark.parametrize("source, said, most", [
    (FINDING + "The council met on Tuesday.\n" + FINDING * 500, None, 2),
    (FINDING * 500, "text", 500),          # nearest case: a report is read to its end, each line once
])
def test_own_report_reads_lines_up_to_the_first_that_is_no_report_line(monkeypatch, source, said, most):
    counted = _Counted(_own_reports.LINE["text"])
    monkeypatch.setitem(_own_reports.LINE, "text", counted)
    assert _own_reports.own_report(source, "text") == said
    assert counted.calls <= most
