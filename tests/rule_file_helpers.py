"""Writing a rule file in a test and reading the one-line error it gets."""
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
