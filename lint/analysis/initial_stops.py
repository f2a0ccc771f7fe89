"""Whether the full stop of a run of initials (`U.S.`, `a.m.`, `C.W.`) also
ends the sentence. `quote_sentences` asks it of each stop it splits a part
at (`initialism_ends`) and the plain-text reader's subhead test
(`readers._conventions`) asks it of a clock time's `p.m.` (`goes_on_after_clock`),
so both read `4 p.m. Tuesday` as one sentence and `4 p.m. Tuesday’s meeting`
as two. Word lists: `time_followers`, `time_zone_openers`,
`time_zone_name_words` and `time_speech_verbs` in `lint/data/attribution.yaml`."""
from __future__ import annotations

from functools import lru_cache

import regex

from .speech_cues import WORD, Lexicon, word_lists

__all__ = ["INITIALISM", "goes_on_after_clock", "initialism_ends", "time_followers"]

# A run of initials with their full stops: the last stop may end the sentence as well.
INITIALISM = regex.compile(r"(?:\p{L}\.){2,}")
OPENING_MARKS = "\"'\u201c\u2018"
SUBJECTS = frozenset({"i", "he", "she", "we", "they", "it", "you"})
# The word after a time follower, spaces before it (`Sunday said`, `Central Maine`).
_NEXT = regex.compile(r"\s+(\p{L}[\p{L}'\u2019-]*)")


def _low(key: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in word_lists()[key])


@lru_cache(maxsize=None)
def time_followers() -> frozenset[str]:
    """The words that go on a sentence after `a.m.` or `p.m.`, lowercased (`time_followers`)."""
    return _low("time_followers")


@lru_cache(maxsize=None)
def _after_followers() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """(`time_zone_openers`, `time_zone_name_words`, `time_speech_verbs`,
    `time_follower_names`), lowercased."""
    return (_low("time_zone_openers"), _low("time_zone_name_words"),
            _low("time_speech_verbs"), _low("time_follower_names"))


def _names_time(word: str, name_words: frozenset[str]) -> bool:
    """Whether `word` goes on a zone's name: one of `name_words` in any case
    (`Time`, `time`) or a capitalised time follower (`Sunday`, not the modal
    `may`: qa243 #3)."""
    low = word.lower()
    return low in name_words or (word[0].isupper() and low in time_followers())


def _names_zone(text: str, nxt: regex.Match[str], name_words: frozenset[str]) -> bool:
    """Whether the capitalised word `nxt` (after a zone opener) goes on the
    time rather than opening another name. It goes on when it names a time
    (`Eastern Time`, `Central European`, `Eastern Sunday`), when the word after
    it does (`Central Africa Time`: qa235 #5), and, as on main, whenever it is
    no plain word: a time follower's plural (`Eastern Sundays`), a hyphened
    pair (`Eastern Monday-Friday`) or a word with a stop (`Eastern U.S.
    time`, `Eastern Thurs.`: qa243 #1). Only a plain word that names no time
    opens a name (`Central Maine Power said`, `Eastern Michigan may`)."""
    word = nxt[1]
    low = word.lower()
    if _names_time(word, name_words) or "-" in word or text.startswith(".", nxt.end()):
        return True
    if low.endswith("s") and low[:-1] in time_followers():
        return True
    last = _NEXT.match(text, nxt.end())
    return last is not None and _names_time(last[1], name_words)


def goes_on_after_clock(text: str, at: int) -> bool:
    """Whether the capitalised word at text[at], right after a clock time's
    `a.m.` or `p.m.`, goes on that time's sentence: a weekday, a month or a
    time zone (`time_followers`: `9 a.m. Tuesday`, `10 p.m. EDT`) that owns
    nothing (`4 p.m. Tuesday’s meeting` opens a sentence: qa230 #1), is no
    name before a speech verb (`4 p.m. May said`: `time_follower_names`,
    `time_speech_verbs`; a weekday is never a speaker, so `a spokesman at 10
    a.m. Thursday said` goes on: qa235 #1) and, when it is a zone word that
    may open a name (`time_zone_openers`), names a zone: `4 p.m. Eastern
    Time` and `4 p.m. Central Africa Time` go on, `4 p.m. Central Maine Power
    said` opens a sentence (qa230 #2)."""
    word = WORD.match(text, at)
    if word is None:
        return False
    low = word[0].lower().rstrip(".")
    if low not in time_followers():
        return False
    nxt = _NEXT.match(text, word.end())
    if nxt is None:
        return True
    zone_openers, name_words, speech, names = _after_followers()
    if low in names and nxt[1].lower() in speech:
        return False
    return not (low in zone_openers and nxt[1][0].isupper() and not _names_zone(text, nxt, name_words))


def initialism_ends(text: str, abbreviation: str, at: int, lex: Lexicon) -> bool:
    """Whether the full stop of `abbreviation`, a run of initials, also ends
    the sentence, the next sentence starting at text[at] ("...arrived at 9 a.m.
    “We are ready,” she said."): it does before an opening quotation mark or
    a capitalised sentence opener or subject pronoun (`The`, `But`, `He`), and
    after `a.m.`/`p.m.` before any capitalised word that does not go on the
    time (`goes_on_after_clock`: `9 a.m. Tuesday`, `10 p.m. EDT`). A surname
    after initials (`C.W. Nance`) or a noun after `U.S.` (`U.S. Army`) goes
    on the sentence; so does every stop of a title or a single initial
    (`Sen.`, `J. Doe`)."""
    if not INITIALISM.fullmatch(abbreviation):
        return False
    if text.startswith(tuple(OPENING_MARKS), at):
        return True
    word = WORD.match(text, at)
    if word is None or not word[0][0].isupper():
        return False
    low = word[0].lower()
    if low in lex.openers or low in SUBJECTS:
        return True
    return abbreviation.islower() and not goes_on_after_clock(text, at)
