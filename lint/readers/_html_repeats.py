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
long, and when it is a second copy of (most of) the whole story: its text is
at least COPY_SHARE of the chosen text outside every such run, and no new
text follows it (only other copies, or texts read before it: a promo the
page prints twice). A repeated
one-line label ("Advertisement", a photo credit), a chorus a song repeats,
a box of highlights that copies the lede, or a second story with the same
wire opening and an ending of its own is no copy of the story, and both are read. Blocks match
case and all (only runs of white space count as one): a print copy is the
same text. Inside a copy, a block between matching blocks (or at either
copy's end) that differs from its twin by a few characters (EDITED) still
belongs to it: after `--fix` fixed the first copy, the second is still a
copy, so `--fix` fixes what `check` reports and no more.

Both steps are linear in the page's parts: an earlier block's place is
looked up by its text (only its first few places are tried), and the parts
a copy drops are found in one sweep over the parts in page order.
"""
from __future__ import annotations

import bisect
import difflib

from .. import rx as regex

from ..document import Document, Part
from ._html_page import story_parts

MIN_RUN = 3          # blocks in a row that must repeat
MIN_CHARS = 200      # characters those blocks must hold
COPY_SHARE = 0.6     # of the chosen text outside the copies: a copy of the whole story holds no less
EDITED = 0.9        # similarity at which a copy's block is the first copy's with a fix or two
TRIES = 4            # earlier places of a block's text tried as the start of the first copy
SHARED_WORDS = 0.5   # of the distinct words two blocks share before they are compared letter by letter
ANCHOR = 40          # characters: a block matching beside an edited pair is a paragraph, not a label
TEXT_KINDS = ("paragraph", "blockquote", "heading", "dek")
_SPACE = regex.compile(r"\s+")


def _key(part: Part) -> str:
    return _SPACE.sub(" ", part.text).strip()


def repeated(doc: Document, chosen: set[int]) -> list[list[Part]]:
    """The runs of chosen text parts that repeat a run of chosen parts before
    them and hold most of the story (see the module)."""
    blocks = sorted((p for p in doc.parts if id(p) in chosen and p.kind in TEXT_KINDS and p.text.strip()),
                    key=lambda p: p.source_offset(0))
    keys = [_key(p) for p in blocks]
    seen: dict[str, list[int]] = {}
    spans: list[tuple[int, int]] = []
    j = 0
    while j < len(blocks):
        best = 0
        for i in seen.get(keys[j], ())[:TRIES]:
            k = same = 0
            while i + k < j and j + k < len(blocks) and \
                    (keys[i + k] == keys[j + k] or _edited(keys, i + k, j + k, j)):
                same += keys[i + k] == keys[j + k]
                k += 1
            if k > best and same >= MIN_RUN and sum(len(keys[j + n]) for n in range(k)) >= MIN_CHARS:
                best = k
        if best:
            spans.append((j, j + best))
            j += best
            continue
        seen.setdefault(keys[j], []).append(j)
        j += 1
    size = [sum(map(len, keys[a:b])) for a, b in spans]
    outside = sum(map(len, keys)) - sum(size)
    first: dict[str, int] = {}
    for n, key in enumerate(keys):
        first.setdefault(key, n)
    in_span = [False] * len(blocks)
    for a, b in spans:
        in_span[a:b] = [True] * (b - a)
    newest = [-1] * (len(blocks) + 1)       # from each block on, the latest first place of a text outside the runs
    for n in range(len(blocks) - 1, -1, -1):
        newest[n] = newest[n + 1] if in_span[n] else max(newest[n + 1], first[keys[n]])
    # a copy: most of the story, and nothing new after it (only runs, or texts read before it)
    return [blocks[a:b] for (a, b), n in zip(spans, size) if n >= COPY_SHARE * outside and newest[b] < a]


def _edited(keys: list[str], a: int, b: int, copy: int) -> bool:
    """Block b of a copy is block a of the first copy with a few characters
    changed (EDITED similar; `--fix` fixed the first copy only), between
    blocks that match: the next pair matches, or either copy ends there, and
    a paragraph (ANCHOR characters or more), not only a label, matches next
    to it."""
    if not (b + 1 == len(keys) or a + 1 == copy or keys[a + 1] == keys[b + 1]):
        return False
    if not any(0 <= a + d and b + d < len(keys) and keys[a + d] == keys[b + d] and len(keys[a + d]) >= ANCHOR
               for d in (-1, 1)):
        return False            # only labels match beside it ("Advertisement" between paragraphs)
    x, y = keys[a], keys[b]
    if abs(len(x) - len(y)) > (1 - EDITED) * max(len(x), len(y)):
        return False
    # Two different paragraphs share few words (function words: a fifth or
    # so); a block with a few fixes shares most, even with a fix in many of
    # its words (curly apostrophes made straight): only then the costly
    # character comparison.
    wx, wy = set(x.split()), set(y.split())
    if len(wx & wy) < SHARED_WORDS * max(len(wx), len(wy)) - 2:
        return False
    return difflib.SequenceMatcher(None, x, y, autojunk=False).ratio() >= EDITED


def first_copy(doc: Document, found: tuple[set[int], tuple[int, int]] | None, story, box_of: dict[int, int],
               ex=None):
    """`found` (chosen ids, story span, as `_html_page.story_parts` gives
    them) without a second copy of the story. The story's parts are then
    chosen again without the copy: a copy the extractor did not keep where
    it sits outweighs the kept text there and makes the first choice take
    text from anywhere on the page (a sidebar's promo that repeats a box the
    extractor kept). `ex`: the Extractor, as `story_parts` takes it."""
    if found is None:
        return None
    runs = repeated(doc, found[0])
    if not runs:
        return found
    kept = found[0] - {id(p) for run in runs for p in run}
    if not any(id(p) in kept for p in doc.parts if p.kind in ("paragraph", "blockquote")):
        return found
    _drop_copies(doc, runs)
    return story_parts(doc, story, box_of, ex) or found


def _drop_copies(doc: Document, runs: list[list[Part]]) -> None:
    """Drop the parts of each second copy (`runs`, in page order): those
    between its first and last block, and those just above it (its lead
    picture, after the text before it) whose text a part before them
    already had. One sweep over the parts in page order."""
    parts = sorted((p for p in doc.parts if p.kind != "title" and p.text), key=lambda p: p.source_offset(0))
    keys = [(p.kind, _key(p)) for p in parts]
    first: dict[tuple[str, str], int] = {}
    for n, key in enumerate(keys):
        first.setdefault(key, n)
    at = [p.source_offset(0) for p in parts]
    n = 0
    above = None                     # the end of the last kept text block before the copy
    for run in runs:
        start = run[0].source_offset(0)
        end = run[-1].source_span(0, len(run[-1].text))[1]
        while n < len(parts) and at[n] < start:
            p = parts[n]
            if p.kind in TEXT_KINDS and p.text.strip() and not p.attrs.get("drop"):
                stop = p.source_span(0, len(p.text))[1]
                above = stop if above is None else max(above, stop)
            n += 1
        low = start if above is None else min(above, start)
        for m in range(bisect.bisect_left(at, low), bisect.bisect_left(at, end)):
            if at[m] >= start or first[keys[m]] < m:
                parts[m].attrs["drop"] = True
