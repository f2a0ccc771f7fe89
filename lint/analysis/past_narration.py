"""Is a sentence told in the past, as a story's account of an earlier time
goes on ("In December 1976, fire swept through the district. Firefighters
came from as far as Bayport. On Dec. 18, the council met.")? A year written
before such a sentence still frames the next one (`year_carry`, fx106); a
sentence in the present, the present perfect or the future has come back
to the time of publication ("... spent $19 million in 2012. But they have
been organizing teachers for Clinton. ... since the October endorsement").

Each verb cue of the sentence is read as `verb_group.cue` reads it (the
word lists of lint/data/tense.yaml): every one must be past and none a
present perfect (`has`, `have`, `'ve`), and no adverb may bring the time
back to the present (`present_adverbs`: "More recently, Taubman left the
firm"). A sentence with no cue at all (a fragment, a list of names) tells
no time and is not past narration.
"""
from __future__ import annotations

from .apposed_ages import WORD, lowered
from .verb_group import PAST, cue, words

# Auxiliaries of the present perfect: a time reaching up to the present.
_PRESENT_PERFECT = frozenset(("has", "have", "'ve", "’ve", "hasn't", "haven't", "hasn’t", "haven’t"))


def told_in_the_past(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], one sentence, is told in the past: it has a
    verb cue, and each is past and none a present perfect (see the module's
    docstring)."""
    seq = WORD.findall(text, start, end)
    lows = lowered(seq, text.find("‘", start, end) >= 0)
    w = words()
    found = False
    if not w["present_adverbs"].isdisjoint(lows):
        return False
    for i in range(len(seq)):
        tense = cue(seq, lows, i, w)
        if tense is None:
            continue
        if tense.tense != PAST or tense.marker.split(" ", 1)[0] in _PRESENT_PERFECT:
            return False
        found = True
    return found
