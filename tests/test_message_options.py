"""A kind's other message options are checked for `{name}`s as `message:` is,
each against what its own findings fill (qa104 #7: title-missing's `{site}`
is filled only in `message-unread`)."""
from __future__ import annotations


def _check(run_cli, tmp_path, rule: str):
    (tmp_path / "r" / "house").mkdir(parents=True)
    (tmp_path / "r" / "house" / "x.yaml").write_text(rule, encoding="utf-8")
    (tmp_path / "s.md").write_text("Just text, no headline.\n", encoding="utf-8")
    return run_cli("check", "--no-cache", "--rules", "r", "--select", "house", "s.md", cwd=tmp_path)


def test_a_name_only_another_message_fills_is_refused_at_message(run_cli, tmp_path):
    result = _check(run_cli, tmp_path, 'extends: title-missing\nmessage: "no headline here ({site})"\n')
    assert result.exit_code == 2
    assert "x.yaml:2:10: message: {site} is not filled by kind 'title-missing'" in result.stderr


def test_a_misspelt_name_in_a_message_option_is_refused_at_its_key(run_cli, tmp_path):
    rule = 'extends: title-missing\nmessage: "no headline"\nmessage-unread: "{key} is not read by {sit}"\n'
    result = _check(run_cli, tmp_path, rule)
    assert result.exit_code == 2
    assert "x.yaml:3:17: message-unread: {sit} is not filled by kind 'title-missing' (did you mean {site}?" \
        in result.stderr


def test_control_the_names_a_message_option_fills_load(run_cli, tmp_path):
    rule = ('extends: title-missing\nmessage: "no headline"\nmessage-unread: "{key} is not read by {site} '
            '({reads})"\nmessage-empty: "empty: {said}"\n')
    result = _check(run_cli, tmp_path, rule)
    assert result.exit_code != 2 and "[house.x] no headline" in result.stdout, result.stderr


def _story(run_cli, tmp_path, rule: str, text: str):
    (tmp_path / "r" / "house").mkdir(parents=True)
    (tmp_path / "r" / "house" / "x.yaml").write_text(rule, encoding="utf-8")
    (tmp_path / "s.md").write_text(f"# Hed\n\n{text}\n", encoding="utf-8")
    return run_cli("check", "--no-cache", "--rules", "r", "--select", "house", "s.md", cwd=tmp_path)


def test_a_group_only_some_swap_keys_have_is_refused_at_message(run_cli, tmp_path):
    """qa104 #8: `grey`'s findings printed `(after {left})`."""
    rule = ('extends: substitution\nmessage: "use {replacement}, not %s (after {left})"\nswap:\n'
            '  "(?<=(?P<left>the) )colour": color\n  grey: gray\n')
    result = _story(run_cli, tmp_path, rule, "It is grey.")
    assert result.exit_code == 2
    assert "x.yaml:2:10: message: {left} is a named group of only some swap keys" in result.stderr


def test_control_a_group_every_swap_key_has_is_filled(run_cli, tmp_path):
    rule = ('extends: substitution\nmessage: "use {replacement}, not %s (after {left})"\nswap:\n'
            '  "(?<=(?P<left>the) )colour": color\n  "(?<=(?P<left>a) )grey": gray\n')
    result = _story(run_cli, tmp_path, rule, "It is a grey cat.")
    assert "[house.x] use gray, not grey (after a)" in result.stdout, result.stderr


def test_a_placeholder_with_a_format_spec_is_refused_at_message(run_cli, tmp_path):
    """qa104 #9: `{count:d}` was printed as written."""
    rule = 'extends: consistency\nmessage: "use one form ({count:d} times the other)"\neither:\n  colour: color\n'
    result = _story(run_cli, tmp_path, rule, "The colour is red. The color is blue.")
    assert result.exit_code == 2
    assert "x.yaml:2:10: message: {count:d} has a format spec, which is not read" in result.stderr
    assert "write {count}" in result.stderr
