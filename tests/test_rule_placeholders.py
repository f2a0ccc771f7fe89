"""A `{name}` in a rule's message is checked against those its kind fills
(`Kind.placeholders`, `Kind.fills`; qa99 #3): a swap key's named group is
filled, a name no finding fills is refused at the message's line."""
from __future__ import annotations


def _run(run_cli, tmp_path, rule: str, text: str = "The colour is red."):
    target = tmp_path / "r" / "house" / "x.yaml"
    target.parent.mkdir(parents=True)
    target.write_text(rule, encoding="utf-8")
    (tmp_path / "s.md").write_text(f"# Hed\n\n{text}\n", encoding="utf-8")
    return run_cli("check", "--no-cache", "--rules", "r", "s.md", cwd=tmp_path)


def test_control_a_named_group_of_a_swap_key_is_a_placeholder(run_cli, tmp_path):
    rule = 'extends: substitution\nmessage: "{pre}: use {replacement}"\nswap:\n  "(?P<pre>The) colour": the color\n'
    result = _run(run_cli, tmp_path, rule)
    assert "s.md:3:1: warning [house.x] The: use The color" in result.stdout, (result.stdout, result.stderr)


def test_a_kind_that_fills_no_name_refuses_one(run_cli, tmp_path):
    result = _run(run_cli, tmp_path, 'extends: existence\nlevel: error\nmessage: "avoid {word}"\ntokens: [colour]\n')
    assert result.exit_code == 2
    assert "x.yaml:3:10: message: {word} is not filled by kind 'existence' (it fills: none)" in result.stderr, \
        result.stderr


def test_the_kinds_list_names_the_placeholders_each_fills(run_cli, tmp_path):
    lines = run_cli("rules", "--kinds", cwd=tmp_path).stdout.splitlines()
    swap = next(line for line in lines if line.startswith("substitution "))
    assert "(message: {replacement}) (options: swap," in swap, swap
