"""QA of fx190 (Vale comments as Vale's separate switches) and fx191 with the
lead's follow-up (a miscased replacement around its match reported over the
whole text; --fix's same-rule guard holds only fixes that feed on their own
rule's text): strict xfails for faults found on lead39. Synthetic input only.

#1 a rule whose swaps cycle through a longer text (alpha -> beta gamma ->
   alpha gamma -> ...) is no longer held: --fix grows the file for ten passes
   (main held it after one pass).
#2 a regex swap growing through its group (b(o+)m: b\\1om) is no longer held:
   --fix writes ten more letters (main held it after one pass).
#3 SARIF's justification names the reason of a newslint-disable a Vale
   closer has already ended, for a finding hidden only by `vale off`.
#4 an all-caps headline is now flagged for a phrase replacement around its
   match, and --fix writes a mixed-case headline (main was silent); fixed by
   the lead: text all in capitals around the match reads as the replacement.
#5 (not kept as a test: a timed test) --fix of a chained swap took
   quadratic time in the fixes; gone with #1/#2's revert, which stops a
   chain at its first step again.

#1 and #2 pass since fx191's narrower guard was taken back (its commit
reverted); they stay as guards.
"""
from __future__ import annotations

import json

import pytest


def _story(tmp_path, swaps: str, text: str, *, ignorecase: bool = False):
    (tmp_path / "r" / "house").mkdir(parents=True)
    (tmp_path / "r" / "house" / "x.yaml").write_text(
        'extends: substitution\nmessage: "use {replacement}, not %s"\n'
        + ("ignorecase: true\n" if ignorecase else "") + "swap:\n" + swaps, encoding="utf-8")
    story = tmp_path / "s.md"
    story.write_text(text, encoding="utf-8")
    return story


def test_a_swap_cycle_that_grows_the_text_is_held_not_written_each_pass(run_cli, tmp_path):
    story = _story(tmp_path, "  alpha: beta gamma\n  beta: alpha\n", "# Hed\n\nWe alpha it.\n")
    result = run_cli("check", "--no-cache", "--rules", "r", "--select", "house", "--fix", "s.md", cwd=tmp_path)
    assert "did not settle" not in result.stderr
    assert story.read_text(encoding="utf-8") == "# Hed\n\nWe beta gamma it.\n"     # as main: held after one pass


def test_a_regex_swap_growing_through_its_group_is_held(run_cli, tmp_path):
    story = _story(tmp_path, "  b(o+)m: b\\1om\n", "# Hed\n\nWe boom it.\n")
    result = run_cli("check", "--no-cache", "--rules", "r", "--select", "house", "--fix", "s.md", cwd=tmp_path)
    assert "did not settle" not in result.stderr
    assert story.read_text(encoding="utf-8") == "# Hed\n\nWe booom it.\n"        # as main: held after one pass


def test_sarif_reason_is_not_that_of_a_block_a_vale_closer_ended(run_cli, tmp_path):
    _story(tmp_path, "  zzz: yyy\n",
           "# Hed\n\n<!-- newslint-disable house.x -- draft only -->\n\n<!-- vale off -->\n\n"
           "<!-- vale house.x = YES -->\n\nOne zzz.\n")
    result = run_cli("check", "--no-cache", "--rules", "r", "--select", "house", "--format", "sarif", "s.md",
                     cwd=tmp_path)
    results = json.loads(result.stdout)["runs"][0]["results"]
    assert len(results) == 1
    # hidden, as Vale hides it: by `vale off`, which gives no reason; the block with one was ended
    assert results[0]["suppressions"] == [{"kind": "inSource"}]


def test_an_all_caps_headline_is_not_rewritten_in_mixed_case(run_cli, tmp_path):
    story = _story(tmp_path, "  supreme court: the Supreme Court\n",
                   "# THE SUPREME COURT RULES\n\nText.\n", ignorecase=True)
    run_cli("check", "--no-cache", "--rules", "r", "--select", "house", "--fix", "s.md", cwd=tmp_path)
    assert story.read_text(encoding="utf-8") == "# THE SUPREME COURT RULES\n\nText.\n"


@pytest.mark.parametrize("hed", ["GOV. RUIZ SIGNS THE BUDGET", "JOE BIDEN VISITS THE CO-OP"])
def test_other_all_caps_headlines_are_left_as_written(run_cli, tmp_path, hed):
    _story(tmp_path, "  gov: Gov.\n  Biden: Joe Biden\n  op: co-op\n", f"# {hed}\n\nText.\n", ignorecase=True)
    result = run_cli("check", "--no-cache", "--rules", "r", "--select", "house", "s.md", cwd=tmp_path)
    assert result.stdout == "No problems found.\n", result.stdout


def test_control_a_miscased_replacement_in_mixed_case_copy_is_still_mended(run_cli, tmp_path):
    story = _story(tmp_path, "  op: co-op\n", "# Hed\n\nThe CO-OP opened.\n", ignorecase=True)
    run_cli("check", "--no-cache", "--rules", "r", "--select", "house", "--fix", "s.md", cwd=tmp_path)
    assert story.read_text(encoding="utf-8") == "# Hed\n\nThe Co-op opened.\n"
