"""A swap whose replacement holds its own match (`op` -> `co-op`) neither
flags nor rewrites the text its fix wrote (qa99 #1, `kinds.base.reads_as`),
in the native kind and in `vale-substitution` with `fix: true`."""
from __future__ import annotations

STORY = "# Hed\n\n{}\n"


def _run(run_cli, tmp_path, rule: str, text: str):
    target = tmp_path / "r" / "house" / "x.yaml"
    target.parent.mkdir(parents=True)
    target.write_text(rule, encoding="utf-8")
    story = tmp_path / "s.md"
    story.write_text(STORY.format(text), encoding="utf-8")
    result = run_cli("check", "--no-cache", "--rules", "r", "--fix", "s.md", cwd=tmp_path)
    return story.read_text(encoding="utf-8"), result


def test_vale_substitution_fix_does_not_rewrite_its_own_fix(run_cli, tmp_path):
    rule = 'extends: vale-substitution\nmessage: "use %s not %s"\nfix: true\nswap:\n  op: co-op\n'
    text, result = _run(run_cli, tmp_path, rule, "The op bought paint.")
    assert text == STORY.format("The co-op bought paint."), text
    assert "did not settle" not in result.stderr


def test_a_capital_carried_to_the_start_of_the_replacement_still_reads_as_it(run_cli, tmp_path):
    rule = ('extends: substitution\nmessage: "use {replacement}"\nignorecase: true\n'
            'swap:\n  op: co-op\n')
    text, result = _run(run_cli, tmp_path, rule, "Op members met. The op bought paint.")
    assert text == STORY.format("Co-op members met. The co-op bought paint."), text
    assert "did not settle" not in result.stderr


def test_the_same_word_outside_a_fix_is_still_swapped_once(run_cli, tmp_path):
    rule = 'extends: substitution\nmessage: "use {replacement}"\nswap:\n  op: co-op\n'
    text, _ = _run(run_cli, tmp_path, rule, "The co-op and the op met.")
    assert text == STORY.format("The co-op and the co-op met."), text
