"""Faults QA (qa109) found in fx188 (readers) and fx189 (audit) on lead38,
by comparing with main 61743a3c.

fx189's check that every planned partition is under OUT after the workers
wrote them (`run._written`) lists them with `fs.glob(f"{root}/part-*.parquet")`:
an OUT whose name holds glob brackets (`-o 'g[1]'`, a folder a newsroom
may name for an edition or a batch) matches nothing, so a healthy local
audit whose partitions are all there fails with "6 of 6 partitions are not
in g[1] after the workers wrote them", exit 2, and `_INCOMPLETE` left (#1).
main 61743a3c wrote the same rows, exited 0, and (an old fault, the same
glob in the summary) said "audited 0 articles".

Each is a strict xfail that fails for the fault's reason today. Synthetic
input only (tmp_path); the audit runs in the foreground on the conftest
`audit_client`."""
from __future__ import annotations

import json


from test_qa77_regressions import audit_on


def _jsonl(folder, n: int = 3) -> None:
    lines = [json.dumps({"id": f"a{i}", "headline": f"Council vote {i}", "date": "2024-03-04",
                         "body": f"The council met and the the vote {i} passed."}) for i in range(n)]
    (folder / "d.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


# --- #1 (MED, new) an OUT named with glob brackets fails a healthy audit -------------------

def test_an_out_named_with_brackets_is_a_healthy_audit(tmp_path, audit_client):
    _jsonl(tmp_path)
    done = audit_on(tmp_path, audit_client, "d.jsonl", "-o", "g[1]", "--partition-size", "1")
    out = tmp_path / "g[1]"
    # the partitions are written: the fault is in the check, not the workers
    assert sorted(p.name for p in out.glob("part-*.parquet")) == [
        "part-00000.parquet", "part-00001.parquet", "part-00002.parquet"]
    assert "partitions are not in" not in done.output, done.output
    assert done.exit_code in (0, 1), done.output
    assert not (out / "_INCOMPLETE").exists()
    assert "audited 3 articles" in done.output, done.output


def test_control_the_same_audit_under_a_plain_name_is_healthy(tmp_path, audit_client):
    _jsonl(tmp_path)
    done = audit_on(tmp_path, audit_client, "d.jsonl", "-o", "g1", "--partition-size", "1")
    assert done.exit_code in (0, 1), done.output
    assert "audited 3 articles" in done.output, done.output
    assert not (tmp_path / "g1" / "_INCOMPLETE").exists()
