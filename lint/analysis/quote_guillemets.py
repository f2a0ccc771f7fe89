"""Quotations in double guillemets, for --fix's hold on a speaker's words
(`quote_fixes`, through `quote_others`): « … » (French, Swiss, Italian,
Russian copy, spaced or not) and » … « (German, Danish), read mark by mark
with nesting (`« Il a dit « … » hier, … »`), within one part and over the
paragraphs of a story.

Two readings are tried, French (« opens, » closes) and German (» opens, «
closes). In each, an opening mark opens a level and a closing mark closes the
level open innermost; a closing mark with nothing open is a lone mark (a
breadcrumb `Home » News`, a `Read more »` link) and quotes nothing. A part
takes the reading that finds more quotations in it; on a tie, the one that
reads fewer marks against their shape (an opening mark followed by a comma
or a stop, or ending the text; a closing mark glued to the next word but
not the one before, `x «Oui` read as German); on a second tie, both readings'
spans (holding too much is the safer error: qa447 #6).

A quotation running over paragraphs (`run_spans`) follows the convention of
AP (Stylebook, "quotation marks": running quotations), the French
typographers' (Lexique de l'Imprimerie nationale and Le Ramat, "guillemets")
and Duden's ("Anführungszeichen"): a paragraph whose quotation is still open
at its end leaves it open, and the next paragraph opens with the opening mark
again; only the last paragraph closes it. French copy may reopen each
paragraph with » instead (the *guillemet de rappel*). A quotation left open
whose next paragraph does not reopen it but closes it (a list item's second
paragraph, `- « It is alright,` then `it is over », dit-elle.`) runs on too,
as `quote_carry.run_on_close` reads curly marks. The pairing reads the
article model's paragraphs (`Document` parts), never a blank line in a
part's text: an HTML or NITF `<p>` holding an empty line, or a YAML block
scalar, is one paragraph, and CRLF copy reads as LF copy (qa447 #1, #2).
"""
from __future__ import annotations

from .. import rx as regex

from ..document import Document, Part
from .quote_blocks import layout, set_apart
from .quote_parts import BODY_KINDS, BREAKS

FRENCH, GERMAN = "\u00ab", "\u00bb"          # each reading named by its opening mark
_CLOSING_PUNCTUATION = frozenset(",.;:!?)]}\u2026")
_MARK = regex.compile("[\u00ab\u00bb]")


def part_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each double guillemet quotation that opens and
    closes in `text`, marks included, in no set order; `[]` when `text` holds
    no guillemet. Marks in `text` only: nothing runs on into or out of it."""
    marks = _marks(text)
    if not marks:
        return []
    readings = [_pair(text, marks, opener, 0, False) for opener in (FRENCH, GERMAN)]
    return _chosen([(spans, contra) for spans, _, _, contra in readings])


def run_spans(doc: Document) -> list[tuple[Part, int, int]]:
    """(part, start, end) of each double guillemet quotation, or its segment
    in one paragraph, read over the body's paragraphs (parts of kind
    paragraph or blockquote, in order; a quotation runs on only into the next
    body part of the same kind, never across a heading). Part offsets,
    marks included; a segment running on covers its part from its opening
    mark to the end, and one carried on from 0 to its closing mark (or the end)."""
    out: list[tuple[Part, int, int]] = []
    for run in _runs(doc):
        texts = [part.text for part in run]
        marks = [_marks(text) for text in texts]
        readings = [_read_run(texts, marks, opener) for opener in (FRENCH, GERMAN)]
        for k, part in enumerate(run):
            out += [(part, s, e) for s, e in _chosen([reading[k] for reading in readings])]
    return out


def _marks(text: str) -> list[tuple[int, str]]:
    """Each double guillemet in `text`: (offset, mark), in order."""
    if FRENCH not in text and GERMAN not in text:
        return []
    return [(m.start(), m.group()) for m in _MARK.finditer(text)]


def _runs(doc: Document) -> list[list[Part]]:
    """The body parts a quotation may run on over, in runs, as the curly
    scan reads them (`quotes._next_in_stream`): the running text's parts of
    one kind, over the parts set apart from it (`quote_blocks.set_apart`: a
    pull quote, an embedded post, page furniture), which run on only among
    themselves; no heading between. Other parts (a caption, a byline) are
    passed over. Only runs of two parts or more holding a guillemet."""
    roles = layout(doc)
    runs: dict[bool, list[Part]] = {False: [], True: []}     # the running text's run, the set-apart one
    out = [runs[False], runs[True]]
    last_apart = False
    for part in doc.parts:
        if part.kind in BODY_KINDS:
            apart = set_apart(part, roles)
            run = runs[apart]
            if run and (run[-1].kind != part.kind or apart and not last_apart):
                runs[apart] = run = []
                out.append(run)
            run.append(part)
            last_apart = apart
        elif part.kind in BREAKS:
            runs = {False: [], True: []}
            out += [runs[False], runs[True]]
    return [run for run in out if len(run) > 1 and any(FRENCH in p.text or GERMAN in p.text for p in run)]


def _read_run(texts: list[str], marks: list[list[tuple[int, str]]],
              opener: str) -> list[tuple[list[tuple[int, int]], int]]:
    """One reading (`opener`) over a run of paragraphs: for each, its spans
    and how many marks it reads against their shape."""
    out = []
    carry, reopened = 0, False
    for k, text in enumerate(texts):
        spans, left, floor, contra = _pair(text, marks[k], opener, carry, reopened)
        how = _continues(text, left, texts[k + 1], marks[k + 1], opener) if left and k + 1 < len(texts) else ""
        if how:
            spans.append((left[0], len(text)))      # runs on: held to the paragraph's end
            carry, reopened = len(left), how == "reopen"
        else:
            if floor:
                spans.append((0, len(text)))        # reopened, never closed: still the speaker's
            carry, reopened = 0, False
        out.append((spans, contra))
    return out


def _pair(text: str, marks: list[tuple[int, str]], opener: str, carry: int,
          reopened: bool) -> tuple[list[tuple[int, int]], list[int], int, int]:
    """Pair `marks` in `text`, `opener` opening: (spans of the quotations
    closed, the offsets of the levels left open outermost first, how many
    of the `carry` levels opened in paragraphs before are still open, the
    marks read against their shape). A carried level starts at 0; when
    `reopened`, the part's first mark reopens it and is no mark of its own."""
    stack = [0] * carry
    floor = carry
    spans: list[tuple[int, int]] = []
    contra = 0
    for i, ch in marks[1:] if reopened else marks:
        shape = _shape(text, i)
        if ch == opener:
            stack.append(i)
            contra += shape == "close"
        elif stack:
            spans.append((stack.pop(), i + 1))
            floor = min(floor, len(stack))
            contra += shape == "open"
    return spans, stack, floor, contra


def _continues(text: str, left: list[int], nxt: str, marks: list[tuple[int, str]], opener: str) -> str:
    """How the quotation left open at `text`'s end (`left`: its levels) runs
    on into the next paragraph `nxt`: "reopen" when `nxt` opens with the
    opening mark (or, French, with a » that is no closing one: `» Et …`),
    "close" when `nxt` opens with words and its first mark closes the
    quotation (neither mark shaped the other way), else ""."""
    if not marks:
        return ""
    at, ch = marks[0]
    if at == len(nxt) - len(nxt.lstrip()):
        if ch == opener or opener == FRENCH and _shape(nxt, at) != "close":
            return "reopen"
        return ""
    if ch != opener and _shape(nxt, at) != "open" and _shape(text, left[-1]) != "close":
        return "close"
    return ""


def _shape(text: str, i: int) -> str:
    """What the mark at text[i] looks like by what stands beside it: "close"
    when the text ends after it, a comma, stop or bracket follows it, or it
    is glued to the character before and not the one after (`Ja« sagte`);
    "open" when glued to the next character and not the one before (`x «Oui`);
    else "" (spaced on both sides, as French sets its guillemets, or glued to both)."""
    nxt = text[i + 1] if i + 1 < len(text) else ""
    before = i > 0 and not text[i - 1].isspace()
    after = bool(nxt) and not nxt.isspace()
    if not nxt or nxt in _CLOSING_PUNCTUATION or before and not after:
        return "close"
    return "open" if after and not before else ""


def _chosen(readings: list[tuple[list[tuple[int, int]], int]]) -> list[tuple[int, int]]:
    """The spans of the reading that finds the most quotations, then reads
    the fewest marks against their shape; every tied reading's."""
    best = max(len(spans) for spans, _ in readings)
    if not best:
        return []
    tied = [(spans, contra) for spans, contra in readings if len(spans) == best]
    fewest = min(contra for _, contra in tied)
    return [span for spans, contra in tied if contra == fewest for span in spans]
