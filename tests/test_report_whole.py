"""A run that fails part-way (a dead `--jobs` worker, Ctrl-C) writes a document
format (JSON, SARIF, JUnit, rdjson, HTML) whole or not at all: a CI step never
parses half a JSON array. Line formats keep streaming. The failure is
simulated in-process: `lint_files` yields the first article's results, then
raises as the runner does when a worker dies (or as Ctrl-C does)."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
import time

import pytest
from click.testing import CliRunner

from lint import cli, cli_check, spool
from lint.formatters import lines, names
from lint.runner import WorkerLost

ARTICLES = {"a.txt": "Budget vote\n\nThe the council met on Monday.\n",
            "b.txt": "Harbour news\n\nThe the ferry left on Tuesday.\n"}


def dying(failure: BaseException):
    """`lint_files` that hands on the first article's results, then fails."""
    real = cli_check.lint_files

    def lint_files(files, session, **kwargs):
        results = real(files, session, **kwargs)
        yield next(results)
        raise failure
    return lint_files


def check(tmp_path, monkeypatch, fmt: str, failure: BaseException | None):
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    if failure is not None:
        monkeypatch.setattr(cli_check, "lint_files", dying(failure))
    monkeypatch.chdir(tmp_path)
    return CliRunner().invoke(cli.main, ["check", "--format", fmt, "--no-cache", "--jobs", "1",
                                         "a.txt", "b.txt"])


def test_formats_are_lines_or_documents():
    assert {n for n in names() if lines(n)} == {"text", "github", "vale"}


@pytest.mark.parametrize("fmt", ["json", "sarif", "junit", "rdjson", "html"])
def test_a_dead_worker_leaves_no_half_document(tmp_path, monkeypatch, fmt):
    result = check(tmp_path, monkeypatch, fmt, WorkerLost(["b.txt"]))
    assert isinstance(result.exception, WorkerLost)   # `cli.run` says it on one line, exit 2
    assert result.stdout == ""


def test_ctrl_c_leaves_no_half_json(tmp_path, monkeypatch):
    result = check(tmp_path, monkeypatch, "json", KeyboardInterrupt())
    assert (result.exit_code, result.stdout) == (130, "")
    assert result.stderr == "newslint: interrupted\n"


def test_the_json_written_whole_is_the_streamed_array(tmp_path, monkeypatch):
    result = check(tmp_path, monkeypatch, "json", None)
    assert result.exit_code == 0        # warnings only
    found = json.loads(result.stdout)
    assert [(f["path"], f["line"], f["rule"]) for f in found] == [
        ("a.txt", 3, "hygiene.doubled-word"), ("b.txt", 3, "hygiene.doubled-word")]


def test_a_line_format_still_streams_what_it_has(tmp_path, monkeypatch):
    result = check(tmp_path, monkeypatch, "github", WorkerLost(["b.txt"]))
    assert isinstance(result.exception, WorkerLost)
    assert "file=a.txt,line=3" in result.stdout and "b.txt" not in result.stdout


def test_a_spool_past_memory_spills_to_disk_and_drains_in_order(monkeypatch):
    monkeypatch.setattr(spool, "MEMORY", 10)
    monkeypatch.setattr(spool, "CHUNK", 4)
    out, kept = [], spool.Spool()
    for piece in ["[\n  ", "é" * 7, ",\n  ", "x" * 9, "\n]\n"]:
        kept.write(piece)
    assert kept.file is not None and kept.parts == []
    kept.drain(out.append)
    kept.close()
    assert "".join(out) == "[\n  " + "é" * 7 + ",\n  " + "x" * 9 + "\n]\n"
    assert max(map(len, out)) == 4


def test_one_ctrl_c_waits_for_the_document_a_second_cuts_it():
    written = []
    with pytest.raises(KeyboardInterrupt):
        with spool.held():
            os.kill(os.getpid(), signal.SIGINT)
            written.append("whole document")      # reached: the first Ctrl-C waits
    assert written == ["whole document"]
    with pytest.raises(KeyboardInterrupt):
        with spool.held():
            os.kill(os.getpid(), signal.SIGINT)
            os.kill(os.getpid(), signal.SIGINT)
            written.append("never")
    assert written == ["whole document"]
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


CHILD = """
import sys
from lint.spool import held, write_all
print("writing", file=sys.stderr, flush=True)
try:
    with held():
        write_all("[" + "1," * 500_000 + "1]\\n", sys.stdout)
except KeyboardInterrupt:
    sys.exit(130)
"""


def test_a_write_blocked_on_a_full_pipe_survives_one_ctrl_c():
    # A signal handled during a blocking write made it return short, and the
    # text layer dropped the rest: the reader got the first 64 KiB only.
    child = subprocess.Popen([sys.executable, "-c", CHILD], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE)
    try:
        assert child.stderr.readline() == b"writing\n"
        time.sleep(0.2)                          # the pipe (64 KiB) is full: the write blocks
        child.send_signal(signal.SIGINT)
        out, _ = child.communicate(timeout=10)
    finally:
        child.kill()
        child.wait()
    assert child.returncode == 130
    assert len(json.loads(out)) == 500_001


def test_a_stream_set_to_ascii_gets_utf8_as_click_writes_it(tmp_path):
    # PYTHONIOENCODING=ascii or a C locale: the report was an internal error
    with open(tmp_path / "out.json", "w", encoding="ascii") as stream:
        spool.write_all('["café.txt"]\n', stream)
    assert (tmp_path / "out.json").read_bytes() == '["café.txt"]\n'.encode("utf-8")


def test_a_full_temporary_folder_is_one_line_not_an_internal_error(tmp_path, monkeypatch):
    def full(*args, **kwargs):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(spool, "MEMORY", 10)
    monkeypatch.setattr(tempfile, "TemporaryFile", full)   # spool imports it when it needs it
    result = check(tmp_path, monkeypatch, "json", None)
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr.startswith("newslint: cannot keep the report in a temporary file in ")
    assert "No space left on device; set TMPDIR" in result.stderr


def test_ansi_codes_are_dropped_off_a_terminal_and_a_lone_escape_kept(tmp_path):
    with open(tmp_path / "out.txt", "w", encoding="utf-8") as stream:
        spool.write_all("\x1b[1;31mred\x1b[0m plain \x1b kept\n", stream)
    assert (tmp_path / "out.txt").read_bytes() == b"red plain \x1b kept\n"


def test_a_document_is_utf8_whatever_the_stream_encoding(tmp_path):
    # cp1252 (a redirected Windows stdout) or latin-1: 'é' came out as one byte
    # in a JSON or XML report declared UTF-8, and 'ż' was an internal error
    with open(tmp_path / "out.json", "w", encoding="latin-1") as stream:
        spool.write_all('["café żółć"]\n', stream)
    assert (tmp_path / "out.json").read_bytes() == '["café żółć"]\n'.encode("utf-8")


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_a_latin1_stdout_never_ends_the_run_as_an_internal_error(tmp_path, fmt):
    (tmp_path / "a.txt").write_text("Budget vote\n\nThe żółć żółć met.\n", encoding="utf-8")
    env = dict(os.environ, PYTHONIOENCODING="latin-1")
    # (dated: an undated story adds the text summary's note on stderr)
    done = subprocess.run([sys.executable, "-m", "lint.cli", "check", "--no-cache", "--published",
                           "2024-05-18", "--format", fmt, "a.txt"], cwd=tmp_path, env=env,
                          capture_output=True, timeout=60)
    assert (done.returncode, done.stderr) == (0, b"")
    assert ("'żółć żółć'".encode("utf-8") if fmt == "json" else b"'?\xf3?? ?\xf3??'") \
        in done.stdout


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full here")
@pytest.mark.parametrize("fmt", ["text", "json"])
def test_stdout_on_a_full_disk_is_one_line_not_an_internal_error(tmp_path, fmt):
    (tmp_path / "a.txt").write_text(ARTICLES["a.txt"], encoding="utf-8")
    with open("/dev/full", "w") as full:
        done = subprocess.run([sys.executable, "-m", "lint.cli", "check", "--no-cache",
                               "--format", fmt, "a.txt"], cwd=tmp_path, stdout=full,
                              stderr=subprocess.PIPE, timeout=60)
    assert (done.returncode, done.stderr) == (
        2, b"newslint: cannot write the report: No space left on device\n")


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_a_closed_stdout_is_a_sink_not_an_internal_error(tmp_path, fmt):
    # `newslint check a.txt >&-`: Python's sys.stdout is None, and the text
    # report's isatty() ended the run as "internal error: AttributeError"
    (tmp_path / "a.txt").write_text(ARTICLES["a.txt"], encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "lint", "check", "--no-cache", "--format", fmt,
                           "--statistics", "--fail-level", "warning", "a.txt"], cwd=tmp_path,
                          stderr=subprocess.PIPE,
                          preexec_fn=lambda: os.close(1), timeout=60)
    assert b"internal error" not in done.stderr
    assert done.returncode == 1          # the warning still fails the run


def test_a_run_that_ignores_ctrl_c_keeps_ignoring_it_while_writing():
    # a job started with & from a script ignores SIGINT: the report's write must
    # not turn that Ctrl-C into exit 130
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        with spool.held():
            os.kill(os.getpid(), signal.SIGINT)
        assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN
    finally:
        signal.signal(signal.SIGINT, previous)


NONBLOCKING_CHILD = """
import sys
from lint.spool import write_all
write_all("[" + "1," * 200_000 + "1]\\n", sys.stdout)
"""


@pytest.mark.skipif(not hasattr(os, "set_blocking") or sys.platform == "win32",
                    reason="POSIX pipes only")
def test_a_non_blocking_stdout_still_gets_the_whole_document():
    # a parent that leaves the pipe non-blocking (Node.js does): the write
    # failed with EAGAIN at 64 KiB, an internal error and half a JSON array
    r, w = os.pipe()
    os.set_blocking(w, False)
    child = subprocess.Popen([sys.executable, "-c", NONBLOCKING_CHILD], stdout=w,
                             stderr=subprocess.PIPE)
    os.close(w)
    try:
        time.sleep(0.3)                      # the pipe fills while nobody reads
        with os.fdopen(r, "rb") as pipe:
            out = pipe.read()
        child.wait(timeout=30)
    finally:
        child.kill()
    assert (child.returncode, child.stderr.read()) == (0, b"")
    assert len(json.loads(out)) == 200_001


@pytest.mark.skipif(not hasattr(os, "set_blocking") or sys.platform == "win32",
                    reason="POSIX pipes only")
def test_a_non_blocking_stdout_gets_every_line_of_a_line_report(tmp_path):
    # the text report stopped at about 64 KiB, silently, exit 1 as if complete
    (tmp_path / "a.txt").write_text("Budget vote\n\n" + "The the vote. " * 2000 + "\n",
                                    encoding="utf-8")
    r, w = os.pipe()
    os.set_blocking(w, False)
    child = subprocess.Popen([sys.executable, "-m", "lint.cli", "check", "--no-cache",
                              "--select", "hygiene.doubled-word", "a.txt"], cwd=tmp_path,
                             stdout=w, stderr=subprocess.PIPE)
    try:
        time.sleep(0.5)
        with os.fdopen(r, "rb") as pipe:
            os.close(w)                      # the parent's copy, once the child has its own
            out = pipe.read()
        child.wait(timeout=60)
    finally:
        child.kill()
    assert out.count(b"[hygiene.doubled-word]") == 2000
    assert out.endswith(b"Found 2000 problems (2000 warnings) in 1 file; 2000 fixable with --fix.\n")


@pytest.mark.skipif(not hasattr(os, "set_blocking") or sys.platform == "win32",
                    reason="POSIX pipes only")
def test_a_non_blocking_stdout_is_handed_back_non_blocking(monkeypatch):
    r, w = os.pipe()
    os.set_blocking(w, False)
    at_exit = []
    with os.fdopen(w, "w") as stdout, os.fdopen(r, "rb"):
        monkeypatch.setattr(sys, "stdout", stdout)
        monkeypatch.setattr(cli.atexit, "register", at_exit.append)
        cli._blocking_stdout()
        assert os.get_blocking(w) and len(at_exit) == 1
        at_exit[0]()
        assert not os.get_blocking(w)
