"""Whether a `<br><br>` inside one HTML paragraph (or block quote) ends it.

Older CMS copy breaks its paragraphs with two line breaks in one `<p>`.
The text's tail before the first break (`second_br`) says "end" after a
sentence's end, a line end (None) mid-sentence or after a title's or an
initial's stop, and "held" after the stop of an abbreviation that may end
a sentence ("at 4 p.m."); then the first text after the break decides
(`ends_at_held`): the paragraph ends when a sentence opens there and no
quotation is left open. `_html_text.TextSteps` does the splitting; these
are the readings, kept apart from the text routing so each module stays
small. Each reads a bounded stretch, so a `<p>` of many breaks reads in time
in proportion to its length.
"""
from __future__ import annotations

import re

from .. import rx as regex

from ..analysis.abbreviations import SENTENCE_FINAL_ABBREVIATION_WORDS, STOP_ABBREVIATIONS
from ._html_figures import Collector

# A sentence's end before trailing space: a stop, then any closing marks.
SENTENCE_END = re.compile(r"[.!?\u2026][\"'\u201d\u2019\u00bb)\]]*\s*$")
# ...but not the stop of an abbreviation or an initial, one letter's included
# ("Dr.", "John F.", "the U.S.", "4 p.m."), nor a quoted question or
# exclamation, which its tag may follow ("?”", "!”"): the sentence may go on.
_NO_SENTENCE_END = regex.compile(rf"(?:\b(?:{STOP_ABBREVIATIONS}|\p{{L}})\.|[!?][\"'\u201d\u2019\u00bb]+)\s*$")
# ...unless it is the stop of an abbreviation AP lets end a sentence: a time
# ("at 4 p.m."), a name's suffix ("John Smith Jr."), a firm's ("Acme Inc.",
# "Acme Co."), a country's initials ("the U.S."). Whether it does is told by
# what follows the break (`_opens_sentence`): "4 p.m.<br><br>The council"
# ends the paragraph, "the U.S.<br><br>Army" and "4 p.m.<br><br>Tuesday" do
# not. A title's stop ("Dr.") or one initial's ("John F.") never ends it.
_MAY_END_SENTENCE = regex.compile(
    rf"(?:\b[ap]\.m|\b(?:{'|'.join(SENTENCE_FINAL_ABBREVIATION_WORDS)})|\b\p{{Lu}}\.\p{{Lu}})\.\s*$")
# An opening quote mark (a straight single one before a capital: `'The`, not
# `'til`). It alone may open a paragraph inside inline markup opened after a
# held break (`_QUOTE_OPENING`: `4 p.m.<br><br><em>“The…`, nu43 H3), where a
# word does not (`<b>The</b> hall`).
_OPENING_MARK = r"[\"\u201c\u2018\u201e\u00ab]|'(?=\p{Lu})"
_QUOTE_OPENING = regex.compile(r"\s*(?:" + _OPENING_MARK + ")")
# What opens a sentence after such a stop: an opening quote mark, or a
# capitalised function word (titles.yaml `stopwords`: "The", "He", "On"),
# which starts no name run on from the abbreviation ("the U.S. Army"),
# bar the few that are names too ("New York", "May 5", "Will Smith").
# The word must be read whole and end before something that is no part of a
# name: "A-10", "A.J.", "A&M" and a word cut off where the read-ahead stops
# (`_read_on`) open none; nor does one before a zero-width character
# (U+200B-U+200D, U+2060, U+FEFF: `A&#8203;-10`), still inside the word (qa165 #5).
_SENTENCE_OPENING = regex.compile(
    r"\s*(?:" + _OPENING_MARK +
    r"|(\p{Lu}\p{Ll}*)(?=[^\p{L}\p{N}\-\u2010\u2011.&/\u00ad\u200b-\u200d\u2060\ufeff]))")
# What the read-ahead skips inside a word (a soft hyphen, written or as a
# reference; a comment) and what it decodes (any other reference).
_IN_WORD = re.compile(r"\u00ad|&(?:shy|#173|#x[aA][dD]);|<!--(?:(?!-->).){0,200}?-->", re.S)
_REFERENCE = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")
# How far `_read_on` reads: past the longest stopword and the mark after it.
READ_ON_CHARS = 24
_NAME_TOO = frozenset({"new", "may", "will"})


# How many characters other than space `_tail` keeps: past the longest
# abbreviation before a stop and a run of closing marks after it.
TAIL_WORD_CHARS = 64


def _tail(pieces: list[str], stop: int) -> str:
    """The end of `"".join(pieces[:stop])` that holds its last
    TAIL_WORD_CHARS characters other than space (all of it when shorter):
    as much as `SENTENCE_END` and `_NO_SENTENCE_END`, anchored at the end,
    read."""
    at, seen = stop, 0
    while at > 0 and seen < TAIL_WORD_CHARS:
        at -= 1
        seen += len(pieces[at]) - sum(c.isspace() for c in pieces[at])
    return "".join(pieces[at:stop])


def unescape(text: str) -> str:
    """`html.unescape(text)`: character references decoded. `html` is
    imported here, on first use: its entity table is ~2 ms of a plain-text
    run's start."""
    import html
    return html.unescape(text)


def _read_on(src: str, at: int, text: str) -> str:
    """`text` (decoded, the first text other than space after a held break,
    which ends at `src[at]`) with the source after it read on, decoded, to
    READ_ON_CHARS characters: soft hyphens and comments inside a word
    dropped (`In&shy;terior`, `On<!-- x -->tario` read "Interior",
    "Ontario"), references decoded (`&#84;he` reads "The"). It stops at a
    tag, so a word that runs up to one is cut and opens no sentence.
    Bounded: a held break costs the same whatever follows."""
    out = [text.lstrip()[:READ_ON_CHARS].replace("\u00ad", "")]
    size = len(out[0])
    while size < READ_ON_CHARS and at < len(src):
        m = _IN_WORD.match(src, at)
        if m is not None:
            at = m.end()
            continue
        m = _REFERENCE.match(src, at)
        if m is not None:
            piece, at = unescape(m[0]), m.end()
        elif src[at] == "<":
            break
        else:
            piece, at = src[at], at + 1
        out.append(piece)
        size += len(piece)
    return "".join(out)


# Quote marks that open, close, or do either (straight) a quotation; those
# that open one again after a held break (a quote run on into a new paragraph).
_QUOTE_MARKS = re.compile("[\u201c\u201e\u00ab\u201d\u00bb\"]")
_REOPEN = "\u201c\u201e\u00ab\""


def _quote_open(coll: Collector) -> bool:
    """A double quotation opened in `coll`'s paragraph so far is still open
    (more `“ „ «` than `” »`, or an odd number of `"`): a held break there
    never ends the paragraph (qa165 #4). Reads each piece once, keeping
    (pieces read, opened less closed, straight marks) in `coll.quotes_read`."""
    pieces = coll.builder.pieces
    read, depth, straight = coll.quotes_read
    for piece in pieces[read:]:
        for m in _QUOTE_MARKS.finditer(piece):
            c = m[0]
            if c == '"':
                straight += 1
            else:
                depth += 1 if c in "\u201c\u201e\u00ab" else -1
    coll.quotes_read = (len(pieces), depth, straight)
    return depth > 0 or straight % 2 == 1


def _opens_sentence(text: str) -> bool:
    """`text`, the first text after a held `<br><br>`, opens a sentence
    (`_SENTENCE_OPENING`)."""
    m = _SENTENCE_OPENING.match(text)
    if m is None:
        return False
    if m[1] is None:
        return True
    from ..analysis.words import tables     # asked only after a held break
    word = m[1].lower()
    return word in tables()["stopwords"] and word not in _NAME_TOO


# The parts a `<br><br>` may end: a paragraph, and a block quote's text,
# whose paragraphs a CMS breaks the same way (a quote run over two of them
# reopens its mark after the break: qa154).
_SPLIT_KINDS = frozenset({"paragraph", "blockquote"})


def second_br(coll: Collector) -> str | None:
    """"end" for a paragraph's line break right after another (only space
    between) where a sentence ends before the first: `starts.<br><br>“The…`.
    Not after an abbreviation's or initial's stop (`Dr.<br><br>Ames`) or a
    quoted `?”`/`!”` (its tag may come next: qa158 #1, #2), nor
    after a wire dateline's dash (`LONDON, March 3 (Reuters) -<br><br>`,
    still the paragraph's dateline) nor mid-sentence (a stanza break in
    quoted verse, `tide,<br><br>and the…`): there it stays a line end
    (None). "held" after the stop of an abbreviation that may end a
    sentence (`_MAY_END_SENTENCE`: "at 4 p.m.<br><br>"): the text after
    the break decides (`ends_at_held`).
    Reads only the text's tail before the first break (`_tail`), so a
    long `<p>` of many breaks costs time in proportion to its length."""
    pieces = coll.builder.pieces
    if coll.kind not in _SPLIT_KINDS or coll.br_at < 0 or "".join(pieces[coll.br_at:]).strip():
        return None
    read_at, reading = coll.sentence_read
    if read_at < 0 or any(p.strip() for p in pieces[read_at:coll.br_at]):
        before = _tail(pieces, coll.br_at)      # (space since the last reading leaves its answer)
        reading = None if SENTENCE_END.search(before) is None \
            else "end" if _NO_SENTENCE_END.search(before) is None \
            else "held" if _MAY_END_SENTENCE.search(before) is not None else None
    coll.sentence_read = (coll.br_at, reading)
    return reading


def ends_at_held(src: str, at: int, text: str, coll: Collector, opened: int) -> bool:
    """The paragraph of `coll` ends at its held `<br><br>`: `text` (decoded,
    the first text other than space after it, ending at `src[at]`) opens a
    sentence (`_opens_sentence`, on the first word read whole: `_read_on`)
    and no quotation is open (`_quote_open`) unless that text opens one
    again. With `opened` inline elements opened since the break, only a
    quote mark (`_QUOTE_OPENING`) opens one."""
    first = _read_on(src, at, text)
    if opened and not _QUOTE_OPENING.match(first):
        return False
    # a quotation still open goes on over the break, unless the text
    # after it opens one again (a quote run on into a new paragraph)
    return _opens_sentence(first) and (first.lstrip()[:1] in _REOPEN or not _quote_open(coll))
