"""The README's commands and example output are the ones that really run."""
from __future__ import annotations

import re

from conftest import ROOT
from golden import readme_example_output

README = (ROOT / "README.md").read_text(encoding="utf-8")


def shell_blocks() -> list[str]:
    return re.findall(r"```sh\n(.*?)```", README, re.S)


def test_ci_runs_the_readme_test_command():
    test_command = next(b.strip() for b in shell_blocks() if "pytest" in b)
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert test_command in ci.splitlines()


def test_ci_points_at_a_readme_section_and_line_that_exist():
    # nu44 M5: the comment named a "Run the tests" section README does not have
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    comment = " ".join(line.lstrip("# ") for line in ci.splitlines()[:4] if line.startswith("#"))
    section, line = re.search(r'README\.md \(([^,]+), "([^"]+)"\)', comment).groups()
    headings = re.findall(r"^#+ (.+)$", README, re.M)
    assert section in headings
    assert line in " ".join(README.split())


def test_quick_start_sample_exists():
    install_and_run = shell_blocks()[0].strip()
    sample = install_and_run.rsplit(" ", 1)[-1]
    assert install_and_run.startswith("python3 -m venv --upgrade-deps .venv && . .venv/bin/activate && ")
    assert "&& python -m pip install . && newslint check " in install_and_run
    assert (ROOT / sample).is_file()


def test_example_output_is_current():
    block = re.search(r"<!-- example-output:.*?-->\n```text\n(.*?)```", README, re.S)
    assert block, "README lost its example-output block"
    assert block.group(1) == readme_example_output()


def yaml_block_after(heading: str) -> str:
    section = README.split(heading, 1)[1]
    return re.search(r"```yaml\n(.*?)```", section, re.S).group(1)


def test_rule_example_loads_and_its_examples_pass(tmp_path):
    from lint.examples import run_example
    from lint.ruleset import load_rule

    path = tmp_path / "house" / "no-utilize.yaml"
    path.parent.mkdir()
    path.write_text(yaml_block_after("### Writing a rule"), encoding="utf-8")
    rule = load_rule("house.no-utilize", path)
    results = [run_example(rule, ex) for ex in rule.examples]
    assert results and all(r.ok for r in results)


def test_config_example_is_valid(tmp_path):
    import yaml

    from lint.config import from_mapping

    from dataclasses import replace

    from lint.engine import rules_for

    (tmp_path / "house-rules").mkdir()       # `rules:` folders must exist
    (tmp_path / ".vale.ini").write_text("[*]\nBasedOnStyles = newslint\n", encoding="utf-8")   # `vale:`
    config = from_mapping(yaml.safe_load(yaml_block_after("## Configuration")), str(tmp_path / "c.yaml"))
    assert config.select == ("hygiene", "dates", "quotes")
    assert config.level_for("style.date-ordinal") == "suggestion"
    assert config.vale is not None and config.vale.path == str(tmp_path / ".vale.ini")
    # Its rule options are real options (the example's own rules folder is not shipped).
    rules = {r.id: r for r in rules_for(replace(config, rule_dirs=()))}
    assert rules["quotes.unattributed"].options["min_words"] == 5


def test_api_docstring_example_runs():
    import doctest

    import lint

    result = doctest.testmod(lint)
    assert result.attempted >= 1 and result.failed == 0


def test_the_column_unit_is_said_and_true():
    """nu29 #4: the README said only "columns count characters"; it names the
    unit, and the CLI's columns are code points (a UTF-8 BOM not counted, a
    combined emoji one per code point), in UTF-8 and UTF-16 alike."""
    from lint.config import Config
    from lint.engine import lint_bytes

    assert "columns count Unicode code points" in README and "UTF-16 code units" in README
    family = "\U0001F468\u200d\U0001F469\u200d\U0001F467"
    text = f"Vote TK\n\nThe {family} said the the vote.\n"
    config = Config(select=("hygiene.placeholder", "hygiene.doubled-word"))
    for data in (b"\xef\xbb\xbf" + text.encode("utf-8"), text.encode("utf-16")):
        found = {d.rule: (d.line, d.column) for d in lint_bytes("a.txt", data, config).diagnostics}
        assert found == {"hygiene.placeholder": (1, 6), "hygiene.doubled-word": (3, 16)}


def test_the_pre_commit_section_says_how_to_get_the_tool_and_switch_the_hook_on():
    # nu30 #6: copying the YAML alone gave no hook at all
    section = README.split("## pre-commit\n", 1)[1].split("\n## ", 1)[0]
    steps = next(b for b in shell_blocks() if b in section)
    assert "pip install pre-commit" in steps and "\npre-commit install " in steps
    assert steps.index("pip install pre-commit") < steps.index("autoupdate") < steps.index("pre-commit install ")
