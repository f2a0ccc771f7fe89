"""qa83: faults found trying fx151's TOML/JSON front-matter changes and
fx148's --write-baseline, audit --output and --resume changes as a new
user. Each was a strict xfail, fixed by fx154; every input is
synthetic (tmp_path or a string)."""
from __future__ import annotations

import json

import pytest

from lint.readers import read_bytes

STORY = "# Council passes budget\n\nThe council met on Monday and the the budget passed.\n"


def _baseline(tmp_path, run_cli) -> tuple:
    """A story and a real baseline of it, written by --write-baseline."""
    (tmp_path / "s.md").write_text(STORY, encoding="utf-8")
    made = run_cli("check", "--no-cache", "s.md", "--write-baseline", "b.json", cwd=tmp_path)
    assert made.exit_code == 0, made.output
    return tmp_path / "b.json", (tmp_path / "b.json").read_text(encoding="utf-8")


def _conflicted(text: str) -> str:
    """The baseline as git leaves it after two branches both rewrote it."""
    lines = text.splitlines(True)
    i = next(k for k, line in enumerate(lines) if '"line"' in line)
    return "".join(lines[:i] + ["<<<<<<< HEAD\n", lines[i], "=======\n",
                                lines[i].replace(":", ": 1"), ">>>>>>> feature\n"] + lines[i + 1:])


@pytest.mark.parametrize("damage", ["conflict", "truncated", "bom"])
def test_a_damaged_baseline_can_be_written_again(tmp_path, run_cli, damage):
    target, text = _baseline(tmp_path, run_cli)
    damaged = {"conflict": _conflicted(text), "truncated": text[:len(text) // 2],
               "bom": "\ufeff" + text}[damage]
    target.write_text(damaged, encoding="utf-8")
    said = run_cli("check", "--no-cache", "s.md", "--baseline", "b.json", cwd=tmp_path)
    assert said.exit_code == 2 and "write one with --write-baseline" in said.output   # the advice
    again = run_cli("check", "--no-cache", "s.md", "--write-baseline", "b.json", cwd=tmp_path)
    assert again.exit_code == 0, again.output
    assert json.loads(target.read_text(encoding="utf-8"))["tool"] == "newslint"


def test_a_file_not_newslints_sends_the_user_to_a_new_file(tmp_path, run_cli):
    """--baseline on a file --write-baseline would refuse never says to rewrite it."""
    (tmp_path / "s.md").write_text(STORY, encoding="utf-8")
    (tmp_path / "notes.json").write_text("my notes, not JSON\n", encoding="utf-8")
    said = run_cli("check", "--no-cache", "s.md", "--baseline", "notes.json", cwd=tmp_path)
    assert said.exit_code == 2 and "to a new file" in said.output, said.output
    again = run_cli("check", "--no-cache", "s.md", "--write-baseline", "notes.json", cwd=tmp_path)
    assert again.exit_code == 2 and "name a new file" in again.output, again.output


def test_another_tools_findings_report_is_not_replaced(tmp_path, run_cli):
    (tmp_path / "s.md").write_text(STORY, encoding="utf-8")
    report = tmp_path / "scan.json"
    mine = json.dumps({"tool": "secscan", "version": "4.2", "findings": [
        {"id": "S3-001", "severity": "high", "resource": "bucket-a"}]}, indent=2)
    report.write_text(mine, encoding="utf-8")
    result = run_cli("check", "--no-cache", "s.md", "--write-baseline", "scan.json", cwd=tmp_path)
    assert report.read_text(encoding="utf-8") == mine
    assert result.exit_code == 2 and "scan.json" in result.output


def _spark_folder(out) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    out.mkdir()
    pq.write_table(pa.table({"user_id": [1, 2], "amount": [3.5, 4.0]}),
                   str(out / "part-00000-1b2c3d4e-c000.snappy.parquet"))
    (out / "_SUCCESS").write_text("")


def test_output_into_another_tools_dataset_is_refused_as_such(tmp_path):
    pytest.importorskip("distributed")
    from test_qa77_regressions import audit, jsonl

    jsonl(tmp_path)
    _spark_folder(tmp_path / "spark")
    first = audit(tmp_path, "d.jsonl", "-o", "spark", "--workers", "1")
    assert first.exit_code == 2
    assert "unfinished audit" not in first.stderr       # there is none: --resume says so
    assert "part-00000-1b2c3d4e-c000.snappy.parquet" in first.stderr    # the file in the way named


def _notice(front: str):
    doc = read_bytes("story.md", (front + "\n" + STORY).encode())
    (note,) = [n for n in doc.notices if n.rule == "file.front-matter" and n.level == "error"]
    return note, doc.lines.position(note.offset)


def test_an_unclosed_literal_toml_string_is_placed_at_its_quote():
    note, at = _notice("+++\ntitle = 'Council passes budget\ndate = 2024-03-05\n+++\n")
    assert at == (2, 9), (at, note.message)
    assert "never closed" in note.message


def test_an_unclosed_literal_before_another_quote_is_placed_at_its_quote():
    """A ' further on: tomllib names the line break, as for an open \"...\" value."""
    note, at = _notice("+++\ntitle = 'Council passes budget\nslug = 'budget'\n+++\n")
    assert at == (2, 9) and "never closed" in note.message, (at, note.message)


@pytest.mark.parametrize("front, where", [
    ("+++\ntitle = \"T\"\nstats = {{ {key} = 1, views = {num} }}\n+++\n", (3, 5025)),
    ("+++\ntitle = \"T\"\nstats = [\n  {{ {key} = 1 }},\n  {num},\n]\n+++\n", (5, 3)),
], ids=["one-line", "array"])
def test_a_huge_toml_integer_is_placed_at_the_number_not_a_digit_key(front, where):
    note, at = _notice(front.format(key="1" * 5000, num="9" * 5000))
    assert "5,000 digits" in note.message
    assert at == where, at


def test_clean_leaves_no_cache_behind(tmp_path):
    import os
    import subprocess
    import sys

    import lint

    cache = tmp_path / "cache"
    env = {**os.environ, "NEWSLINT_CACHE_DIR": str(cache),
           "PYTHONPATH": os.path.dirname(os.path.dirname(lint.__file__))}
    env.pop("NEWSLINT_NO_CACHE", None)
    done = subprocess.run([sys.executable, "-m", "lint", "clean"], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "removed 0 cache files" in done.stdout
    left = sorted(p.name for p in cache.iterdir()) if cache.exists() else []
    assert left == [], left


def test_the_stale_prune_keeps_a_users_tmp_file_as_clean_does(tmp_path):
    import os
    import time

    from lint import cache_dir, rule_cache

    draft = tmp_path / ".tmp-draft.md"
    draft.write_text("my notes\n", encoding="utf-8")
    old = time.time() - 400 * 86400
    os.utime(draft, (old, old))
    cache_dir.clean(str(tmp_path))
    assert draft.exists()                                   # clean keeps it (fx148)
    rule_cache.prune_stale_files(str(tmp_path), keep="rules-this.marshal")
    assert draft.exists()
