"""fx478: a `(?x)` pattern ending in a `# comment` that compiles alone also
compiles in the frame a kind puts it in (consistency's `either:` forms,
repetition's `tokens:`, capitalization's `prefix:`), closed on a line of its
own (`regex_join.enclosed`) where it commented out the frame's `)` and was
refused. Synthetic rules and copy only.
"""
from __future__ import annotations

import pytest


def run_house(run_cli, tmp_path, body: str, story: str):
    folder = tmp_path / "rules" / "house"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "r.yaml").write_text(body, encoding="utf-8")
    (tmp_path / "s.txt").write_text(story, encoding="utf-8")
    result = run_cli("check", "--no-cache", "--rules", tmp_path / "rules", tmp_path / "s.txt", cwd=tmp_path)
    assert result.exit_code in (0, 1) and "does not compile" not in result.stderr, result.stdout + result.stderr
    return [line for line in result.stdout.splitlines() if "[house.r]" in line]


HEAD = 'message: "m %s"\nlevel: warning\n'


@pytest.mark.parametrize("form", ['"(?x) z e b r e  # the UK form"', "zebre"])
def test_a_consistency_form_ending_in_a_comment_is_found(run_cli, tmp_path, form):
    found = run_house(run_cli, tmp_path, f"extends: consistency\n{HEAD}either:\n  {form}: zebra\n  horse: pony\n",
                      "A zebre and a zebra.\n")
    assert found == ["s.txt:1:15: warning [house.r] m zebra"], found


def test_a_repetition_token_ending_in_a_comment_is_found(run_cli, tmp_path):
    found = run_house(run_cli, tmp_path, f'extends: repetition\n{HEAD}tokens: "(?x) [a-z]+  # a word"\n',
                      "It ran ran away.\n")
    assert found == ["s.txt:1:4: warning [house.r] m ran ran"], found


def test_a_repetition_token_without_x_keeps_its_space_and_hash_as_text(run_cli, tmp_path):
    # nearest case: no `(?x)`, so `# a word` is text to match and `ran ran` is no repeat of it
    found = run_house(run_cli, tmp_path, f'extends: repetition\n{HEAD}tokens: "[a-z]+ # a word"\n',
                      "It ran ran away.\n")
    assert found == [], found


def test_a_capitalization_prefix_ending_in_a_comment_is_passed_over(run_cli, tmp_path):
    found = run_house(run_cli, tmp_path, f'extends: capitalization\n{HEAD}match: $lower\n'
                                         'prefix: "(?x) Note:  # the lead"\n',
                      "Note: all lower here\n\nNote: Not Lower\n")
    assert found == ["s.txt:3:6: warning [house.r] m Not Lower"], found
