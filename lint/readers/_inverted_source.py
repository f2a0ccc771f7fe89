"""Does the phrase after AP's inverted attribution ("..., said county
officials.", "..., according to the Harbour Board.") name a third party?

`_html_teaser.calls_reader` keeps a run's lede to the reader when it closes
on one: a lede's source is a person or a body, where a site's line to the
reader closes on its own rules ("according to the official rules", "company
policy", "Terms of Service": qa216 #1, #2).
"""
from __future__ import annotations

from functools import lru_cache

import regex

from ..analysis.speech_cues import word_lists
from ._opening_names import bare_name

# What may close the source after its head: a participle of putting it out
# and a day ("a report released Tuesday"), a day alone ("officials Tuesday",
# qa216 #5), then the sentence's stop and a closing quote or bracket.
_TAIL = regex.compile(r"(?:\s+\p{Ll}+ed)?(?:\s+(?i:(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday)))?"
                      r"[\s.!?\"'\u201d\u2019)]*$")
_WORD = regex.compile(r"[\p{L}.'\u2019-]+")
_ARTICLE = frozenset({"the", "a", "an"})


@lru_cache(maxsize=1)
def _nouns() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(speaker's and body's nouns, document nouns that need an owner, titles
    before a name): attribution.yaml `speaker_nouns` and
    `document_owner_nouns`, `ownerless_nouns`, `titles`."""
    lists = word_lists()
    low = lambda key: frozenset(str(w).lower() for w in lists[key])     # noqa: E731
    return low("speaker_nouns") | low("document_owner_nouns"), low("ownerless_nouns"), low("titles")


def names_source(phrase: str) -> bool:
    """True when `phrase`, what follows "said" or "according to" to the
    line's end, names a speaker or a body by its head, the phrase's last
    word before `_TAIL`:
    - a speaker's or body's noun (`_nouns`: "police", "county officials",
      "the Harbour Board", "the Harbour Board's report", "a report released
      Tuesday"), every word before it but an article also one or a
      capitalised word; a document that needs an owner ("statement",
      "email", "post") only with one before it or a participle after it
      ("a police statement", "a statement released Tuesday"; not "the
      privacy statement", "the email");
    - a person's name with no article (`_opening_names.bare_name`, not all of
      it ordinary words: "Ana Ruiz", "Harbour Board chair Ana Ruiz"; not
      "Community Guidelines" nor "Terms of Service")."""
    tail = _TAIL.search(phrase)
    words = _WORD.findall(phrase[:tail.start()] if tail else phrase)
    if not words:
        return False
    nouns, ownerless, titles = _nouns()
    head = regex.sub(r"['\u2019]s$", "", words[-1].lower())
    before = words[1:-1] if words[0].lower() in _ARTICLE else words[:-1]
    if head in nouns or head in ownerless:
        owners = [w for w in before if w[:1].isupper() or regex.sub(r"['\u2019]s$", "", w.lower()) in nouns]
        if len(owners) < len(before):
            return False
        return head not in ownerless or bool(owners) or regex.match(r"\s+\p{Ll}+ed\b", phrase[tail.start():]) is not None
    return words[0].lower() not in _ARTICLE and _person(words, titles)


def _person(words: list[str], titles: frozenset[str]) -> bool:
    """The last two or three words are a person's name, not all of them
    ordinary words, and any before them capitalised or a title ("Harbour
    Board chair")."""
    from ..analysis.words import is_common     # read on first use
    for size in (3, 2):
        name, before = words[-size:], words[:-size]
        if (len(name) == size and bare_name(" ".join(name)) and not all(map(is_common, name))
                and all(w[:1].isupper() or w.lower() in titles for w in before)):
            return True
    return False
