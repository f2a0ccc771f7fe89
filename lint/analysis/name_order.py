"""The order a reader meets a person's names in on the page.

A Markdown footnote's definition may stand anywhere in the file (kramdown
writers often put it under the paragraph that cites it), but Goldmark,
kramdown and markdown-it-footnote print every note at the end. The names
rules that judge what came first (names.first-reference, names.age-changed,
names.title-changed) read a note's names after the story's (qa388 #1).
"""
from __future__ import annotations

from .names import Mention


def page_order(ms: list[Mention]) -> list[Mention]:
    """`ms` (one person's mentions, in file order) with those in `footnote`
    parts moved after the others, each group's order kept; `ms` itself
    when none is a footnote's."""
    if not any(m.part.kind == "footnote" for m in ms):
        return ms
    return sorted(ms, key=lambda m: m.part.kind == "footnote")
