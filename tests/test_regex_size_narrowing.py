"""Where `regex_size` refuses less (fx440): a `(?#…)` comment ends where
`regex`'s `parse_comment` ends it, at the first `)` no `\\` escapes (qa301 #2),
and a count is ASCII digits only, as `parse_count` reads it (qa292 #6). Each
narrowing has its nearest crafted pattern that `regex` does write out huge,
and that one stays refused; a set's escaped `\\]` (qa292 #9) likewise. Two
under-counts lead52 had are closed: braces after `\\p` or `\\N` that `regex`
reads as text, not as a name, and a `(?#` inside a VERSION1 nested set. What
`regex` really does is checked in a child process under a 200 MB address-space
limit, never in the test process: a million written-out items take some
280 MB there. Synthetic patterns only.
"""
from __future__ import annotations

import resource
import subprocess
import sys

import pytest
import regex

from lint.regex_size import compile_counted, oversized, spelled_out

_CHILD = ("import sys, regex\n"
          "try:\n"
          "    regex.compile(sys.argv[1]); print('compiled')\n"
          "except MemoryError:\n"
          "    print('out of memory')\n")


def _with_200_mb():
    resource.setrlimit(resource.RLIMIT_AS, (200 << 20, 200 << 20))


def compiled_in_a_child(pattern: str) -> str:
    """'compiled' or 'out of memory' when a child compiles `pattern` with
    200 MB of address space; a child killed by a signal says so."""
    done = subprocess.run([sys.executable, "-B", "-c", _CHILD, pattern], capture_output=True,
                          text=True, preexec_fn=_with_200_mb)
    return done.stdout.strip() if done.returncode == 0 else f"rc {done.returncode}"


# regex reads past `\)` inside (?#...), so the comment holds `b{1000000}`; `a{١٠٠٠٠٠٠}` and a count
# mixing in one Arabic-Indic digit are literal text to regex (its DIGITS are string.digits); a set
# holding an escaped `\]` holds the `a{1000000}` after it
SMALL = ["(?#a\\)b{1000000})c", "(?#\\)\\)b{1000000})c", "a{١٠٠٠٠٠٠}", "a{1٠٠٠٠٠٠}", "[\\]a{1000000}]",
         "x\\p{^Script=Latin}(?#]]a{1000000})", "\\N{EM DASH}\\p{Lu}"]
# the nearest that regex writes out: an escaped backslash before `)`, a second `)` ending the
# comment early, ASCII digits, and a (?#...) after a set's `\]` that is no comment
HUGE = ["((?#a\\\\)b{1000000})c", "(?#a\\)b)c{1000000}", "(?#a\\\\)b{1000000}c", "a{1000000}",
        "([\\](?#]a{1000000})",
        # lead52 counted these 3 and 4: `regex` reads `\p`/`\N` as a letter when its braces hold no
        # name, and under (?V1) `[b]` nests in the set, whose `]]` ends after the `(?#`
        "x\\p{a{1000000}}", "x\\N{a{1000000}}", "(?V1)([a[b](?#]]a{1000000})"]


@pytest.mark.parametrize("pattern", SMALL)
def test_a_pattern_regex_writes_out_small_is_not_refused(pattern):
    assert oversized(pattern) is None and spelled_out(pattern) <= len(pattern)
    assert compiled_in_a_child(pattern) == "compiled"


@pytest.mark.parametrize("pattern", HUGE)
def test_nearest_case_a_pattern_regex_writes_out_huge_is_still_refused(pattern):
    assert oversized(pattern) is not None and spelled_out(pattern) >= 1_000_000
    assert compiled_in_a_child(pattern) != "compiled"


def test_an_unclosed_comment_after_an_escape_counts_nothing_and_does_not_compile():
    # regex raises "missing )" at the end, so nothing after (?# is written out
    assert spelled_out("(?#a\\)b{1000000}") == 0
    assert compiled_in_a_child("(?#a\\)b{1000000}") == "rc 1"


def test_a_version1_flag_given_apart_keeps_a_comment_opener_counted():
    assert oversized("([a[b](?#]]a{1000000})", flags=regex.V1) is not None
    assert oversized("x(?#]]a{1000000})", flags=regex.V0) is None


@pytest.mark.parametrize("pattern,size", [(r"\p{a:}{5}", 9), (r"\p{a: }", 6), (r"\p{Script=Latin}{4}", 4),
                                          (r"\N{EM DASH}{3}", 3), (r"\N{a_b}", 6)])
def test_braces_after_p_or_n_are_one_item_only_where_regex_reads_a_name(pattern, size):
    # `\p{a:}` has no value after its colon and `\N{a_b}` a `_` no character name holds: text to regex
    assert spelled_out(pattern) == size


def test_qa303_an_inline_version1_under_version0_is_not_named_a_long_count():
    with pytest.raises(regex.error) as caught:
        compile_counted("(?V1)NATO", regex.VERSION0)
    assert "digits" not in str(caught.value)
    assert "VERSION" in str(caught.value) or "V1" in str(caught.value)


_CPU_CHILD = """
import resource, sys
resource.setrlimit(resource.RLIMIT_CPU, (10, 10))
from lint.regex_size import spelled_out
print(spelled_out(sys.argv[1]))
"""


def test_qa303_an_unclosed_property_value_is_read_in_one_pass():
    # a resource bound, not a measurement: one pass over 60,000 characters takes
    # milliseconds; the quadratic reading needs about 40 s of CPU, past the 10 s cap
    pattern = "\\p{a=" + "a" * 60_000
    done = subprocess.run([sys.executable, "-c", _CPU_CHILD, pattern], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert int(done.stdout) == len(pattern) - 1     # \p is one item, the rest text
