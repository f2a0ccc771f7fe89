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
