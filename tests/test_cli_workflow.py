"""Workflow extras: --statistics, the progress bar, the GitHub Action file."""
from __future__ import annotations

import io
import json
import shlex
import subprocess
import sys

import yaml

from conftest import ROOT
from lint.progress import MIN_FILES, Progress

STORY = "Council votes\n\nThe the council met. It said Kowalczyk.After the vote. TK\n"


class FakeTTY(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_statistics_counts_per_rule(run_cli, tmp_path):
    (tmp_path / "a.txt").write_text(STORY + "\nAnd and then.\n", encoding="utf-8")
    result = run_cli("check", "--select", "hygiene", "--statistics", "a.txt", cwd=tmp_path)
    lines = result.stdout.splitlines()
    assert lines[-5].startswith("Found 4 problems")         # the report, then the counts
    assert lines[-4:] == ["2  hygiene.doubled-word   warning  (2 fixable)",
                        "1  hygiene.missing-space  warning  (1 fixable)",
                        "1  hygiene.placeholder    error",
                        "4  total"]


def test_statistics_go_to_stderr_for_machine_formats(run_cli, tmp_path):
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    result = run_cli("check", "--select", "hygiene", "--statistics", "--format", "json", "a.txt",
                     cwd=tmp_path)
    assert len(json.loads(result.stdout)) == 3           # stdout stays valid JSON
    assert "3  total" in result.stderr


def test_progress_bar_draws_only_on_a_tty_for_many_files():
    tty = FakeTTY()
    bar = Progress(MIN_FILES, tty)
    for i in range(1, MIN_FILES + 1):
        bar(i)
    bar.close()
    out = tty.getvalue()
    assert f"] {MIN_FILES}/{MIN_FILES} files" in out and out.endswith("\r\033[K")
    pipe = io.StringIO()                                  # not a terminal: never drawn
    Progress(500, pipe)(500)
    few = FakeTTY()
    Progress(MIN_FILES - 1, few)(MIN_FILES - 1)           # too few files to bother
    off = FakeTTY()
    Progress(500, off, enabled=False)(500)                # --no-progress
    assert pipe.getvalue() == few.getvalue() == off.getvalue() == ""


def test_no_progress_output_when_stderr_is_not_a_tty(tmp_path):
    for i in range(MIN_FILES + 5):
        (tmp_path / f"s{i}.txt").write_text(STORY, encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "lint", "check", "--select", "hygiene", "."],
                          cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1 and "files" not in proc.stderr and "\r" not in proc.stderr


def test_progress_bar_on_a_real_terminal(tmp_path):
    import os
    import pty

    for i in range(MIN_FILES + 5):
        (tmp_path / f"s{i}.txt").write_text(STORY, encoding="utf-8")
    leader, follower = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "lint", "check", "--select", "hygiene", "."],
                            cwd=tmp_path, stdout=subprocess.PIPE, stderr=follower)
    os.close(follower)
    seen = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:            # EIO: the child closed the terminal
            break
        if not chunk:
            break
        seen += chunk
    out = proc.communicate(timeout=120)[0]
    os.close(leader)
    total = MIN_FILES + 5
    assert f"] {total}/{total} files".encode() in seen and seen.endswith(b"\r\x1b[K")
    assert b"\r" not in out and b"linting" not in out and out.decode().count("hygiene.doubled-word") == total


def test_action_yml_installs_from_its_own_path_and_runs_github_format():
    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    assert action["runs"]["using"] == "composite"
    assert action["inputs"]["paths"]["default"] == "."
    assert action["inputs"]["args"]["default"] == ""
    steps = action["runs"]["steps"]
    install = next(s for s in steps if "pip install" in s.get("run", ""))
    assert install["env"]["NEWSLINT_ACTION_PATH"] == "${{ github.action_path }}"
    assert '"$NEWSLINT_ACTION_PATH"' in install["run"]
    run = next(s for s in steps if "newslint check" in s.get("run", ""))
    line = run["run"].splitlines()[-1]         # the inputs are read into argv above it
    assert shlex.split(line)[:4] == ["newslint", "check", "--format", "github"]
    assert all(s["shell"] == "bash" for s in steps if "run" in s)
    # Inputs reach the shell only through env, never pasted into the script text.
    assert not any("${{ inputs." in s.get("run", "") for s in steps)


def test_statistics_show_the_levels_the_findings_carry(run_cli, tmp_path):
    # a folder's config re-levels the rule: the counts say both levels, not one
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / ".newslint.yaml").write_text("levels:\n  hygiene.doubled-word: error\n")
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "sub" / "b.txt").write_text(STORY + "\nAnd and then.\n", encoding="utf-8")
    result = run_cli("check", "--no-cache", "--select", "hygiene.doubled-word", "--statistics",
                     "a.txt", "sub/b.txt", cwd=tmp_path)
    assert result.stdout.splitlines()[-2:] == [
        "3  hygiene.doubled-word  error 2, warning 1  (3 fixable)", "3  total"]


def test_statistics_columns_line_up_with_suggestions_and_the_total():
    """nu15: 'suggestion' is wider than 'warning', so a fixable count after it
    stood out of line; and a total with more digits than any rule's count pushed
    'total' right of the rule column. Each column is as wide as its widest cell."""
    from lint.diagnostic import Diagnostic, Fix
    from lint.statistics import render

    def found(rule, level, n, fixable):
        return [Diagnostic("a.txt", 1, 1, 1, 2, rule, level, "m", Fix(0, 1, "x") if fixable else None)
                for _ in range(n)]

    rows = render(found("style.a", "warning", 6, True) + found("style.b", "suggestion", 5, True)
                  + found("hygiene.c", "error", 1, False)).splitlines()
    assert rows == [" 6  style.a    warning     (6 fixable)",
                    " 5  style.b    suggestion  (5 fixable)",
                    " 1  hygiene.c  error",
                    "12  total"]
    assert len({row.index("(") for row in rows if "(" in row}) == 1
    assert rows[-1].index("total") == rows[0].index("style.a")
