"""qa87: faults found in fx159's baseline and audit changes (baselines keyed
by resolved paths, `--fix --baseline` leaving known findings as written, the
audit's repeated-id row, null articles, a partition gone from a finished
audit, a walked dangling symlink as file.missing) and around them. Each is a
strict xfail until it is fixed; every input is synthetic (tmp_path). "new"
faults are ones beb47df2 (main) did not have."""
from __future__ import annotations

import json
import os

import pytest

from test_qa77_regressions import audit_on as _audit

STORY = "---\ntitle: Council votes\n---\n\nWe colour wont colour it today.\n"


def _house(tmp_path) -> None:
    """Two error-level house swaps: 'wont' (known to the baseline) and 'colour' (new)."""
    folder = tmp_path / "rules" / "house"
    folder.mkdir(parents=True)
    (folder / "apos.yaml").write_text(
        'extends: substitution\nlevel: error\nmessage: "use {replacement}"\nswap:\n  wont: will not\n')
    (folder / "spell.yaml").write_text(
        'extends: substitution\nlevel: error\nmessage: "use {replacement}"\nswap:\n  colour: color\n')


# --- #1 a known finding fixed once new fixes change the words either side -------------

@pytest.mark.parametrize("mode", ["--fix", "--diff"])
def test_fix_baseline_leaves_a_known_finding_whose_neighbours_it_fixes(tmp_path, run_cli, mode):
    _house(tmp_path)
    story = tmp_path / "a.md"
    story.write_text(STORY)
    args = ("a.md", "--no-cache", "--rules", "rules")
    made = run_cli("check", *args, "--select", "house.apos", "--write-baseline", "b.json", cwd=tmp_path)
    assert made.exit_code == 0, made.output
    shown = run_cli("check", *args, "--select", "house", "--baseline", "b.json", cwd=tmp_path)
    assert "1 known finding hidden" in shown.stderr and "house.apos" not in shown.stdout, shown.output
    got = run_cli("check", *args, "--select", "house", "--baseline", "b.json", mode, cwd=tmp_path)
    written = story.read_text() if mode == "--fix" else got.stdout
    assert "color" in written, got.output                 # the new findings are fixed
    assert "wont" in written and "will not" not in written, got.output
    if mode == "--diff":                                   # what --fix would write
        run_cli("check", *args, "--select", "house", "--baseline", "b.json", "--fix", cwd=tmp_path)
    # one 'colour' is fixed; the other is held, as the words 'wont' is known by
    assert story.read_text().count("color") == 1, story.read_text()
    assert "1 finding left unfixed on purpose" in got.stderr, got.stderr
    again = run_cli("check", *args, "--select", "house", "--baseline", "b.json", cwd=tmp_path)
    assert "house.apos" not in again.stdout and "1 known finding hidden" in again.stderr, again.output
    assert "gone" not in again.stderr, again.stderr
    fixed = story.read_text()                              # the fix hook on the next commit
    run_cli("check", *args, "--select", "house", "--baseline", "b.json", "--fix", cwd=tmp_path)
    assert story.read_text() == fixed


# --- #2 a new finding's fix rewrites the words of a known one ------------------------

def test_a_new_fix_does_not_rewrite_a_known_findings_words(tmp_path, run_cli):
    text = "---\ntitle: Budget\ndate: 2026-11-18\n---\n\nThe TK TK figure.\n"
    story = tmp_path / "t.md"
    story.write_text(text)
    made = run_cli("check", "t.md", "--no-cache", "--select", "hygiene.placeholder",
                   "--write-baseline", "b.json", cwd=tmp_path)
    assert made.exit_code == 0, made.output
    args = ("t.md", "--no-cache", "--select", "hygiene", "--baseline", "b.json")
    shown = run_cli("check", *args, cwd=tmp_path)
    assert "2 known findings hidden" in shown.stderr and "doubled-word" in shown.stdout, shown.output
    got = run_cli("check", *args, "--fix", cwd=tmp_path)
    assert story.read_text() == text, got.output
    assert ("1 finding left unfixed on purpose (6:5: its fix would rewrite the words of a finding "
            "the baseline hides") in got.stderr, got.stderr
    again = run_cli("check", *args, cwd=tmp_path)
    assert "2 known findings hidden" in again.stderr and "placeholder" not in again.stdout, again.output
    assert "gone" not in again.stderr, again.stderr


# --- #3 main's baseline of a walked dangling symlink ----------------------------------

def test_an_upgrade_keeps_a_dangling_link_main_recorded_hidden(tmp_path, run_cli):
    content = tmp_path / "content"
    content.mkdir()
    (content / "a.md").write_text("---\ntitle: Budget\ndate: 2026-11-18\n---\n\nThe council met.\n")
    (content / "old.md").symlink_to("gone.md")
    written_by_main = {"version": 1, "tool": "newslint", "tool_version": "0.1.0",
                       "repeats_recorded": True,
                       "findings": [{"path": "content/old.md", "rule": "file.unreadable",
                                     "fingerprint": "08d455d74240e34a", "text": "", "line": 1}]}
    (tmp_path / "b.json").write_text(json.dumps(written_by_main, indent=2))
    got = run_cli("check", "--no-cache", "--baseline", "b.json", "content", cwd=tmp_path)
    assert got.exit_code == 0, got.output


# --- #7 a path through a symlinked folder and '..' ------------------------------------

def test_a_path_through_a_link_and_dotdot_keys_the_file_it_reads(tmp_path, run_cli):
    (tmp_path / "x" / "y" / "repo").mkdir(parents=True)
    (tmp_path / "x" / "y" / "a.md").write_text(
        "---\ntitle: Budget\ndate: 2026-11-18\n---\n\nThe the council met.\n")
    (tmp_path / "link").symlink_to(tmp_path / "x" / "y" / "repo", target_is_directory=True)
    assert os.path.samefile(tmp_path / "link" / ".." / "a.md", tmp_path / "x" / "y" / "a.md")
    made = run_cli("check", "--no-cache", "--select", "hygiene", "--write-baseline", "b.json",
                   "x/y/a.md", cwd=tmp_path)
    assert made.exit_code == 0, made.output
    got = run_cli("check", "--no-cache", "--select", "hygiene", "--format", "json", "--baseline",
                  "b.json", "link/../a.md", cwd=tmp_path)
    assert json.loads(got.stdout) == [], got.output


# --- audit (#4, #5, #6) ------------------------------------------------------------------

def _rows(result) -> set:
    return {(f["path"], f["line"], f["rule"]) for f in json.loads(result.stdout)}


def _audit_rows(out) -> set:
    import pandas as pd

    return {(r.path, r.line, r.rule) for r in pd.read_parquet(out).itertuples()}


def test_a_repeated_id_in_another_partition_is_still_said(tmp_path, audit_client, run_cli):
    recs = [{"id": i, "headline": f"Council vote {n}", "body": f"The plan {n} was passed."}
            for n, i in enumerate(["x", "y", "x"])]
    (tmp_path / "d.jsonl").write_text("".join(json.dumps(r) + "\n" for r in recs))
    checked = run_cli("check", "--no-cache", "--format", "json", "d.jsonl", cwd=tmp_path)
    assert ("d.jsonl", 3, "file.jsonl") in _rows(checked), checked.output
    done = _audit(tmp_path, audit_client, "d.jsonl", "-o", "out", "--partition-size", "2")
    assert done.exit_code in (0, 1), done.output
    assert _audit_rows(tmp_path / "out") == _rows(checked)


def test_a_once_a_file_notice_is_one_row_however_the_export_is_cut(tmp_path, audit_client, run_cli):
    recs = [{"id": f"a{n}", "title": f"Council vote {n}", "content": f"The plan {n} was passed."}
            for n in range(3)]
    (tmp_path / "d.jsonl").write_text("".join(json.dumps(r) + "\n" for r in recs))
    checked = run_cli("check", "--no-cache", "--format", "json", "d.jsonl", cwd=tmp_path)
    assert [r for r in _rows(checked) if r[2] == "file.jsonl"] == [("d.jsonl", 1, "file.jsonl")], \
        checked.output
    _audit(tmp_path, audit_client, "d.jsonl", "-o", "out", "--partition-size", "1")
    assert _audit_rows(tmp_path / "out") == _rows(checked)


def test_resume_notices_a_deleted_articles_partition(tmp_path, audit_client):
    import pandas as pd

    recs = [{"id": f"a{n}", "headline": f"Council vote {n}", "body": f"The plan {n} is TK."}
            for n in range(4)]
    (tmp_path / "d.jsonl").write_text("".join(json.dumps(r) + "\n" for r in recs))
    at = ("d.jsonl", "-o", "out", "--partition-size", "2")
    assert _audit(tmp_path, audit_client, *at).exit_code == 1
    assert len(pd.read_parquet(tmp_path / "out" / "_articles")) == 4
    (tmp_path / "out" / "_articles" / "part-00001.parquet").unlink()     # lost in a copy
    resumed = _audit(tmp_path, audit_client, *at, "--resume")
    assert "nothing to resume" not in resumed.stderr, resumed.stderr
    assert "gone from the finished audit, audited again: _articles/part-00001.parquet" \
        in resumed.stderr, resumed.stderr
    assert len(pd.read_parquet(tmp_path / "out" / "_articles")) == 4
    assert len(pd.read_parquet(tmp_path / "out")) == 4          # its findings once, not twice


# --- #8 an explicit id that is another record's generated one --------------------------

def test_an_id_spelled_like_a_line_is_not_another_records_article(tmp_path, run_cli):
    recs = [{"id": "line 2", "headline": "Council met", "body": "The the council met."},
            {"headline": "Mayor left", "body": "The the mayor left."}]
    (tmp_path / "d.jsonl").write_text("".join(json.dumps(r) + "\n" for r in recs))
    got = run_cli("check", "--no-cache", "--select", "hygiene", "--format", "json", "d.jsonl",
                  cwd=tmp_path)
    found = json.loads(got.stdout)
    assert [f["line"] for f in found] == [1, 2], got.output
    assert found[0]["article"] != found[1]["article"], found


@pytest.mark.parametrize("size", ["1", "3"])
def test_an_id_spelled_like_a_line_in_another_partition_is_check_s_article(
        tmp_path, audit_client, run_cli, size):
    recs = [{"id": "line 3", "headline": "Council met", "body": "The the council met."},
            {"id": "b", "headline": "Budget", "body": "The the budget."},
            {"headline": "Mayor left", "body": "The the mayor left."}]
    (tmp_path / "d.jsonl").write_text("".join(json.dumps(r) + "\n" for r in recs))
    got = run_cli("check", "--no-cache", "--select", "hygiene", "--format", "json", "d.jsonl",
                  cwd=tmp_path)
    checked = {(f["line"], f["article"]) for f in json.loads(got.stdout)}
    assert len({a for _, a in checked}) == 3, checked
    _audit(tmp_path, audit_client, "d.jsonl", "-o", "out", "--partition-size", size,
           "--select", "hygiene")
    import pandas as pd

    audited = {(r.line, r.article) for r in pd.read_parquet(tmp_path / "out").itertuples()}
    assert audited == checked


# --- #9, #10, #11 damaged baselines ------------------------------------------------------

def _damaged(tmp_path, findings) -> None:
    (tmp_path / "a.md").write_text("---\ntitle: Budget\ndate: 2026-11-18\n---\n\nThe the council met.\n")
    (tmp_path / "b.json").write_text(json.dumps({"version": 1, "tool": "newslint", "findings": findings}))


@pytest.mark.parametrize("findings", [["a.md"], {"a.md": 1}])
def test_a_damaged_old_baseline_is_said_not_an_internal_error(tmp_path, run_cli, findings):
    _damaged(tmp_path, findings)
    got = run_cli("check", "--no-cache", "--baseline", "b.json", "a.md", cwd=tmp_path)
    assert got.exit_code == 2 and "internal error" not in got.stderr, got.stderr
    assert "b.json: not a newslint baseline" in got.stderr, got.stderr


@pytest.mark.parametrize("resolved", [False, True])
def test_a_nul_in_a_records_path_is_no_internal_error(tmp_path, run_cli, resolved):
    _damaged(tmp_path, [{"path": "a\u0000b.md", "rule": "hygiene.doubled-word", "fingerprint": "0"}])
    if resolved:
        data = json.loads((tmp_path / "b.json").read_text())
        (tmp_path / "b.json").write_text(json.dumps({**data, "paths_resolved": True}))
    got = run_cli("check", "--no-cache", "--baseline", "b.json", "a.md", cwd=tmp_path)
    assert "internal error" not in got.stderr, got.stderr
    assert got.exit_code in (0, 2), got.output


def test_a_records_path_of_the_wrong_type_is_no_internal_error(tmp_path, run_cli):
    _damaged(tmp_path, [{"path": 5, "rule": "hygiene.doubled-word", "fingerprint": "0"}])
    got = run_cli("check", "--no-cache", "--baseline", "b.json", "a.md", cwd=tmp_path)
    assert "internal error" not in got.stderr, got.stderr


# --- #12 an older baseline holding one file under two spellings ------------------------

def test_an_old_baselines_two_spellings_of_a_file_hide_no_new_finding(tmp_path, run_cli):
    story = tmp_path / "real" / "content" / "a.md"
    story.parent.mkdir(parents=True)
    head = "---\ntitle: Budget\ndate: 2026-11-18\n---\n\n"
    story.write_text(head + "The the council met.After it.\n")
    (tmp_path / "link").symlink_to(tmp_path / "real", target_is_directory=True)
    args = ("--no-cache", "--select", "hygiene")
    made = run_cli("check", *args, "--write-baseline", "b.json", "real/content", cwd=tmp_path)
    assert made.exit_code == 0, made.output
    data = json.loads((tmp_path / "b.json").read_text())
    records = data["findings"]
    assert len(records) == 2 and {r["path"] for r in records} == {"real/content/a.md"}, records
    data.pop("paths_resolved")                                    # as main wrote it
    data["findings"] = records + [{**r, "path": "link/content/a.md"} for r in records]
    (tmp_path / "b.json").write_text(json.dumps(data, indent=2))
    same = run_cli("check", *args, "--baseline", "b.json", "real/content", cwd=tmp_path)
    assert "2 known findings hidden" in same.stderr, same.output
    story.write_text(head + "The the council met.After it.\nThe the mayor met.After all.\n")
    got = run_cli("check", *args, "--format", "json", "--baseline", "b.json", "real/content",
                  cwd=tmp_path)
    assert [f["line"] for f in json.loads(got.stdout)] == [7, 7], got.output


def test_resume_writes_a_gone_baseline_file_again(tmp_path, audit_client):
    recs = [{"id": f"a{n}", "headline": f"Council vote {n}", "body": f"The plan {n} is TK."}
            for n in range(4)]
    (tmp_path / "d.jsonl").write_text("".join(json.dumps(r) + "\n" for r in recs))
    at = ("d.jsonl", "-o", "out", "--partition-size", "2", "--write-baseline", "w.json")
    assert _audit(tmp_path, audit_client, *at).exit_code == 0
    assert len(json.loads((tmp_path / "w.json").read_text())["findings"]) == 4
    (tmp_path / "w.json").unlink()
    resumed = _audit(tmp_path, audit_client, *at, "--resume")
    assert "nothing to resume" not in resumed.stderr, resumed.stderr
    assert "resumed: w.json gone from the finished audit" in resumed.stderr, resumed.stderr
    assert len(json.loads((tmp_path / "w.json").read_text())["findings"]) == 4
    again = _audit(tmp_path, audit_client, *at, "--resume")
    assert "finished, nothing to resume" in again.stderr, again.stderr


# --- #14 an older baseline's keys resolved one record at a time ----------------------------

def test_an_older_baseline_resolves_each_folder_once(tmp_path, monkeypatch):
    from lint.baseline import Baseline

    folders = [f"content/2021/{m:02d}" for m in range(1, 4)]
    for folder in folders:
        (tmp_path / folder).mkdir(parents=True)
    records = [{"path": f"{folders[i % 3]}/story-{i}.md", "rule": "hygiene.doubled-word",
                "fingerprint": f"{i:016x}", "text": "the the", "line": 5} for i in range(300)]
    (tmp_path / "b.json").write_text(json.dumps({"version": 1, "tool": "newslint", "findings": records}))
    calls = []
    real = os.path.realpath

    def counted(path, *args, **kw):
        calls.append(path)
        return real(path, *args, **kw)

    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(os.path, "realpath", counted)
    baseline = Baseline("b.json")
    assert len(baseline.by_path) == 300
    assert len(calls) <= 2 * len(folders) + 4, len(calls)
