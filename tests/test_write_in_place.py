"""`--output` naming a device or a pipe (/dev/null, /dev/stdout, a FIFO) writes
into it: `write_atomic`'s rename would have put a regular file where the device
was (as root, in a container: /dev/null became a file) or failed."""
from __future__ import annotations

import os
import stat
import threading

import pytest

from lint.writer import write_atomic

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")


def reading(path):
    got = []
    reader = threading.Thread(target=lambda: got.append(open(path, "rb").read()), daemon=True)
    reader.start()
    return reader, got


@pytest.mark.parametrize("via_link", [False, True], ids=["fifo", "symlink-to-fifo"])
def test_a_named_pipe_is_written_into_not_replaced(tmp_path, via_link):
    fifo = tmp_path / "report.pipe"
    os.mkfifo(fifo)
    target = fifo
    if via_link:
        target = tmp_path / "link"
        target.symlink_to(fifo)
    reader, got = reading(fifo)
    write_atomic(str(target), b'[]\n')
    reader.join(timeout=10)
    assert got == [b'[]\n']
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["report.pipe"] + (["link"] if via_link else []))


def test_the_report_goes_into_a_pipe_named_by_output(run_cli, tmp_path):
    (tmp_path / "a.txt").write_text("Budget vote\n\nThe the council met.\n", encoding="utf-8")
    os.mkfifo(tmp_path / "out.json")
    reader, got = reading(tmp_path / "out.json")
    result = run_cli("check", "--format", "json", "-o", "out.json", "a.txt", cwd=tmp_path)
    reader.join(timeout=10)
    assert result.exit_code == 0, result.stderr
    assert b'"rule": "hygiene.doubled-word"' in got[0]
    assert stat.S_ISFIFO(os.stat(tmp_path / "out.json").st_mode)
