"""rr52a's review of 7802dd8a..lead51: behaviour it found and left for a mend
(findings in /work/wt/reports/rr52a.md), each mended by fx419, with its nearest case."""
from __future__ import annotations

import pytest
from rule_file_helpers import write

OFF = "is itself a match of the rule's tokens: every such match would stand inside it, switching the rule off"


_VALE = "[*.md]\nBasedOnStyles = hygiene\n[*.txt]\nBasedOnStyles =\n"


def _check(run_cli, tmp_path, *args: str, story: str = "b.txt", input: str | None = None):
    """`newslint check ARGS` in `tmp_path` beside `_VALE`; `story` (an unruled .txt) is written unless
    the article is piped as `input`."""
    write(tmp_path / ".vale.ini", _VALE)
    if input is None:
        write(tmp_path / story, "Story TK.\n")
    return run_cli("check", *args, input=input, cwd=tmp_path)


def _house(run_cli, tmp_path, token: str, name: str, ignorecase: bool, story: str):
    """`newslint check` of a story under a house existence rule of one literal `token` and one
    `names:` item (--rules r --select house --no-cache s.md, in `tmp_path`)."""
    write(tmp_path / "r" / "house" / "word.yaml", f'extends: existence\nmessage: "avoid %s"\ntokens: ["{token}"]\n'
          f'ignorecase: {str(ignorecase).lower()}\nnames: ["{name}"]\n')
    write(tmp_path / "s.md", f"# Hed\n\n{story}\n")
    return run_cli("check", "--rules", "r", "--select", "house", "--no-cache", "s.md", cwd=tmp_path)


@pytest.mark.parametrize("token, name, story", [("per cent", "per  cent", "It rose 5 per cent."),
                                               ("e-mail", "e mail", "Send an e-mail.")])
def test_a_name_spaced_otherwise_than_a_literal_token_it_shelters_whole_is_refused(run_cli, tmp_path, token,
                                                                                    name, story):
    got = _house(run_cli, tmp_path, token, name, False, story)
    assert got.exit_code == 2 and OFF in got.stderr, got.output


def test_a_name_only_full_case_folding_joins_to_a_token_still_loads(run_cli, tmp_path):
    got = _house(run_cli, tmp_path, "straße", "STRASSE", True, "Die straße ist lang.")
    assert got.exit_code == 0 and OFF not in got.stderr, got.output
    assert "[house.word]" in got.stdout, got.output


def test_a_named_file_its_vale_sections_turn_no_rule_on_is_said_without_v(run_cli, tmp_path):
    got = _check(run_cli, tmp_path, "b.txt")
    assert got.exit_code == 0 and got.stdout.strip() == "No files linted.", got.output
    assert "not linted" in got.stderr, got.output


def test_a_named_file_no_vale_section_matches_is_said_without_v(run_cli, tmp_path):
    # the nearest case, said today: a file no section matches
    (tmp_path / ".vale.ini").write_text("[*.md]\nBasedOnStyles = hygiene\n")
    (tmp_path / "b.txt").write_text("Story TK.\n")
    got = run_cli("check", "b.txt", cwd=tmp_path)
    assert got.exit_code == 0 and "1 file not linted: no section of" in got.stderr, got.output


_SAVED = ("a.md:6:18: error [hygiene.placeholder] placeholder left in the copy: 'TK'; fill it in before publishing\n"
          "Found 1 problem (1 error) in 1 file.\n")


def test_a_report_saved_with_the_own_output_line_is_told_as_newslints():
    from lint.readers._own_reports import OWN_OUTPUT, STDERR, own_report
    assert own_report(STDERR + OWN_OUTPUT.format(path="report.txt") + "\n" + _SAVED, "text") == "text"


def test_the_same_report_without_that_line_is_told_as_newslints():
    # the nearest case: the report alone
    from lint.readers._own_reports import own_report
    assert own_report(_SAVED, "text") == "text"
