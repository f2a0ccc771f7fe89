"""A story a page prints twice: read the first copy only.

Some pages hold the whole story a second time further down (a print
version, the next "page" of a paginated story that repeats the first, a
copy a script shows instead), and the extractor keeps both, so every
finding comes twice. When the story's chosen text blocks repeat a run of
blocks already read (the same text, in the same order, the first run ended
before the second starts), the second run is no story text: its blocks and
every part between its first and last block (its pictures and captions) are
dropped, and the story's span is taken again from the blocks left.

A run counts when it is at least MIN_RUN blocks and MIN_CHARS characters
long: a repeated one-line label ("Advertisement", a photo credit) or a
reporter repeating a short refrain is no copy of the story.
"""
from __future__ import annotations

import regex

from ..document import Document, Part
from ._html_page import story_parts

MIN_RUN = 3          # blocks in a row that must repeat
MIN_CHARS = 200      # characters those blocks must hold
TEXT_KINDS = ("paragraph", "blockquote", "heading", "dek")
_SPACE = regex.compile(r"\s+")


def _key(part: Part) -> str:
    return _SPACE.sub(" ", part.text).strip().lower()


def repeated(doc: Document, chosen: set[int]) -> list[list[Part]]:
    """The runs of chosen text parts that repeat a run of chosen parts before them."""
    blocks = sorted((p for p in doc.parts if id(p) in chosen and p.kind in TEXT_KINDS and p.text.strip()),
                    key=lambda p: p.source_offset(0))
    keys = [_key(p) for p in blocks]
    seen: dict[str, list[int]] = {}
    out: list[list[Part]] = []
    j = 0
    while j < len(blocks):
        best = 0
        for i in seen.get(keys[j], ()):
            k = 0
            while i + k < j and j + k < len(blocks) and keys[i + k] == keys[j + k]:
                k += 1
            if k > best and k >= MIN_RUN and sum(len(keys[j + n]) for n in range(k)) >= MIN_CHARS:
                best = k
        if best:
            out.append(blocks[j:j + best])
            j += best
            continue
        seen.setdefault(keys[j], []).append(j)
        j += 1
    return out


def first_copy(doc: Document, found: tuple[set[int], tuple[int, int]] | None, story, box_of: dict[int, int]):
    """`found` (chosen ids, story span, as `_html_page.story_parts` gives
    them) without a second copy of the story. The story's parts are then
    chosen again without the copy: a copy the extractor did not keep where
    it sits outweighs the kept text there and makes the first choice take
    text from anywhere on the page (a sidebar's promo that repeats a box the
    extractor kept)."""
    if found is None:
        return None
    runs = repeated(doc, found[0])
    if not runs:
        return found
    kept = found[0] - {id(p) for run in runs for p in run}
    if not any(id(p) in kept for p in doc.parts if p.kind in ("paragraph", "blockquote")):
        return found
    for run in runs:
        _drop_copy(doc, run)
    return story_parts(doc, story, box_of) or found


def _drop_copy(doc: Document, run: list[Part]) -> None:
    """Drop the parts of a second copy: those between its first and last
    block, and those just above it (its lead picture, after the text before
    it) whose text a part before them already had."""
    start = run[0].source_offset(0)
    end = run[-1].source_span(0, len(run[-1].text))[1]
    above = max((p.source_span(0, len(p.text))[1] for p in doc.parts
                 if p.kind in TEXT_KINDS and p.text.strip() and not p.attrs.get("drop")
                 and p.source_offset(0) < start), default=start)
    earlier: set[tuple[str, str]] = set()
    for part in sorted((p for p in doc.parts if p.kind != "title" and p.text),
                       key=lambda p: p.source_offset(0)):
        at, key = part.source_offset(0), (part.kind, _key(part))
        if start <= at < end or (above <= at < start and key in earlier):
            part.attrs["drop"] = True
        earlier.add(key)
