"""Parts from XML elements' text, each character mapped to its exact source
offset (`_xml.Run`s), for the NITF, NewsML-G2 and WXR readers. A `q` element
in the text is kept as an inline `quotation` mark (`Part.attrs["inline"]`).
"""
from __future__ import annotations

from ..document import Part
from ._xml import UNSAFE_CDATA, UNSAFE_TEXT, Node, Run


def text_part(kind: str, node: Node | None, name: str = "",
              skip: frozenset[str] = frozenset()) -> Part | None:
    """A part of the node's text (outer white space trimmed), each run mapped to
    where it starts in the source; None when the node has no text."""
    if node is None:
        return None
    runs = list(node.runs(skip))
    text = "".join(r.text for r in runs)
    lead = len(text) - len(text.lstrip())
    stop = len(text.rstrip())
    if lead >= stop:
        return None
    segments, unsafe, pos = [], set(), 0
    for r in runs:
        end = pos + len(r.text)
        if end > lead and pos < stop:
            cut = max(lead - pos, 0)
            segments.append((pos + cut - lead, r.offset + cut))
            unsafe.update(UNSAFE_CDATA if r.cdata else UNSAFE_TEXT)
        pos = end
    part = Part(kind, text[lead:stop], tuple(segments), name=name)
    part.attrs["unsafe_chars"] = "".join(sorted(unsafe))
    marks = [("quotation", max(s - lead, 0), min(e, stop) - lead) for s, e in _quotations(node, skip)
             if s < stop and e > lead]
    if marks:
        part.attrs["inline"] = marks
    return part


def _quotations(node: Node, skip: frozenset[str]) -> list[tuple[int, int]]:
    """(start, end) in the node's untrimmed text (`Node.runs(skip)` joined) of
    each `q` element under it that holds text, in the order they open: NITF
    3.x's inline quotation, which the quote scan reads as a quote with no
    typed marks (`analysis.quote_elements`)."""
    out: list[tuple[int, int]] = []

    def walk(n: Node, pos: int) -> int:
        for item in n.items:
            if isinstance(item, Run):
                pos += len(item.text)
            elif isinstance(item, Node) and item.local not in skip:
                at, k = pos, len(out)
                if item.local == "q":
                    out.append((pos, pos))
                pos = walk(item, pos)
                if item.local == "q":
                    out[k] = (at, pos)
        return pos

    walk(node, 0)
    return [(s, e) for s, e in out if e > s]


def credit_part(node: Node | None) -> Part | None:
    """The credit element's part; a blank one (`<media-producer></media-producer>`,
    white space only) is a zero-length credit where its content would start (at
    the element when it closes itself), as a blank front-matter `credit: ""` is:
    a credit left unfilled, which captions.empty-credit reports."""
    part = text_part("credit", node)
    if part is None and node is not None:
        at = node.inner if node.end > node.close else node.start
        part = Part("credit", "", ((0, at),))
    return part


def inner_runs(node: Node) -> tuple[str, tuple[tuple[int, int], ...], bool]:
    """(text, segments, all_cdata) of the node's own text: what an element
    holding escaped markup (WXR `content:encoded`) decodes to, with the map
    from that text back to the source."""
    runs = [r for r in node.items if isinstance(r, Run)]
    segments, pos = [], 0
    for r in runs:
        segments.append((pos, r.offset))
        pos += len(r.text)
    return "".join(r.text for r in runs), tuple(segments), all(r.cdata for r in runs)
