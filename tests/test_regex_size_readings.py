"""fx463: `regex_size` reads what a count repeats as `regex` reads it past
white space and `#` comments under VERBOSE, counts spelt with gaps, and
inline flag groups (qa325 #1-#3). Each reading is first shown on `regex`
itself with a count of 3 (what the pattern matches), then the walk must
size the same shape at a count that would crash or hang as refused.
Nothing here compiles a count over 3.
"""
from __future__ import annotations

import pytest
import regex

from lint.regex_size import LIMIT, _at_most, added, oversized, spelled_out
from test_exceptions_size import check

# (shape with N for the count, what it matches at N=3): the count repeats `(?:ab)`, not the gap
SHAPES = [
    ("(?x)(?:ab) {N}", "ababab"),                 # a space before the count (qa325 #1)
    ("(?x)(?:ab)\t\n {N}", "ababab"),             # any str.isspace() run
    ("(?x)(?:ab)#c\n{N}", "ababab"),              # a `#` comment before it
    ("(?x)(?:ab)# c {2}\n{N}", "ababab"),         # a comment holding a count of its own
    ("(?:ab)(?x) {N}", "ababab"),                 # VERBOSE turned on just before the gap
    ("(?x:(?:ab) {N})", "ababab"),                # scoped VERBOSE
    ("(?:ab)(?i){N}", "ababab"),                  # an inline flag group (qa325 #3)
    ("(?:ab)(?-i){N}", "ababab"),
    ("(?:ab)(?){N}", "ababab"),                   # no flags at all: still no item
    ("(?x)(?:ab)(?#c){N}", "ababab"),             # a comment group under VERBOSE
    ("(?x)(?:ab)(? i){N}", "ababab"),             # VERBOSE gaps inside the flag group
    ("(?x)(?:ab)(?i#c\n){N}", "ababab"),
    ("(?V1)(?:ab)(?#c){N}", "ababab"),            # a comment group where VERSION1 may be on
]


@pytest.mark.parametrize("shape, matched", SHAPES)
def test_regex_repeats_the_item_before_the_gap(shape, matched):
    assert regex.fullmatch(shape.replace("N", "3"), matched)
    assert not regex.fullmatch(shape.replace("N", "3"), "ab")


@pytest.mark.parametrize("shape, matched", SHAPES)
def test_the_walk_repeats_it_too(shape, matched):
    pattern = shape.replace("(?:ab)", "(?:(?:ab|cd)").replace("{N}", "{1000})") + "{300}"
    assert spelled_out(pattern) > 300 * 1000 * 5, pattern
    assert oversized(pattern) is not None and added(pattern) > LIMIT, pattern


# counts spelt with gaps under VERBOSE (qa325 #2): the number `regex` reads
@pytest.mark.parametrize("count, times", [("{1 0}", 10), ("{ 3 }", 3), ("{3 ,}", 3), ("{1#c\n0}", 10),
                                          ("{ 1 , 2 }", 1), ("{#}\n1 0}", 10), ("{#{3}\n1 0}", 10)])
def test_a_spaced_count_is_read_as_its_digits(count, times):
    assert regex.fullmatch(f"(?x)a{count}", "a" * times)
    assert not regex.fullmatch(f"(?x)a{count}", "a" * (times - 1) + "b")
    big = "(?x)a" + count.replace("1", "1000001").replace("3", "3000000")
    assert oversized(big) is not None, big


def test_a_comment_holding_structure_under_verbose_is_refused_with_its_reason():
    # as text (after a `(?-x)`) the `)` would close a group; as a comment it does not: not sized
    why = oversized("(?x)(?:(?:ab|cd)#)\n{1000}) {300}")
    assert why is not None and "# comment" in why and "( ) [ or \\" in why
    assert spelled_out("(?x)(?:(?:ab|cd)#)\n{1000}) {300}") > LIMIT
    # the nearest: any `{` after such a comment, even one that is no count, is refused too
    assert oversized("(?x)(?:ab|cd) # (or)\n{2}") is not None
    assert oversized("(?x)(?:ab|cd) # (or)\n\\{") is not None


@pytest.mark.parametrize("pattern", [
    "(?x)\\#(\\d+)",            # an escaped `#` opens no comment
    "(?x)[#(]\\d+",             # nor one in a set
    "(?x)(?#a # (b)\\d+",       # nor one in a comment group
    "(?x)\\d+ # a number, then text\n\\w+",
    "(?x)a{1 0 0}",             # a hundred: allowed
    "(?i)(?:ab|cd){3}",
    "(?x)\\d+ # digits (and more) \n\\w+",      # a comment holding structure, no count after it
    "(?x)a{1000} # (a thousand)\n",
])
def test_nearest_cases_still_allowed(pattern):
    assert oversized(pattern) is None
    assert added(pattern) <= LIMIT


@pytest.mark.parametrize("pattern", ["(?:ab|cd)(?R){1000000}", "(?:ab|cd)(?1){1000000}",
                                     "(?:ab|cd)(?-1){1000000}"])
def test_a_call_is_an_item_of_its_own_not_a_flag_group(pattern):
    # `(?R)`, `(?1)`, `(?-1)` call a group: the count repeats the call, an item
    assert oversized(pattern) is not None


def test_the_bound_steps_aside_only_where_verbose_may_be_on():
    assert _at_most("(?x)a{2}") is None and _at_most("a{2}", regex.VERBOSE) is None
    assert _at_most("(?i)a{2}") == len("(?i)a{2}") and _at_most("(?-x)a{2}") == len("(?-x)a{2}")


def test_a_house_token_with_a_structured_comment_is_refused_at_its_line(run_cli, tmp_path):
    # a YAML double-quoted token: its \n is a newline, ending the comment
    body = ('extends: existence\nmessage: "house word %s"\nlevel: warning\ntokens:\n  - zebra\n'
            '  - "(?x)(?:(?:ab|cd)#)\\n{1000}) {300}"\n')
    result = check(run_cli, tmp_path, body)
    lines = result.stderr.strip().splitlines()
    assert result.exit_code == 2 and len(lines) == 1, result.stdout + result.stderr
    assert "r.yaml:6:" in lines[0] and "# comment" in lines[0], lines[0]
