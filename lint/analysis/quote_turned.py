"""Curly quote marks turned the wrong way, as `quotes._scan` finds them.

A right mark (” ’) never opens a quote and a left mark (“ ‘) never closes
one, yet an autocorrect slip after a dash or at a line start, or a paste,
leaves `”We are ready,” he said`, `“We are ready,“ he said`, `”…“` or an
inner `’no‘`. The scan pairs such marks by where they stand; these tests
name the ones turned the wrong way, so each is one `Stray` of kind
"turned" at the mark itself. A right single mark before a word is mostly an
elision (`’cause`): it counts only when a left single mark closes after it.
A left single mark that closes a quote a left single mark opened
(`‘Stop the Steal‘ rally`) counts where nothing else can close it
(`turned_single_close`), over a sentence end only where a spoken quote's
close stands: before a dialogue tag, the paragraph's end, the close around
it or a new sentence (`‘We lost. It hurt,‘ Lee said`, `_ends_spoken`).
A left double mark glued to the word after it can close too, the wrong way
round and with its space on the wrong side (`the “Department of Opportunity
“and the`, `turned_close`).
The same look ahead for a ’ that could close a ‘ quote tells a name's
spaced ‘s before that quote's close (`‘We loved the 1990 ‘s,’`) from a
quote of the letter (`spaced_s_in_quote`).
"""
from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache
from typing import TYPE_CHECKING

from .. import rx as regex

from .quote_lookalikes import POSSESSIVE, SPACED_S, SPACED_S_CLOSED, clipped
from .quote_marks import ELIDED_N, LOW_DOUBLE
from .quote_misclosed import tagged
from .quote_parts import OPENING_CONTEXT
from .quote_sentences import boundaries
from .speech_cues import lexicon

if TYPE_CHECKING:                   # (quotes imports this module; types only)
    from .quotes import Quote

OPEN_DOUBLE, CLOSE_DOUBLE, OPEN_SINGLE, CLOSE_SINGLE = "\u201c", "\u201d", "\u2018", "\u2019"
# A single mark that could close a quote: after a character other than a space, before no letter or digit.
_CLOSER = regex.compile("(?<=\\S)['\u2019](?![\\p{L}\\p{N}])")
# What a ‘ closing a quote may follow: a word's last letter or digit, or the
# stop or comma that ends the quoted words (`‘We will win,‘ Lee said`, qa336 #2).
_ENDS_WORDS = ".,;:!?\u2026"
_TURNED = regex.compile("(?<=[\\p{L}\\p{N}" + _ENDS_WORDS + "])\u2018(?![\\p{L}\\p{N}])")    # `‘no‘`, `‘no,‘`
_SINGLE = regex.compile("['\u2018\u2019]")
_STOPS = ".!?\u2026"
# After a two-sentence quote's turned close (`_ends_spoken`): the part's end, or the close of the
# quote or bracket around it; after its stop, a dash credit (an en, em or quotation dash ―, a
# spaced hyphen or two typed for one, or two glued to the name) or a new sentence (`_OPENS`: its
# capital, figure, “ or (, or a ‘, ' or " before its capital or figure: `hurt.‘ ‘No,’ Kim said`,
# British); after its comma, a dash credit before a name's capital
_SPOKEN_END = regex.compile("\\s*\\Z|[\u201d)\\]]")
_DASH = "\\s*[\u2014\u2013\u2015]|\\s+--?(?=\\s)|--(?=\\p{Lu})"
_OPENS = "(?:[\\p{Lu}\\p{N}\u201c(]|[\u2018'\"][\\p{Lu}\\p{N}])"    # a new sentence's first mark
_NEW_SENTENCE = regex.compile(_DASH + "|\\s+" + _OPENS)
_COMMA_CREDIT = regex.compile("(?:" + _DASH + ")\\s*\\p{Lu}")
# After a word's turned close, the stop (one mark or more) typed after it (`hurt‘.`, `hurt‘?!`): the
# close around it before or after the stop, or a dash credit after it, ends the quote; the part's
# end or a new sentence (`_OPENS`) after it does so only with no next paragraph opening with a ‘
# (`last`), a spaced ellipsis's dots (`hurt‘. . .`) and a footnote's mark between or not: a number,
# ^label or either in brackets (`hurt‘.<sup>1</sup>`, `.[1]`; Markdown's `[^1]` stays literal where
# no footnote defines it, and is no text where one does: `readers._md_notes`), or 1-3 *
_STOP_AROUND = regex.compile("[\u201d)\\]][.!?\u2026]|[.!?\u2026]+(?:[\u201d)\\]]|(?:" + _DASH + ")\\s*\\p{Lu})")
_LABEL = "(?:\\^[\\p{L}\\p{N}_-]{1,30}|\\p{N}{1,3})"
_FOOTNOTE = "(?:" + _LABEL + "|\\[" + _LABEL + "\\]|\\*{1,3})?"
_STOP_AFTER = regex.compile("[\u201d)\\]]?(?:[.!?\u2026]+|\\.(?: \\.){2,3})" + _FOOTNOTE
                            + "(?:\\s*\\Z|\\s+" + _OPENS + ")")


def turned_double(text: str, q: Quote, i: int, width: int) -> list[int]:
    """Offsets in `text` (q's part) of the wrong-way marks of the double quote
    `q` as the mark at text[i:i + width] closes it: an opening ” and a
    closing “ (one-character marks only: a pair such as ’’ stands for a mark),
    but for a German quote („…“), which “ closes."""
    out = [q.start] if q.open_width == 1 and text[q.start] == CLOSE_DOUBLE else []
    if width == 1 and text[i] == OPEN_DOUBLE and text[q.start] != LOW_DOUBLE:
        out.append(i)
    return out


def turned_single(text: str, i: int, opens: bool, closes: bool, pending: int) -> tuple[list[int], int]:
    """For the single mark at text[i] (`opens`, `closes`: what its context
    allows) with `pending` the offset of a right single mark seen before a
    word with no single quote opened since (-1 if none): (the wrong-way marks
    this one shows, the new `pending`). A ‘ that can only close shows itself
    and the pending ’ (`’no‘`); a ‘ that opens a quote clears it (`’Bama`
    then `‘Roll Tide’`: a later wrong-way ‘ is no close of the elision)."""
    if text[i] == CLOSE_SINGLE and opens and not closes:
        return [], i
    if text[i] == OPEN_SINGLE and opens:
        return [], -1
    if text[i] == OPEN_SINGLE and closes and not opens and pending >= 0:
        return [pending, i], -1
    return [], pending


def turned_single_close(text: str, q: Quote, i: int, last: bool) -> list[int]:
    """[i] when the left single mark at text[i], which closes the single
    quote `q` (the caller's reading: a word's end before it, a space, stop
    or the end after it), is that quote's closing mark turned the wrong way
    (`‘Stop the Steal‘ rally`, nu66 #6): `q` opens with ‘, the mark follows
    a letter, digit, stop or comma (`_ENDS_WORDS`: `‘We will win,‘ Lee
    said`, qa336 #2), no ’ or ' later in the part could close `q` instead
    (`_closer_after`; then the ‘ may be an apostrophe typed wrong: `‘the
    players‘ union is ours’`), and the two marks are in one sentence
    (`quote_sentences.boundaries`) or the mark stands where a spoken quote
    closes (`_ends_spoken`: `‘We lost. It hurt,‘ Lee said`, qa341 #1;
    `last`: no next paragraph opens with a single mark). [] otherwise."""
    if text[i] != OPEN_SINGLE or text[q.start] != OPEN_SINGLE or q.open_width != 1 \
            or not (text[i - 1].isalnum() or text[i - 1] in _ENDS_WORDS):
        return []
    if _closer_after(text, i + 1):
        return []
    if boundaries(text[q.start + 1:i], [], lexicon()) and not _ends_spoken(text, i, last):
        return []
    return [i]


def _ends_spoken(text: str, i: int, last: bool) -> bool:
    """Whether the ‘ at text[i] stands where a spoken quote's close does, so
    a sentence end inside its quote keeps nothing back (qa341 #1). Spoken
    words end at their own stop or comma, and the close there is shown by
    what follows: the part's end, the close around it, a dialogue tag
    (`quote_misclosed.tagged`), a dash credit, or, after a stop, a new
    sentence. A ‘ after a word is more often an apostrophe, an ʻokina or a
    clipped word's mark that a British quote runs on over (qa345 #1), so it
    closes only at a stop typed after it with the close around it on either
    side or a dash credit after it, before a comma and a tag, or, when no
    next paragraph opens with a single mark to run on into (`last`), at the
    paragraph's last stop or a stop before a new sentence. Each shape is a
    test (tests/test_fx517_ends_spoken.py names where)."""
    before = text[i - 1]
    if before not in _ENDS_WORDS:
        if not before.isalnum():
            return False
        if _STOP_AROUND.match(text, i + 1) or text[i + 1:i + 2] == "," and text[i + 2:i + 3].isspace() \
                and tagged(text, i + 2, trailing=True):
            return True
        return last and _STOP_AFTER.match(text, i + 1) is not None
    if _SPOKEN_END.match(text, i + 1) or before in _STOPS and _NEW_SENTENCE.match(text, i + 1) \
            or before == "," and _COMMA_CREDIT.match(text, i + 1):
        return True
    return text[i + 1:i + 2].isspace() and tagged(text, i + 1, trailing=before in _STOPS + ",")


def spaced_s_in_quote(text: str, i: int, stack: list[Quote]) -> bool:
    """Whether the ‘ at text[i], a name's or a figure's spaced ‘s with its
    stop and a ’ after it (`quote_lookalikes.SPACED_S_CLOSED`), is the ‘s's
    apostrophe and that ’ the close of the ‘ quote open around it (`‘We
    loved the 1990 ‘s,’ Lee said`, qa336 #3): the innermost open quote was
    opened with ‘, and no ’ or ' after that ’ could close it instead
    (`_closer_after`; `‘Press ‘s.’ to save,’` quotes the letter). A plural's
    or an -s name's possessive ’ later on (`… Lee said of the players’
    union`, qa341 #2) is no such mark: the shape `1990 ‘s,’` is the stronger
    evidence. A ‘ quote nested in a ‘ quote is no convention (British copy
    nests “…” in ‘…’)."""
    m = SPACED_S_CLOSED.match(text, i)
    if m is None or not stack or stack[-1].mark != "single" or text[stack[-1].start] != OPEN_SINGLE:
        return False
    return not _closer_after(text, m.end(1), possessives=False)


def _closer_after(text: str, start: int, possessives: bool = True) -> bool:
    """Whether a ’ or ' in text[start:] could close a quote open before
    `start`: one that closes no quote opened after `start` (`said ‘no’ to
    them`), nor is the elision mark of a spaced `‘n’` (`rock ’n’ roll`,
    `quote_marks.ELIDED_N`, qa329 #2); nor, with `possessives` False, a
    plural's or an -s name's possessive (`the players’ union`,
    `quote_lookalikes.POSSESSIVE`, qa341 #2). One pass per part and flag
    (`_free_closers`), not a walk per mark: a paragraph of turned marks
    made that quadratic."""
    at, free = _free_closers(text, possessives)
    k = bisect_left(at, start)
    return k < len(at) and free[k]


@lru_cache(maxsize=16)
def _free_closers(text: str, possessives: bool) -> tuple[list[int], list[bool]]:
    """(offsets of the single marks read in `text`, for each whether a walk
    from it meets a ’ or ' that closes no quote opened in the walk).
    Openers are read as the scan reads them: a ‘ or ' at a word's start,
    not a clipped word or year (`’90s`, `’n’`) nor a name's spaced `‘s`
    (`quote_lookalikes.SPACED_S`); with `possessives` False, a possessive's
    ’ or ' (`players’ union`, `quote_lookalikes.POSSESSIVE`) is no mark at
    all; a ’ or ' after a word closes the innermost open one, or is free; a ‘ after a word or its stop or comma
    (`_TURNED`) closes one too, but is never free. An opener's partner is
    found by one stack pass (it depends only on the marks after it); the
    answers are then filled in from the end."""
    at, kinds = [], []
    for m in _SINGLE.finditer(text):
        j, ch = m.start(), m.group()
        if ELIDED_N.match(text, j) or SPACED_S.match(text, j) or not possessives and POSSESSIVE.match(text, j):
            continue
        before = text[j - 1] if j else ""
        if ch != CLOSE_SINGLE and (not before or before.isspace() or before in OPENING_CONTEXT) \
                and text[j + 1:j + 2].strip() and not clipped(text, j):
            kind = "open"
        elif _CLOSER.match(text, j):
            kind = "close"
        elif ch == OPEN_SINGLE and _TURNED.match(text, j):
            kind = "turned"
        else:
            continue
        at.append(j)
        kinds.append(kind)
    partner, stack = {}, []
    for k, kind in enumerate(kinds):
        if kind == "open":
            stack.append(k)
        elif stack:
            partner[stack.pop()] = k
    free = [False] * (len(at) + 1)
    for k in range(len(at) - 1, -1, -1):
        if kinds[k] == "close":
            free[k] = True
        elif kinds[k] == "turned":
            free[k] = free[k + 1]
        else:
            free[k] = k in partner and free[partner[k] + 1]
    return at, free[:-1]


def turned_close(text: str, stack: list[Quote]) -> Quote | None:
    """The quote opened by a left double mark that closes the one before it,
    turned the wrong way (`the “Department of Opportunity “and the`, nu53 #6),
    when the part ends with exactly that pair open (`stack`, outermost
    first; a quote opened after them and closed, `“Cinderella story”`, is
    its own): two one-character “ marks, the outer opened in this part, the
    inner after a space that follows a word's last letter or digit (no
    sentence end, colon, comma or dash: `said: “We`, `ended. “The` open
    quotes) and before a letter, with no sentence end between the two marks
    (`quote_sentences.boundaries`, abbreviations skipped: `He said “we won
    the vote. She said “we lost` is two quotes left open, qa260 #1). None
    otherwise: then both are opens never closed."""
    if len(stack) != 2 or stack[0].prev is not None:
        return None
    if any(q.mark != "double" or q.open_width != 1 or text[q.start] != OPEN_DOUBLE for q in stack):
        return None
    i = stack[1].start
    glued = i >= 2 and text[i - 1] == " " and text[i - 2].isalnum() and text[i + 1:i + 2].isalpha()
    if not glued or boundaries(text[stack[0].start + 1:i], [], lexicon()):
        return None
    return stack[1]


def unnest(quotes: list[Quote], turned: Quote) -> None:
    """Take the quote `turned` opened (`turned_close`: its mark closes the
    quote before it) out of `quotes`; the quotes opened after it, inside
    both, move out of both."""
    at = quotes.index(turned)
    outer = turned.parent
    for q in quotes[at + 1:]:
        if q.part is turned.part and q.depth > turned.depth:
            q.depth -= 2
            if q.parent is turned:
                q.parent = outer.parent if outer is not None else None
    del quotes[at]
