"""Whether the full stop of a run of initials (`U.S.`, `a.m.`, `C.W.`) also
ends the sentence. `quote_sentences` asks it of each stop it splits a part
at (`initialism_ends`) and the plain-text reader's subhead test
(`readers._conventions`) asks it of a clock time's `p.m.` (`goes_on_after_clock`),
so both read `4 p.m. Tuesday` as one sentence and `4 p.m. Tuesday’s meeting`
as two. Word lists: `time_followers`, `time_speech_verbs` and
`time_follower_names` in `lint/data/attribution.yaml`."""
from __future__ import annotations

from functools import lru_cache

from .. import rx as regex

from .speech_cues import WORD, Lexicon, lowered

__all__ = ["INITIALISM", "goes_on_after_clock", "initialism_ends", "time_followers"]

# A run of initials with their full stops: the last stop may end the sentence as well.
INITIALISM = regex.compile(r"(?:\p{L}\.){2,}")
OPENING_MARKS = "\"'\u201c\u2018"
SUBJECTS = frozenset({"i", "he", "she", "we", "they", "it", "you"})
# The word after a time follower, spaces before it (`Sunday said`, `Central Maine`).
_NEXT = regex.compile(r"\s+(\p{L}[\p{L}'\u2019-]*)")


@lru_cache(maxsize=None)
def time_followers() -> frozenset[str]:
    """The words that go on a sentence after `a.m.` or `p.m.`, lowercased (`time_followers`)."""
    return lowered("time_followers")


@lru_cache(maxsize=None)
def _after_followers() -> tuple[frozenset[str], frozenset[str]]:
    """(`time_speech_verbs`, `time_follower_names`), lowercased."""
    return lowered("time_speech_verbs"), lowered("time_follower_names")


def goes_on_after_clock(text: str, at: int) -> bool:
    """Whether the capitalised word at text[at], right after a clock time's
    `a.m.` or `p.m.`, goes on that time's sentence: a weekday, a month or a
    time zone (`time_followers`: `9 a.m. Tuesday`, `10 p.m. EDT`) that owns
    nothing (`4 p.m. Tuesday’s meeting` opens a sentence: qa230 #1), is no
    name before a speech verb (`4 p.m. May said`: `time_follower_names`,
    `time_speech_verbs`; a weekday is never a speaker, so `a spokesman at 10
    a.m. Thursday said` goes on: qa235 #1). A zone word always goes on
    (no split before it): `4 p.m. Central Maine Power said` is read as one sentence, since
    nothing in the words tells it from `the 7 p.m. Eastern Michigan game` or
    `9 p.m. Eastern Mon–Fri` (qa230 #2 open; the split was taken back after
    qa247 #1-#3)."""
    word = WORD.match(text, at)
    if word is None:
        return False
    low = word[0].lower().rstrip(".")
    if low not in time_followers():
        return False
    nxt = _NEXT.match(text, word.end())
    if nxt is None:
        return True
    speech, names = _after_followers()
    return not (low in names and nxt[1].lower() in speech)


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
