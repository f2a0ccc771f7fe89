"""A quote that modifies a noun, as a name does: `the “Visits to all Domains”
file`, `an “Open Data Innovation for Health” event`, `the “A future for Mrs.
Landingham” section`.

Set between a determiner and a noun that names a labelled thing (a section,
a file, an event, a campaign, a sign: `label_nouns`), the quote is that
thing's name or label, the way a composition title is (AP Stylebook,
"composition titles" and "quotation marks": titles and words used in a
special sense). Nobody is said to speak it. Any other word after the quote
leaves it speech (`a “We are not leaving” until the police arrived`, `a “Get
out of here” rang out`, `the “We will stay” today`), as does a comma or a
full stop inside its close, a lower-case opening (`said the “numbers don't
lie” anymore`: the quote's own noun phrase) or an object pronoun before it
(`told her “Go home” before dawn`). Word lists: `term_determiners`,
`person_objects` and `label_nouns` in `lint/data/attribution.yaml`.
"""
from __future__ import annotations

from functools import lru_cache

import regex

from .speakers import person_objects
from .speech_cues import word_lists

__all__ = ["modifies_noun"]

# The word before the opening mark, with only spaces between them.
_BEFORE = regex.compile(r"(?:^|(?<=[^\p{L}\p{N}'\u2019-]))(\p{L}+)[ \t]+$")
# The quote's first letter, past a Markdown link's bracket or emphasis marks.
_FIRST = regex.compile(r"[\[*_(]*(\p{L})")
# The noun after the closing mark: spaces, then a lower-case word (a file
# type may lead it: `the “…” .csv file`).
_AFTER = regex.compile(r"[ \t]+(?:\.\p{Ll}+[ \t]+)?(\p{Ll}[\p{Ll}-]*)(?![\p{L}\p{N}'\u2019])")
_REACH = 30     # characters before the quote searched for its determiner


def _low(key: str) -> frozenset[str]:
    return frozenset(str(x).lower() for x in word_lists()[key])


@lru_cache(maxsize=None)
def _words() -> tuple[frozenset[str], frozenset[str]]:
    """(determiners, label nouns): `term_determiners` but an object pronoun
    (`told her “Go home” before dawn`: `speakers.person_objects`); `label_nouns`."""
    return _low("term_determiners") - person_objects(), _low("label_nouns")


def modifies_noun(text: str, start: int, end: int, open_width: int, close_width: int) -> bool:
    """The closed quote text[start:end] (its marks `open_width` and
    `close_width` wide) stands between a determiner and a labelled thing's
    noun: capitalised inside, not ending on a comma or a full stop, a
    determiner (`term_determiners`) right before its opening mark and one of
    `label_nouns` right after its closing one (past a file type's `.csv`)."""
    determiners, nouns = _words()
    before = _BEFORE.search(text, max(0, start - _REACH), start)
    if before is None or before[1].lower() not in determiners:
        return False
    first = _FIRST.match(text, start + open_width, end - close_width)
    if first is None or not first[1].isupper():
        return False
    if text[end - close_width - 1:end - close_width] in (",", "."):
        return False
    after = _AFTER.match(text, end)
    return after is not None and after[1] in nouns
