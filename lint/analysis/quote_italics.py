"""A quote whose words are set in italics inside its marks: `“*Why isn’t
Python an O\\*NET Skill?*”` in Markdown, `“<em>…</em>”` in HTML.

Italics mark a title or a word used as a word (AP Stylebook, "composition
titles"; Markdown and HTML writers put a title in italics), so a writer who
sets the whole quoted text in italics inside the quote marks presents a
title, a question posed as a phrase or a mention, not anybody's speech.
Only italics (Markdown `*…*` or `_…_`, HTML `<em>`/`<i>` where the reader
records them) that cover the quote's text exactly, from just inside the
opening mark to just inside the closing one, count: italics outside the
marks (`*“We will win.”*`, an epigraph or a pull quote), bold, or italics
over part of the quote (`“we *will* win”`, stress) leave it speech. The
spans are the reader's (`attrs["inline"]`, `readers._stitch`), never found
again in the text.

Italics say "title" only for words shaped like one (qa236 #2, qa244 #2/#3):
at most `TITLE_WORDS` words, no sentence end inside (a stop before a
capital, as `quote_sentences.boundaries` splits), no quotation inside
(`‘go home.’`) and no mark that ends a sentence or a clause at the end
(`. ! ? … , ; :`, a dash: also before closing marks or brackets). Speech set in italics,
`“*We had nothing left.*”`, `“*We will rebuild this town!*”`, keeps that
mark and stays speech; so does a question posed as a phrase, which the
example reading (`questions like “…”`) must clear instead.
"""
from __future__ import annotations

from .. import rx as regex

from ..document import Part
from .quote_sentences import boundaries
from .speech_cues import WORD, lexicon

__all__ = ["TITLE_WORDS", "italic_inside"]
# Longest italic quote read as a title: the posed questions seen in real copy
# run 6 to 9 words (18f O*NET post); a hed or book title past a dozen is rare.
TITLE_WORDS = 12
# `… everything.`, `Wait!`, `… stone by stone?’)`, `… this town —`, `…;`: the end of a
# sentence or clause, or speech cut off, with any closing marks or brackets after it
_SENTENCE_END = regex.compile(r"[.!?\u2026,;:\u2014\u2013-][\p{Pf}\p{Pe}'\"\s\u00a0]*$")
# an opening mark inside the words, or a single one after a space (`to ‘go home.’`):
# a quotation in the words; an apostrophe (`isn’t`, `workers’ rights`) is none, nor
# one that opens an elision (`Rock 'n' Roll`, `the '90s`: qa249 #2)
_INNER_QUOTE = regex.compile(r"[\u201c\u201d\u201e\"\u00ab\u00bb]"
                             r"|(?<![\p{L}\p{N}])[\u2018'](?!n[\u2019'](?!\p{L})|\d\ds(?!\p{L}))")


def italic_inside(part: Part, start: int, end: int, open_width: int, close_width: int) -> bool:
    """Whether one italic span of `part` covers exactly the words of the quote
    at part.text[start:end] (its marks `open_width` and `close_width` wide),
    and those words have a title's shape (above)."""
    inner = (start + open_width, end - close_width)
    if not (inner[0] < inner[1] and any(
            (s, e) == inner for k, s, e in part.attrs.get("inline", ()) if k == "emphasis")):
        return False
    words = part.text[inner[0]:inner[1]]
    return len(WORD.findall(words)) <= TITLE_WORDS and _SENTENCE_END.search(words) is None \
        and _INNER_QUOTE.search(words) is None and not boundaries(words, [], lexicon())
