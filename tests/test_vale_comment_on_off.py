"""Vale's switches also take `= off` / `= on` (Vale 3.9, vale-cli/vale#772;
`commentControlRE` in internal/core/file.go: `(YES|NO|on|off)`, read as
hidden for `NO` or `off`), in lower case only, as Go's regexp reads that
pattern; a match list (`Style.Rule["a"]`) takes only NO and YES
(`commentControlMatchesRE`). A value in another case is a `file.directive`
warning naming Vale's spelling, and hides nothing. Synthetic input only."""
from __future__ import annotations

import itertools
import json

import pytest

from lint import lint_text

RULE = "hygiene.placeholder"
TK = "The plan is TK."


def _check(run_cli, tmp_path, parts: list[str]) -> tuple[list[int], list[dict]]:
    """(the lines of the TKs shown, the file.directive findings) of a story of `parts`."""
    (tmp_path / "story.md").write_text("# Plan\n\n" + "\n\n".join(parts) + "\n", encoding="utf-8")
    result = run_cli("check", "--no-cache", "--select", f"{RULE},file.directive", "--format", "json",
                     "story.md", cwd=tmp_path)
    found = json.loads(result.stdout)
    return ([f["line"] for f in found if f["rule"] == RULE],
            [f for f in found if f["rule"] == "file.directive"])


@pytest.mark.parametrize("name", [RULE, "hygiene", "newslint"])
def test_off_hides_a_rule_or_style_until_on(run_cli, tmp_path, name):
    shown, said = _check(run_cli, tmp_path, [TK, f"<!-- vale {name} = off -->", TK, f"<!-- vale {name} = on -->", TK])
    assert shown == [3, 11]
    assert said == []


def _lines(comments: list[str]) -> list[int]:
    text = "# Plan\n\n" + "".join(f"<!-- {c} -->\n\n{TK}\n\n" for c in comments)
    return [d.line for d in lint_text(text, "story.md", select=[RULE]) if d.rule == RULE]


SWITCHES = ["vale off", "vale on", f"vale {RULE} = NO", f"vale {RULE} = YES", "vale hygiene = NO",
            "vale hygiene = YES"]


def test_off_and_on_act_as_no_and_yes_in_every_sequence_of_two():
    sequences = [list(s) for n in (1, 2) for s in itertools.product(SWITCHES, repeat=n)]
    lower = [[c.replace("= NO", "= off").replace("= YES", "= on") for c in s] for s in sequences]
    assert any(c.endswith("= off") for s in lower for c in s)          # the words were swapped
    wrong = [(s, _lines(s), _lines(t)) for s, t in zip(sequences, lower) if _lines(s) != _lines(t)]
    assert not wrong, wrong[:5]
    # and the sequences hide, and show again: the comparison is not of two empty lists
    assert _lines([f"vale {RULE} = off"]) == [] and _lines([f"vale {RULE} = off", f"vale {RULE} = on"]) == [9]


@pytest.mark.parametrize("value, meant", [("Off", "off"), ("OFF", "off"), ("ON", "on"), ("no", "NO"),
                                          ("yes", "YES")])
def test_a_value_in_another_case_is_said_with_vales_spelling_and_hides_nothing(run_cli, tmp_path, value, meant):
    shown, said = _check(run_cli, tmp_path, [f"<!-- vale {RULE} = {value} -->", TK])
    assert shown == [5]
    assert len(said) == 1 and said[0]["line"] == 3, said
    assert f"did you mean = {meant}?" in said[0]["message"] and "hides nothing" in said[0]["message"], said


def test_a_match_list_takes_no_and_yes_only(run_cli, tmp_path):
    shown, said = _check(run_cli, tmp_path, [f'<!-- vale {RULE}["TK"] = off -->', TK])
    assert shown == [5]
    assert len(said) == 1 and "match list" in said[0]["message"], said
    # control: with NO it is read (as the whole rule, newslint's reading of a match list)
    shown, said = _check(run_cli, tmp_path, [f'<!-- vale {RULE}["TK"] = NO -->', TK])
    assert shown == [] and said == []


def test_control_a_word_that_only_starts_with_on_is_no_value(run_cli, tmp_path):
    shown, said = _check(run_cli, tmp_path, [f"<!-- vale {RULE} = off -->", TK, f"<!-- vale {RULE} = online -->", TK])
    assert shown == []
    assert len(said) == 1 and said[0]["line"] == 7, said


@pytest.mark.parametrize("comment, column, value", [
    (f"vale {RULE} = Off, hygiene = NO", 11, "off"),           # the unread switch first: the other still acts
    (f"vale hygiene.x = NO {RULE} = OFF", 26, "off"),
    (f'vale hygiene = NO, {RULE}["TK"] = off', 25, None),      # a match list takes NO/YES only
])
def test_a_switch_vale_does_not_read_beside_one_it_reads_is_said_at_its_words(run_cli, tmp_path, comment, column,
                                                                              value):
    # Vale's values are case-sensitive (commentControlRE); qa119 #2
    shown, said = _check(run_cli, tmp_path, [f"<!-- {comment} -->", TK])
    unread = [f for f in said if "no such Vale switch" in f["message"]]
    assert len(unread) == 1 and (unread[0]["line"], unread[0]["column"]) == (3, column), said
    assert (f"did you mean = {value}?" in unread[0]["message"]) if value else "match list" in unread[0]["message"]
    hidden = "hygiene = NO" in comment
    assert shown == ([] if hidden else [5])


def test_switches_vale_reads_are_not_said(run_cli, tmp_path):
    shown, said = _check(run_cli, tmp_path, [f"<!-- vale Microsoft.Dashes = NO, {RULE} = off -->", TK,
                                             f"<!-- vale {RULE} = on Microsoft.Dashes = YES -->", TK])
    assert shown == [9] and said == []
