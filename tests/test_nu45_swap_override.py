"""nu45 M4 (and M5, the last test): a newsroom config's `options: <rule>: swap:` for a substitution rule.

(a) A swap without the named group the rule's message prints was refused with
"write %s for the text found", advice about `message:`, which a config cannot
set; the advice is now the group to capture, `(?P<name>...)`. (b) The override
replaces the rule's whole swap map, which neither the README's configuration
section nor `newslint explain` said. Synthetic input only, under tmp_path."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

README = Path(__file__).resolve().parent.parent / "README.md"
STORY = "---\ntitle: Hed\ndate: 2025-03-01\n---\n\n{}\n"


def _write(tmp_path, config: str, body: str) -> None:
    (tmp_path / ".newslint.yaml").write_text(config, encoding="utf-8")
    (tmp_path / "s.md").write_text(STORY.format(body), encoding="utf-8")


@pytest.mark.parametrize("swap", [
    '      "(?<=\\\\d)\'s": "s"\n',                                       # no key has {fig}
    '      "(?<=(?P<fig>\\\\d0)),s": "s"\n      "(?<=\\\\d)\'s": "s"\n',   # only one key has it
], ids=["no-key", "one-key"])
def test_a_config_swap_without_the_messages_group_is_told_to_capture_it(run_cli, tmp_path, swap):
    _write(tmp_path, "options:\n  style.decades:\n    swap:\n" + swap, "In the 1990's it rose.")
    result = run_cli("check", "--no-cache", "--select", "style.decades", "s.md", cwd=tmp_path)
    assert result.exit_code == 2 and result.stdout == "", result.output
    line = result.stderr.strip().splitlines()[-1]
    assert ".newslint.yaml:4:7: options: style.decades: swap:" in line, line
    assert "(?P<fig>...)" in line and "a config cannot set message:" in line, line
    assert "%s" not in line and "leave it out" not in line, line    # advice only a rule file can follow


def test_a_rule_files_own_message_problem_keeps_the_rule_file_advice(run_cli, tmp_path):
    """Control: in a rule file the message can change, so `%s` is still offered."""
    rule = 'extends: substitution\nmessage: "use {replacement} after {left}"\nswap:\n  colour: color\n'
    (tmp_path / "r" / "house").mkdir(parents=True)
    (tmp_path / "r" / "house" / "x.yaml").write_text(rule, encoding="utf-8")
    (tmp_path / "s.md").write_text(STORY.format("The colour."), encoding="utf-8")
    result = run_cli("check", "--no-cache", "--rules", "r", "--select", "house", "s.md", cwd=tmp_path)
    assert result.exit_code == 2 and "x.yaml:2:10: message:" in result.stderr, result.stderr
    assert "write %s for the text found" in result.stderr and "(?P<" not in result.stderr


def test_a_config_swap_replaces_every_built_in_key(run_cli, tmp_path):
    """What the docs below say: the built-in run-on `May 4.Officials` goes with the override."""
    body = "The panel met on May 4.Officials agreed.  It ended.then they left."
    (tmp_path / "s.md").write_text(STORY.format(body), encoding="utf-8")
    plain = run_cli("check", "--no-cache", "--select", "hygiene.missing-space", "s.md", cwd=tmp_path)
    assert "6:23:" in plain.stdout, plain.stdout
    _write(tmp_path, 'options:\n  hygiene.missing-space:\n    swap:\n      "(?<=(?P<left>[a-z]))\\\\.(?=[a-z])": ". "\n',
           body)
    result = run_cli("check", "--no-cache", "--select", "hygiene.missing-space", "s.md", cwd=tmp_path)
    assert result.exit_code != 2, result.stderr
    assert "6:23:" not in result.stdout and "[hygiene.missing-space]" in result.stdout, result.stdout


def test_the_readme_configuration_section_says_a_swap_replaces_the_whole_map():
    text = README.read_text(encoding="utf-8")
    section = text[text.index("\n## Configuration"):]
    section = " ".join(section[:section.index("\n## ", 5)].split())
    assert re.search(r"a `swap:` is the rule's whole swap map: every pattern the rule file has goes", section)
    assert "(?P<fig>...)" in section and "cannot set `message:`" in section


@pytest.mark.parametrize("rule_id", ["style.decades", "hygiene.missing-space"])
def test_explain_says_a_config_swap_replaces_the_whole_map(run_cli, tmp_path, rule_id):
    result = run_cli("explain", rule_id, cwd=tmp_path)
    assert result.exit_code == 0, result.output
    swap = [line for line in result.stdout.splitlines() if line.startswith("Swap:")]
    assert swap == ["Swap:    1 key; a config's swap: replaces the whole map (every key the rule has "
                    "goes, not only a Filter): copy in those to keep"], result.stdout


def test_decades_description_says_four_digit_figures_need_a_word_too(run_cli, tmp_path):
    """nu45 M5: the description said only two-digit figures need `the`/`her`/`mid`;
    the rule's look-behind asks the same of four-digit ones."""
    from lint.ruleset import builtin_rules_dir, load_rule
    rule = load_rule("style.decades", builtin_rules_dir() / "style" / "decades.yaml")
    said = " ".join(rule.description.split())
    assert "of two digits or four is only fixed after" in said and "in 1990's are left alone" in said, said
    (tmp_path / "s.md").write_text(STORY.format("Prices soared in 1990's. Then the 1980's."), encoding="utf-8")
    result = run_cli("check", "--no-cache", "--select", "style.decades", "s.md", cwd=tmp_path)
    assert "s.md:6:22:" not in result.stdout and "s.md:6:39:" in result.stdout, result.stdout
