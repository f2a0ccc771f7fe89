"""Quotations set in marks the quote scan (`quotes.py`) does not read, for
--fix's hold on a speaker's words only (`quote_fixes`, qa429 #2, #3):
guillemets (« » in French, Swiss or Russian copy, spaced or not; » « in
German), a low single mark closed by a high one (‚…‘ German, ‚…’ Dutch), a
quotation opened with a turned single mark (’…’, a slip of smart-quote
software), and a ‘…’ quotation glued to the stop before it. The quote rules
keep their own reading: no `quotes.*` rule judges these conventions of other
languages or slips, but a quotation in them is still one whose words AP
leaves to the writer.
"""
from __future__ import annotations

import regex

from .quote_lookalikes import clipped

# « … » or » … « (the first mark of a pair opens it), never across another; ‚ … ‘ or ’ where the closing mark ends no
# word (a ’ inside `don’t` is an apostrophe); a turned ’ opening a word after
# a space or a dash, closed by ’ right after a stop or comma, where nothing
# but a space, a stop or the end follows: `said, ’It is late,’ and left`.
GUILLEMETS = regex.compile(r"\u00ab[^\u00ab\u00bb]*\u00bb|\u00bb[^\u00ab\u00bb]*\u00ab")
LOW_SINGLE = regex.compile(r"\u201a(?=\S)(?:[^\u2018\u2019\u201a]|\u2019(?=\p{L}))*?[\u2018\u2019](?!\p{L})")
TURNED = regex.compile(r"(?<=^|[\s(\u2014\u2013\"\u201c])\u2019(?=\p{L})(?:[^\u2018\u2019]|(?<=\p{L})\u2019(?=\p{L}))*?"
                       r"[.,!?;:\u2026]\u2019(?=\s|$|[.,;:)\u2014\u2013])")

# ‘ glued to the stop before it (`early.‘It is over,’`), which the scan reads
# only once hygiene.missing-space's fix has put the space in: held from the
# first pass, so a quotation never ends half rewritten (qa429 #2).
GLUED = regex.compile(r"(?<=[.!?])\u2018(?=\p{L})(?:[^\u2018\u2019]|(?<=\p{L})\u2019(?=\p{L}))*?"
                      r"[.,!?;:\u2026]\u2019(?!\p{L})")


# A guillemet that is a link's arrow, not a quotation mark (qa436 #3): `« Previous |`,
# `« Back` ending the text, `| Next »`, `Continue reading »`, a breadcrumb's `Home »`;
# the link's words stand alone (the text's start or end, a separator or a bracket
# beside them), so `« Back in my day »` is still a quotation, and so is one a
# line break cuts (`« Back\nto work »`: a hard-wrapped Markdown paragraph).
_BACK = regex.compile(r"\u00ab[\t\p{Zs}]*(?:previous|prev|back|older|newer|earlier|first|last|home|return)"
                      r"(?:[\t\p{Zs}]+(?:to|page|post|story|article|top|home|(?-i:\p{Lu}\p{L}*))){0,2}"
                      r"[\t\p{Zs}]*(?=$|[|\u00b7\u2022/\])])", regex.IGNORECASE)
_NEXT = regex.compile(r"(?:^|(?<=[|\u00b7\u2022/(\[]))[\t\p{Zs}]*(?:(?:read|see|view|show|load)[\t\p{Zs}]+)?"
                      r"(?:next|more|newer|older|later|last|continue|forward|home)"
                      r"(?:[\t\p{Zs}]+(?:reading|page|post|story|article)){0,1}[\t\p{Zs}]*(\u00bb)",
                      regex.IGNORECASE)


def _unarrowed(text: str) -> str:
    """`text` with each guillemet a link's arrow (`_BACK`, `_NEXT`) made a
    space, so the rest pair as they would (offsets kept)."""
    arrows = [m.start() for m in _BACK.finditer(text)] + [m.start(1) for m in _NEXT.finditer(text)]
    if not arrows:
        return text
    chars = list(text)
    for at in arrows:
        chars[at] = " "
    return "".join(chars)


def other_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) in `text` of each quotation in other marks, its marks
    included, in no set order; spans may overlap (the caller,
    `quote_fixes._source_spans`, sorts and merges them with the others)."""
    out = [m.span() for m in GUILLEMETS.finditer(_unarrowed(text) if "\u00ab" in text else text)]
    out += [m.span() for m in LOW_SINGLE.finditer(text)]
    out += [m.span() for m in TURNED.finditer(text) if not clipped(text, m.start())]
    out += [m.span() for m in GLUED.finditer(text)]
    return out
