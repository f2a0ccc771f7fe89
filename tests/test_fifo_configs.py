"""A FIFO (or another file that is no regular file) where a config, a Vale
package config, a vocabulary, a baseline or a cache file is looked for is
never opened (opening a FIFO waits for a writer: the run hung) and never
passed over unsaid: a config or a word list gets the one-line error a broken
one gets, naming the file, exit 2, with --jobs 2 as with one (fx70)."""
from __future__ import annotations

import os
import subprocess
import sys
import threading

import pytest

from lint import cache_dir
from lint.config import find_config_file

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
STORY = "---\ntitle: Vote\n---\nThe the council voted.\n"
WAIT = 60       # seconds: a run that takes this long is stuck on the FIFO


def newslint(cwd, *args) -> subprocess.CompletedProcess:
    """`newslint ARGS` in `cwd` as a user runs it, in a process of its own so
    that a hang is a timeout here, not a stuck suite."""
    env = {**os.environ, "NO_COLOR": "1", "NEWSLINT_NO_CACHE": "1"}
    try:
        return subprocess.run([sys.executable, "-m", "lint", *args], cwd=cwd, env=env,
                              capture_output=True, text=True, timeout=WAIT)
    except subprocess.TimeoutExpired:
        pytest.fail(f"newslint {' '.join(args)} hung on a FIFO")


def site(tmp_path):
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "vote.md").write_text(STORY, encoding="utf-8")
    (tmp_path / "top.md").write_text(STORY, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize("fifo, what", [
    (".newslint.yaml", "cannot read config"), ("news/.newslint.yml", "cannot read config"),
    (".vale.ini", "cannot read Vale config"), ("news/_vale", "cannot read Vale config"),
])
def test_a_fifo_config_is_named_in_one_line_not_waited_on(tmp_path, fifo, what, jobs):
    root = site(tmp_path)
    os.mkfifo(root / fifo)
    run = newslint(root, "check", "--jobs", jobs, ".")
    assert run.returncode == 2 and "Traceback" not in run.stderr, run.stderr
    (line,) = run.stderr.strip().splitlines()
    assert line == f"newslint: {root / fifo}: {what}: a FIFO (named pipe), not a regular file"


def test_a_folder_named_as_a_vale_config_is_no_config(tmp_path):
    """`.vale/` holds styles in many projects: a folder is never a config."""
    root = site(tmp_path)
    (root / ".vale").mkdir()
    (root / ".newslint.yaml").mkdir()
    assert find_config_file(str(root / "news")) is None
    run = newslint(root, "check", ".")
    assert run.returncode == 0 and "[hygiene.doubled-word]" in run.stdout, run.stderr


def unstuck(call, fifo):
    """call() in a thread; a FIFO it still waits on after WAIT seconds is
    opened for writing (so the thread ends) and the test fails."""
    out: list = []
    worker = threading.Thread(target=lambda: out.append(_outcome(call)), daemon=True)
    worker.start()
    worker.join(WAIT)
    if worker.is_alive():
        with open(fifo, "wb"):
            pass
        pytest.fail("reading the FIFO blocked")
    return out[0]


def _outcome(call):
    try:
        return call()
    except Exception as exc:   # noqa: BLE001 - the test looks at what was raised
        return exc


def vale_styles(root, ini_extra: str = ""):
    (root / "styles" / "config" / "vocabularies" / "News").mkdir(parents=True)
    (root / "styles" / ".vale-config").mkdir()
    (root / ".vale.ini").write_text(f"StylesPath = styles\n{ini_extra}[*]\nBasedOnStyles = Vale\n",
                                    encoding="utf-8")
    (root / "a.md").write_text("A day.\n", encoding="utf-8")
    return root


def test_a_fifo_vale_package_config_is_named_not_waited_on(tmp_path):
    from lint.vale.config import ValeConfigError, load

    fifo = vale_styles(tmp_path) / "styles" / ".vale-config" / "pkg.ini"
    os.mkfifo(fifo)
    raised = unstuck(lambda: load(str(tmp_path / ".vale.ini")), fifo)
    assert isinstance(raised, ValeConfigError)
    assert str(raised) == f"{fifo}: cannot read package config: a FIFO (named pipe), not a regular file"


def test_a_fifo_vocabulary_is_named_not_passed_over(tmp_path):
    root = vale_styles(tmp_path, "Vocab = News\n")
    fifo = root / "styles" / "config" / "vocabularies" / "News" / "accept.txt"
    os.mkfifo(fifo)
    run = newslint(root, "check", "--format", "vale", "a.md")
    assert run.returncode == 2 and "Traceback" not in run.stderr, run.stderr
    assert f"{fifo}: cannot read vocabulary: a FIFO (named pipe), not a regular file" in run.stderr


def test_a_fifo_baseline_is_named_not_waited_on(tmp_path):
    root = site(tmp_path)
    os.mkfifo(root / "known.json")
    run = newslint(root, "check", "--baseline", "known.json", ".")
    assert run.returncode == 2
    assert run.stderr.strip() == ("newslint: known.json: cannot read baseline: "
                                  "a FIFO (named pipe), not a regular file")


def test_a_fifo_in_the_cache_folder_is_no_cache_entry(tmp_path):
    fifo = tmp_path / "ab.marshal"
    os.mkfifo(fifo)
    assert unstuck(lambda: cache_dir.read_bytes(str(fifo)), fifo) is None
