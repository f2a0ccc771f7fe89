"""A writer's dated stamp closing a plain text (`Posted by Communications
Staff on Nov. 30, 2026` as a press release's last line, over nothing but
end marks): no paragraph of the story, but the stamp it is at the top of a
text (nu18, "Closing Posted by stamp")."""
from __future__ import annotations

from ..document import Document, Part
from ._release_lines import add_stamp, stamp_pieces
from ._text_lines import trim


def foot_stamp(doc: Document, src: str, line_spans: list[tuple[int, int]], end: int | None,
               skip, present: set[str]) -> bool:
    """Read the block `line_spans` as a closing stamp when it is one line
    that is a dated stamp (`stamp_pieces`) and no text but lines starting at
    an offset in `skip` (end marks) follows it before `end`: a byline and a
    `published` field (`add_stamp`; its date is the publication date only
    when no other line gives one), or, under a byline read above, one
    `field` named `stamp`. False (nothing added) for any other block."""
    if len(line_spans) != 1:
        return False
    start, stop = trim(src, *line_spans[0])
    if not stamp_pieces(src[start:stop]) or _text_after(src, line_spans[0][1], len(src) if end is None else end, skip):
        return False
    if not add_stamp(doc, src[start:stop], present,
                     lambda kind, s, e, **kw: Part.from_slice(kind, src, start + s, start + e, **kw)):
        doc.add(Part.from_slice("field", src, start, stop, name="stamp"))
    return True


def _text_after(src: str, pos: int, end: int, skip) -> bool:
    """Whether a line with text, not starting at an offset in `skip`, follows `pos` before `end`."""
    while pos < end:
        nl = src.find("\n", pos, end)
        line_end = end if nl == -1 else nl
        if src[pos:line_end].strip() and pos not in skip:
            return True
        pos = line_end + 1
    return False
