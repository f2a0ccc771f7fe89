"""fx535: `file.too-large` says the limit as the config writes it and the
size to the fewest decimals that read over it (qa396 #7: "file is 0.0 MB,
over the 0.00999928 MB limit")."""
from __future__ import annotations

import pytest


def _said(mb, size):
    from lint.config_values import max_file_size
    from lint.readers import too_large

    return str(too_large(size, max_file_size(".newslint.yaml", mb)))


@pytest.mark.parametrize("mb, size, said", [
    (0.01, 22013, "file is 0.02 MB, over the 0.01 MB limit"),
    (0.001, 2914, "file is 0.003 MB, over the 0.001 MB limit"),
    (0.3333, 400000, "file is 0.4 MB, over the 0.3333 MB limit"),
    (0.01, 10490, "file is 0.010004 MB, over the 0.01 MB limit"),
    (1, 1048577, "file is 1.000001 MB, over the 1 MB limit"),
    (10, 10 * 1048576 + 5000, "file is 10.005 MB, over the 10 MB limit"),
    (0.0000001, 5, "file is 0.000005 MB, over the 0.000001 MB limit"),       # one byte: the least a limit is
    (1_000_000, 1_000_001 * 1048576, "file is 1000001 MB, over the 1000000 MB limit"),
])
def test_the_size_reads_over_the_limit_the_config_gives(mb, size, said):
    assert _said(mb, size).startswith(said + " (raise max-file-size in the config); skipped")


def test_a_size_no_six_decimals_tell_from_the_limit_is_said_in_bytes_beside_the_limits():
    assert _said(0.01, 10486).startswith("file is 10,486 bytes, over the 0.01 MB (10,485 bytes) limit (raise")


@pytest.mark.parametrize("mb, size, said", [
    (10, 11 * 1048576 + 5, "file is 11.0 MB, over the 10 MB limit"),          # the default's as before
    (10, int(11.9 * 1048576), "file is 11.9 MB, over the 10 MB limit"),       # README's
    (2.5, 3 * 1048576, "file is 3 MB, over the 2.5 MB limit"),
])
def test_guard_a_size_one_decimal_tells_keeps_its_one_decimal(mb, size, said):
    assert _said(mb, size).startswith(said + " (raise")


@pytest.mark.parametrize("mb, limit", [(0.01, "0.01"), (10, "10"), (0.5, "0.5")])
def test_a_streams_unknown_size_names_the_limit_alone(mb, limit):
    assert _said(mb, None) == f"file is over the {limit} MB limit (raise max-file-size in the config); skipped"


@pytest.mark.parametrize("max_bytes", [1, 2, 1000, 10485, 10486, 1048575, 1048576, 10 << 20, 123456789])
def test_the_limit_said_gives_back_its_bytes(max_bytes):
    from lint.config_values import max_file_size
    from lint.readers._file_size import limit_mb

    said = limit_mb(max_bytes)
    assert "e" not in said and max_file_size("c.yaml", float(said)) == max_bytes


def test_check_says_a_small_limit_as_the_config_writes_it(tmp_path, run_cli):
    (tmp_path / ".newslint.yaml").write_text("max-file-size: 0.02\n")
    (tmp_path / "big.md").write_text("# Hed\n\n" + "Word word. " * 3000)
    done = run_cli("check", "--no-cache", "big.md", cwd=tmp_path)
    assert done.exit_code == 1, done.output
    assert ("big.md:1:1: error [file.too-large] file is 0.03 MB, over the 0.02 MB limit (raise max-file-size "
            "in the config); skipped") in done.stdout, done.stdout
