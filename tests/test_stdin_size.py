"""The article on stdin has the size cap a file has (fx42): a stream over
max-file-size gets the one-line `file.too-large` notice and is not linted,
and it is read only to the limit and a byte, never whole into memory, so a
generated endless stream ends the run. `--fix` hands it back unchanged."""
from __future__ import annotations

import io
import json

import pytest

from lint.regular_files import StreamHead, read_stream

LIMIT_MB = 0.01                       # max-file-size in the test configs
LIMIT = int(LIMIT_MB * 1024 * 1024)
LINE = b"The the council voted on Monday, the mayor said.\n"
READ_WHOLE = 64 * 1024 * 1024


class Endless(io.RawIOBase):
    """A generated stream that never ends, counting the bytes handed out. A
    reader that would read it whole fails the test once it has taken
    `READ_WHOLE` bytes, rather than hanging it."""

    def __init__(self, line: bytes = LINE):
        self.line, self.given = line, 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if self.given > READ_WHOLE:
            raise OSError("read on and on: the stream is being read whole")
        n = len(buffer)
        chunk = (self.line * (n // len(self.line) + 1))[:n]
        buffer[:n] = chunk
        self.given += n
        return n


def _config(tmp_path) -> None:
    (tmp_path / ".newslint.yaml").write_text(f"max-file-size: {LIMIT_MB}\n", encoding="utf-8")


@pytest.mark.parametrize("limit", [1, 4096, 3 * 1024 * 1024 + 5])
def test_an_endless_stream_is_read_to_the_limit_and_a_byte(limit):
    raw = Endless()
    data = read_stream(raw, limit)
    assert isinstance(data, StreamHead) and len(data) == limit + 1 and raw.given == limit + 1


@pytest.mark.parametrize("size", [0, 1, LIMIT - 1, LIMIT])
def test_a_stream_within_the_limit_is_read_whole(size):
    body = (LINE * (size // len(LINE) + 1))[:size]
    data = read_stream(io.BytesIO(body), LIMIT)
    assert data == body and not isinstance(data, StreamHead)


class Terminal(io.RawIOBase):
    """A terminal: its text, then one end (Ctrl-D); a read after that end
    would wait for the user again, so here it fails the test."""

    def __init__(self, text: bytes):
        self.text, self.ended = text, False

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if not self.text:
            if self.ended:
                raise OSError("read past Ctrl-D: the user is asked for a second one")
            self.ended = True
            return 0
        n = min(len(buffer), len(self.text))
        buffer[:n], self.text = self.text[:n], self.text[n:]
        return n


@pytest.mark.parametrize("size", [0, 10, LIMIT])
def test_a_terminals_end_is_read_once(size):
    body = b"x" * size
    assert read_stream(io.BufferedReader(Terminal(body)), LIMIT) == body


def test_one_byte_over_is_over():
    data = read_stream(io.BytesIO(b"x" * (LIMIT + 1)), LIMIT)
    assert isinstance(data, StreamHead) and len(data) == LIMIT + 1


@pytest.mark.parametrize("args, name", [
    (("-",), "stdin.txt"),
    (("--stdin-filename", "story.md"), "story.md"),
    (("-", "--stdin-filename", "story.txt"), "story.txt"),
])
def test_check_reports_an_endless_stream_as_too_large(run_cli, tmp_path, args, name):
    _config(tmp_path)
    stream = io.BufferedReader(Endless())
    result = run_cli("check", "--no-color", "--no-cache", "--format", "json", *args,
                     input=stream, cwd=tmp_path)
    rows = json.loads(result.stdout)
    assert [(r["path"], r["rule"], r["line"]) for r in rows] == [(name, "file.too-large", 1)]
    assert rows[0]["message"] == (f"file is over the {LIMIT_MB:g} MB limit "
                                  "(raise max-file-size in the config); skipped")
    assert result.exit_code == 1
    # read to the limit and a byte, and at most one buffer's worth past it
    assert stream.raw.given <= LIMIT + 1 + io.DEFAULT_BUFFER_SIZE


def test_a_stream_within_the_limit_is_linted(run_cli, tmp_path):
    _config(tmp_path)
    body = b"Council votes\n\n" + LINE
    result = run_cli("check", "--no-color", "--no-cache", "-", input=body, cwd=tmp_path)
    assert "stdin.txt:3:1: warning [hygiene.doubled-word]" in result.stdout


def test_a_file_over_the_limit_still_names_its_size(run_cli, tmp_path):
    _config(tmp_path)
    (tmp_path / "big.txt").write_bytes(b"x" * (3 * LIMIT))
    result = run_cli("check", "--no-color", "--no-cache", "--format", "json", "big.txt", cwd=tmp_path)
    assert json.loads(result.stdout)[0]["message"].startswith(f"file is {3 * LIMIT / 1048576:.2f} MB, over the {LIMIT_MB:g} MB limit")


def test_fix_hands_a_stream_over_the_limit_back_whole(run_cli, tmp_path):
    """The editor's buffer is written back as it came, past the limit too
    (read a chunk at a time), never cut to what was read for the check."""
    _config(tmp_path)
    body = LINE * (3 * LIMIT // len(LINE))
    result = run_cli("check", "--no-color", "--no-cache", "--fix", "-", input=body, cwd=tmp_path)
    assert result.stdout_bytes == body
    assert "[file.too-large]" in result.stderr


def test_parse_says_a_stream_is_too_large(run_cli, tmp_path):
    _config(tmp_path)
    result = run_cli("parse", "-", input=io.BufferedReader(Endless()), cwd=tmp_path)
    assert result.exit_code == 1
    assert "newslint: stdin.txt: file.too-large: file is over the" in result.stderr


def test_an_excluded_stream_is_handed_back_whole_a_chunk_at_a_time(run_cli, tmp_path):
    """`--force-exclude --fix` passes the buffer through; it is copied a
    chunk at a time (`cli_output.copy_stdin`), past any one chunk."""
    (tmp_path / ".newslint.yaml").write_text("exclude: [drafts/]\n", encoding="utf-8")
    body = LINE * (3 * 1024 * 1024 // len(LINE))
    result = run_cli("check", "--no-color", "--force-exclude", "--fix", "--stdin-filename",
                     "drafts/x.txt", "-", input=body, cwd=tmp_path)
    assert (result.exit_code, result.stdout_bytes, result.stderr) == (0, body, "")
