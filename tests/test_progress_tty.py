"""The progress bar and a report streamed to the same terminal: the bar is
erased before each file's findings are written, so no finding line starts
after the bar's text ("...  3/25 filesstory.md:1:1: ...")."""
from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="a pseudo-terminal")


def run_on_a_terminal(args, cwd) -> str:
    """Everything `newslint` writes to a terminal that is both its stdout and stderr."""
    import pty

    leader, follower = pty.openpty()
    env = {**os.environ, "NO_COLOR": "1"}
    child = subprocess.Popen([sys.executable, "-m", "lint", *args], cwd=cwd, stdin=subprocess.DEVNULL,
                             stdout=follower, stderr=follower, env=env)
    os.close(follower)
    out = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:          # the terminal closed: the run is over
            break
        if not chunk:
            break
        out += chunk
    child.wait(timeout=60)
    os.close(leader)
    return out.decode("utf-8", "replace")


def test_findings_never_follow_the_bar_on_its_line(tmp_path):
    for k in range(25):
        (tmp_path / f"story{k:02}.txt").write_text(f"Vote {k}\n\nThe the council met.\n")
    out = run_on_a_terminal(["check", "--no-cache", "."], tmp_path)
    assert "linting [" in out                        # the bar was drawn
    assert out.count("doubled word") == 25
    # after the bar's text comes a redraw or the erase (\r), never a finding
    assert not re.search(r"\d+/25 files(?!\r)", out), out[:400]
