"""`check --diff` shows a file not stored as UTF-8, or with lone-CR line ends,
as it was read (nu29 #6: a UTF-16 file printed as spaced bytes with NULs, a
cp1252 page as mojibake, a lone-CR phone note as one line); `--fix` still
writes each in its own encoding and line ends."""
from __future__ import annotations

import pytest

STORY = "Vote\r\n\r\nFrançoise Dubé said the the council met.\r\n"
AS_READ = ("--- a/s.txt\n+++ b/s.txt\n@@ -1,3 +1,3 @@\n Vote\r\n \r\n"
           "-Françoise Dubé said the the council met.\r\n"
           "+Françoise Dubé said the council met.\r\n")


@pytest.mark.parametrize("encoding, data, why", [
    ("cp1252", STORY.encode("cp1252"), "read as cp1252, shown as UTF-8"),
    ("utf-16", STORY.encode("utf-16"), "read as utf-16, shown as UTF-8"),
])
def test_a_file_not_stored_as_utf8_is_shown_as_read(run_cli, tmp_path, encoding, data, why):
    (tmp_path / "s.txt").write_bytes(data)
    result = run_cli("check", "--no-cache", "--diff", "--select", "hygiene", "s.txt", cwd=tmp_path)
    assert result.stdout_bytes.decode("utf-8") == AS_READ
    assert (f"newslint: s.txt: the patch shows its text as read ({why}); --fix writes it in "
            "its own encoding and line ends") in result.stderr.splitlines()
    assert (tmp_path / "s.txt").read_bytes() == data                 # nothing written
    run_cli("check", "--no-cache", "--fix", "--select", "hygiene", "s.txt", cwd=tmp_path)
    assert (tmp_path / "s.txt").read_bytes() == STORY.replace("the the", "the").encode(encoding)


def test_lone_cr_line_ends_are_lines(run_cli, tmp_path):
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
def test_a_control_character_is_shown_escaped_never_raw(run_cli, tmp_path, control):
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
