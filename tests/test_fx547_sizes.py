"""fx547: `file.too-large` says the limit with the digits the config wrote
(qa401 #5) and the size near what it is, never the limit's number (qa401
#4). Inputs are synthetic."""
from __future__ import annotations

import pickle
import re

import pytest

MB = 1048576


def _said(mb, size):
    from lint.config_values import max_file_size
    from lint.readers import too_large

    return str(too_large(size, max_file_size(".newslint.yaml", mb)))


@pytest.mark.parametrize("mb, limit", [(0.123456789, "0.123456789"), (1e-05, "0.00001"), (10.0, "10"),
                                       (0.1234567, "0.1234567"), (2, "2")])
def test_the_limit_is_said_with_the_digits_written(mb, limit):
    assert f" over the {limit} MB limit (raise" in _said(mb, int(mb * MB) + 200_000)
    assert _said(mb, None) == f"file is over the {limit} MB limit (raise max-file-size in the config); skipped"


def test_two_limits_of_one_byte_count_are_said_each_as_written():
    from lint.config_values import max_file_size

    a, b = max_file_size("c.yaml", 0.123456789), max_file_size("c.yaml", 0.1234567891)
    assert a == b and repr(a) != repr(b)        # one limit; a cache keyed on repr(Config) tells the words apart
    assert "0.123456789 MB" in _said(0.123456789, 200_000)
    assert "0.1234567891 MB" in _said(0.1234567891, 200_000)


def test_the_limit_survives_a_trip_to_a_worker():
    from lint.config import Config
    from lint.config_values import max_file_size

    config = Config(max_file_size=max_file_size("c.yaml", 0.123456789))
    back = pickle.loads(pickle.dumps(config))
    assert back == config and back.max_file_size.written == "0.123456789"
    assert back.max_file_size + 1 == int(0.123456789 * MB) + 1


@pytest.mark.parametrize("limit", ["0.001", "0.01", "0.05", "0.15", "0.3333", "1", "1.5", "2.5", "10"])
def test_every_size_said_reads_over_the_limit_and_is_within_a_tenth(limit):
    from lint.config_values import max_file_size

    max_bytes = max_file_size("c.yaml", float(limit))
    for size in sorted({max_bytes + 1, max_bytes + 7, *(int(max_bytes * f) for f in (
            1.001, 1.01, 1.04, 1.06, 1.1, 1.3, 1.5, 1.9, 2.0, 2.6, 7.3, 11.0))}):
        said = _said(float(limit), size)
        mb = re.match(r"file is ([0-9.]+) MB, over", said)
        if mb is None:      # in bytes, beside the limit's own
            assert said.startswith(f"file is {size:,} bytes, over the {limit} MB ({max_bytes:,} bytes)"), said
            continue
        shown = float(mb.group(1))
        assert shown > float(limit) and abs(shown - size / MB) <= 0.1 * size / MB, (size, said)


@pytest.mark.parametrize("mb, size, said", [
    (0.05, 52_545, "file is 0.0501 MB"),        # was "0.1 MB": twice the size
    (0.15, 167_772, "file is 0.16 MB"),         # was "0.2 MB"
    (0.001, 2914, "file is 0.003 MB"),          # a short one within a tenth stays
    (0.3333, 700_000, "file is 0.7 MB"),
])
def test_the_fewest_decimals_near_the_size(mb, size, said):
    assert _said(mb, size).startswith(said + ", over the")


def test_guard_a_limit_under_a_byte_is_said_as_the_byte_it_is():
    assert _said(0.0000001, 5).startswith("file is 0.000005 MB, over the 0.000001 MB limit")


def test_check_says_the_limit_as_written(tmp_path, run_cli):
    (tmp_path / ".newslint.yaml").write_text("max-file-size: 0.05\n")
    (tmp_path / "big.md").write_text("# Hed\n\n" + "x" * (52_545 - 8) + "\n")
    done = run_cli("check", "--no-cache", "big.md", cwd=tmp_path)
    assert done.exit_code == 1, done.output
    assert ("big.md:1:1: error [file.too-large] file is 0.0501 MB, over the 0.05 MB limit (raise "
            "max-file-size in the config); skipped") in done.stdout, done.stdout
