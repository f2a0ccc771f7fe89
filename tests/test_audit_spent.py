"""An audit in which a worker skipped a rule after it timed out on
`spent.SKIP_AFTER` files: the dataset is finished (a `--resume` would time
out again on the same text, so it does not run the rule again), and says
so: the summary line names the rule, `_summary.parquet`'s metadata keeps
the problem lines, and a `--resume` of it says them and exits 2 again."""
from __future__ import annotations

import json

from test_qa77_regressions import audit_on as _audit

SLOW = ("extends: existence\nmessage: slow\nnonword: true\nscope: [paragraph]\n"
        "tokens: [Baa, '(a|aa)+$']\n")


def _slow_archive(tmp_path, monkeypatch) -> None:
    from lint.kinds import base

    monkeypatch.setattr(base, "REGEX_TIMEOUT", 0.2)
    (tmp_path / "rules" / "house").mkdir(parents=True)
    (tmp_path / "rules" / "house" / "slow.yaml").write_text(SLOW)
    (tmp_path / ".newslint.yaml").write_text("rules: [rules]\n")
    (tmp_path / "d").mkdir()
    for n in range(4):
        (tmp_path / "d" / f"s{n}.txt").write_text("Headline\n\n" + "a" * 5000 + "x\n")


def test_a_rule_skipped_after_timeouts_is_said_and_kept_in_the_dataset(tmp_path, audit_client,
                                                                       monkeypatch):
    import pyarrow.parquet as pq

    _slow_archive(tmp_path, monkeypatch)
    at = ("d", "-o", "out", "--select", "house")
    done = _audit(tmp_path, audit_client, *at)
    assert done.exit_code == 2, done.output
    summary = [line for line in done.stderr.splitlines() if "newslint: audited" in line]
    assert len(summary) == 1 and "not fully checked: rule house.slow skipped after timing out" \
        in summary[0], done.stderr
    assert not (tmp_path / "out" / "_INCOMPLETE").exists()          # finished, and says what it lacks
    kept = pq.read_schema(tmp_path / "out" / "_summary.parquet").metadata[b"newslint.problems"]
    lines = json.loads(kept)
    assert any("house.slow" in line and "skipped for every later file" in line for line in lines), lines

    # a summary lost (a copy): --resume writes it again, every partition's problems said
    (tmp_path / "out" / "_summary.parquet").unlink()
    again = _audit(tmp_path, audit_client, *at, "--resume")
    assert again.exit_code == 2, again.output
    assert "skipped for every later file" in again.stderr, again.stderr
    assert "not fully checked: rule house.slow" in again.stderr, again.stderr
    assert json.loads(pq.read_schema(tmp_path / "out" / "_summary.parquet").metadata[
        b"newslint.problems"]) == lines


def test_no_baseline_is_written_from_an_audit_that_skipped_a_rule(tmp_path, audit_client, monkeypatch):
    _slow_archive(tmp_path, monkeypatch)
    (tmp_path / "d" / "t.txt").write_text("Headline\n\nBaa\n")       # the rule's finding, after the skip
    done = _audit(tmp_path, audit_client, "d", "-o", "out", "--select", "house", "--write-baseline", "w.json")
    assert done.exit_code == 2, done.output
    assert "w.json: baseline not written: rule house.slow timed out" in done.stderr, done.stderr
    assert not (tmp_path / "w.json").exists()
