"""Caption faults that scraping and pasting leave: run-ons and repeats.

A scraped page loses the breaks between a picture's credit and its caption
and the text after it ("Matt HinshawIn this May 30 photo", "in
Scotland.Reuters"), and it repeats a credit (or a whole caption and credit)
that sat in two places on the page. `run_ons` finds the glue points in one
caption's text; `repeats` finds a caption that repeats the one before it or
itself. Both work on text offsets of caption parts, so the engine places
findings exactly.
"""
from __future__ import annotations

from typing import NamedTuple

from .. import rx as regex

from ..document import Document, Part
from .credit_grammar import grammar
from .credit_licences import notes_only
from .credits import find_credit, found_credit, read_found
from .words import is_common

# A capital glued to the word before it: "HinshawIn", "TVAn", "[CEN]Mcdonalds".
_GLUED_CAPITAL = regex.compile(r"(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Lu}{2})(?=\p{Lu}\p{Ll})|(?<=\])(?=\p{L})")
# A sentence end with no space after it: "Scotland.Reuters", "now.(Reddit", and
# the stop a time's a.m. or p.m. shares with its sentence ("at 7 p.m.Credit").
_GLUED_SENTENCE = regex.compile(r"(?<=\p{L}{2}[.!?]|\p{N}\s?[aApP]\.[mM]\.|[.!?]['’”\")]|[)'’”\"]\.)(?=[\p{L}(\[©])"
                                r"(?!Credit\s*(?:\.{2,}|…))")   # NYT's own "...Credit...Name" form
_SENTENCE_START = regex.compile(r"[.!?]\s+")
_WORD_BEFORE = regex.compile(r"\p{L}+", regex.REVERSE)    # matched back from a glue point
_WORD_AFTER = regex.compile(r"\p{L}+")


class Fault(NamedTuple):
    part: Part
    start: int
    end: int
    what: str       # what the message names: the glued words, or the repeated text


# The longest credit a glue point is looked for behind, in characters: every
# sentence start further back was tried, and a 40 KB caption of "Ana McDonald
# waves." sentences (a glue point in each) took minutes.
CREDIT_REACH = 200
# What may close a caption after its last word: brackets, stops, quote marks.
_ONLY_CLOSERS = regex.compile(r"[\s)\]}.,;:!?'\"’”]*")


def run_ons(part: Part) -> list[Fault]:
    """Glue points in a caption: a credit glued to the caption after it, or a
    sentence glued to the credit after it. A case change inside the caption's
    last word is a name's own ("via BuzzFeed)"): no text follows it."""
    text, out = part.text, []
    for m in _GLUED_CAPITAL.finditer(text):
        at = m.start()
        if _credit_ends_at(text, at):
            out.append(_glue(part, at))
    for m in _GLUED_SENTENCE.finditer(text):
        at = m.start()
        credit = find_credit(text[at:])
        if credit is not None and credit[0] == 0:
            out.append(_glue(part, at))
    out.sort(key=lambda f: f.start)
    return [f for k, f in enumerate(out) if not k or f.start != out[k - 1].start]


def _credit_ends_at(text: str, at: int) -> bool:
    """text[...:at] is a whole credit, from the caption start or a sentence start,
    and the capital at `at` opens new text. Only a case change counts ("HinshawIn",
    "TVAn"), not a name's own inner capital ("McDonald", "YouTube", "iPhone")."""
    left, right = _WORD_BEFORE.match(text, 0, at), _WORD_AFTER.match(text, at)
    if right is None or (text[at - 1] != "]" and (left is None or len(left[0]) < 2)):
        return False
    if _ONLY_CLOSERS.fullmatch(text, right.end()):
        return False             # "(Screengrab via BuzzFeed)": no text follows to be glued
    g = grammar()
    reach = max(0, at - CREDIT_REACH)
    starts = [0] * (reach == 0) + [m.end() for m in _SENTENCE_START.finditer(text, reach, at)]
    for a in starts:
        m = g.only.fullmatch(text, a, at)
        if m is None:
            continue
        if text[at:].lower().startswith(g.agency_names):
            return False         # "TwitterFacebookLinkedIn": a share bar, not a credit
        if m["led"] is None or text[at - 1] == "]" or (m["agency"] and not m["slash"]):
            return True          # an agency or Name/Agency credit: a strong anchor
        # A lead-in credit ("AP Photo/Name") runs on only into an ordinary word
        # ("In", "An"), and only from a name ("Hinshaw") or capitals ("TV").
        piece = left[0]
        if piece.isupper():
            piece = piece[:-1] if right[0].isupper() else piece   # "TVAn": the word is "An"
        return is_common(right[0]) and (piece.isupper() or not is_common(piece))
    return False


def _glue(part: Part, at: int) -> Fault:
    """The glued words around `at` ("HinshawIn", "Scotland.Reuters")."""
    text = part.text
    start = at - 1
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    right = _WORD_AFTER.match(text, at) or _WORD_AFTER.search(text, at)
    end = right.end() if right and right.start() - at <= 2 else at + 1
    return Fault(part, start, end, text[start:end])


def repeats(doc: Document) -> list[Fault]:
    """Captions that repeat a credit: the caption before them whole, a credit
    line just above that opens them again, their own first half, or their
    credit pasted twice at their end."""
    return doc.analysis("captions.repeats", _repeats)


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def _repeats(doc: Document) -> list[Fault]:
    out: list[Fault] = []
    prev: Part | None = None
    for part in sorted((p for p in doc.parts if p.kind == "caption" and p.text.strip()),
                       key=lambda p: p.source_offset(0)):
        half, again = _doubled(part.text), _credit_again(part.text, found_credit(doc, part))
        if half is not None:
            out.append(Fault(part, half, len(part.text.rstrip()), "the same caption and credit"))
        elif again is not None:
            out.append(Fault(part, *again, "the same credit"))
        elif prev is not None and _adjacent(doc, prev, part):
            out.extend(_repeat_of(prev, part, *read_found(doc, prev)))
        prev = part
    return out


def _adjacent(doc: Document, a: Part, b: Part) -> bool:
    gap = doc.source[a.source_offset(len(a.text)):b.source_offset(0)]
    return not gap.strip()


def _repeat_of(prev: Part, part: Part, credit: tuple[int, int] | None,
               notes: list[tuple[int, int]]) -> list[Fault]:
    """`part` repeats the caption `prev` before it, whose credit is `credit`
    and whose licence notes are `notes` (`read_found`). `prev` is a credit
    line when it holds its credit and nothing else but those notes ("AP
    Photo/Jane Doe, CC BY 2.0": the credit is "AP Photo/Jane Doe")."""
    before, text = _norm(prev.text), part.text
    if not before or credit is None:
        return []
    alone = credit[0] == len(prev.text) - len(prev.text.lstrip()) and notes_only(prev.text, credit[1], notes)
    if _norm(text) == before:
        what = "the same credit" if alone else "the same caption and credit"
        return [Fault(part, len(text) - len(text.lstrip()), len(text.rstrip()), what)]
    if alone:
        lead = len(text) - len(text.lstrip())
        n = len(prev.text.strip())
        if _norm(text[lead:lead + n]) == before:
            return [Fault(part, lead, lead + n, "the same credit")]
    return []


def _credit_again(text: str, credit: tuple[int, int] | None) -> tuple[int, int] | None:
    """The [start, end) of a caption's credit (`credit`, its `find_credit`)
    when the same credit stands just before it, pasted twice ("... Elm Street.
    (AP Photo/Jane Doe)(AP Photo/Jane Doe)"): the credit the reader took is
    the second copy. A bracketed first copy may have a stop after it, as the
    caption's last sentence ends with one: "... (AP Photo/Jane Doe). (AP
    Photo/Jane Doe)." (qa144 #3)."""
    if credit is None:
        return None
    start, end = credit
    said, before = text[start:end].strip(), text[:start].rstrip()
    if said.endswith((")", "]")) and before.endswith(".") and not before.endswith(".."):
        before = before[:-1]
    if len(said) >= 6 and _norm(before[-len(said):]) == _norm(said) and len(before) > len(said):
        return start + len(text[start:end]) - len(text[start:end].lstrip()), start + len(text[start:end].rstrip())
    return None


def _doubled(text: str) -> int | None:
    """Where the second copy starts when the text is one caption written twice
    ("Image from Google MapsImage from Google Maps"), if it holds a credit."""
    t = text.rstrip()
    n = len(t)
    for cut in range(max(1, n // 2 - 2), min(n, n // 2 + 3)):
        first, second = t[:cut].strip(), t[cut:].strip()
        if first and first == second and len(first) >= 6 and find_credit(first) is not None:
            return cut + len(t[cut:]) - len(t[cut:].lstrip())
    return None
