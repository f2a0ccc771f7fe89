"""pf63: `regex_size` tests flags as plain ints; a RegexFlag, a combination
and a bare int read the same."""
from __future__ import annotations

import regex

from lint.regex_size import may_be_verbose, spelled_out


def test_verbose_flag_read_as_enum_combination_or_int():
    for flags in (regex.VERBOSE, regex.IGNORECASE | regex.VERBOSE, int(regex.VERBOSE)):
        assert may_be_verbose("a b", flags)
    for flags in (0, regex.IGNORECASE, int(regex.IGNORECASE | regex.MULTILINE)):
        assert not may_be_verbose("a b", flags)
    assert may_be_verbose("(?x)a b", 0)


def test_spelled_out_counts_the_same_for_enum_and_int_flags():
    spaced = "a{1 000}"            # a count with gaps: one only under VERBOSE
    assert spelled_out(spaced, regex.VERBOSE) == spelled_out(spaced, int(regex.VERBOSE)) == 1000
    assert spelled_out(spaced, 0) == spelled_out(spaced, regex.IGNORECASE) < 1000
    nested = "[a[b]]{3}"
    assert spelled_out(nested, regex.V1) == spelled_out(nested, int(regex.V1))
