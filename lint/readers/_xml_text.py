"""Parts from XML elements' text, each character mapped to its exact source
offset (`_xml.Run`s), for the NITF, NewsML-G2 and WXR readers. A `q` element
in the text is kept as an inline `quotation` mark and a `sup` as a
`superscript` one (`Part.attrs["inline"]`), as the HTML reader keeps them.
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
    marks = [(k, max(s - lead, 0), min(e, stop) - lead) for k, s, e in _inline_marks(node, skip)
             if s < stop and e > lead]
    if marks:
        part.attrs["inline"] = marks
    return part


# The elements kept as inline marks: NITF 3.x's `q` (an inline quotation, which
# the quote scan reads as a quote with no typed marks: `analysis.quote_elements`)
# and `sup` (NITF 3.6's superscript, a footnote figure the time and date readers
# read as no word: `analysis.sup_notes`), named as the HTML reader names them.
_MARKS = {"q": "quotation", "sup": "superscript"}


def _inline_marks(node: Node, skip: frozenset[str]) -> list[tuple[str, int, int]]:
    """(mark, start, end) in the node's untrimmed text (`Node.runs(skip)`
    joined) of each `_MARKS` element under it that holds text, in the order
    they open."""
    out: list[tuple[str, int, int]] = []

    def walk(n: Node, pos: int) -> int:
        for item in n.items:
            if isinstance(item, Run):
                pos += len(item.text)
            elif isinstance(item, Node) and item.local not in skip:
                at, k, mark = pos, len(out), _MARKS.get(item.local)
                if mark:
                    out.append((mark, pos, pos))
                pos = walk(item, pos)
                if mark:
                    out[k] = (mark, at, pos)
        return pos

    walk(node, 0)
    return [m for m in out if m[2] > m[1]]


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
