"""Vale reads a comment's words parted by one blank: `comment == "vale off"`
and `^vale (.+\\..+) = (YES|NO)$` (Vale's `UpdateComments` and
`commentControlRE`, internal/core/file.go), after trimming the comment's
ends. So other white space after `vale` (a tab, two blanks, a no-break
space, a line break) makes no switch: it hides nothing and is said, with
the one-blank form (qa131 #4); and a switch's `=` with more than one blank
on a side is told the one-blank form, not only Vale's list of forms
(qa131 #3). Synthetic input only."""
from __future__ import annotations

import json

import pytest

from lint.suppress import find_directives
from lint.suppress_vale import VALE_UNKNOWN, vale_directives

RULE = "hygiene.placeholder"
TK = "The plan is TK."


def _check(run_cli, tmp_path, comment: str) -> tuple[list[int], list[dict], str]:
    text = f"# Plan\n\n{comment}\n\n{TK}\n"
    (tmp_path / "story.md").write_text(text, encoding="utf-8")
    result = run_cli("check", "--no-cache", "--select", f"{RULE},file.directive", "--format", "json",
                     "story.md", cwd=tmp_path)
    found = json.loads(result.stdout)
    return [f["line"] for f in found if f["rule"] == RULE], [f for f in found if f["rule"] == "file.directive"], text


@pytest.mark.parametrize("gap", ["\t", "  ", "\u00a0", "\n", " \t", "\u3000"])
@pytest.mark.parametrize("words", ["off", f"{RULE} = NO", "hygiene = NO"])
def test_other_white_space_after_vale_hides_nothing_and_is_said_there(run_cli, tmp_path, gap, words):
    comment = f"<!-- vale{gap}{words} -->"
    lines, said, text = _check(run_cli, tmp_path, comment)
    assert lines == [5 + gap.count("\n")] and len(said) == 1, (lines, said)
    assert "one blank after vale" in said[0]["message"] and "hides nothing" in said[0]["message"], said
    assert (said[0]["line"], said[0]["column"]) == (3, len("<!-- vale") + 1), said


@pytest.mark.parametrize("comment", ["<!-- vale off -->", f"<!-- vale {RULE} = NO -->", "<!--\u3000vale off\u00a0-->",
                                     f"<!--\tvale {RULE} = NO\t-->"])
def test_control_one_blank_after_vale_is_a_switch_whatever_trims_the_comment(run_cli, tmp_path, comment):
    assert _check(run_cli, tmp_path, comment)[:2] == ([], [])


def test_control_a_comment_of_vale_and_white_space_only_is_nothing_said():
    assert vale_directives("<!-- vale\t\t -->") == vale_directives("<!-- vale -->") == []


@pytest.mark.parametrize("comment, at", [
    (f"vale {RULE}  = NO", RULE), (f"vale {RULE} =  NO", RULE), (f"vale {RULE}\t= NO", RULE),
    (f"vale {RULE}=NO", RULE),
    (f"vale hygiene.doubled-word = NO, {RULE}  = NO", RULE),      # beside a switch Vale reads
])
def test_a_switchs_equals_sign_off_one_blank_each_side_is_told_so_at_its_words(run_cli, tmp_path, comment, at):
    lines, said, text = _check(run_cli, tmp_path, f"<!-- {comment} -->")
    assert lines == [5] and len(said) == 1 and "one blank each side" in said[0]["message"], (lines, said)
    assert said[0]["column"] == text.splitlines()[2].index(at) + 1, said


def test_a_gap_after_vale_is_one_unknown_comment_over_the_gap_and_its_words():
    source = "x <!-- vale\u00a0off --> <!-- vale on -->"
    found = find_directives(source)
    assert [(d.action, d.vale) for d in found] == [(VALE_UNKNOWN, True), ("enable", True)]
    assert source[found[0].at[0]:found[0].ends[0]] == "\u00a0off" == found[0].text
