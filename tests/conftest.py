"""Shared test helpers: paths, and a CLI runner that never needs an install."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SAMPLE = FIXTURES / "sample" / "wire-story.txt"   # our own article, with a problem on most lines


def run_check(tmp_path, *args: str, out: str | None = None) -> subprocess.CompletedProcess:
    """`check --no-cache --no-color *args` in a fresh process in `tmp_path`; with `out`, its
    stdout and stderr both saved into that file there (`> out 2>&1`), else captured as text."""
    cmd = [sys.executable, "-m", "lint", "check", "--no-cache", "--no-color", *args]
    if out is None:
        return subprocess.run(cmd, cwd=tmp_path, capture_output=True, text=True, check=False)
    with open(tmp_path / out, "w") as fh:
        return subprocess.run(cmd, cwd=tmp_path, stdout=fh, stderr=subprocess.STDOUT, check=False)


def pytest_configure(config):
    """The rule-set and result caches of a test session live in a folder of its
    own, never in the user's cache folder (tests of the caches use their own
    tmp_path). Made per session, not per import: mutmut runs each mutant's tests
    as a new session in a process forked after conftest was imported, and a
    result cached by another mutant's session must never answer for this one."""
    config._newslint_cache_dir = os.environ["NEWSLINT_CACHE_DIR"] = \
        tempfile.mkdtemp(prefix="newslint-test-cache-")
    os.environ.pop("NEWSLINT_NO_CACHE", None)
    # A shell that starts the suite in the background (`pytest &`, `nohup ...
    # &` with no job control) starts it with SIGINT ignored, and every child
    # inherits that: the Ctrl-C tests then send a Ctrl-C nobody hears and fail
    # (nine of them, seen in session 40). They stand for a user at a terminal,
    # so the session hears Ctrl-C again, as Python's own start-up would.
    if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)


def pytest_unconfigure(config):
    """Remove the session's cache folder (each session left one in the temp
    folder, up to a few megabytes each: 304 of them, 221 MB, on one machine)."""
    folder = getattr(config, "_newslint_cache_dir", None)
    if folder:
        rule_cache = sys.modules.get("lint.rule_cache")
        if rule_cache is not None:      # save it now: its exit-time save would make the folder again
            rule_cache.reset()
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def run_cli():
    """Run `newslint ARGS` in-process; returns click's Result (exit_code, stdout, stderr)."""
    from lint.cli import main

    def run(*args, input=None, cwd=None):
        runner = CliRunner()
        old = os.getcwd()
        try:
            if cwd:
                os.chdir(cwd)
            return runner.invoke(main, [str(a) for a in args], input=input, catch_exceptions=False)
        finally:
            os.chdir(old)

    return run


@pytest.fixture
def sample():
    """The bundled sample wire story (see its golden `wire-story.txt.expected`)."""
    return SAMPLE


@pytest.fixture(scope="module")
def audit_client():
    """A dask scheduler in this process (one worker, one thread) for the
    audit tests that pass `--scheduler`; skipped without the [audit] extra."""
    pytest.importorskip("distributed")
    pytest.importorskip("pyarrow")
    import logging

    from distributed import Client, LocalCluster
    from lint.audit.run import NO_DASHBOARD

    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False, **NO_DASHBOARD,
                      silence_logs=logging.ERROR) as cluster, Client(cluster) as c:
        yield c


@pytest.fixture
def fresh_rule_cache(tmp_path, monkeypatch):
    """A rule-set cache of the test's own (NEWSLINT_CACHE_DIR under tmp_path),
    emptied in memory before and after; yields its folder."""
    from lint import rule_cache

    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path / "rule-cache"))
    rule_cache.reset()
    yield tmp_path / "rule-cache"
    rule_cache.reset()


@pytest.fixture(autouse=True)
def _runtime_xfail(request):
    """A test module's `_RUNTIME_XFAIL` ({test id: reason}) makes those
    tests strict xfails: cases a take-back changed, named one by one."""
    marks = getattr(request.module, "_RUNTIME_XFAIL", None)
    reason = marks.get(request.node.name) if marks else None
    if reason:
        request.applymarker(pytest.mark.xfail(strict=True, reason=reason))
