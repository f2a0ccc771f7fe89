"""Quotes that a speaker named before them goes on with: attribution's rule
(2), a quote opening the sentence after an attributed quote of its
paragraph ("follows") or standing after one ("paragraph"), and rule (6), the
continuation convention: a quote opening the paragraph after one that holds
an attributed direct quote ("continues"), or, in raw wire copy, after one
that ends in a speaker's reported speech (`quote_reported.py`); another
speaker named after it breaks either (`quote_tags.another_speaks`). Split
from `attribution.py`, which decides the quotes' own frames first.
"""
from __future__ import annotations

from ..document import Document, Part
from .quote_blocks import prose_order
from .quote_sentences import Openers as _Openers, boundaries as _boundaries
from .quotes import Quote
from .speakers import headline_speaks, is_partial, proper_names
from .speech_cues import WORD, Lexicon, is_name
from .wire_story import wire_copy

__all__ = ["WOVEN", "follow_on"]
CONTINUED_WORDS = 3   # a shorter attributed quote is a fragment no paragraph continues
PARAGRAPH_WORDS = 2   # ... and a shorter one is a fragment no later quote of its paragraph continues
# A partial quote woven into the writer's sentence: attributed, but no later quote continues it.
WOVEN = ("", "partial")


def follow_on(doc: Document, by_part: dict[int, list[Quote]], lex: Lexicon,
               how: dict[int, str], sentences: dict[int, tuple[int, int]]) -> None:
    """Rule (2): a quote opening the sentence after an attributed quote; and
    the continuation convention: a quote opening a paragraph right after a
    paragraph that holds an attributed direct quote is that speaker's
    ("continues"). Figures, embedded posts, pull quotes and dash lines
    between the two paragraphs do not break it (`prose_order`)."""
    holding: dict[int, bool] = {}

    def holds(part: Part) -> bool:
        """`part` holds an attributed direct quote (asked only when a quote
        might continue it, so most parts never pay for the check)."""
        if part.index not in holding:
            holding[part.index] = any(how.get(id(q), "") not in WOVEN
                                      and _speaks(q, sentences[id(q)][0], lex)
                                      for q in by_part.get(part.index, ()))
        return holding[part.index]

    first = True     # the first paragraph of running text
    for part, previous in prose_order(doc):
        quotes = by_part.get(part.index, ())
        first, opening = False, first
        if not quotes:
            continue
        attributed_ends = {sentences[id(q)][1] for q in quotes if id(q) in how}
        openers = _Openers(part.text, lex)
        spoken = False      # an attributed direct quote stands earlier in this paragraph
        earlier: list[tuple[Quote, int]] = []   # quotes that may make it so, asked when needed
        for q in quotes:
            s_start, s_end = sentences[id(q)]
            if id(q) in how:
                attributed_ends.add(s_end)
            else:
                opens = openers(s_start, q.start)
                if opens and s_start in attributed_ends:
                    found = "follows"
                elif spoken or _any_speaks(earlier, lex):
                    spoken, found = True, "paragraph"
                elif opens and s_start == 0 and q.prev is None and previous is not None \
                        and holds(previous) and not _others_after(doc, part, quotes, q, s_end, previous, lex):
                    found = "continues"
                elif opens and s_start == 0 and q.prev is None and opening \
                        and headline_speaks(doc, lambda: proper_names(doc)):
                    found = "continues"    # `Cecile Richards: ‘I’m Sick Of …’`, then her words
                elif s_start == 0 and q.prev is None and previous is not None and wire_copy(doc) \
                        and (opens or is_partial(part.text, 0, q.start, q.open_width)) \
                        and _reported_before(previous, _spans(by_part, previous), lex, q.inner) \
                        and not _others_after(doc, part, quotes, q, s_end, previous, lex):
                    found = "continues"    # wire: `She said she was not …` then her words
                else:
                    continue
                for s in q.segments():
                    how.setdefault(id(s), found)
                attributed_ends.add(s_end)
            if not spoken and how.get(id(q)) != "partial":
                earlier.append((q, s_start))   # `_speaks` only if a later quote asks


def _reported_before(previous: Part, spans: list[tuple[int, int]], lex: Lexicon, inner: str) -> bool:
    """Wire copy's quote that opens a paragraph continues `previous`: that
    paragraph reports its speaker (`quote_reported.reported_before`) and the
    quote has no tag of its own inside (`tag_inside`). Imported here: a story
    that is no wire copy, or whose quotes are all tagged, never loads them."""
    from .quote_reported import reported_before, tag_inside
    return reported_before(previous, spans, lex) and not tag_inside(inner)


def _others_after(doc: Document, part: Part, quotes: list[Quote], q: Quote, s_end: int, previous: Part,
                  lex: Lexicon) -> bool:
    """The quote ends its sentence and the next one names another speaker
    (`quote_tags.another_speaks`, given the words of the story's parts up
    to `previous`: looked up, never joined, so a long story stays linear)."""
    text = part.text
    if text[q.end:s_end].strip() or s_end >= len(text):
        return False
    nxt = [b for b in _boundaries(text, [(x.start, x.end) for x in quotes], lex) if b > s_end]
    above = _StoryAbove(doc.analysis("quotes.first_use", _first_use), previous.index)
    from .quote_tags import another_speaks    # a quote with a sentence after it only
    return another_speaks(text[s_end:nxt[0] if nxt else len(text)], previous.text, lex, above)


def _first_use(doc: Document) -> dict[str, int]:
    """Each word of the story's parts (`WORD`, lowered) -> the index of the
    first part that holds it: one pass over the story, so what the story
    says above any part is asked without reading it again (`_StoryAbove`)."""
    first: dict[str, int] = {}
    for p in doc.parts:
        for w in WORD.findall(p.text):
            first.setdefault(w.lower(), p.index)
    return first


class _StoryAbove:
    """The lowered words of the story's parts up to index `last`, as a
    container (`word in above`), read off `_first_use`."""

    def __init__(self, first_use: dict[str, int], last: int) -> None:
        self.first_use, self.last = first_use, last

    def __contains__(self, word: str) -> bool:
        return self.first_use.get(word, self.last + 1) <= self.last


def _spans(by_part: dict[int, list[Quote]], part: Part) -> list[tuple[int, int]]:
    return [(q.start, q.end) for q in by_part.get(part.index, ())]


def _any_speaks(earlier: list[tuple[Quote, int]], lex: Lexicon) -> bool:
    """Does one of the `earlier` (quote, sentence start) pairs speak? Each is
    asked once: those that do not are dropped, so a paragraph of many quotes
    stays linear."""
    while earlier:
        if _speaks(*earlier.pop(), lex, PARAGRAPH_WORDS):
            return True
    return False


def _speaks(q: Quote, sentence_start: int, lex: Lexicon, least: int = CONTINUED_WORDS) -> bool:
    """A direct quote that a speaker's next quote can continue: not a name or
    a title, and `least` words or more (`called it “rotten”` is a fragment)."""
    words = WORD.findall(q.inner)
    if len(words) < least:
        return False
    return not is_name(q.part.text, sentence_start, q.start, q.end, words, lex)
