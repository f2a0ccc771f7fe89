"""`--jobs N` above the CPUs this process may use is kept as asked (as
flake8 `--jobs` and pytest-xdist `-n` keep it), and `-v` says what it costs;
`--jobs 0` is one job per usable CPU (the affinity mask, not the machine's count)."""
from __future__ import annotations

import os

import pytest

from lint import runner


@pytest.fixture
def two_cpus(monkeypatch):
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1}, raising=False)


@pytest.fixture
def site(tmp_path):
    for name in ("a", "b", "c"):
        (tmp_path / f"{name}.txt").write_text(f"Story {name}\n\nThe council met on Monday.\n")
    return tmp_path


def test_more_jobs_than_cpus_are_kept_and_said_under_verbose(run_cli, site, two_cpus):
    result = run_cli("check", "-v", "--no-progress", "--no-cache", "-j", "5", site)
    assert result.exit_code == 0, result.output
    assert ("newslint: --jobs 5 starts 3 processes for 2 CPUs: they take turns, so a run "
            "costs more CPU time and is seldom faster (--jobs 0 is one per CPU)") in result.stderr
    quiet = run_cli("check", "--no-progress", "--no-cache", "-j", "5", site)
    assert "processes for" not in quiet.stderr and quiet.stdout == result.stdout


@pytest.mark.parametrize("jobs", ["0", "2"])
def test_no_word_when_the_jobs_fit_the_cpus(run_cli, site, two_cpus, jobs):
    result = run_cli("check", "-v", "--no-progress", "--no-cache", "-j", jobs, site)
    assert result.exit_code == 0 and "processes for" not in result.stderr


def test_jobs_0_is_one_per_usable_cpu(two_cpus):
    assert runner.job_count(0) == 2 and runner.job_count(7) == 7
    assert runner.oversubscribed(7, 1) is None           # one file: no workers at all
    assert "starts 3 processes for 2 CPUs" in runner.oversubscribed(7, 3)
