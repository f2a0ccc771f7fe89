"""audit --resume and the config files it names (qa272 #2, #3): a config is
the file it names, however `--config` spells it, as the sources are; a
.vale.ini inside its own StylesPath, edited, is named once, as the config.
Synthetic input under tmp_path; audits use the conftest `audit_client`."""
from __future__ import annotations

import pytest

from test_audit_identity import _audit, _interrupted, _refusal

STORY = "# Plan\n\nWe utilize the the plan. TK.\n"
DESK = ("desk/a.md", "desk/b.md", "-o", "out", "--partition-size", "1")


def _desk(folder) -> None:
    (folder / "desk").mkdir()
    (folder / "desk" / ".newslint.yaml").write_text("select: [hygiene]\n", encoding="utf-8")
    for name in ("a.md", "b.md"):
        (folder / "desk" / name).write_text(STORY, encoding="utf-8")


def _spelled(folder, how: str) -> tuple[str, ...]:
    """`--config` naming desk/.newslint.yaml as `how` says; () for the walk's nearest config."""
    return {"walk": (), "relative": ("--config", "desk/.newslint.yaml"),
            "dotted": ("--config", "./desk/../desk/.newslint.yaml"),
            "absolute": ("--config", str(folder / "desk" / ".newslint.yaml"))}[how]


# --- #2: the same config file, spelled otherwise -------------------------------------------------

@pytest.mark.parametrize("begun, resumed", [
    ("walk", "relative"), ("relative", "walk"), ("absolute", "relative"), ("relative", "dotted"),
])
def test_resume_finishes_under_the_same_config_file_spelled_otherwise(tmp_path, audit_client, begun, resumed):
    _desk(tmp_path)
    _interrupted(tmp_path, audit_client, *DESK, *_spelled(tmp_path, begun))
    done = _audit(tmp_path, audit_client, *DESK, *_spelled(tmp_path, resumed), "--resume")
    assert done.exit_code == 1, done.output
    assert "changed since that audit" not in done.stderr, done.stderr
    assert (tmp_path / "out" / "_summary.parquet").exists()
    assert not (tmp_path / "out" / "_INCOMPLETE").exists()


def test_resume_names_a_config_replaced_by_another_file(tmp_path, audit_client):
    # nearest case of #2: another file, its text the same, is another config: refused, both named
    _desk(tmp_path)
    (tmp_path / "copy").mkdir()
    (tmp_path / "copy" / ".newslint.yaml").write_text("select: [hygiene]\n", encoding="utf-8")
    _interrupted(tmp_path, audit_client, *DESK, "--config", "desk/.newslint.yaml")
    assert _refusal(tmp_path, audit_client, *DESK, "--config", "copy/.newslint.yaml") == (
        "newslint: out: the config changed since that audit (copy/.newslint.yaml added, "
        "desk/.newslint.yaml gone); run without --resume into a new folder")


def test_a_record_names_a_config_file_by_the_file_it_is(tmp_path):
    from lint.audit import inputs
    from lint.session import Session

    _desk(tmp_path)
    paths = [str(tmp_path / "desk" / "a.md")]
    walked = Session()
    forced = Session.from_options(f"{tmp_path}/desk/./.newslint.yaml")
    kept = inputs.record(paths, walked.config_for, walked.base_for)
    assert list(kept["configs"]) == [str(tmp_path / "desk" / ".newslint.yaml")]
    assert inputs.record(paths, forced.config_for, forced.base_for) == kept


def test_a_config_read_through_a_link_names_its_folders_paths_by_the_folder_it_is(tmp_path):
    """rr52a #8: the paths under the folder a config was spelled from are
    rebased part by part, field by field: a sibling folder whose name begins
    as it (`deskx`) and a text merely quoting the folder stay as they are."""
    from lint.audit import inputs
    from lint.config import Config

    (tmp_path / "desk").mkdir()
    (tmp_path / "link").symlink_to(tmp_path / "desk", target_is_directory=True)
    spelled, real = str(tmp_path / "link"), str(tmp_path / "desk")
    quoted = f"note: '{spelled}/house' moved"
    config = Config(rule_dirs=(f"{spelled}/house", f"{spelled}x/house", spelled),
                    options=(("hygiene.placeholder", quoted),))
    said = inputs._as_read(config, f"{spelled}/.newslint.yaml")
    assert said == repr(Config(rule_dirs=(f"{real}/house", f"{spelled}x/house", real),
                               options=(("hygiene.placeholder", quoted),))), said
    assert inputs._as_read(config, f"{real}/.newslint.yaml") == repr(config)     # read where it is


@pytest.mark.parametrize("value, spelled, real, rebased", [
    ("/etc/x", "/", "/mnt", "/mnt/etc/x"),          # a config at / reached through a link (qa296 L2)
    ("/", "/", "/mnt", "/mnt"),
    ("/link/house", "/link", "/", "/house"),        # a link to / (it gave //house)
    ("/link", "/link", "/", "/"),
    ("/linkx/house", "/link", "/", "/linkx/house"),  # nearest cases: a sibling, an ordinary folder
    ("/a/b/.vale.ini:3:1", "/a/b", "/c/d", "/c/d/.vale.ini:3:1"),
    ("etc/x", "/", "/mnt", "etc/x"),                # a text that is no path under it
])
def test_a_path_is_rebased_part_by_part_even_from_or_to_the_root(value, spelled, real, rebased):
    from lint.audit import inputs

    assert inputs._rebased(value, spelled, real) == rebased


# --- #3: a .vale.ini inside its own StylesPath ---------------------------------------------------

VALE = ("vale/a.md", "-o", "out", "--partition-size", "1")
INI = "StylesPath = .\n\n[*.md]\nBasedOnStyles = S\n"
VERY = "extends: existence\nmessage: \"Avoid '%s'.\"\nlevel: error\ntokens:\n  - very\n"


def _vale(folder) -> None:
    """vale/.vale.ini whose StylesPath is its own folder, so its stamp is among the rule files'."""
    (folder / "vale" / "S").mkdir(parents=True)
    (folder / "vale" / ".vale.ini").write_text(INI, encoding="utf-8")
    (folder / "vale" / "S" / "Very.yml").write_text(VERY, encoding="utf-8")
    (folder / "vale" / "a.md").write_text("# Plan\n\nIt is very late. TK.\n", encoding="utf-8")


@pytest.mark.parametrize("edited, named", [
    (("ini",), "the config changed since that audit (vale/.vale.ini edited)"),
    # nearest cases: a style's rule file is named as one, alone and beside the config
    (("rule",), "a rule or data file changed since that audit (vale/S/Very.yml edited)"),
    (("ini", "rule"), "the config changed since that audit (vale/.vale.ini edited); "
                      "a rule or data file changed since that audit (vale/S/Very.yml edited)"),
], ids=["ini", "rule", "both"])
def test_resume_names_an_edited_vale_ini_once_as_the_config(tmp_path, audit_client, edited, named):
    _vale(tmp_path)
    _interrupted(tmp_path, audit_client, *VALE)
    if "ini" in edited:
        (tmp_path / "vale" / ".vale.ini").write_text(INI.replace("[*.md]", "MinAlertLevel = error\n\n[*.md]"),
                                                     encoding="utf-8")
    if "rule" in edited:
        (tmp_path / "vale" / "S" / "Very.yml").write_text(VERY + "  - really\n", encoding="utf-8")
    assert _refusal(tmp_path, audit_client, *VALE) == (
        f"newslint: out: {named}; run without --resume into a new folder")
