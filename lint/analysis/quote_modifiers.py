"""A quote that modifies a noun, as a name does: `the “Visits to all Domains”
file`, `an “Open Data Innovation for Health” event`, `the “A future for Mrs.
Landingham” section`.

Set between a determiner and the noun it describes, the quote is the name or
label of that thing (a section, a file, an event, a campaign), the way a
composition title is (AP Stylebook, "composition titles" and "quotation
marks": titles and words used in a special sense). Nobody is said to speak
it. A quote a sentence goes on from with a comma or a full stop, or with a
small word, a verb or an adverb (`the “We can't afford this” and left`, `the
“Plans Change” was`, `the “We will stay” today`), is not read so, nor is one
that opens in lower case (`said the “numbers don't lie” anymore`: the quote's
own noun phrase) or follows an object pronoun (`told her “Go home” before
dawn`). Word lists: `term_determiners`, `person_objects`, `title_small_words`,
`predicate_verbs` and `not_label_nouns` in `lint/data/attribution.yaml`.
"""
from __future__ import annotations

from functools import lru_cache

import regex

from .speech_cues import word_lists

__all__ = ["modifies_noun"]

# The word before the opening mark, with only spaces between them.
_BEFORE = regex.compile(r"(?:^|(?<=[^\p{L}\p{N}'\u2019-]))(\p{L}+)[ \t]+$")
# The quote's first letter, past a Markdown link's bracket or emphasis marks.
_FIRST = regex.compile(r"[\[*_(]*(\p{L})")
# The noun after the closing mark: spaces, then a lower-case word (a file
# type's stop may lead it: `the “…” .csv file`).
_AFTER = regex.compile(r"[ \t]+\.?(\p{Ll}[\p{Ll}-]*)(?![\p{L}\p{N}'\u2019])")
_REACH = 30     # characters before the quote searched for its determiner


def _low(*keys: str) -> frozenset[str]:
    w = word_lists()
    return frozenset(str(x).lower() for key in keys for x in w[key])


@lru_cache(maxsize=None)
def _words() -> tuple[frozenset[str], frozenset[str]]:
    """(determiners, not nouns): `term_determiners` but an object pronoun
    (`told her “Go home” before dawn`: `person_objects`); small title words,
    predicate verbs and `not_label_nouns` (adverbs: `the “…” today`)."""
    return _low("term_determiners") - _low("person_objects"), \
        _low("title_small_words", "predicate_verbs", "not_label_nouns")


def modifies_noun(text: str, start: int, end: int, open_width: int, close_width: int) -> bool:
    """The closed quote text[start:end] (its marks `open_width` and
    `close_width` wide) stands between a determiner and a lower-case noun:
    capitalised inside, not ending on a comma or a full stop, a determiner
    (`term_determiners`) right before its opening mark and a lower-case word
    after its closing one that is no small word, predicate verb or adverb
    (`not_label_nouns`, a word ending in -ly)."""
    determiners, not_nouns = _words()
    before = _BEFORE.search(text, max(0, start - _REACH), start)
    if before is None or before[1].lower() not in determiners:
        return False
    first = _FIRST.match(text, start + open_width, end - close_width)
    if first is None or not first[1].isupper():
        return False
    if text[end - close_width - 1:end - close_width] in (",", "."):
        return False
    after = _AFTER.match(text, end)
    return after is not None and after[1] not in not_nouns and not after[1].endswith("ly")
