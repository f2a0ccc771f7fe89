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
(`told her “Go home” before dawn`). The determiner may be one of
`name_determiners` too (`those`, `my`, `every`), and an owner (`the union’s`,
`O’Neill’s`, `Côte d’Ivoire’s`: qa215 #2; alone, only a name, `Greenpeace’s`,
or mid-sentence any capitalised word, `with Labour’s`, qa215 #3: an ordinary
word opening its sentence may be a contraction, `It’s` or `Everything’s`,
qa209 #1) or one lower-case word after a determiner (`the annual`) may stand
in its place (qa203 #5); one line break may stand beside either mark
(hard-wrapped text: qa203 #4). Word lists: `term_determiners`,
`name_determiners`, `contracted_stems`, `person_objects` and `label_nouns`
in `lint/data/attribution.yaml`.
"""
from __future__ import annotations

from functools import lru_cache

from .. import rx as regex

from .abbreviations import TITLE_ABBREVIATION_WORDS
from .speakers import person_objects
from .speech_cues import lexicon, lowered
from .words import is_common

__all__ = ["modifies_noun"]

# Spaces with at most one line break among them (hard-wrapped text).
_GAP = r"(?:[ \t]+(?:\r?\n[ \t]*)?|\r?\n[ \t]*)"
# The last word before the end of the window, only a gap after it; group
# `own` marks an owner (`union’s`, `unions’`).
# A name may hold an apostrophe before a capital (`O’Neill’s`, `D’Amato’s`:
# qa209 #2); a contraction never does (`It’s`, `IT’S` ends on no owner).
_BEFORE = regex.compile(r"(?:^|(?<=[^\p{L}\p{N}'\u2019-]))(\p{L}[\p{L}-]*(?:['\u2019]\p{Lu}[\p{L}-]*)*)"
                        r"(?P<own>['\u2019]s|(?<=s)['\u2019])?" + _GAP + "$")
# The quote's first letter, past a Markdown link's bracket or emphasis marks.
_FIRST = regex.compile(r"[\[*_(]*(\p{L})")
# The noun after the closing mark: spaces, then a lower-case word (a file
# type may lead it: `the “…” .csv file`).
_AFTER = regex.compile(_GAP + r"(?:\.\p{Ll}+[ \t]+)?(\p{Ll}[\p{Ll}-]*)(?![\p{L}\p{N}'\u2019])")
# The word or mark before a point, only spaces after it.
_PREV = regex.compile(r"(?:(?<![\p{L}'\u2019-])(\p{L}[\p{L}'\u2019-]*)|(\S))\s*$")
# A capital opening a word or after its apostrophe (`Côte d’Ivoire’s`: qa215 #2).
_CAPITAL = regex.compile(r"(?:^|['\u2019])\p{Lu}")
# A courtesy title or title and its stop, right before the end (`Mr.`, `Gov.`, `Dr.`: AP
# Stylebook "courtesy titles", "titles"): the stop ends no sentence before a capitalised name.
_TITLE_STOP = regex.compile(rf"(?<![\p{{L}}.'\u2019-])(?:{'|'.join(TITLE_ABBREVIATION_WORDS)})\.$")
_REACH = 60     # characters before the quote searched for its determiner and owner


@lru_cache(maxsize=None)
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """(determiners, label nouns, contracted stems, prepositions): `term_determiners` and
    `name_determiners` but an object pronoun (`told her “Go home” before
    dawn`: `speakers.person_objects`); `label_nouns`; `contracted_stems`; `opener_prepositions`."""
    return ((lowered("term_determiners") | lowered("name_determiners")) - person_objects(), lowered("label_nouns"),
            lowered("contracted_stems"), lowered("opener_prepositions"))


def _opens_sentence(text: str, at: int) -> bool:
    """The capitalised word at text[at] opens its sentence: before it, past
    any `sentence_openers` (`Then`, `And`) but a preposition
    (`opener_prepositions`: `At Apple’s` is mid-sentence, qa220 #6), come
    only spaces back to the window's start or a mark that is no letter,
    digit or comma (a stop, a colon, an opening quote or bracket) and no
    title's stop (`Mr. Trump’s`: `_TITLE_STOP`, qa220 #5)."""
    openers, prepositions = lexicon().openers, _words()[3]
    while True:
        prev = _PREV.search(text, max(0, at - _REACH), at)
        if prev is None:
            return True
        if prev[1] is None:
            return not (prev[2].isalnum() or prev[2] == ","
                        or (prev[2] == "." and _TITLE_STOP.search(text, max(0, prev.start(2) - 5), prev.end(2))))
        if prev[1].lower() not in openers or prev[1].lower() in prepositions:
            return False
        at = prev.start()


def _framed(text: str, start: int, determiners: frozenset[str], contracted: frozenset[str]) -> bool:
    """The words before the opening mark at text[start] open a noun phrase:
    a determiner (`the`, `those`), an owner (never a `contracted_stems`
    word): alone, a capitalised one (`d’Ivoire’s` too: qa215 #2) in
    mid-sentence (`with Labour’s`: qa215 #3) or one the word table reads as a name (`Greenpeace’s`,
    `O’Neill’s`; at a sentence's start no ordinary word, `words.is_common`:
    `Everything’s`, `When’s` are contractions), after a determiner any (`the
    union’s`, `The Union’s`); or a lower-case word after a determiner (`the
    annual`)."""
    lo = max(0, start - _REACH)
    last = _BEFORE.search(text, lo, start)
    if last is None:
        return False
    if last["own"] is None and last[1].lower() in determiners:
        return True
    if last["own"] is not None and last[1].lower() in contracted:
        return False
    if last["own"] is not None and _CAPITAL.search(last[1]) and (
            not is_common(last[1]) or not _opens_sentence(text, last.start())):
        return True
    if not (last[1][0].islower() or last["own"] is not None):
        return False
    prev = _BEFORE.search(text, lo, last.start())
    return prev is not None and prev["own"] is None and prev[1].lower() in determiners


def modifies_noun(text: str, start: int, end: int, open_width: int, close_width: int) -> bool:
    """The closed quote text[start:end] (its marks `open_width` and
    `close_width` wide) stands between a determiner and a labelled thing's
    noun: capitalised inside, not ending on a comma or a full stop, a
    determiner, an owner or a determiner and a word (`_framed`) before its
    opening mark and one of `label_nouns` right after its closing one (past
    a file type's `.csv`)."""
    determiners, nouns, contracted, _ = _words()
    if not _framed(text, start, determiners, contracted):
        return False
    first = _FIRST.match(text, start + open_width, end - close_width)
    if first is None or not first[1].isupper():
        return False
    if text[end - close_width - 1:end - close_width] in (",", "."):
        return False
    after = _AFTER.match(text, end)
    return after is not None and after[1] in nouns
