"""fx565: file.too-large's figures (qa413 #4, #5, #6): whole megabytes said
without a decimal, a YAML config's E notation read as the number it spells,
the limit's str() its bytes. Guards: other sizes keep their decimals, a
TOML string and a YAML word stay refused."""
from __future__ import annotations

import pytest

from lint.config import ConfigError
from lint.config_values import max_file_size
from lint.readers import too_large

MB = 1048576


def _said(mb, size: int) -> str:
    return str(too_large(size, max_file_size(".newslint.yaml", mb)))


def test_a_whole_size_over_a_fractional_limit_is_whole():
    assert _said(0.5, MB).startswith("file is 1 MB, over the 0.5 MB limit")


@pytest.mark.parametrize("size, said", [(int(15.3 * MB), "15.3 MB"), (10 * MB + MB // 2, "10.5 MB")])
def test_guard_a_size_of_no_whole_megabytes_keeps_its_decimal(size, said):
    assert _said(10, size).startswith(f"file is {said}, over the 10 MB limit")


@pytest.mark.parametrize("written, mb", [("1e-3", "0.001"), ("2E1", "20"), ("1.5e+1", "15"), ("-1e3", None)])
def test_yaml_e_notation_is_its_number(written, mb):
    if mb is None:          # still a number out of range: refused as one
        with pytest.raises(ConfigError, match="positive number"):
            max_file_size(".newslint.yaml", written)
    else:
        assert max_file_size(".newslint.yaml", written).written == mb


@pytest.mark.parametrize("path, written", [("pyproject.toml", "1e-3"), (".newslint.yaml", "ten"),
                                           (".newslint.yaml", "1e"), (".newslint.yaml", "0x10")])
def test_guard_text_that_is_no_e_notation_number_is_refused(path, written):
    with pytest.raises(ConfigError):
        max_file_size(path, written)


def test_guard_the_limits_repr_keeps_what_was_written():
    limit = max_file_size(".newslint.yaml", 0.5)
    assert str(limit) == "524288" and repr(limit) == "Limit(524288, '0.5')"
