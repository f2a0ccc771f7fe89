"""Markdown footnotes: `[^1]` markers and `[^1]: Note text.` definitions.

Goldmark (Hugo), kramdown (Jekyll) and markdown-it-footnote (Eleventy) all
read them, after PHP Markdown Extra: a definition opens a line with
`[^label]:` (no space in the label), runs on over its lazy lines, and
holds further paragraphs indented four spaces; a marker is `[^label]`
with a label some definition in the file gives, else it stays text.
Three of the 582 articles in the shared Markdown repositories hold them
(all 18F's, whose Eleventy renders them with markdown-it-footnote).
Without this, a definition read as a body paragraph (and one whose text
is a bare URL as a link reference definition, its indented paragraphs as
a code block, unlinted), and a marker as words of its sentence.

The reading is `mdit_py_plugins`' port of markdown-it-footnote, with no
`^[inline note]`s (neither Goldmark nor kramdown has them) and the
definitions left where they stand (no `footnote_tail`), so each token
keeps its place in the source. It is imported for the first file that
holds a `[^`, never for the others.

The plugin's marker rule scans from each `[^` to the next `]`, space or
line break, so a run of `[^` with none (a fuzzer's `[^[^[^…`) cost work
quadratic in its length: 131 s for 40 KB. `_marker` finds that end with
about one look per character (`_end`) and hands the plugin only a
`[^label]` whose label a definition gives, so the work is linear.
"""
from __future__ import annotations

import re
from functools import partial

from markdown_it import MarkdownIt

OPEN, CLOSE = "footnote_reference_open", "footnote_reference_close"   # around a definition's blocks
MARKER = "footnote_ref"                                              # inline: `[^label]` of a defined label


_ENDS = re.compile(r"[\] \n]")      # what ends a marker's label for the plugin's rule
_END = "newslint.note-end"           # env: (text, start, end): no `_ENDS` in text[start:end]


def with_notes(md: MarkdownIt) -> MarkdownIt:
    """`md` reading footnote definitions (block) and markers (inline)."""
    from mdit_py_plugins.footnote import footnote_plugin
    from mdit_py_plugins.footnote.index import footnote_ref
    footnote_plugin(md, inline=False, move_to_end=False)
    md.inline.ruler.at(MARKER, partial(_marker, footnote_ref))
    return md


def _marker(rule, state, silent: bool) -> bool:
    """The plugin's marker `rule`, tried only on a `[^label]` (within the
    run's bounds) whose label a definition in the file gives: what it would
    take, found without its scan per `[^`. Never in a silent pass: markdown-it
    skips tokens silently only to find a link's closing `]`
    (`parseLinkLabel`), where a marker taken would end the label (a link
    allows no nested `[`...`]` token), so `[Office[^1]](url)` read as text
    (qa388 #3); passed over as plain brackets, the label closes after it,
    the link stands as Goldmark renders it, and its text, parsed again,
    takes the marker."""
    src, pos = state.src, state.pos
    if silent or not src.startswith("[^", pos):
        return False
    refs = state.env.get("footnotes", {}).get("refs")
    end = _end(state.env, src, pos + 2) if refs else -1
    if not pos + 2 < end < state.posMax or src[end] != "]" or ":" + src[pos + 2:end] not in refs:
        return False
    return rule(state, silent)


def _end(env: dict, src: str, p: int) -> int:
    """Where the first `_ENDS` character at or after `p` stands in `src`
    (its length if none). The stretch last found free of one is kept: a
    `p` inside it needs no search, and one before it (markdown-it tries a
    run of nested `[` from the innermost out) a search up to it, so each
    character is searched about once, whatever the number of `[^`."""
    seen = env.get(_END)
    if seen is not None and seen[0] is src and p <= seen[2]:
        if p >= seen[1]:
            return seen[2]
        found = next_end(src, p, seen[1])
        end = seen[2] if found == seen[1] else found
    else:
        end = next_end(src, p, len(src))
    env[_END] = (src, p, end)
    return end


def next_end(src: str, p: int, limit: int) -> int:
    """The first `_ENDS` character in src[p:limit], else `limit` (a test counts the work)."""
    m = _ENDS.search(src, p, limit)
    return m.start() if m else limit


def number_notes(doc, tokens) -> None:
    """Give each `footnote` part of `doc` `attrs["printed"]`: its note's
    place (0, 1, ...) among the notes as the page prints them, in the order
    of their first markers in the file (markdown-it-footnote's numbering,
    which Goldmark, kramdown and pandoc share), wherever the definitions
    stand, a marker in an image's alt text among them; a note no marker
    cites gets none (the renderers drop it). For
    the rules that judge what a reader met first (`analysis/name_order`)."""
    notes = [p for p in doc.parts if p.kind == "footnote"]
    if not notes:
        return
    printed: dict[str, int] = {}
    for tok in tokens:
        # in the file's order, nested children too: an image's alt text holds
        # its own inline tokens, and a marker there is numbered (qa410 #9)
        stack = list(reversed(tok.children or ())) if tok.type == "inline" else []
        while stack:
            child = stack.pop()
            if child.type == MARKER:
                printed.setdefault(child.meta["label"], len(printed))
            stack.extend(reversed(child.children or ()))
    for part in notes:
        if part.name in printed:
            part.attrs["printed"] = printed[part.name]
