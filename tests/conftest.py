"""Shared test helpers: paths, and a CLI runner that never needs an install."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seeds" / "000_b141c3d0db0b4269.txt"
CORPORA = SHARED / "corpora"


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
def seed():
    if not SEED.exists():
        pytest.skip("the seed article (../shared/seeds) is not present")
    return SEED
