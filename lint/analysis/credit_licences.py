"""Licence notes after a photo credit: where a caption's credit text ends.

Creative Commons asks whoever reuses a picture to give its author, its
source and its licence, so a reused picture's caption often ends with the
licence after the credit: "Photo by Jane Doe. Licensed under CC BY 2.0.",
"Jane Doe/Flickr (CC BY 2.0)", "Jane Doe, CC BY-SA 4.0", "(CC0)". The note
is no part of the credit grammar (lint/analysis/credit_grammar.py), so a
credit before it was read as no credit at all. `licence_note` finds such a
note at the end of a caption's text; `credits.find_credit` then looks for
the credit in the text before it, where the credit ends the caption as the
grammar wants, or takes a person's name standing alone just before the
note (the author's credit of Creative Commons' attribution: "Jane Doe
(CC BY 2.0)"). A licence with no credit before it is still no credit.

Licence names follow Creative Commons' own short and long forms ("CC BY-SA
4.0", "CC0 1.0", "Creative Commons Attribution 2.0 Generic", the form
"CC 3.0, BY-SA" too) and the public domain ("Public domain", "Public Domain
Mark 1.0"). The words that lead a note in ("Licensed under", "License:")
are in lint/data/credits.yaml (`licence_leads`).
"""
from __future__ import annotations

from functools import lru_cache

import regex

from .credit_grammar import vocabulary

__all__ = ["licence_note"]

# How far back from a caption's end a note is looked for, in characters:
# the longest long-form licence with its lead-in and brackets fits well.
REACH = 160

_VERSION = r"(?:[\s-]*\d(?:\.\d)?)"
# After the licence: its port ("US", "IGO" in capitals), its kind, "license".
_TAIL = (r"(?:[\s-]+(?:(?i:international|generic|unported|universal|deed|licen[cs]e)(?!\p{L})"
         r"|\p{Lu}{2,3}(?![\p{L}\p{N}])))*")
_TERM = r"(?:BY|SA|NC|ND)"
_WORDS = (r"(?:attribution|share[\s-]?alike|non[\s-]?commercial|no[\s-]?derivs|no[\s-]?derivatives"
          r"|zero|cc0|by(?:-(?:sa|nc|nd))*)")
_LICENCE = (
    rf"(?:(?i:CC[\s-]?(?:BY(?:[\s-]{_TERM}){{0,2}}|0|zero)(?![\p{{L}}\p{{N}}])){_VERSION}?"   # CC BY-SA 4.0, CC0
    rf"|(?i:CC\s*\d\.\d\s*,?\s*BY(?:-{_TERM}){{0,2}})(?![\p{{L}}\p{{N}}])"                  # CC 3.0, BY-SA
    # Creative Commons Attribution 2.0 Generic, CC Attribution Share-Alike
    rf"|(?i:(?:creative\s+commons(?:[\s-]+{_WORDS})*|CC(?:[\s-]+{_WORDS})+)(?![\p{{L}}\p{{N}}])){_VERSION}?"
    rf"|(?i:public\s+domain(?:\s+(?:mark|dedication))?(?!\p{{L}})){_VERSION}?"              # Public domain
    rf"){_TAIL}")


@lru_cache(maxsize=None)
def _pattern() -> regex.Pattern:
    leads = sorted({" ".join(str(w).split()) for w in vocabulary().get("licence_leads") or ()})
    lead = r"(?:(?i:\L<leads>)(?!\p{L})\s*:?\s*(?:(?i:a|the)\s+)?)?"
    note = rf"{lead}{_LICENCE}"
    # The note as a sentence of its own, in brackets, or after a comma, a
    # semicolon, a slash, a bar or a dash.
    return regex.compile(
        rf"(?:(?<=[.!?])\s+|\s*[,;]\s*|\s*[/|–—]\s*|\s+-\s+|\s*(?=[(\[]))"
        rf"(?:[(\[]\s*{note}\s*\.?\s*[)\]]|{note})[\s.]*$", leads=leads)


def licence_note(text: str) -> int | None:
    """The offset in `text` where a licence note ending it starts (the
    separator before the note included: the text before it, right-stripped,
    is the caption without its note), or None when `text` ends in none. A
    note that is the whole text gives None too: nothing stands before it."""
    m = _pattern().search(text, max(0, len(text) - REACH))
    if m is None or not text[:m.start()].strip():
        return None
    return m.start()
