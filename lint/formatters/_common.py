"""Helpers the machine-readable formats share: paths, rule text, levels."""
from __future__ import annotations

import os

FILE_RULE_HELP = "A problem with the file itself (encoding, size, front matter): fix the file."


def relative(path: str, root: str) -> str | None:
    """`path` relative to `root` with forward slashes, or None when it lies outside."""
    if not root:
        return path.replace(os.sep, "/") if not os.path.isabs(path) else None
    rel = os.path.relpath(os.path.abspath(path), root)
    if rel == ".." or rel.startswith(".." + os.sep):
        return None
    return rel.replace(os.sep, "/")


def first_sentence(text: str) -> str:
    """The description's first sentence, for one-line summaries; a stop inside
    brackets or before a lower-case word ("Wed. and") does not end it."""
    text = " ".join(text.split())
    depth = 0
    for i, ch in enumerate(text):
        depth += (ch in "([") - (ch in ")]")
        if (ch in ".!?" and depth <= 0 and i > 20
                and (i + 1 == len(text) or (text[i + 1] == " " and text[i + 2:i + 3].isupper()))):
            return text[: i + 1]
    return text


def rule_info(rule_id: str, rules: dict) -> tuple[str, str, str]:
    """(short description, full description, link) for a rule id, `file.*` ids included."""
    rule = rules.get(rule_id)
    if rule is None:
        return (f"File problem: {rule_id.split('.', 1)[-1]}", FILE_RULE_HELP, "")
    full = " ".join((rule.description or rule.message).split())
    return first_sentence(full), full, rule.link or ""

