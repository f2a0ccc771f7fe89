"""The word lists in lint/data are what they look like.

YAML 1.1 reads a bare `on`, `off`, `no` or `yes` as a boolean, so a word list
holding them silently loses those words. Every list item must be a string
(or a nested list or mapping of strings).
"""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

DATA = Path(__file__).resolve().parent.parent / "lint" / "data"


def scalars(node, path):
    if isinstance(node, dict):
        for key, value in node.items():
            yield from scalars(value, f"{path}.{key}")
    elif isinstance(node, list):
        for i, item in enumerate(node):
            yield from scalars(item, f"{path}[{i}]")
    else:
        yield path, node


@pytest.mark.parametrize("path", sorted(DATA.glob("*.yaml")), ids=lambda p: p.name)
def test_no_word_turns_into_a_boolean_or_null(path):
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    wrong = [(where, value) for where, value in scalars(data, path.name)
             if "[" in where and (isinstance(value, bool) or value is None)]
    assert not wrong, f"quote these list items: {wrong[:5]}"
