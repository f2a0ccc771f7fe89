"""Writing a rule or config file in a test and reading the one-line errors it gets."""
from __future__ import annotations

import pytest

from lint.ruleset import RuleError, load_rule


def write(path, text: str):
    """Write `text` to `path` (UTF-8), making its folders; returns the path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def rule_error(folder, text: str) -> str:
    """The error loading `text` as rule house.x (`folder`/house/x.yaml) gives,
    with the file's path written as X."""
    rule = write(folder / "house" / "x.yaml", text)
    with pytest.raises(RuleError) as caught:
        load_rule("house.x", rule)
    return str(caught.value).replace(str(rule), "X")


HOUSE_RULE = "extends: existence\nmessage: x\ntokens: [slammed]\n"   # a house rule file's text
TWICE = "given twice (first on line 1); YAML keeps only the last, so write it once"
STORY = "Council votes\n\nMarch 4, 2025\n\nThe council voted on Monday, the mayor said.\n"   # the story config_errors checks


def config_errors(run_cli, tmp_path, config: str) -> tuple[int, list[str]]:
    """(exit code, stderr lines) of `newslint check` on a one-story folder
    under `tmp_path` with `config` as its c.yaml (the test's `run_cli`)."""
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "c.yaml").write_text(config, encoding="utf-8")
    result = run_cli("check", "--no-cache", "a.txt", "--config", "c.yaml", cwd=tmp_path)
    return result.exit_code, result.stderr.splitlines()
