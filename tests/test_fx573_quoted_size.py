"""fx573: a YAML max-file-size written quoted ("1e-3", '2E1') or as a block
is text and refused, as a quoted "10" is (qa428 #5); written plain it is
the number it spells (qa413 #5, kept)."""
from __future__ import annotations

import pytest


def _check(run_cli, tmp_path, line: str):
    (tmp_path / "a.txt").write_text("Vote\n\nThe council met.\n")
    (tmp_path / ".newslint.yaml").write_text(line)
    return run_cli("check", "--no-cache", "a.txt", cwd=tmp_path)


@pytest.mark.parametrize("line", ['max-file-size: "1e-3"\n', "max-file-size: '2E1'\n",
                                  "max-file-size: |\n  1e-3\n"])
def test_a_quoted_e_notation_size_is_refused(run_cli, tmp_path, line):
    done = _check(run_cli, tmp_path, line)
    assert done.exit_code == 2 and "max-file-size: must be a positive number" in done.stderr


@pytest.mark.parametrize("line", ["max-file-size: 1e-3\n", "max-file-size: 2E1\n", "max-file-size: 10\n"])
def test_guard_a_plain_number_is_taken(run_cli, tmp_path, line):
    done = _check(run_cli, tmp_path, line)
    assert done.exit_code in (0, 1) and "max-file-size" not in done.stderr


def test_guard_a_plain_e_notation_limit_is_applied(run_cli, tmp_path):
    (tmp_path / "a.txt").write_bytes(b"Vote\n\nThe council met.\n" + b"x" * 2048)
    (tmp_path / ".newslint.yaml").write_text("max-file-size: 1e-3\n")
    out = run_cli("check", "--no-cache", "a.txt", cwd=tmp_path).stdout
    assert "over the 0.001 MB limit" in out
