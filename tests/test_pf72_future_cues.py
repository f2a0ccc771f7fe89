"""pf72: `future_cues`' cue pattern, written one branch per first character
(`_by_first_character`) so `re` skips to the places a cue can start, finds
what the plain alternation (a look-behind first, tried at every character)
finds: the shipped word lists and a newsroom's extended ones (a phrase with
a space, a hyphen, an empty entry), on hand cases and on random runs of cue
pieces, letters, figures and marks."""
import random
import re

import pytest

from lint.analysis import future_cues
from lint.analysis.verb_group import words
from lint.analysis.word_patterns import phrase_alternation

L = future_cues._LETTER


def _plain(w) -> re.Pattern:
    """The alternation as future_cues wrote it before pf72."""
    alone = w["future"] | w["ahead_modifiers"] | {"now"}
    leads = w["copula_present"] | w["copula_past"] | {"going", "about"}
    word = lambda group: rf"(?<!{L})(?:{phrase_alternation(group)})(?!{L})"
    endings = w["contracted_copula_endings"] | {e.replace("’", "‘") for e in w["contracted_copula_endings"]}
    lead = rf"(?:{word(leads)}|(?:{phrase_alternation(endings)})(?!{L}))"
    return re.compile(rf"{word(alone)}|(?:['’ʼ]|(?<!{L}))ll(?!{L})|{lead}[\W_]*to(?!{L})")


def _cue(monkeypatch, w) -> re.Pattern:
    monkeypatch.setattr(future_cues, "words", lambda: w)
    future_cues._patterns.cache_clear()
    try:
        return future_cues._patterns()[0]
    finally:
        future_cues._patterns.cache_clear()


PIECES = ["will", "shall", "'ll", "’ll", "ʼll", "‘ll", "ll", " ", "  ", "is", "to", "'s", "‘s", "’re", "now",
          "x", "k", "1", "_", "-", ".", "going", "about", "tomorrow", "\n", "won't", "é", "wo", "next week",
          "next\tweek", "is\tto", "a", "up-coming", "set to", "S"]
HAND = ["", "will", "swill", "william", "he'll go", "he ll go", "charles ll", "is to", "this to", "isto",
        "is _ to", "is 1 to", "going  to", "the board's to", "board’s\nto", "now", "known", "nowhere",
        "_will_", "1will", "éwill", "willé", "next week", "next\n week", "up-coming"]


@pytest.mark.parametrize("extended", [False, True])
def test_same_cues_as_the_plain_alternation(monkeypatch, extended):
    w = {k: set(v) for k, v in words().items()}
    if extended:        # a newsroom's own entries: phrases, a hyphen, an empty one
        w["ahead_modifiers"] |= {"next week", "up-coming", "set to"}
        w["future"] |= {""}
        w["copula_present"] |= {"stands"}
    plain, fast = _plain(w), _cue(monkeypatch, w)
    rnd = random.Random(72)
    texts = HAND + ["".join(rnd.choice(PIECES) for _ in range(rnd.randint(1, 7))) for _ in range(20000)]
    differ = [t for t in texts if bool(plain.search(t)) != bool(fast.search(t))]
    assert differ == []
    assert any(plain.search(t) for t in texts)
    assert extended or not all(plain.search(t) for t in texts)     # (an empty entry is a cue anywhere)
