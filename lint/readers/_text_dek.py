"""A plain-text dek: the subhead a release or a feature sets under its
headline, as its own block (`Council approves $42 million budget`, a blank
line, `Cole says taxes stay flat`, a blank line, the lede). Read as a
paragraph it was body copy: `names.first-reference` asked for a full name
that the lede gives next (nu19 #7), where the same line as Markdown's
`dek:` is quiet. A dek reads like a headline: a line of a few words that
does not end like a sentence, right under the hed, with the story below."""
from __future__ import annotations

import regex

from ..document import Document
from ._conventions import HED_WORDS, WIRE_DATELINE
from ._text_fields import byline_role, contact_line

# How a sentence ends (a stop, a colon, a comma, a closing mark, '' as typed
# copy closes a quote; a question, as `_conventions._subhead` reads one), or a
# sentence's stop inside the line, before a capital: a dek never has either. The stop of an
# abbreviation (`Gov.`, `Dr.`, `U.S.`, `Nov. 3`: a capital and at most three
# letters, or one letter) ends no sentence (qa43 #4).
_SENTENCE_CLOSE = regex.compile(r"[.!?:;,\"”’')]\s*$"
                                r"|(?<!(?:^|[\s(])(?:\p{Lu}\p{L}{0,3}|\p{L}))[.!?][\"”’')]*\s+[\p{Lu}\"“‘']")
_MORE_TEXT = regex.compile(r"\S")
# Fewer words is a label or a section name (`Analysis`, `Local news`), no dek.
_DEK_MIN_WORDS = 3


def text_dek(doc: Document, line: str, src: str, after: int, end: int) -> bool:
    """Whether `line`, a block of one line that the reader would take as a
    paragraph, is the story's dek: the part before it is the headline, the
    text has no dek yet, the line opens with a capital or a figure, holds
    `_DEK_MIN_WORDS` to `HED_WORDS` words, has no wire dateline, no
    sentence close (at its end or inside it) and no writer's role at its end
    (`Staff Writer`: `byline_role`), and some text follows it (src[after:end])
    for the story."""
    if not doc.parts or doc.parts[-1].kind != "headline" or any(p.kind == "dek" for p in doc.parts):
        return False
    words = line.split()        # counted first: every test below then reads a short line
    if not _DEK_MIN_WORDS <= len(words) <= HED_WORDS:
        return False
    if not (line[:1].isupper() or line[:1].isdigit()) or _SENTENCE_CLOSE.search(line) \
            or WIRE_DATELINE.match(line):      # `LOS ANGELES -- ''The stories begin...'': the lede
        return False
    if any(byline_role(" ".join(words[k:])) for k in range(1, len(words))) or contact_line(line):
        return False                            # `Jane Doe Staff Writer`, `Contact Jane Roe 555-1212`
    return _MORE_TEXT.search(src, after, end) is not None
