"""The audit's file identity and what `--resume` keys on (fx184, qa101 #2, #3,
#5, #10): a file named twice is audited once as `check` lints it once, a
hard link's every name as check lints each; `--resume` refuses, naming it,
when a folder's config, a house rule or newslint's own rules changed since
the audit began, and when it is run from another folder than the audit's.
Synthetic input under tmp_path; audits use the conftest `audit_client`."""
from __future__ import annotations

import json
import os

from test_qa77_regressions import audit_on as _audit

TEXT = "The plan is TK and the the vote.\n"


def _rows(folder, out="out") -> list[tuple]:
    import pyarrow.dataset as ds

    table = ds.dataset(str(folder / out), format="parquet").to_table().to_pylist()
    return sorted((r["path"], r["line"], r["column"], r["rule"]) for r in table)


def _checked(folder, run_cli, *args) -> tuple[list[tuple], str]:
    done = run_cli("check", "--no-cache", "--format", "json", *args, cwd=folder)
    assert done.exit_code in (0, 1), done.output
    return sorted((f["path"], f["line"], f["column"], f["rule"]) for f in json.loads(done.stdout)), done.stderr


def _line(stderr: str, words: str) -> list[str]:
    return [line for line in stderr.splitlines() if words in line]


# --- #5: one file, two names ----------------------------------------------------------------

def test_a_file_named_twice_hides_as_many_baseline_findings_as_check(tmp_path, audit_client, run_cli):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b.txt").write_text("It costs TK.\n", encoding="utf-8")
    assert run_cli("check", "--no-cache", "--write-baseline", "bl.json", "a.txt", cwd=tmp_path).exit_code == 0
    named = ("a.txt", "./a.txt", str(tmp_path / "a.txt"), "b.txt")
    rows, said = _checked(tmp_path, run_cli, "--baseline", "bl.json", *named)
    hidden = _line(said, "hidden by the baseline")
    assert hidden == ["newslint: 3 known findings hidden by the baseline bl.json"]   # a.txt's once
    assert {r[0] for r in rows} == {"b.txt"}
    done = _audit(tmp_path, audit_client, *named, "-o", "out", "--baseline", "bl.json")
    assert done.exit_code == 1, done.output
    assert _line(done.stderr, "hidden by the baseline") == hidden
    assert "audited 2 articles" in done.stderr, done.stderr
    assert _rows(tmp_path) == rows


def test_each_name_of_a_hard_linked_file_is_audited_as_check_lints_it(tmp_path, audit_client, run_cli):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    os.link(tmp_path / "a.txt", tmp_path / "b.txt")
    rows, _ = _checked(tmp_path, run_cli, "a.txt", "b.txt", "./b.txt")
    assert {r[0] for r in rows} == {"a.txt", "b.txt"}
    done = _audit(tmp_path, audit_client, "a.txt", "b.txt", "./b.txt", "-o", "out")
    assert done.exit_code == 1, done.output
    assert _rows(tmp_path) == rows


# --- #2, #3: what --resume keys on ----------------------------------------------------------

HOUSE = "extends: existence\nmessage: \"house style: avoid '%s'\"\nlevel: error\ntokens:\n  - utilize\n"
AT = ("desk/d.jsonl", "-o", "out", "--partition-size", "1")


def _desk(folder, config: str = "rules: [house]\n") -> None:
    (folder / "desk" / "house" / "house").mkdir(parents=True)
    (folder / "desk" / ".newslint.yaml").write_text(config, encoding="utf-8")
    (folder / "desk" / "house" / "house" / "banned.yaml").write_text(HOUSE, encoding="utf-8")
    lines = [json.dumps({"id": f"a{i}", "headline": "Plan", "body": f"We utilize plan {i}. TK."})
             for i in range(3)]
    (folder / "desk" / "d.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


def _interrupted(folder, client, *at) -> None:
    """Audit `at` (AT) in `folder`, then make it look killed before partition 0 was written."""
    first = _audit(folder, client, *(at or AT))
    assert first.exit_code == 1, first.output
    out = folder / "out"
    (out / "_summary.parquet").unlink()
    (out / "_INCOMPLETE").write_text("not finished\n")
    (out / "part-00000.parquet").unlink()


def _refusal(folder, client, *at) -> str:
    resumed = _audit(folder, client, *(at or AT), "--resume")
    assert resumed.exit_code == 2, resumed.output
    lines = resumed.stderr.splitlines()
    assert len(lines) == 1, resumed.stderr
    return lines[0]


def test_resume_names_a_folders_config_edited_since(tmp_path, audit_client):
    _desk(tmp_path)
    _interrupted(tmp_path, audit_client)
    (tmp_path / "desk" / ".newslint.yaml").write_text("rules: [house]\nignore: [hygiene]\n", encoding="utf-8")
    assert _refusal(tmp_path, audit_client) == (
        "newslint: out: the config changed since that audit (desk/.newslint.yaml edited); run "
        "without --resume into a new folder")


def test_resume_names_a_house_rule_edited_or_added_since(tmp_path, audit_client):
    _desk(tmp_path)
    _interrupted(tmp_path, audit_client)
    house = tmp_path / "desk" / "house" / "house"
    (house / "banned.yaml").write_text(HOUSE.replace("utilize", "utilise"), encoding="utf-8")
    (house / "more.yaml").write_text(HOUSE, encoding="utf-8")
    assert _refusal(tmp_path, audit_client) == (
        "newslint: out: a rule or data file changed since that audit (desk/house/house/banned.yaml "
        "edited, desk/house/house/more.yaml added); run without --resume into a new folder")


# --- #10: from another folder; an older newslint's plan -----------------------------------------

def test_resume_from_another_folder_says_where_the_audit_was_begun(tmp_path, audit_client):
    _desk(tmp_path)
    _interrupted(tmp_path, audit_client)
    (tmp_path / "elsewhere").mkdir()
    line = _refusal(tmp_path / "elsewhere", audit_client, "../desk/d.jsonl", "-o", "../out",
                    "--partition-size", "1")
    assert line == (f"newslint: ../out: that audit was begun in another folder, {tmp_path}, whose "
                    "relative paths it reads; run the same command there with --resume to finish "
                    "it, or run without --resume into a new folder")


def test_an_older_newslints_audit_is_refused_clearly(tmp_path, audit_client):
    _desk(tmp_path)
    _interrupted(tmp_path, audit_client)
    plan = tmp_path / "out" / "_plan.json"
    old = json.loads(plan.read_text())
    for key in ("layout", "cwd", "read"):           # as a newslint before fx184 wrote it
        del old[key]
    plan.write_text(json.dumps(old))
    assert _refusal(tmp_path, audit_client) == (
        "newslint: out: that audit was begun by an older newslint, whose _plan.json does not record "
        "the configs and rule files it read, so a resume could mix two rule sets' findings; run "
        "without --resume into a new folder")
