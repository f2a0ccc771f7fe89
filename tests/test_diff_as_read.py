"""`check --diff` shows a file not stored as UTF-8, or with lone-CR line ends,
as it was read (nu29 #6: a UTF-16 file printed as spaced bytes with NULs, a
cp1252 page as mojibake, a lone-CR phone note as one line); `--fix` still
writes each in its own encoding and line ends. That is the patch a terminal
shows; piped or written with -o it is the files' bytes, which `git apply`
takes (fx116 #3), and a UTF-8 file's control characters are escaped on a
terminal only."""
from __future__ import annotations

import shutil
import subprocess

import pytest


@pytest.fixture
def terminal(monkeypatch):
    """stdout is a terminal, as a person running --diff sees it."""
    monkeypatch.setattr("lint.cli_output.on_terminal", lambda: True)

STORY = "Vote\r\n\r\nFrançoise Dubé said the the council met.\r\n"
AS_READ = ("--- a/s.txt\n+++ b/s.txt\n@@ -1,3 +1,3 @@\n Vote\r\n \r\n"
           "-Françoise Dubé said the the council met.\r\n"
           "+Françoise Dubé said the council met.\r\n")


@pytest.mark.parametrize("encoding, data, why", [
    ("cp1252", STORY.encode("cp1252"), "read as cp1252, shown as UTF-8"),
    ("utf-16", STORY.encode("utf-16"), "read as utf-16, shown as UTF-8"),
])
def test_a_file_not_stored_as_utf8_is_shown_as_read(run_cli, tmp_path, encoding, data, why, terminal):
    (tmp_path / "s.txt").write_bytes(data)
    result = run_cli("check", "--no-cache", "--diff", "--select", "hygiene", "s.txt", cwd=tmp_path)
    assert result.stdout_bytes.decode("utf-8") == AS_READ
    assert (f"newslint: s.txt: the patch shows its text as read ({why}); --fix writes it in "
            "its own encoding and line ends (piped or written with -o, the patch is its bytes, "
            "for git apply)") in result.stderr.splitlines()
    assert (tmp_path / "s.txt").read_bytes() == data                 # nothing written
    run_cli("check", "--no-cache", "--fix", "--select", "hygiene", "s.txt", cwd=tmp_path)
    assert (tmp_path / "s.txt").read_bytes() == STORY.replace("the the", "the").encode(encoding)


def test_lone_cr_line_ends_are_lines(run_cli, tmp_path, terminal):
    data = b"Vote\r\rThe the council met.\rIt voted.\r"
    (tmp_path / "s.txt").write_bytes(data)
    result = run_cli("check", "--no-cache", "--diff", "--select", "hygiene", "s.txt", cwd=tmp_path)
    assert result.stdout == ("--- a/s.txt\n+++ b/s.txt\n@@ -1,4 +1,4 @@\n Vote\n \n"
                             "-The the council met.\n+The council met.\n It voted.\n")
    assert "(its lone-CR line ends as lines)" in result.stderr
    run_cli("check", "--no-cache", "--fix", "--select", "hygiene", "s.txt", cwd=tmp_path)
    assert (tmp_path / "s.txt").read_bytes() == data.replace(b"The the", b"The")


def test_a_utf8_file_is_still_shown_as_its_bytes(run_cli, tmp_path):
    data = "\ufeffVote\r\n\r\nThe the council met.\r\n".encode("utf-8")
    (tmp_path / "s.txt").write_bytes(data)
    result = run_cli("check", "--no-cache", "--diff", "--select", "hygiene", "s.txt", cwd=tmp_path)
    assert b"-The the council met.\r\n" in result.stdout_bytes and "as read" not in result.stderr


@pytest.mark.parametrize("control", ["\x81", "\x1b", "\x7f"])
def test_a_control_character_is_shown_escaped_never_raw(run_cli, tmp_path, control, terminal):
    # qa65 #8: 0x81, which cp1252 leaves undefined, makes the file read as
    # latin-1, so it is U+0081; an ESC or DEL read as cp1252 stays one
    data = f"Vote\n\nCafé {control}said the the council met.\n".encode("latin-1")
    (tmp_path / "s.txt").write_bytes(data)
    result = run_cli("check", "--no-cache", "--diff", "--select", "hygiene", "s.txt", cwd=tmp_path)
    shown = repr(control)[1:-1]
    assert result.stdout_bytes.decode("utf-8").splitlines()[-2:] == [
        f"-Café {shown}said the the council met.", f"+Café {shown}said the council met."]
    assert f"control characters escaped, such as {shown})" in result.stderr
    assert control not in result.stdout and control not in result.stderr
    run_cli("check", "--no-cache", "--fix", "--select", "hygiene", "s.txt", cwd=tmp_path)
    assert (tmp_path / "s.txt").read_bytes() == data.replace(b"the the", b"the")   # as it was


def git_applies(folder, patch: bytes) -> bool:
    subprocess.run(["git", "init", "-q", str(folder)], check=True)
    return subprocess.run(["git", "apply", "-"], input=patch, cwd=folder, capture_output=True).returncode == 0


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
@pytest.mark.parametrize("data", [
    STORY.encode("cp1252"), STORY.encode("utf-16"), b"Vote\r\rThe the council met.\rIt voted.\r",
    "Vote\n\nThe \x1b[31mred\x1b[0m the the council met \x9b2J. Bell \x07 here.\n".encode("utf-8"),
])
def test_a_piped_patch_is_the_bytes_git_apply_takes(run_cli, tmp_path, data):
    """fx116 #3: was text as read, which no tool applies to a cp1252 or UTF-16 file."""
    (tmp_path / "s.txt").write_bytes(data)
    result = run_cli("check", "--no-cache", "--diff", "--select", "hygiene", "s.txt", cwd=tmp_path)
    assert result.exit_code == 1 and "as read" not in result.stderr and "escaped" not in result.stderr
    assert git_applies(tmp_path, result.stdout_bytes)
    run_cli("check", "--no-cache", "--fix", "--select", "hygiene", "s.txt", cwd=tmp_path)
    fixed = (tmp_path / "s.txt").read_bytes()
    (tmp_path / "s.txt").write_bytes(data)
    assert git_applies(tmp_path, result.stdout_bytes) and (tmp_path / "s.txt").read_bytes() == fixed


def test_a_utf8_files_control_characters_are_escaped_on_a_terminal_only(run_cli, tmp_path, terminal):
    """fx116 #3: ESC, CSI (U+009B) and BEL reached the terminal raw from a UTF-8 file."""
    (tmp_path / "s.txt").write_bytes("Vote\n\nThe \x1b[31mred the the met \x9b2J \x07.\n".encode("utf-8"))
    result = run_cli("check", "--no-cache", "--diff", "--select", "hygiene", "s.txt", cwd=tmp_path)
    assert result.stdout_bytes.decode("utf-8").splitlines()[-2:] == [
        "-The \\x1b[31mred the the met \\x9b2J \\x07.", "+The \\x1b[31mred the met \\x9b2J \\x07."]
    assert ("newslint: s.txt: the patch shows control characters escaped, such as \\x1b (piped or "
            "written with -o, it keeps them, for git apply)") in result.stderr.splitlines()
    out = tmp_path / "fix.patch"
    run_cli("check", "--no-cache", "--diff", "--select", "hygiene", "-o", out, "s.txt", cwd=tmp_path)
    assert b"\x1b[31m" in out.read_bytes() and b"\\x1b" not in out.read_bytes()    # -o: the bytes
