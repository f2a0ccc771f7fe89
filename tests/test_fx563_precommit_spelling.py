"""fx563: the README's pre-commit advice for Vale's spelling rules names the
very binding the `spelling` extra installs (nu74 #3), so the two never drift."""
from __future__ import annotations

import os
import re
import tomllib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def test_additional_dependencies_name_the_spelling_extra():
    with open(os.path.join(ROOT, "pyproject.toml"), "rb") as f:
        extra = tomllib.load(f)["project"]["optional-dependencies"]["spelling"]
    text = open(os.path.join(ROOT, "README.md"), encoding="utf-8").read()
    section = text[text.index("\n## pre-commit"):]
    section = section[:section.index("\n## ", 5)]
    named = re.findall(r"additional_dependencies: \[([^\]]*)\]", section)
    assert named and [d.strip(" '\"") for d in named[0].split(",")] == extra
