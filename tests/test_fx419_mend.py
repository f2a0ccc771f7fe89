"""fx419's mend of rr52a #1-#4: the nearest cases beside tests/test_rr52a_review.py."""
from __future__ import annotations

from rule_file_helpers import write
from test_rr52a_review import _SAVED, OFF, _check, _house

from lint.readers._own_reports import OWN_OUTPUT, STDERR, UNRULED, own_report


def test_an_article_quoting_the_own_output_line_among_prose_is_linted():
    story = ("Hed\n\nThe tool said:\n\n" + STDERR + OWN_OUTPUT.format(path="report.txt") + "\n\n"
             "Reporters laughed.\n")
    assert own_report(story, "text") is None


def test_a_report_saved_with_a_named_files_unruled_line_is_told_as_newslints():
    line = STDERR + UNRULED.format(path="b.txt", config="/x/.vale.ini")
    assert own_report(line + "\n" + _SAVED, "text") == "text"
    assert own_report("Hed\n\n" + line + "\n\nA reporter wrote that.\n", "text") is None


def test_a_walked_file_its_vale_sections_turn_no_rule_on_stays_silent(run_cli, tmp_path):
    got = _check(run_cli, tmp_path, "f", story="f/b.txt")
    assert got.exit_code == 0 and "turn no rule on" not in got.stderr, got.output


def test_a_named_unruled_file_is_said_once_with_v(run_cli, tmp_path):
    got = _check(run_cli, tmp_path, "-v", "b.txt")
    assert got.stderr.count("b.txt: the sections of") == 1, got.output


def test_a_name_as_written_in_another_case_than_the_token_loads_without_ignorecase(run_cli, tmp_path):
    # the nearest case of rr52a #2: `PER CENT` shelters no `per cent` when case counts
    got = _house(run_cli, tmp_path, "per cent", "PER CENT", False, "It rose 5 per cent.")
    assert got.exit_code == 0 and "[house.word]" in got.stdout and OFF not in got.stderr, got.output


def test_a_name_simple_case_folding_joins_to_a_token_is_refused_under_ignorecase(run_cli, tmp_path):
    # the nearest case of rr52a #3: `Straße` shelters every `straße`
    got = _house(run_cli, tmp_path, "straße", "Straße", True, "Die straße ist lang.")
    assert got.exit_code == 2 and OFF in got.stderr, got.output


def test_qa286_a_piped_article_its_vale_sections_turn_no_rule_on_is_said_without_v(run_cli, tmp_path):
    # qa286 #2: --stdin-filename names the piped article as a path names a file; -v said it, a bare run
    # ended in "No files linted." alone (rr52a #4's symptom)
    got = _check(run_cli, tmp_path, "--stdin-filename", "b.txt", input="Story TK.\n")
    assert got.exit_code == 0 and got.stderr.count("b.txt: the sections of") == 1, got.output


def test_qa286_a_piped_article_its_vale_sections_turn_no_rule_on_is_said_with_v(run_cli, tmp_path):
    # the nearest case, said now
    got = _check(run_cli, tmp_path, "-v", "--stdin-filename", "b.txt", input="Story TK.\n")
    assert got.stderr.count("b.txt: the sections of") == 1, got.output


def test_qa286_a_named_unruled_file_is_said_under_diff(run_cli, tmp_path):
    got = _check(run_cli, tmp_path, "--diff", "b.txt")
    assert got.stderr.count("b.txt: the sections of") == 1, got.output


def test_qa286_a_named_unruled_file_is_said_under_fix(run_cli, tmp_path):
    # the nearest case, said now
    got = _check(run_cli, tmp_path, "--fix", "b.txt")
    assert got.stderr.count("b.txt: the sections of") == 1, got.output
    assert (tmp_path / "b.txt").read_text() == "Story TK.\n"


def test_qa286_a_piped_article_its_sections_turn_rules_on_is_linted_unsaid(run_cli, tmp_path):
    # the nearest case of qa286 #2: a piped .md under the section that turns rules on is linted, not said
    got = _check(run_cli, tmp_path, "--stdin-filename", "b.md", input="Story TK.\n")
    assert "turn no rule on" not in got.stderr and "No files linted." not in got.stdout, got.output


def test_qa286_a_walked_unruled_file_stays_silent_under_diff(run_cli, tmp_path):
    # the nearest case of qa286 #3: --diff on a folder says no walked file's sections, as check does
    got = _check(run_cli, tmp_path, "--diff", "f", story="f/b.txt")
    assert "0 fixes would be applied" in got.stderr and "turn no rule on" not in got.stderr, got.output


def test_qa287_a_bare_piped_article_its_vale_sections_turn_no_rule_on_is_said_without_v(run_cli, tmp_path):
    # the nearest case of qa286 #2: `-` names the piped article (read as stdin.txt, as -v says it) as
    # --stdin-filename does; -v says "stdin.txt: the sections of ... turn no rule on", a bare run says nothing
    got = _check(run_cli, tmp_path, "-", input="Story TK.\n")
    assert got.exit_code == 0 and got.stderr.count("the sections of") == 1, got.output


def test_qa287_a_bare_piped_article_its_sections_turn_rules_on_is_linted_unsaid(run_cli, tmp_path):
    # the nearest case of qa287 #1: `-` with a .md name, whose section turns rules on, is linted, not said
    got = _check(run_cli, tmp_path, "-", "--stdin-filename", "b.md", input="Story TK.\n")
    assert "turn no rule on" not in got.stderr and "[hygiene.placeholder]" in got.stdout, got.output


def test_qa287_a_bare_piped_article_unruled_is_said_once_with_v(run_cli, tmp_path):
    # the nearest case of qa287 #1: -v says it, as before, once
    got = _check(run_cli, tmp_path, "-v", "-", input="Story TK.\n")
    assert got.stderr.count("stdin.txt: the sections of") == 1, got.output


def test_qa287_the_piped_article_named_as_a_walked_file_is_said_once(run_cli, tmp_path):
    # qa287 #2: the piped article and the walked file bear one path: one line, not two
    write(tmp_path / "f" / "b.txt", "Story TK.\n")
    got = _check(run_cli, tmp_path, "-", "f", "--stdin-filename", "f/b.txt", input="Story TK.\n")
    assert got.exit_code == 0 and got.stderr.count("the sections of") == 1, got.output
    assert "f/b.txt: the sections of" in got.stderr, got.output


def test_qa287_the_piped_article_named_beside_a_walked_unruled_file_is_said_alone(run_cli, tmp_path):
    # the nearest case of qa287 #2: another name is said, and the walked file stays silent
    write(tmp_path / "f" / "b.txt", "Story TK.\n")
    got = _check(run_cli, tmp_path, "-", "f", "--stdin-filename", "f/c.txt", input="Story TK.\n")
    assert got.stderr.count("the sections of") == 1 and "f/c.txt: the sections of" in got.stderr, got.output
