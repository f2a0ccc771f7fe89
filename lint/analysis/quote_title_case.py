"""A quote written in headline case: `the panel, “Calling all Business,
Government and Community Decision Makers—Help Census Bureau Innovate its Data
Products and Services,”` or `my reading stack was “Code Halos: How the
Digital Lives of People, Things, and Organizations are Changing the Rules of
Business.”`.

Quotation marks set off the titles of books, talks, panels and reports, and
their principal words, every word of four letters or more, take capitals
(AP Stylebook, "composition titles"); speech is written in sentence case, so
its longer words (`directed`, `tags`, `would`) stay lower case. `speech_cues.is_title`
asks every word to be capitalised but the small ones; copy often leaves a
short word in lower case (`all`, `its`, `are`), so a quote is a title here too
when:
- at least `MIN_CAPITALISED` words have four letters or more, and every one of
  them is capitalised, save the small words titles keep in lower case
  (`title_small_words` in lint/data/attribution.yaml: with, from, into, ...);
- at least one lower-case letter (copy set all in capitals has no case to read);
- at most `TITLE_CASE_WORDS` words and no sentence end inside (`“… Now. We
  Go.”` is two sentences: speech); the mark the writer set before the closing
  quote mark (`,` `.`, American style) is allowed.
"""
from __future__ import annotations

from .quote_sentences import boundaries
from .speech_cues import WORD, lexicon

__all__ = ["title_cased"]
# Fewest long words that make a title's shape: with fewer, a short capitalised
# phrase in speech (`“Tell Mary Where”`) would pass for one.
MIN_CAPITALISED = 4
# Longest quote read as a title (the digitalgov panel title runs 17 words).
TITLE_CASE_WORDS = 24


def title_cased(text: str, start: int, end: int, open_width: int, close_width: int) -> bool:
    """Whether the words of the quote at text[start:end] (its marks
    `open_width` and `close_width` characters wide) have a title's shape
    (above)."""
    lex = lexicon()
    inner = text[start + open_width:end - close_width]
    words = WORD.findall(inner)
    if not words or len(words) > TITLE_CASE_WORDS or not any(c.islower() for c in inner):
        return False
    long_words = [w for w in words if sum(c.isalpha() for c in w) >= 4]
    if len(long_words) < MIN_CAPITALISED or not words[0][0].isupper():
        return False
    if any(not w[0].isupper() and w.lower() not in lex.small for w in long_words):
        return False
    return not boundaries(inner.rstrip(".,;: \u00a0"), [], lex)
