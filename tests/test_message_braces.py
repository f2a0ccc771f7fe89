"""A brace in a native rule's message (qa104 #5): `{{` and `}}` are one brace,
as Python's str.format writes them, and `{0}` (no name: a name starts with a
letter, as a regex's named group does) is text; a misspelt `{name}` beside
them is still refused at `message:`. A config override that leaves the
message's name unfilled is blamed on the config (qa104 #6)."""
from __future__ import annotations

import pytest


def _check(run_cli, tmp_path, message: str, rule: str = "extends: existence\ntokens: [colour]\n"):
    (tmp_path / "r" / "house").mkdir(parents=True)
    (tmp_path / "r" / "house" / "x.yaml").write_text(f'message: "{message}"\n{rule}', encoding="utf-8")
    (tmp_path / "s.md").write_text("# Hed\n\nThe colour is red.\n", encoding="utf-8")
    return run_cli("check", "--no-cache", "--rules", "r", "--select", "house", "s.md", cwd=tmp_path)


@pytest.mark.parametrize("message, said", [
    ("leave no {{TK}} slot in copy: %s", "leave no {TK} slot in copy: colour"),
    ("format slot {0} left in copy: %s", "format slot {0} left in copy: colour"),
    ("a }} and {{ alone: %s", "a } and { alone: colour"),
])
def test_a_brace_in_a_message_is_written_as_escaped(run_cli, tmp_path, message, said):
    result = _check(run_cli, tmp_path, message)
    assert f"[house.x] {said}" in result.stdout, result.stdout + result.stderr


def test_an_escaped_brace_beside_a_name_fills_the_name(run_cli, tmp_path):
    result = _check(run_cli, tmp_path, "{{{replacement}}}, not %s",
                    "extends: substitution\nswap:\n  colour: color\n")
    assert "[house.x] {color}, not colour" in result.stdout, result.stdout + result.stderr


def test_a_misspelt_name_beside_an_escape_is_still_refused(run_cli, tmp_path):
    result = _check(run_cli, tmp_path, "{{TK}} {replacment} %s", "extends: substitution\nswap:\n  colour: color\n")
    assert result.exit_code == 2
    assert "x.yaml:1:10: message: {replacment} is not filled by kind 'substitution'" in result.stderr


def test_a_config_override_that_unfills_the_message_is_blamed_on_the_config(run_cli, tmp_path):
    """qa104 #6: the rule file is right alone; the config's swap drops the group
    its message names, so the config (the file the user edited) is said, at the
    override, and the rule file is named for its message."""
    rule = 'extends: substitution\nmessage: "after {left}: use {replacement}"\nswap:\n  "(?<=(?P<left>the) )colour": color\n'
    (tmp_path / "r" / "house").mkdir(parents=True)
    (tmp_path / "r" / "house" / "x.yaml").write_text(rule, encoding="utf-8")
    (tmp_path / ".newslint.yaml").write_text("options:\n  house.x:\n    swap:\n      teh: the\n", encoding="utf-8")
    (tmp_path / "s.md").write_text("# Hed\n\nSaw teh cat.\n", encoding="utf-8")
    result = run_cli("check", "--no-cache", "--rules", "r", "--select", "house", "s.md", cwd=tmp_path)
    assert result.exit_code == 2
    assert (".newslint.yaml:4:7: options: house.x: swap: the message of r/house/x.yaml names what this "
            "value does not fill: {left} is not filled") in result.stderr, result.stderr


def test_a_rule_file_whose_message_is_wrong_alone_is_still_blamed_with_an_override(run_cli, tmp_path):
    rule = 'extends: substitution\nmessage: "use {replacment}"\nswap:\n  colour: color\n'
    (tmp_path / "r" / "house").mkdir(parents=True)
    (tmp_path / "r" / "house" / "x.yaml").write_text(rule, encoding="utf-8")
    (tmp_path / ".newslint.yaml").write_text("options:\n  house.x:\n    swap:\n      teh: the\n", encoding="utf-8")
    (tmp_path / "s.md").write_text("# Hed\n\nSaw teh cat.\n", encoding="utf-8")
    result = run_cli("check", "--no-cache", "--rules", "r", "--select", "house", "s.md", cwd=tmp_path)
    assert result.exit_code == 2 and "x.yaml:2:10: message: {replacment} is not filled" in result.stderr
