"""fx473 (qa333 #1): terms joined into one alternation (`tokens:`, `exceptions:`,
`swap:` keys, `closing:` lines) mean there exactly what they mean alone, and
are sized alone. Synthetic terms only.
"""
from __future__ import annotations

import pytest
import regex
from hypothesis import assume, given, settings, strategies as st

from lint.regex_join import alternation, enclosed, over_limit, verbose_at_end
from lint.regex_size import LIMIT
from test_exceptions_size import check, one_line
from test_regex_size_readings import existence

V0 = regex.VERSION0

# pieces of terms: VERBOSE turned on and off inline and scoped, `#` as a comment and as
# text, spaces, line breaks, escapes, sets, counts and other flags
PIECES = ["a", "b", "A", " ", "  ", "#", "# c", "# c)", "\n", "(?x)", "(?i)", "(?-x)", "(?x:", "(?-x:",
          "(?i:", "(?:", ")", "[# ]", "\\#", "\\ ", "{2}", "{1,2}", "|", "?", "*"]
terms_st = st.lists(st.sampled_from(PIECES), max_size=8).map("".join)
texts_st = st.lists(st.sampled_from(["a", "b", "A", "B", " ", "#", "c", "\n", ")"]), max_size=6).map("".join)


def compiles(term: str, flags: int = 0) -> bool:
    try:
        regex.compile(term, flags | V0)
        return True
    except (regex.error, ValueError):
        return False


@settings(max_examples=400, deadline=None)
@given(st.lists(terms_st, min_size=1, max_size=3), st.lists(texts_st, min_size=1, max_size=12),
       st.sampled_from([0, regex.IGNORECASE]))
def test_joined_terms_match_exactly_where_the_terms_alone_match(terms, texts, flags):
    terms = [*terms, "a b", "a#b"]      # plain terms after them: their space and `#` stay text
    assume(all(compiles(t, flags) for t in terms))
    joined = regex.compile(alternation(terms, flags), flags | V0)
    alone = [regex.compile(t, flags | V0) for t in terms]
    for text in [*texts, "a b", "a#b", "ab"]:
        assert bool(joined.fullmatch(text)) == any(p.fullmatch(text) for p in alone), (terms, text)


@settings(max_examples=200, deadline=None)
@given(terms_st, texts_st)
def test_a_named_enclosed_term_matches_as_alone_and_keeps_its_groups(term, text):
    assume(compiles(term))
    wrapped = regex.compile(enclosed(term, name="s0"), V0)
    assert bool(wrapped.fullmatch(text)) == bool(regex.compile(term, V0).fullmatch(text))
    assert wrapped.groups == regex.compile(term, V0).groups + 1


@pytest.mark.parametrize("term, on", [
    ("(?x) fine  # a note (sic)", True),    # ends in a comment: the `)` would be commented out
    ("(?x) fine", True),
    ("(?x)a\\#", True),                     # an escaped `#` is text, VERBOSE still on
    ("fine # not a comment", False),        # no `x`: the `#` and spaces are text
    ("(?x:a) b", False),                    # scoped: off again after the group
    ("(?x)a(?-x) b", False),                # turned off
    ("(?x)[#]", True),
])
def test_verbose_at_end_is_read_as_regex_reads_it(term, on):
    assert verbose_at_end(term) is on
    assert enclosed(term) == "(?:" + term + ("\n" if on else "") + ")"


def test_a_line_break_is_added_only_where_it_is_white_space():
    # where VERBOSE is off a line break is text: "a b\n" would need a line break after "a b"
    assert regex.compile(alternation(["a b"]), V0).fullmatch("a b")
    assert not regex.compile(alternation(["a b"]), V0).fullmatch("a b\n")


def test_terms_are_sized_alone_and_added_up():
    comment = "(?x) fine  # not fine{1000000}\n"
    assert over_limit(["zebra", comment]) is None       # the count is in a comment
    index, why = over_limit(["zebra", "a{60000}", "b{60000}"])
    assert index == 2 and f"over the {LIMIT:,}" in why
    assert over_limit(["(?x) a{60000}  # x", "(?x) b { 6 0 0 0 0 }"])[0] == 1   # spaced counts read as counts


# --- the nearest cases that must still be refused, each at its own item and as written

def test_a_verbose_token_with_a_huge_count_outside_its_comment_is_refused_at_its_line(run_cli, tmp_path):
    line = one_line(check(run_cli, tmp_path, existence("zebra", "(?x) fine{1000000}  # a note\n")))
    assert "r.yaml:6:" in line and "counted repeats" in line and "(?:" not in line, line
    assert "fine{1000000}" in line, line


def test_tokens_that_add_up_past_the_limit_are_refused_at_the_token_that_passes_it(run_cli, tmp_path):
    line = one_line(check(run_cli, tmp_path, existence("zebra", "(?x) a{60000}  # note\n", "b{60000}")))
    assert "r.yaml:7:" in line and "the tokens up to 'b{60000}' together" in line, line
    assert "(?<!" not in line, line     # not the joined pattern, which no writer wrote


def test_verbose_exception_terms_that_add_up_past_the_limit_are_still_refused(run_cli, tmp_path):
    body = ('extends: capitalization\nmessage: "head %s"\nmatch: $title\nexceptions:\n'
            '  - "(?x) a{60000}  # one\\n"\n  - "(?x) b{60000}  # two"\n')
    line = one_line(check(run_cli, tmp_path, body))
    assert "exceptions: the terms together: its counted repeats" in line, line


def vale_swap(tmp_path, keys: str):
    """A Vale style House with one substitution rule whose `swap:` is `keys`
    (YAML lines), and a story about a zebra; the check's arguments."""
    style = tmp_path / "styles" / "House"
    style.mkdir(parents=True)
    (style / "Swap.yml").write_text(f"extends: substitution\nmessage: \"Use '%s'.\"\nlevel: error\n"
                                    f"swap:\n{keys}", encoding="utf-8")
    ini = tmp_path / ".vale.ini"
    ini.write_text("StylesPath = styles\n[*]\nBasedOnStyles = House\n", encoding="utf-8")
    story = tmp_path / "story.md"
    story.write_text("The zebra ran. It was fine.\n", encoding="utf-8")
    return "check", "--no-cache", "--vale-config", ini, story


def test_vale_swap_keys_that_add_up_past_the_limit_are_refused(run_cli, tmp_path):
    line = one_line(run_cli(*vale_swap(tmp_path, '  "(?x) a{60000}  # one": x\n  b{60000}: y\n')))
    assert "swap: the keys up to" in line and "together: its counted repeats" in line, line


def test_a_vale_swap_key_with_a_huge_count_alone_is_refused_as_written(run_cli, tmp_path):
    line = one_line(run_cli(*vale_swap(tmp_path, '  zebra: horse\n  "a{1000000}": b\n')))
    assert "regex 'a{1000000}' does not compile: its counted repeats" in line, line


def test_a_vale_swap_key_ending_in_a_comment_runs_and_is_found(run_cli, tmp_path):
    result = run_cli(*vale_swap(tmp_path, '  "(?x) z e b r a  # the animal": horse\n  "(?x) fine  # n{1000000}": good\n'))
    assert result.exit_code == 1 and "does not compile" not in result.stderr, result.stdout + result.stderr
    assert "House.Swap" in result.stdout and "horse" in result.stdout and "good" in result.stdout, result.stdout


# --- the other joins: a (?x) term ending in a comment runs and is found

@pytest.mark.parametrize("term, excepted", [("(?x) meets  # the verb", True), ("meets # the verb", False)])
def test_a_verbose_exception_ending_in_a_comment_still_excepts(run_cli, tmp_path, term, excepted):
    # nearest: without `(?x)` the `#` and spaces are text, so the same words except nothing
    body = f'extends: capitalization\nmessage: "head %s"\nmatch: $title\nexceptions:\n  - Zebra\n  - "{term}"\n'
    result = check(run_cli, tmp_path, body)
    assert result.exit_code in (0, 1) and "does not compile" not in result.stderr, result.stderr
    assert ("head Council meets" not in result.stdout) is excepted, result.stdout


def test_a_newslint_swap_key_ending_in_a_comment_runs_and_is_found(run_cli, tmp_path):
    body = ('message: "write {replacement}, not %s"\nlevel: warning\nextends: substitution\n'
            'swap:\n  "(?x) z e b r a  # the animal": horse\n')
    result = check(run_cli, tmp_path, body)
    assert result.exit_code in (0, 1) and "does not compile" not in result.stderr, result.stderr
    assert "write horse, not zebra" in result.stdout, result.stdout


def test_an_exception_terms_inline_flag_reaches_no_other_term():
    # before fx473 the terms were joined bare, `\b(?:(?i)abc|de)\b`, where the `(?i)` of the longer
    # term made every shorter one after it case-blind too: `DE` was excepted though no term says so
    from lint.vale.rulebase import exceptions_regex
    excepted = exceptions_regex(["(?i)abc", "de"])
    assert excepted.search("ABC") and excepted.search("de")
    assert not excepted.search("DE")
