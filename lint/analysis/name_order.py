"""The order a reader meets a person's names in on the page.

A Markdown footnote's definition may stand anywhere in the file (kramdown
writers often put it under the paragraph that cites it), but Goldmark,
kramdown, markdown-it-footnote and pandoc print every note at the end, in
the order of its first marker in the text (`readers/_md_notes.number_notes`),
not the order the definitions stand in. The names rules that judge what came
first (names.first-reference, names.age-changed, names.title-changed) read
a note's names after the story's (qa388 #1), note by note as printed
(qa395 #2, #3); those that break a tie by what came first
(names.spelling-variant, names.given-name-variant) too (qa395 #4).
"""
from __future__ import annotations

from .names import Mention

_UNCITED = 1 << 30       # a note no marker cites: after the printed ones (the renderers drop it)


def page_key(m: Mention) -> tuple[int, int]:
    """(0, 0) for a mention in the story; (1, n) for one in the n-th note
    printed (`attrs["printed"]`). Mentions of one key keep their file order."""
    if m.part.kind != "footnote":
        return 0, 0
    return 1, m.part.attrs.get("printed", _UNCITED)


def page_place(m: Mention) -> tuple[int, int, int, int]:
    """Where the reader meets `m`: `page_key`, then its file place."""
    return (*page_key(m), m.part.index, m.start)


def page_order(ms: list[Mention]) -> list[Mention]:
    """`ms` (mentions, in file order) in the order the page prints them:
    the story's first, then each footnote's, note by note in the printed
    order (`page_key`), each group's order kept; `ms` itself when none is
    a footnote's."""
    if not any(m.part.kind == "footnote" for m in ms):
        return ms
    return sorted(ms, key=page_key)
