"""`--fix` never writes a rule's fix inside the text the same rule's fix wrote
on an earlier pass (`fixes._guarded`): such a rule reads its own replacement
as wrong, and each pass would grow the file (qa99 #1, qa104 #1-#3 were swaps
of this shape). The fix is held and said, never written twice."""
from __future__ import annotations

RULE = "extends: substitution\nmessage: \"use {replacement}, not %s\"\nswap:\n  '\\d+': '\\g<0>0'\n"


def _run(run_cli, tmp_path, rule: str, text: str):
    (tmp_path / "r" / "house").mkdir(parents=True)
    (tmp_path / "r" / "house" / "x.yaml").write_text(rule, encoding="utf-8")
    story = tmp_path / "s.md"
    story.write_text(f"# Hed\n\n{text}\n", encoding="utf-8")
    result = run_cli("check", "--no-cache", "--rules", "r", "--select", "house", "--fix", "s.md",
                     cwd=tmp_path)
    return story.read_text(encoding="utf-8")[len("# Hed\n\n"):-1], result


def test_a_fix_inside_its_own_rules_earlier_fix_is_held_and_said(run_cli, tmp_path):
    fixed, result = _run(run_cli, tmp_path, RULE, "We ate 5 apples and 7 pears.")
    assert fixed == "We ate 50 apples and 70 pears."
    assert "s.md: 2 findings left unfixed on purpose (3:8, 3:22: its fix would rewrite text its own " \
           "rule's fix wrote on an earlier pass" in result.stderr
    assert "did not settle" not in result.stderr


def test_control_fixes_of_one_rule_beside_each_other_are_all_written(run_cli, tmp_path):
    rule = 'extends: substitution\nmessage: "use {replacement}, not %s"\nswap:\n  colour: color\n  grey: gray\n'
    fixed, result = _run(run_cli, tmp_path, rule, "A grey colour, a colour grey.")
    assert fixed == "A gray color, a color gray."
    assert "unfixed" not in result.stderr
