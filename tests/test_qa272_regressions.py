"""qa272: QA of fx402 (audit --resume: when it resumes and what it names as
changed). Each test fails now and passes once its finding is fixed. Inputs
are synthetic."""
from __future__ import annotations

import pytest

from test_audit_identity import _interrupted, _refusal

AT = ("desk/a.md", "desk/sub/b.md", "desk/sub/c.md", "-o", "out", "--partition-size", "1")
STORY = "# Plan\n\nWe utilize the the plan. TK.\n"


def _desks(folder) -> None:
    """desk/ and desk/sub/ each with its own config selecting hygiene, an article in each."""
    (folder / "desk" / "sub").mkdir(parents=True)
    for where, name in (("desk", "a.md"), ("desk/sub", "b.md"), ("desk/sub", "c.md")):
        (folder / where / ".newslint.yaml").write_text("select: [hygiene]\n", encoding="utf-8")
        (folder / where / name).write_text(STORY, encoding="utf-8")


# --- #1: an overridden edit in one folder's config is named when another folder's edit did matter --

@pytest.mark.parametrize("resumed, options", [
    (("--select", "hygiene,titles"), "--select changed since that audit (then: hygiene; now: hygiene, titles); "),
    (("--select", "hygiene"), ""),
])
def test_resume_names_only_the_config_files_whose_edit_changed_what_runs(tmp_path, audit_client,
                                                                        resumed, options):
    _desks(tmp_path)
    _interrupted(tmp_path, audit_client, *AT, "--select", "hygiene")
    # overridden by the --select the audit began with: desk/sub's files run what they ran
    (tmp_path / "desk" / "sub" / ".newslint.yaml").write_text("select: [titles]\n", encoding="utf-8")
    # not overridden: desk/a.md's levels changed
    (tmp_path / "desk" / ".newslint.yaml").write_text(
        "select: [hygiene]\nlevels: {hygiene.doubled-word: warning}\n", encoding="utf-8")
    assert _refusal(tmp_path, audit_client, *AT, *resumed) == (
        f"newslint: out: {options}the config changed since that audit (desk/.newslint.yaml edited); "
        "run without --resume into a new folder")


def test_resume_names_every_config_file_whose_edit_changed_what_runs(tmp_path, audit_client):
    # nearest case of #1: both folders' edits change what runs, both are named
    _desks(tmp_path)
    _interrupted(tmp_path, audit_client, *AT, "--select", "hygiene")
    for where in ("desk", "desk/sub"):
        (tmp_path / where / ".newslint.yaml").write_text(
            "select: [hygiene]\nlevels: {hygiene.doubled-word: warning}\n", encoding="utf-8")
    assert _refusal(tmp_path, audit_client, *AT, "--select", "hygiene") == (
        "newslint: out: the config changed since that audit (desk/.newslint.yaml edited, "
        "desk/sub/.newslint.yaml edited); run without --resume into a new folder")


# --- #4: the Python API's published date as a date object --------------------------------------
# `settings(published=datetime.date(2024, 1, 1))` failed as the plan was written
# (a date is no JSON); the record holds it as the text the command line gives, so
# the plan is written and a resume under the text form compares equal.
def test_a_published_date_object_is_recorded_as_its_text(tmp_path):
    import datetime as dt
    import json

    from lint.audit import inputs
    from lint.session import Session

    paths = [str(tmp_path / "a.md")]
    as_date = Session(None, {"published": dt.date(2024, 1, 1)})
    as_text = Session(None, {"published": "2024-01-01"})
    kept = inputs.record(paths, as_date.config_for, as_date.base_for, (("published", dt.date(2024, 1, 1)),))
    assert json.loads(json.dumps(kept))["options"] == {"published": "2024-01-01"}
    assert kept == inputs.record(paths, as_text.config_for, as_text.base_for, (("published", "2024-01-01"),))
