"""`quote-apostrophe`: a left single quote mark (‘) typed where an apostrophe
(’) belongs, as a keyboard's or a converter's wrong turn leaves it.

Two shapes, each exact (nu65 #7, "Chardin‘s" in an Observer caption):
- `inside`: the mark between a letter and a contraction's or possessive's
  ending that ends the word (`‘s`, `‘t`, `‘d`, `‘ll`, `‘re`, `‘ve`, `‘m`):
  "Chardin‘s", "doesn‘t". A mark before any other letters is left alone: an
  ʻokina typed as ‘ (Hawai‘i) or an ayn in a transliteration (Ka‘ba) is no
  apostrophe; so is one before a `d` but after a pronoun (`I‘d`, `they‘d`),
  as an ayn stands in Sa‘d and Ra‘d (qa327 #5).
- `spaced`: the same ending, in lower case, after a space and a name (a capitalised word;
  "Chardin ‘s") or after "n" for "‘t" ("don ‘t"), when the quote analysis
  finds that the mark opens a quote never closed (a stray, `analysis.quotes`):
  a closed quote that opens with such letters ("a ‘s–t show,’") is a quote,
  and a stray before a capital (Terminal ‘D, Model ‘T) stays quotes.unbalanced's (qa327 #1).
  The fix also takes the space out ("Chardin’s"), starting before the span
  (`Finding.fix_from`), so the finding stays on the mark where
  quotes.unbalanced placed it; that rule yields to this one there.
  A name may hold a ‘ or ’ between letters (Hawai‘i ‘s); a figure before
  ‘s is read as a name (1990 ‘s). Such a `‘s` before a space, the end or a
  stop is certain: the scan calls it a stray at once and pairs it with no
  later mark (`quote_lookalikes.SPACED_S`; a plural's ‘, qa329 #1). With a
  stop and a ’ after it, inside a ‘ quote that ’ closes (`‘We loved the
  1990 ‘s,’`), it is a stray too (`quote_turned.spaced_s_in_quote`). In a
  part the scan reads no quotes in (a headline, a title, a caption), that
  shape alone is found, with no stray to wait for (qa336 #4).
- `plural`: the mark after a word ending in s and before a space (players‘
  union, James‘ car: a plural's or a name's possessive), where the quote
  analysis reads it as no quote's closing mark and no stray (nu66 #4): with
  a ‘ quote open before it (‘the players‘ union), it may close that quote,
  and only `quotes.unbalanced` may call it turned. In a part the scan
  pairs no quotes in (a headline, a caption, a dek), no ‘ may open before it.
A figure before an ending ‘s is a decade's or a number's (1990‘s, nu66 #3).
The message shows the whole word, across a ‘ or ’ inside it (Hawai‘i‘s, nu66 #1).
"""
from __future__ import annotations

from .. import rx as regex

from ..analysis.quote_lookalikes import NAME, SPACED_S
from ..analysis.quotes import quote_analysis
from .base import Finding, Kind

RIGHT = "\u2019"
# A contraction's or possessive's ending, ending its word.
_ENDING = r"(?:s|t|d|ll|re|ve|m)(?![\p{L}\p{M}\p{N}])"
# After a letter, any ending; after a figure, only ‘s (1990‘s).
INSIDE = regex.compile(r"(?<=\p{L}\p{M}*)\u2018(?=" + _ENDING + r")|(?<=\p{N})\u2018(?=s(?![\p{L}\p{M}\p{N}]))",
                       regex.IGNORECASE)
# A plural's or an -s name's possessive: the mark after a word ending in s, then a space.
PLURAL = regex.compile(r"(?<=\p{L}[sS])\u2018(?=[ \u00a0])")
_OPENS = regex.compile(r"(?<![\p{L}\p{M}\p{N}])\u2018")      # a ‘ that may open a quote
# A name (`quote_lookalikes.NAME`: Hawai‘i, U2) or a figure (1990), or a
# word ending in n (before ‘t), then one space, right before the mark.
_SPACED_AFTER = regex.compile(r"(?:(?P<name>" + NAME + r")|[\p{L}\p{M}]*n)[ \u00a0]$")
_SPACED_ENDING = regex.compile(_ENDING)      # lower case only: Terminal ‘D is a quote never closed
# The words a `‘d` ends as a contraction (I‘d, they‘d); after any other word the mark may be an ayn (Sa‘d).
_D_AFTER = frozenset("i you he she we they it who that there what where".split())
_WORD_BEFORE = regex.compile(r"[\p{L}\p{M}]*$")
_WORD_AFTER = regex.compile(r"[\p{L}\p{M}]*")
# The word the message shows before the mark: letters and figures, and a ‘ or ’ between letters (Hawai‘i‘s).
_SHOWN_BEFORE = regex.compile(r"(?:[\p{L}\p{M}\p{N}]+(?:[\u2018\u2019][\p{L}\p{M}]+)*)?$")


class QuoteApostrophe(Kind):
    name = "quote-apostrophe"
    placeholders = frozenset({"written", "fixed"})
    description = "Flags a left single quote mark typed for an apostrophe (Chardin‘s); fixable."
    fixable = True
    default_scope = ("headline", "title", "dek", "paragraph", "blockquote", "caption")

    def check(self, doc, parts):
        wanted = {id(p) for p in parts}
        for part in parts:
            if "\u2018" not in part.text:
                continue
            for m in INSIDE.finditer(part.text):
                if part.text[m.end()] in "dD" and _WORD_BEFORE.search(
                        part.text, max(0, m.start() - 40), m.start()).group().casefold() not in _D_AFTER:
                    continue
                yield _finding(part, m.start(), m.start())
        qa = quote_analysis(doc)
        read = {(id(q.part), q.end - 1) for q in qa.quotes if q.closed and q.close_width} | {(id(x.part), x.offset) for x in qa.strays}
        scanned = {id(p) for p in qa.parts}
        for part in parts:
            for m in PLURAL.finditer(part.text) if "\u2018" in part.text else ():
                # a part the scan pairs no quotes in (a headline, a caption, a dek): no ‘ opens before it
                if (id(part), m.start()) not in read and (
                        id(part) in scanned or not _OPENS.search(part.text, 0, m.start())):
                    yield _finding(part, m.start(), m.start())
        for part in parts:
            # a part the scan reads no quotes in (a headline, a title, a caption): its certain spaced ‘s
            for m in SPACED_S.finditer(part.text) if id(part) not in scanned and "\u2018" in part.text else ():
                if (id(part), m.start()) not in read:
                    yield _finding(part, m.start(), m.start() - 1)
        for stray in qa.strays:
            part, at = stray.part, stray.offset
            if id(part) in wanted and stray.kind == "open" and part.text[at:at + 1] == "\u2018" \
                    and _SPACED_ENDING.match(part.text, at + 1) \
                    and (before := _SPACED_AFTER.search(part.text, max(0, at - 40), at)) \
                    and (before["name"] or part.text[at + 1:at + 2] == "t"):
                yield _finding(part, at, at - 1)


def _finding(part, at: int, fix_from: int) -> Finding:
    """The finding on the mark at `at`, its fix writing ’ over text[fix_from:at + 1];
    the message shows the word it is in, before and after."""
    text = part.text
    lo = _SHOWN_BEFORE.search(text, max(0, fix_from - 40), fix_from).start()
    hi = _WORD_AFTER.match(text, at + 1).end()
    return Finding(part, at, at + 1, fix=RIGHT, fix_from=fix_from if fix_from != at else None,
                   args={"written": text[lo:hi], "fixed": text[lo:fix_from] + RIGHT + text[at + 1:hi]})


KIND = QuoteApostrophe
