"""A list in the story that the extractor left out (`story_lists`), and the
runs of list items that it, the reader's definition lists and the opening's
key-points box read (`item_runs`, `ITEM_BLOCKS`).

Moved out of `_html_between` (which judges the other blocks between two of the
story's paragraphs by the same tests: `_siblings`, `_subhead_like`,
`_furniture_text` and its markup gaps) to keep each module under 400 lines.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator

from .. import rx as regex

from ..document import Document, Part
from ._html_between import (_FROM_HEADING, _GAP_ITEM, _IN_HEADING, _TO_HEADING, _furniture_text, _siblings,
                            _subhead_like)
from ._html_dates import stamp_list
from ._html_furniture import is_link_listing
from ._html_tags import BOX_TITLE
from ._html_teaser import mostly_links

ITEM_WORDS = 4           # words: an item of a story's list the extractor left out is no shorter
LEAD_IN_WORDS = 3        # words: a paragraph leading into a list that ends the story is no shorter

# A list's items: a list item, a definition list's term and description.
ITEM_BLOCKS = ("li", "dt", "dd")
# Between a story paragraph or quote and a list of the story's: a list's, its
# items' and a quote's tags too, and a link's that opens or ends an item.
_LIST_GAP = regex.compile(rf"(?:{_GAP_ITEM}|</?(?:ul|ol|li|dl|dt|dd)(?:\s[^<>]*)?>|<a\s[^<>]*>|</a\s*>)*+",
                          regex.IGNORECASE | regex.DOTALL)
# From a list's own subhead to its first item.
_HEADING_TO_LIST = regex.compile(rf"{_IN_HEADING}</h[1-6]\s*>(?:{_GAP_ITEM}|</?(?:ul|ol|li|dl|dt|dd)(?:\s[^<>]*)?>)*+",
                                 regex.IGNORECASE | regex.DOTALL)
# From a list's last item to the next section's subhead.
_LIST_TO_HEADING = regex.compile(rf"(?:{_GAP_ITEM}|</(?:ul|ol|li|dl|dt|dd)\s*>)*+<h[1-6]\b[^<>]*>{_IN_HEADING}",
                                 regex.IGNORECASE | regex.DOTALL)
# After a list that ends the story: the list's end, then the end of the story's container.
_LIST_END = regex.compile(rf"(?:{_GAP_ITEM}|</(?:ul|ol|li|dl|dt|dd)\s*>)*+</(?:div|article|section|main)\s*>",
                          regex.IGNORECASE | regex.DOTALL)


def story_lists(doc: Document, neighbours: list[tuple[Part, Part, Part]], chosen: set[int],
                box_of: dict[int, int]) -> list[Part]:
    """The items of a list in the story that the extractor left out
    (trafilatura, when it falls back to gathering a page's paragraphs, takes
    no lists), with the list's own subhead: a run of list items (`<li>`, or a
    definition list's `<dt>` and `<dd>`: a box of facts, "Cost", "$48
    million over six years") right
    after a story paragraph or quote, or after a subhead (`_subhead_like`)
    right after one, and followed by one of the same container or ending the
    story (the story's last text, led into by a paragraph that ends in a
    colon, its container closing after the list: `_LIST_END`), with only the markup of paragraphs, quotes, lists and items
    between (`_LIST_GAP`), whose items are ITEM_WORDS words or more (a share
    bar's "Print", "Email" are fewer; a definition list's term may be one
    word) and no links to other stories
    (`mostly_links`, `is_link_listing`), page furniture, box titles or widget
    labels, and no site's stamp box (`_html_dates.stamp_list`: `Published`,
    `Dec. 1, 2026 7 PM`)."""
    texts = [n[1] for n in neighbours]
    if neighbours:
        texts = [neighbours[0][0]] + texts + [neighbours[-1][2]]
    last = max((k for k, p in enumerate(texts) if id(p) in chosen and p.kind != "heading"), default=-1)
    out: list[Part] = []
    for i, j in item_runs(texts, ITEM_BLOCKS, lambda p: id(p) not in chosen, start=1):
        run, before = texts[i:j], texts[i - 1]
        head = before if before.kind == "heading" and id(before) not in chosen and i > 1 else None
        if head is not None:
            before = texts[i - 2]
        after = texts[j] if j <= last else None      # None: the run is after the story's last text
        tail = after if after is not None and after.kind == "heading" and id(after) not in chosen \
            and j + 1 <= last else None              # the next section's subhead
        if tail is not None:
            after = texts[j + 1]
        if _items_of_story(doc, run, before, after, (head, tail), chosen, box_of):
            out.extend(([head] if head else []) + run + ([tail] if tail else []))
    return out


def item_runs(parts: list[Part], blocks: tuple[str, ...], keep: Callable[[Part], bool] = lambda p: True,
              start: int = 0) -> Iterator[tuple[int, int]]:
    """Each run of consecutive parts from `parts[start:]` whose `block`
    attribute is one of `blocks` (list items: `li`, `dt`, `dd`) and that
    `keep` takes, as (i, j): the run is parts[i:j], in order."""
    i = start
    while i < len(parts):
        if parts[i].attrs.get("block") not in blocks or not keep(parts[i]):
            i += 1
            continue
        j = i
        while j < len(parts) and parts[j].attrs.get("block") in blocks and keep(parts[j]):
            j += 1
        yield i, j
        i = j


def _leads_in(part: Part) -> bool:
    """The story leads into a list that ends it: "The plan, in short:", a
    sentence of LEAD_IN_WORDS words or more ending in a colon ("Filed under:",
    "Tags:" are a label's)."""
    text = part.text.rstrip()
    return text.endswith(":") and len(text.split()) >= LEAD_IN_WORDS and not BOX_TITLE.fullmatch(text)


def _items_of_story(doc: Document, run: list[Part], before: Part, after: Part | None,
                    heads: tuple[Part | None, Part | None], chosen: set[int], box_of: dict[int, int]) -> bool:
    """`run` is a list of the story's, between `before` and `after` (None: it
    ends the story), with `heads`: its own subhead before it and the next
    section's after it, or None."""
    head, tail = heads
    parts = [before, *[p for p in (head, *run, tail, after) if p is not None]]
    if not all(id(p) in chosen and p.kind != "heading" for p in (before, after) if p) or \
            len({box_of.get(id(p), 0) for p in parts}) > 1 or \
            not all(_subhead_like(h) for h in heads if h is not None):
        return False
    for part in run:
        text = part.text.strip()
        if len(text.split()) < (1 if part.attrs.get("block") == "dt" else ITEM_WORDS) or part.attrs.get("hidden") or part.attrs.get("sidebar") or \
                mostly_links(part) or is_link_listing(part) or _furniture_text(text):
            return False
    if stamp_list(run):        # a site's stamp box: `Published` / `Dec. 1, 2026 7 PM`
        return False
    source = doc.source
    if after is None and not (head is None and _leads_in(before) and
                              _LIST_END.match(source, run[-1].source_span(0, len(run[-1].text))[1])):
        return False
    chain = [*run, *([after] if after and not tail else [])]
    if head is None:
        chain.insert(0, before)
    elif not (_siblings(source, before, head, _TO_HEADING) and _siblings(source, head, run[0], _HEADING_TO_LIST)):
        return False
    if tail is not None and not (_siblings(source, run[-1], tail, _LIST_TO_HEADING)
                                 and _siblings(source, tail, after, _FROM_HEADING)):
        return False
    return all(_siblings(source, a, b, _LIST_GAP) for a, b in zip(chain, chain[1:]))
