"""Quotations set in marks the quote scan (`quotes.py`) does not read, for
--fix's hold on a speaker's words only (`quote_fixes`, qa429 #2, #3):
double guillemets (« » in French, Swiss or Russian copy, spaced or not; » « in
German), paired with nesting by `quote_guillemets` (which also runs them over
paragraphs), single guillemets the same ways (‹ › and › ‹, qa440 #8), a low single mark closed by a high one (‚…‘ German, ‚…’ Dutch), a
quotation opened with a turned single mark (’…’, a slip of smart-quote
software), and a ‘…’ quotation glued to the stop before it. The quote rules
keep their own reading: no `quotes.*` rule judges these conventions of other
languages or slips, but a quotation in them is still one whose words AP
leaves to the writer.
"""
from __future__ import annotations

from .. import rx as regex

from .quote_guillemets import part_spans
from .quote_lookalikes import clipped

# ‚ … ‘ or ’ where the closing mark ends no
# word (a ’ inside `don’t` is an apostrophe); a turned ’ opening a word after
# a space or a dash, closed by ’ right after a stop or comma, where nothing
# but a space, a stop or the end follows: `said, ’It is late,’ and left`.
LOW_SINGLE = regex.compile(r"\u201a(?=\S)(?:[^\u2018\u2019\u201a]|\u2019(?=\p{L}))*?[\u2018\u2019](?!\p{L})")
TURNED = regex.compile(r"(?<=^|[\s(\u2014\u2013\"\u201c])\u2019(?=\p{L})(?:[^\u2018\u2019]|(?<=\p{L})\u2019(?=\p{L}))*?"
                       r"[.,!?;:\u2026]\u2019(?=\s|$|[.,;:)\u2014\u2013])")

# A single guillemet, or a blank line (a paragraph break, which no pairing crosses).
SINGLE_MARK = regex.compile(r"[\u2039\u203a]|\n[ \t]*\n")


def _single_guillemets(text: str) -> list[tuple[int, int]]:
    """Spans of ‹…› (French, Swiss) or ›…‹ (German) quotations in `text`,
    marks included, each a mark and the very next one in its paragraph.  A
    lone › (a breadcrumb `Home › Politics`, a `Next ›` link) is read as
    quoting nothing only where it cannot pair: the way that pairs more marks
    wins, and on a tie both ways' spans are given (holding too much is the
    safer error, and no arrow is guessed from the words beside it, qa440 #6)."""
    out: list[tuple[int, int]] = []
    marks: list[tuple[int, str]] = []
    for m in SINGLE_MARK.finditer(text + "\n\n"):
        if m.group() in "\u2039\u203a":
            marks.append((m.start(), m.group()))
            continue
        ways = [_pairs(marks, opener) for opener in "\u2039\u203a"]
        most = max(len(w) for w in ways)
        out += [span for w in ways if len(w) == most for span in w]
        marks = []
    return out


def _pairs(marks: list[tuple[int, str]], opener: str) -> list[tuple[int, int]]:
    """Each `opener` mark paired with the mark right after it when that one
    is the other kind; an opener followed by another opener stays lone."""
    out = []
    k = 0
    while k + 1 < len(marks):
        (s, a), (e, b) = marks[k], marks[k + 1]
        if a == opener and b != opener:
            out.append((s, e + 1))
            k += 2
        else:
            k += 1
    return out


# ‘ glued to the stop before it (`early.‘It is over,’`), which the scan reads
# only once hygiene.missing-space's fix has put the space in: held from the
# first pass, so a quotation never ends half rewritten (qa429 #2).
GLUED = regex.compile(r"(?<=[.!?])\u2018(?=\p{L})(?:[^\u2018\u2019]|(?<=\p{L})\u2019(?=\p{L}))*?"
                      r"[.,!?;:\u2026]\u2019(?!\p{L})")


def guillemet_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) in `text` of each quotation in guillemets, double
    (`quote_guillemets.part_spans`, nested ones too) or single, that opens
    and closes in `text`, its marks included, in no set order; spans may
    overlap. `[]` when `text` holds no guillemet."""
    return part_spans(text) + _single_guillemets(text) if _ANY_GUILLEMET.search(text) else []


_ANY_GUILLEMET = regex.compile("[\u00ab\u00bb\u2039\u203a]")


def other_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) in `text` of each quotation in other marks, its marks
    included, in no set order; spans may overlap (the caller,
    `quote_fixes._source_spans`, sorts and merges them with the others)."""
    out = guillemet_spans(text)
    out += [m.span() for m in LOW_SINGLE.finditer(text)]
    out += [m.span() for m in TURNED.finditer(text) if not clipped(text, m.start())]
    out += [m.span() for m in GLUED.finditer(text)]
    return out
