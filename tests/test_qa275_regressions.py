"""qa275: audit --resume and the config files it names (fx406, qa272 #2, #3).
Synthetic input under tmp_path; audits use the conftest `audit_client`."""
from __future__ import annotations

from test_audit_identity import _audit, _interrupted, _refusal
from test_audit_resume_config_files import DESK, INI, VALE, _desk, _vale


def _begun_through_a_link(folder, client) -> None:
    """desk/'s config with a `rules:` folder, an audit of it begun with
    `--config link/.newslint.yaml` (link/ a symlink to desk/), interrupted."""
    _desk(folder)
    (folder / "desk" / ".newslint.yaml").write_text("select: [hygiene]\nrules: house\n", encoding="utf-8")
    (folder / "desk" / "house").mkdir()
    (folder / "link").symlink_to(folder / "desk")
    _interrupted(folder, client, *DESK, "--config", "link/.newslint.yaml")


def test_resume_finishes_under_a_config_with_rules_reached_through_a_link(tmp_path, audit_client):
    _begun_through_a_link(tmp_path, audit_client)
    done = _audit(tmp_path, audit_client, *DESK, "--resume")
    assert done.exit_code == 1, done.output
    assert "changed since that audit" not in done.stderr, done.stderr
    assert not (tmp_path / "out" / "_INCOMPLETE").exists()


def test_resume_finishes_under_a_vale_config_reached_through_a_link(tmp_path, audit_client):
    _vale(tmp_path)
    (tmp_path / "link").symlink_to(tmp_path / "vale")
    _interrupted(tmp_path, audit_client, *VALE, "--config", "link/.vale.ini")
    done = _audit(tmp_path, audit_client, *VALE, "--config", "vale/.vale.ini", "--resume")
    assert done.exit_code == 1, done.output
    assert "changed since that audit" not in done.stderr, done.stderr


def test_resume_names_an_edited_vale_ini_named_by_a_yaml_once_as_the_config(tmp_path, audit_client):
    _vale(tmp_path)
    (tmp_path / "vale" / ".newslint.yaml").write_text("vale: .vale.ini\n", encoding="utf-8")
    _interrupted(tmp_path, audit_client, *VALE)
    (tmp_path / "vale" / ".vale.ini").write_text(INI.replace("[*.md]", "MinAlertLevel = error\n\n[*.md]"),
                                                 encoding="utf-8")
    assert _refusal(tmp_path, audit_client, *VALE) == (
        "newslint: out: the config changed since that audit (vale/.vale.ini edited); "
        "run without --resume into a new folder")


def test_resume_names_a_config_edited_behind_a_link_by_the_file_it_is(tmp_path, audit_client):
    # nearest case of #1: the same link, the config edited: still refused, named once by its own folder
    _begun_through_a_link(tmp_path, audit_client)
    (tmp_path / "desk" / ".newslint.yaml").write_text(
        "select: [hygiene]\nrules: house\nlevels: {hygiene.doubled-word: warning}\n", encoding="utf-8")
    assert _refusal(tmp_path, audit_client, *DESK) == (
        "newslint: out: the config changed since that audit (desk/.newslint.yaml edited); "
        "run without --resume into a new folder")


def test_resume_names_the_yaml_that_names_a_vale_ini_when_the_yaml_is_edited(tmp_path, audit_client):
    # nearest case of #2: the .newslint.yaml edited, its .vale.ini not: the .yaml alone is named
    _vale(tmp_path)
    (tmp_path / "vale" / ".newslint.yaml").write_text("vale: .vale.ini\n", encoding="utf-8")
    _interrupted(tmp_path, audit_client, *VALE)
    (tmp_path / "vale" / ".newslint.yaml").write_text(
        "vale: .vale.ini\nlevels: {hygiene.doubled-word: warning}\n", encoding="utf-8")
    assert _refusal(tmp_path, audit_client, *VALE) == (
        "newslint: out: the config changed since that audit (vale/.newslint.yaml edited); "
        "run without --resume into a new folder")
