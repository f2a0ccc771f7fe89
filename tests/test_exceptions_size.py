"""The counted-repeat limit (`regex_size`) where exception terms are compiled
(fx429, mending qa292): a Vale kind's `exceptions:` and a Vocab's accept.txt,
each term and the terms joined; a count too long for `int()`; the words for a
chain of symlinks whose last target is missing; a refused pattern quoted cut.
Synthetic input only.
"""
from __future__ import annotations

import os

import pytest
import regex

from lint.regex_size import LIMIT, compile_counted, oversized
from lint.regular_files import broken_link
from test_hardening_output import house_rule
from vale_helpers import vale_project

STORY = "Council meets\n\nThe zebra ran. It was fine.\n"
TWENTY = "abcdefghijklmnopqrst"       # twenty `x{90000}`: each under LIMIT, 1.8M together


def check(run_cli, tmp_path, body):
    rules = house_rule(tmp_path, name="r", body=body)
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    return run_cli("check", "--no-cache", "--rules", rules, story)


def one_line(result) -> str:
    assert result.exit_code == 2, result.stdout + result.stderr
    line, = result.stderr.strip().splitlines()
    assert "internal error" not in line and "Traceback" not in line, line
    return line


def capitalization(*terms: str) -> str:
    listed = "".join(f"  - '{t}'\n" for t in terms)
    return f'extends: capitalization\nmessage: "head %s"\nmatch: $title\nexceptions:\n{listed}'


def test_a_huge_count_in_exceptions_is_refused_at_its_item(run_cli, tmp_path):
    line = one_line(check(run_cli, tmp_path, capitalization("Zebra", "(?:ab|cd){1000000}")))
    assert "r.yaml:6:5: exceptions: regex '(?:ab|cd){1000000}' does not compile: its counted" in line, line


def test_exceptions_that_add_up_past_the_limit_are_refused_at_their_key(run_cli, tmp_path):
    line = one_line(check(run_cli, tmp_path, capitalization(*(f"{c}{{90000}}" for c in TWENTY))))
    assert "r.yaml:5:3: exceptions: the terms together: its counted repeats" in line, line


def test_nearest_case_exceptions_that_add_up_under_the_limit_still_load(run_cli, tmp_path):
    result = check(run_cli, tmp_path, capitalization(*(f"{c}{{4000}}" for c in TWENTY)))   # 80,000
    assert result.exit_code in (0, 1) and "exceptions" not in result.stderr, result.stderr


def test_spelling_exceptions_that_add_up_past_the_limit_are_refused_at_their_key(run_cli, tmp_path):
    terms = "".join(f"  - '{c}{{90000}}'\n" for c in TWENTY)
    line = one_line(check(run_cli, tmp_path, f'extends: spelling\nmessage: "spell %s"\nexceptions:\n{terms}'))
    assert "r.yaml:4:3: exceptions: the terms together: its counted repeats" in line, line


def vale_site(root, accept: str, reject: str | None = None, desk: str | None = None):
    """a.md under a .vale.ini with Vocab News (`accept`, and `reject` if given)
    based on Vale, and on Desk if `desk` gives the exceptions of its heading
    capitalization rule Desk/H; returns accept.txt's path."""
    vocab = "styles/config/vocabularies/News"
    files = {f"{vocab}/accept.txt": accept, "a.md": "A day in Newslint.\n"}
    if reject is not None:
        files[f"{vocab}/reject.txt"] = reject
    rules = {"Desk/H": 'extends: capitalization\nmessage: "head %s"\nmatch: $title\nscope: heading\n'
                       "exceptions:\n" + desk} if desk else None
    vale_project(root, f"StylesPath = styles\nVocab = News\n[*]\nBasedOnStyles = Vale{', Desk' if desk else ''}\n",
                 rules, files)
    return root / vocab / "accept.txt"


def test_an_accepted_term_with_a_huge_count_is_refused_at_its_line(run_cli, tmp_path):
    accept = vale_site(tmp_path, "# house words\nNewslint\n(?:ab|cd){1000000}\n")
    line = one_line(run_cli("check", "--no-cache", "a.md", cwd=tmp_path))
    assert f"{accept}:3: regex '(?:ab|cd){{1000000}}' does not compile: its counted" in line, line


def test_accepted_terms_that_add_up_past_the_limit_are_refused_where_they_pass_it(run_cli, tmp_path):
    accept = vale_site(tmp_path, "".join(f"{c}{{60000}}\n" for c in "abc"))
    line = one_line(run_cli("check", "--no-cache", "a.md", cwd=tmp_path))
    assert f"{accept}:2: the accepted terms up to 'b{{60000}}' together: its counted" in line, line


def test_nearest_case_small_counted_accepted_terms_still_load(run_cli, tmp_path):
    vale_site(tmp_path, "Newslint\n\\d{4}\na{60000}\n")
    result = run_cli("check", "--no-cache", "a.md", cwd=tmp_path)
    assert result.exit_code in (0, 1) and "accept.txt" not in result.stderr, result.stderr


@pytest.mark.parametrize("count", ["{%s}", "{0,%s}", "{%s,}"])
def test_a_count_too_long_for_int_is_a_regex_error(count):
    with pytest.raises(regex.error):
        compile_counted("a" + count % ("9" * 5000))


def test_nearest_case_zero_and_empty_counts_are_read_as_before():
    assert oversized("a{0}b{,5}c{0,3}d{}") is None and compile_counted(r"x{0,3}\d{4}").match("x2026")
    assert oversized("a{%s}" % (LIMIT + 20)) is not None and oversized("a{%s}" % LIMIT) is None


def test_a_chain_of_links_names_the_target_that_is_missing(tmp_path):
    os.symlink("chain1", tmp_path / "desk.ini")
    os.symlink("gone.ini", tmp_path / "chain1")
    assert broken_link(str(tmp_path / "desk.ini")) == \
        "broken symlink: its target 'chain1' -> 'gone.ini' does not exist"


def test_nearest_case_one_broken_link_reads_as_before(tmp_path):
    os.symlink("gone.ini", tmp_path / "desk.ini")
    (tmp_path / "here.ini").write_text("", encoding="utf-8")
    assert broken_link(str(tmp_path / "desk.ini")) == "broken symlink: its target 'gone.ini' does not exist"
    assert broken_link(str(tmp_path / "here.ini")) is None


def test_a_refused_long_alternation_is_quoted_cut(run_cli, tmp_path):
    words = "".join(f"  - w{i:06d}\n" for i in range(3000))
    body = f'extends: existence\nmessage: "x %s"\ntokens:\n{words}  - a{{60000}}\n  - b{{60000}}\n'
    line = one_line(check(run_cli, tmp_path, body))
    assert "counted repeats" in line and len(line) < 400, line[:500]


# rr53b #9: a `{n}` inside a `(?#...)` comment is no count: the pattern compiles to one item (main
# compiled it; `spelled_out` read the comment's count and refused it until the lead's mend).
def test_a_count_inside_a_comment_is_no_counted_repeat():
    assert oversized("(?#{1000000})a") is None
    assert compile_counted("(?#{1000000})a").match("a")


# The lead's mend read `#` to the line's end under (?x) as a comment too, and qa301 #1 found a `#` where
# VERBOSE is turned off again read the same way (a SIGSEGV); that part was taken back. fx468 reads a
# `#` comment as one only where VERBOSE is certainly on (a leading (?x), no (?-x) anywhere), and sizes
# every reading where it is not (`test_regex_size_readings`).
def test_a_count_inside_a_verbose_comment_is_no_counted_repeat():
    assert oversized("(?x)a # {1000000}\nb") is None


@pytest.mark.parametrize("pattern", ["(?#note)a{1000000}", "(?x)a{1000000} # note", "(?x)[#]{1000000}",
                                     "(?x)\\#{1000000}", "a # {1000000}",
                                     "(?x)(# (?#\n a{1000000})", "(?ix)(# (?#\n a{1000000})"])
def test_nearest_case_a_count_outside_a_comment_is_still_counted(pattern):
    # a set's or an escaped `#`, or `#` without (?x), is no comment; under (?x) a `(?#` inside a `#`
    # comment opens nothing, so the count after the line break is regex's to write out
    assert oversized(pattern) is not None


def test_a_verbose_flag_given_apart_keeps_a_comment_opener_counted():
    assert oversized("(# (?#\n a{1000000})", flags=regex.VERBOSE) is not None
    assert oversized("(# (?#\n a{1000000})") is None     # without VERBOSE, (?#...) is a comment to its )


def test_qa299_exceptions_joined_with_accepted_terms_past_the_limit_name_the_accept_list(run_cli, tmp_path):
    accept = vale_site(tmp_path, "Newslint\nb{60000}\n", desk="  - c{60000}\n")
    line = one_line(run_cli("check", "--no-cache", "a.md", cwd=tmp_path))
    assert "counted repeats" in line and str(accept) in line, line


def test_nearest_case_exceptions_past_the_limit_on_their_own_do_not_name_the_accept_list(run_cli, tmp_path):
    # qa299 #2's other side: the rule's own terms pass the limit together, so only its key is named
    accept = vale_site(tmp_path, "Newslint\nb{60000}\n", desk="".join(f"  - {c}{{90000}}\n" for c in TWENTY))
    line = one_line(run_cli("check", "--no-cache", "a.md", cwd=tmp_path))
    assert "exceptions: the terms together: its counted" in line and str(accept) not in line, line


def test_qa299_rejected_terms_that_add_up_past_the_limit_are_refused_at_their_list(run_cli, tmp_path):
    reject = vale_site(tmp_path, "Newslint\n", "".join(f"{c}{{90000}}\n" for c in TWENTY)).with_name("reject.txt")
    line = one_line(run_cli("check", "--no-cache", "a.md", cwd=tmp_path))
    assert "counted repeats" in line and f"{reject}:2:" in line, line


def test_nearest_case_accepted_and_rejected_terms_are_counted_apart(run_cli, tmp_path):
    # qa299 #3's other side: each list is joined on its own, so 60,000 accepted and 60,000 rejected load
    vale_site(tmp_path, "Newslint\na{60000}\n", "b{60000}\n")
    result = run_cli("check", "--no-cache", "a.md", cwd=tmp_path)
    assert result.exit_code in (0, 1) and ".txt" not in result.stderr, result.stderr


# qa301 #1: under a leading (?x), a `#` where VERBOSE is turned off again, by a scoped `(?-x:...)` or a
# later `(?-x)`, is a literal to regex, but `spelled_out` reads it as a comment to the line's end and
# counts nothing after it: `(?x)(?-x:#(?:ab|cd){200000})` in a rule's raw: is no longer refused
# (7bf268ef^ gave exit 2 at its line) and the run died with SIGSEGV (exit 139); the VERBOSE reading was taken back.
@pytest.mark.parametrize("pattern", ["(?x)(?-x:#a{1000000})", "(?x)(?-x)#a{1000000}"])
def test_qa301_a_hash_where_verbose_is_turned_off_is_no_comment(pattern):
    assert oversized(pattern) is not None
    with pytest.raises(regex.error):
        compile_counted(pattern)


# qa301 #2: regex reads `\)` inside `(?#...)` as escaped, so the comment runs to the next `)`; spelled_out
# ended it at the first `)` and counted the rest, refusing a pattern that compiles to one item (fx440).
def test_qa301_a_comment_with_an_escaped_paren_counts_nothing():
    pattern = "(?#a\\)b{1000000})c"
    assert oversized(pattern) is None
    assert compile_counted(pattern).match("c")
