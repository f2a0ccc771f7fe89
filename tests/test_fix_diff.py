"""`check --diff` and `fix_diff.unified_diff`: nothing is written, and the
patch applies with `git apply` and `patch -p1` (file names quoted and placed
as git writes them, a missing final newline marked)."""
from __future__ import annotations

import os
import shutil

import pytest

from lint.fix_diff import unified_diff
from fix_helpers import FIXED, HYGIENE, STORY


def test_diff_writes_nothing_and_shows_the_patch(run_cli, sample, tmp_path):
    copy = tmp_path / "story.txt"
    shutil.copy(sample, copy)
    before, mtime = copy.read_bytes(), copy.stat().st_mtime_ns
    result = run_cli("check", "--diff", "story.txt", cwd=tmp_path)
    assert result.exit_code == 1
    assert copy.read_bytes() == before and copy.stat().st_mtime_ns == mtime
    lines = before.decode("utf-8").splitlines()
    assert result.stdout == "".join(f"{row}\n" for row in [
        "--- a/story.txt", "+++ b/story.txt",
        "@@ -1,4 +1,4 @@", "-" + lines[0], "+Tuesday, March 4, 2025", *(" " + x for x in lines[1:4]),
        "@@ -10,8 +10,8 @@", *(" " + x for x in lines[9:12]), "-" + lines[12],
        "+" + lines[12].replace("the the", "the"), " ", "-" + lines[14],
        "+" + lines[14].replace("Reyes.Council", "Reyes. Council"), " ", " " + lines[16]])
    assert "newslint: 4 fixes would be applied to 1 file (nothing written)" in result.stderr
    assert sorted(os.listdir(tmp_path)) == ["story.txt"]
    run_cli("check", "--fix", "story.txt", cwd=tmp_path)
    clean = run_cli("check", "--diff", "story.txt", cwd=tmp_path)
    assert (clean.exit_code, clean.stdout) == (0, "")


def test_diff_applies_with_git(run_cli, tmp_path):
    if not shutil.which("git"):
        pytest.skip("git not installed")
    import subprocess

    (tmp_path / "a.txt").write_bytes(STORY.replace("\n", "\r\n").encode())
    # stdout_bytes: click's `stdout` would turn the patch's CRLF lines into LF
    patch = run_cli("check", "--diff", *HYGIENE, "a.txt", cwd=tmp_path).stdout_bytes
    (tmp_path / "p.diff").write_bytes(patch)
    subprocess.run(["git", "apply", "--unsafe-paths", "p.diff"], cwd=tmp_path, check=True)
    assert (tmp_path / "a.txt").read_bytes() == FIXED.replace("\n", "\r\n").encode()


def test_unified_diff_marks_a_missing_final_newline():
    patch = unified_diff("a.txt", b"one\ntwo the the", b"one\ntwo the")
    assert patch.endswith(b"-two the the\n\\ No newline at end of file\n"
                          b"+two the\n\\ No newline at end of file\n")


def test_unified_diff_names_the_file_as_git_does():
    assert unified_diff("a.txt", b"same\n", b"same\n") == b""
    patch = unified_diff("sub/dir/a.txt", b"one\n", b"two\n")
    assert patch.splitlines()[:2] == [b"--- a/sub/dir/a.txt", b"+++ b/sub/dir/a.txt"]
    odd = os.fsdecode(b"caf\xe9.txt")          # a Latin-1 file name on a UTF-8 system
    # C-quoted as git quotes it (was the raw byte): patch(1) and git apply read it back
    assert unified_diff(odd, b"one\n", b"two\n").splitlines()[0] == b'--- "a/caf\\351.txt"'


@pytest.mark.parametrize("name, header", [
    ("my story.md", b"--- a/my story.md\t"),               # was '--- a/my story.md': patch read 'a/my'
    ("n\nl.md", b'--- "a/n\\nl.md"'),                       # was two lines
    ('q"b\\.md', b'--- "a/q\\"b\\\\.md"'),
    ("caf\u00e9.md", b'--- "a/caf\\303\\251.md"'),
    ("it\x7f.md", b'--- "a/it\\177.md"'),
])
def test_unified_diff_quotes_a_name_as_git_does(name, header):
    assert unified_diff(name, b"one\n", b"two\n").split(b"\n")[0] == header


def test_diff_of_odd_names_applies_with_patch_p1(run_cli, tmp_path):
    import subprocess
    if shutil.which("patch") is None:
        pytest.skip("no patch(1) here")
    names = ["my story.txt", "two\nlines.txt", 'q"b.txt', "caf\u00e9.txt"]
    for name in names:
        (tmp_path / name).write_text("Vote\n\nThe the council met.\n")
    patch = run_cli("check", "--diff", "--select", "hygiene", *names, cwd=tmp_path).stdout
    subprocess.run(["patch", "-p1", "-s"], input=patch, text=True, cwd=tmp_path, check=True)
    assert [(tmp_path / n).read_text() for n in names] == ["Vote\n\nThe council met.\n"] * 4


def test_unified_diff_names_an_absolute_path_as_git_does(tmp_path, monkeypatch):
    # was '--- a//tmp/.../a.txt'
    (tmp_path / "here").mkdir()
    monkeypatch.chdir(tmp_path / "here")
    outside = str(tmp_path / "there" / "a.txt")
    assert unified_diff(outside, b"one\n", b"two\n").splitlines()[:2] == [
        b"--- a" + outside.encode(), b"+++ b" + outside.encode()]    # git diff --no-index's form
    inside = str(tmp_path / "here" / "sub" / "b.txt")             # patch -p1 here applies it
    assert unified_diff(inside, b"one\n", b"two\n").splitlines()[0] == b"--- a/sub/b.txt"
    assert unified_diff("./sub/../c.txt", b"one\n", b"two\n").splitlines()[0] == b"--- a/c.txt"


def test_diff_of_a_file_below_the_working_folder_applies_with_patch_p1(run_cli, tmp_path):
    import shutil
    import subprocess
    if shutil.which("patch") is None:
        pytest.skip("no patch(1) here")
    story = tmp_path / "story.txt"
    story.write_text("Vote\n\nThe the council met.\n")
    patch = run_cli("check", "--diff", "--select", "hygiene", story, cwd=tmp_path).stdout
    assert patch.startswith("--- a/story.txt\n+++ b/story.txt\n")
    subprocess.run(["patch", "-p1", "-s"], input=patch, text=True, cwd=tmp_path, check=True)
    assert story.read_text() == "Vote\n\nThe council met.\n"
