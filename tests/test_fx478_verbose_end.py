"""fx478 (qa338 #3): whether VERBOSE is on at a term's end is read from one
compile, and reads as the two compiles it replaces did (groups of `term`
against groups of `term#()\\n`). Synthetic terms only.
"""
from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings, strategies as st

from lint.regex_join import alternation, enclosed, verbose_at_end

V0 = regex.VERSION0
PIECES = ["a", " ", "#", "# c", "# c)", "\n", "(?x)", "(?i)", "(?-x)", "(?x:", "(?-x:", "(?:", ")",
          "[# ]", "\\#", "\\", "(?#", "(?", "{2}", "(?P<_verbose_end>", "|", "*"]
terms_st = st.lists(st.sampled_from(PIECES), max_size=8).map("".join)


def two_compiles(term: str, flags: int = 0) -> bool | None:
    """The reading before fx478, for a term that compiles; None for one that does not."""
    try:
        alone = regex.compile(term, flags | V0)
    except (regex.error, ValueError):
        return None
    return regex.compile(term + "#()\n", flags | V0).groups == alone.groups


@settings(max_examples=400, deadline=None)
@given(terms_st, st.sampled_from([0, regex.IGNORECASE, regex.VERBOSE]))
def test_one_compile_reads_verbose_at_the_end_as_two_did(term, flags):
    before = two_compiles(term, flags)
    if before is not None:
        assert verbose_at_end(term, flags | V0) is before, term
    elif verbose_at_end(term, flags | V0):     # read otherwise than before only where
        with pytest.raises((regex.error, ValueError)):      # the join fails as before
            regex.compile(alternation([term, "b"], flags), flags | V0)


def test_a_term_holding_a_group_of_the_probes_name_is_still_read_right():
    # the probe takes a name the term does not hold, so the term's own group is no answer
    assert verbose_at_end("(?x)(?P<_verbose_end>a) # note") is True
    assert verbose_at_end("(?P<_verbose_end>a) # text") is False
    assert enclosed("(?x)(?P<_verbose_end>a) # note") == "(?:(?x)(?P<_verbose_end>a) # note\n)"


@pytest.mark.parametrize("term", ["(?x) a\\", "(?x) a (?#", "(?x) a [", "a (?"])
def test_a_term_that_does_not_compile_alone_is_not_made_to_compile_by_its_closing(term):
    with pytest.raises(regex.error):
        regex.compile(enclosed(term, name="s0"), V0)


def test_a_plain_term_and_one_turned_off_get_no_line_break():
    # nearest cases: VERBOSE never on, or off again at the end: a line break would be text
    assert enclosed("a # b") == "(?:a # b)"
    assert enclosed("(?x)a(?-x) b # c") == "(?:(?x)a(?-x) b # c)"
