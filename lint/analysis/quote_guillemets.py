"""Quotations in double guillemets, for --fix's hold on a speaker's words
(`quote_fixes`, through `quote_others`): « … » (French, Swiss, Italian,
Russian copy, spaced or not) and » … « (German, Danish), read mark by mark
with nesting (`« Il a dit « … » hier, … »`), within one part and over the
paragraphs of a story.

Two readings are tried, French (« opens, » closes) and German (» opens, «
closes). In each, an opening mark opens a level and a closing mark closes the
level open innermost; a closing mark with nothing open is a lone mark (a
breadcrumb `Home » News`, a `Read more »` link) and quotes nothing. A part
is settled stretch by stretch (`_chosen`): a quotation only one reading
pairs is held (a French and a German quotation in one paragraph, qa450 #1);
where both pair, the reading that finds more quotations there; on a tie, the
one that reads fewer marks there against their shape (an opening mark
followed by a comma or a stop, or ending the text; a closing mark glued to
the next word but not the one before, `x «Oui` read as German; an elided
`d'«` is neither, qa450 #5); on a second tie, both readings' spans (holding
too much is the safer error: qa447 #6).

A quotation running over paragraphs (`run_spans`) follows the convention of
AP (Stylebook, "quotation marks": running quotations), the French
typographers' (Lexique de l'Imprimerie nationale and Le Ramat, "guillemets")
and Duden's ("Anführungszeichen"): a paragraph whose quotation is still open
at its end leaves it open, and the next paragraph opens with the opening mark
again; only the last paragraph closes it. French copy may reopen each
paragraph with » instead (the *guillemet de rappel*). A quotation left open
whose next paragraph does not reopen it but closes it (a list item's second
paragraph, `- « It is alright,` then `it is over », dit-elle.`) runs on too,
as `quote_carry.run_on_close` reads curly marks. A German quotation runs
on only with German evidence (`_read_run`), and "read also" link lines are
furniture passed over (`is_read_also`, qa450 #4, #8). The pairing reads the
article model's paragraphs (`Document` parts), never a blank line in a
part's text: an HTML or NITF `<p>` holding an empty line, or a YAML block
scalar, is one paragraph, and CRLF copy reads as LF copy (qa447 #1, #2).
"""
from __future__ import annotations

from bisect import bisect_left

from .. import rx as regex

from ..document import Document, Part
from .quote_blocks import layout, set_apart
from .quote_parts import BODY_KINDS, BREAKS

FRENCH, GERMAN = "\u00ab", "\u00bb"          # each reading named by its opening mark
_CLOSING_PUNCTUATION = frozenset(",.;:!?)]}\u2026")
_MARK = regex.compile("[\u00ab\u00bb]")
_ELIDED = regex.compile(r"(?<=\p{L})['\u2019]")        # d'« qu'« dell'«: the mark opens after an elision
# A German closing mark as Duden sets it: glued to the word or stop before it
# (`Ja«`, `gehen.«`, `›ja‹«`), no word glued after it. An elision (`d'«`), a
# bracket (`(«`) or a space before it is French copy's opening mark.
_GERMAN_CLOSER = regex.compile(r"(?<=[\p{L}\p{N}.,;:!?\u2026)\]\u2039])\u00ab(?![\p{L}\p{N}])")
# A "read also" link line between paragraphs (Le Figaro's `» LIRE AUSSI - …`,
# Le Monde's `Lire aussi : …`, `Lesen Sie auch: …`): page furniture, no
# paragraph of a quotation, and its leading » is a bullet, no quote mark.
_READ_ALSO = regex.compile(
    r"[ \t]*(?:\u00bb[ \t\u00a0\u202f]+|(?=\S))"
    r"(?:(?:\u00e0[ \t]+)?lire[ \t]+aussi|\u00e0[ \t]+lire|voir[ \t]+aussi|lesen[ \t]+sie[ \t]+(?:auch|mehr)"
    r"|mehr[ \t]+zum[ \t]+thema|read[ \t]+(?:more|also)|see[ \t]+also)"
    r"[ \t\u00a0\u202f]*[:|\u2013\u2014-].*", regex.IGNORECASE)
LABEL_MAX_WORDS = 20     # a link line is no longer


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
        whole = {opener: [_paired_whole(text, m, opener) for text, m in zip(texts, marks)]
                 for opener in (FRENCH, GERMAN)}
        readings = [_read_run(texts, marks, opener, whole[GERMAN if opener == FRENCH else FRENCH])
                    for opener in (FRENCH, GERMAN)]
        for k, part in enumerate(run):
            out += [(part, s, e) for s, e in _chosen([reading[k] for reading in readings])]
    return out


def _marks(text: str) -> list[tuple[int, str]]:
    """Each double guillemet in `text`: (offset, mark), in order; the bullet
    » of a "read also" line (`is_read_also`) is none."""
    if FRENCH not in text and GERMAN not in text:
        return []
    marks = [(m.start(), m.group()) for m in _MARK.finditer(text)]
    if marks[0] == (len(text) - len(text.lstrip()), GERMAN) and is_read_also(text):
        del marks[0]
    return marks


def is_read_also(text: str) -> bool:
    """`text` is one line linking to another story under a "read also"
    label (`_READ_ALSO`: `» LIRE AUSSI - Le budget voté`, `» À lire : …`,
    `Lire aussi : …`, `Lesen Sie auch: …`, `Read more: …`), at most
    LABEL_MAX_WORDS words. The label always ends in a colon, bar or dash,
    and a bullet » is spaced from it: a quotation that opens with the
    label's words (`»Lesen Sie auch das Kleingedruckte«`, a French rappel
    `» À lire la presse, …`) is no link line (qa456 #1, #2)."""
    m = _READ_ALSO.match(text)                  # most paragraphs fail at their first word
    return m is not None and m.end() == len(text.rstrip()) and len(text.split()) <= LABEL_MAX_WORDS


def _runs(doc: Document) -> list[list[Part]]:
    """The body parts a quotation may run on over, in runs, as the curly
    scan reads them (`quotes._next_in_stream`): the running text's parts of
    one kind, over the parts set apart from it (`quote_blocks.set_apart`: a
    pull quote, an embedded post, page furniture), which run on only among
    themselves; no heading between. Other parts (a caption, a byline, a
    "read also" line: `is_read_also`) are passed over. Only runs of two
    parts or more holding a guillemet."""
    roles = layout(doc)
    runs: dict[bool, list[Part]] = {False: [], True: []}     # the running text's run, the set-apart one
    out = [runs[False], runs[True]]
    last_apart = False
    for part in doc.parts:
        if part.kind in BODY_KINDS and not is_read_also(part.text):
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


def _paired_whole(text: str, marks: list[tuple[int, str]], opener: str) -> bool:
    """The `opener` reading pairs every mark of `text` on its own: none lone, none left open."""
    if not marks:
        return False
    spans, left, _, _ = _pair(text, marks, opener, 0, False)
    return not left and 2 * len(spans) == len(marks)


def _read_run(texts: list[str], marks: list[list[tuple[int, str]]], opener: str,
              other_whole: list[bool]) -> list[tuple[list[tuple[int, int]], list[int]]]:
    """One reading (`opener`) over a run of paragraphs: for each, its spans
    and the offsets of the marks it reads against their shape.

    A German quotation runs on only in a run with German evidence, a closing
    « set as Duden sets it (`_GERMAN_CLOSER`), or into a paragraph it reopens
    where both opening marks are set as Duden sets them (`_duden_reopen`):
    else `» LIRE AUSSI` lines or a French `» hier` would open German
    quotations that run on (qa450 #2, #4).
    A quotation closing in a next paragraph that opens with words runs on
    only where the other reading (`other_whole`) does not pair both
    paragraphs' marks completely on their own. A carried level never closed
    holds its whole paragraph only when the paragraph reopened it with a
    mark (qa450 #3: a breadcrumb's levels carried into words hold nothing)."""
    out = []
    carry, reopened = 0, False
    runs_on = opener == FRENCH or any(_GERMAN_CLOSER.search(text) for text in texts)
    for k, text in enumerate(texts):
        spans, left, floor, contra = _pair(text, marks[k], opener, carry, reopened)
        how = ""
        if left and k + 1 < len(texts) and (runs_on or _duden_reopen(text, left[-1], texts[k + 1], marks[k + 1])):
            how = _continues(text, left, texts[k + 1], marks[k + 1], opener)
            if how == "close" and other_whole[k] and other_whole[k + 1]:
                how = ""
        if how:
            spans.append((left[0], len(text)))      # runs on: held to the paragraph's end
            carry, reopened = len(left), how == "reopen"
        else:
            if floor and reopened:
                spans.append((0, len(text)))        # reopened, never closed: still the speaker's
            carry, reopened = 0, False
        out.append((spans, contra))
    return out


def _duden_reopen(text: str, top: int, nxt: str, marks: list[tuple[int, str]]) -> bool:
    """The German level open innermost at `text`'s end (at `top`) opened
    with a » glued to the word after it (`»Wir`), and `nxt` opens with such
    a » again: a German quotation reopened as Duden sets it, though it never
    closes (`_read_run`)."""
    return text[top:top + 1] == GERMAN and _shape(text, top) == "open" and bool(marks) \
        and marks[0] == (len(nxt) - len(nxt.lstrip()), GERMAN) and _shape(nxt, marks[0][0]) == "open"


def _pair(text: str, marks: list[tuple[int, str]], opener: str, carry: int,
          reopened: bool) -> tuple[list[tuple[int, int]], list[int], int, list[int]]:
    """Pair `marks` in `text`, `opener` opening: (spans of the quotations
    closed, the offsets of the levels left open outermost first, how many
    of the `carry` levels opened in paragraphs before are still open, the
    offsets of the marks read against their shape). A carried level starts
    at 0; when `reopened`, the part's first mark reopens it and is no mark
    of its own."""
    stack = [0] * carry
    floor = carry
    spans: list[tuple[int, int]] = []
    contra: list[int] = []
    for i, ch in marks[1:] if reopened else marks:
        shape = _shape(text, i)
        if ch == opener:
            stack.append(i)
            if shape == "close":
                contra.append(i)
        elif stack:
            spans.append((stack.pop(), i + 1))
            floor = min(floor, len(stack))
            if shape == "open":
                contra.append(i)
    return spans, stack, floor, contra


def _continues(text: str, left: list[int], nxt: str, marks: list[tuple[int, str]], opener: str) -> str:
    """How the quotation left open at `text`'s end (`left`: its levels) runs
    on into the next paragraph `nxt`: "reopen" when `nxt` opens with the
    opening mark (or, French, with a » that is no closing one: `» Et …`),
    "close" when `nxt` opens with words and its first mark closes the
    quotation (neither mark shaped the other way; German, a « glued to the
    word before it: a spaced `« Libération` is French copy's opening mark),
    else ""."""
    if not marks:
        return ""
    at, ch = marks[0]
    if at == len(nxt) - len(nxt.lstrip()):
        if ch == opener or opener == FRENCH and _shape(nxt, at) != "close":
            return "reopen"
        return ""
    if ch != opener and _shape(nxt, at) != "open" and _shape(text, left[-1]) != "close" \
            and (opener == FRENCH or _GERMAN_CLOSER.match(nxt, at) is not None):
        return "close"
    return ""


def _shape(text: str, i: int) -> str:
    """What the mark at text[i] looks like by what stands beside it: "close"
    when the text ends after it, a comma, stop or bracket follows it, or it
    is glued to the character before and not the one after (`Ja« sagte`);
    "open" when glued to the next character and not the one before (`x «Oui`);
    else "" (spaced on both sides, as French sets its guillemets, or glued
    to both). An elision's apostrophe before it (`d'« un drame »`, `qu'«`,
    Italian `dell'«`) is no glue: the mark opens after the elided word
    (qa450 #5)."""
    nxt = text[i + 1] if i + 1 < len(text) else ""
    before = i > 0 and not text[i - 1].isspace() and _ELIDED.match(text, i - 1) is None
    after = bool(nxt) and not nxt.isspace()
    if not nxt or nxt in _CLOSING_PUNCTUATION or before and not after:
        return "close"
    return "open" if after and not before else ""


def _chosen(readings: list[tuple[list[tuple[int, int]], list[int]]]) -> list[tuple[int, int]]:
    """The spans the readings agree to hold. Spans overlapping one another
    (in one reading or across the two) form a stretch of the text; in a
    stretch only one reading pairs, its spans are held (a French « … » and a
    German » … « in one paragraph: both, qa450 #1); in a stretch both pair,
    the spans of the reading finding the most quotations there, then reading
    the fewest marks there against their shape, and on a tie both readings'
    (holding too much is the safer error: qa447 #6)."""
    tagged = sorted((s, e, k) for k, (spans, _) in enumerate(readings) for s, e in spans)
    out: list[tuple[int, int]] = []
    stretch: list[tuple[int, int, int]] = []
    end = 0
    for s, e, k in tagged:
        if stretch and s >= end:
            out += _settled(stretch, end, readings)
            stretch = []
        end = max(end, e) if stretch else e
        stretch.append((s, e, k))
    if stretch:
        out += _settled(stretch, end, readings)
    return out


def _settled(stretch: list[tuple[int, int, int]], end: int,
             readings: list[tuple[list[tuple[int, int]], list[int]]]) -> list[tuple[int, int]]:
    """The spans held in one stretch of overlapping spans ending at `end` (`_chosen`)."""
    start = stretch[0][0]
    found = {k: sum(1 for *_, j in stretch if j == k) for k in {k for *_, k in stretch}}
    if len(found) > 1:
        best = max(found.values())
        against = {k: bisect_left(readings[k][1], end) - bisect_left(readings[k][1], start)
                   for k in found if found[k] == best}      # contra offsets are in mark order
        fewest = min(against.values())
        found = {k: n for k, n in against.items() if n == fewest}
    return [(s, e) for s, e, k in stretch if k in found]
