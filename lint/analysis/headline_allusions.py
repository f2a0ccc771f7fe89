"""A quoted allusion in a headline ("Surfer survives ‘Jaws’ moment"): a
film, show or figure the headline compares the story to, which the body
need not name. Split from `headline_names`, which finds the names."""
from __future__ import annotations

from functools import lru_cache

import regex

from .verb_group import cue, nonfinite, words as tense_words
from .words import tables

# A quoted run of a headline: an opening mark not glued to a word before it,
# up to 60 characters with no other mark of its pair, its closing mark not
# glued to a word after it (‘Jaws’, “Seinfeld”, 'Jaws', "Jaws").
_QUOTED = regex.compile(r"(?<![\p{L}\p{N}])(?:‘(?P<t>[^‘’“”\n]{1,60})’|“(?P<t>[^“”\n]{1,60})”|"
                        r"'(?P<t>[^'\"\n]{1,60})'|\"(?P<t>[^\"\n]{1,60})\")(?![\p{L}\p{N}])")


# The word after a closing mark, read when an `allusion_before_last` phrase
# frames the run: a noun there makes the phrase a preposition (qa415 #5).
# A word hyphened to the mark ("‘Kowalczyk’-owned car") or opening with a
# figure ("‘Kowalczyk’ 4x4") is a noun's too (qa423 #10).
_NEXT_WORD = regex.compile(r"(?:[\s\u00a0]+|(?P<hyphen>-))(?P<word>[\p{L}\p{N}][\p{L}\p{N}'’-]*)")


@lru_cache(maxsize=1)
def _frames() -> tuple[regex.Pattern, regex.Pattern]:
    """(the frame after a closing mark, the frame before an opening mark),
    from titles.yaml's `allusion_after` (unless an `allusion_time_phrases`
    phrase opens there: "moments before crash" is a time, qa409 #1),
    `allusion_suffixes` (hyphened only) and `allusion_before`, whose
    `allusion_before_last` phrases are group `last`."""
    t = tables()

    def words(key: str) -> str:
        return "|".join(regex.escape(p).replace(r"\ ", r"\s+") for p in sorted(t[key], key=len, reverse=True))
    end = r"(?![\p{L}\p{N}])"
    return (regex.compile(rf"(?i)(?:[\s\u00a0-](?!(?:{words('allusion_time_phrases')}){end})"
                          rf"(?:{words('allusion_after')}){end}|-(?:{words('allusion_suffixes')}){end})"),
            regex.compile(rf"(?i)(?<![\p{{L}}\p{{N}}])(?:(?P<last>{words('allusion_before_last')})"
                          rf"|{words('allusion_before')})[\s\u00a0]+$"))


def quoted_allusion(headline: str, start: int, end: int) -> bool:
    """Whether headline[start:end] (a name the body never gives) stands
    inside a quoted run that an allusion frames: a titles.yaml
    `allusion_after` word right after the closing mark ("‘Jaws’ moment"),
    an `allusion_suffixes` word hyphened to it ("‘Jaws’-style") or an
    `allusion_before` phrase right before the opening one ("real-life
    ‘Jaws’", "straight out of ‘Seinfeld’"); "‘Kowalczyk’ moments before
    crash" and "cash out of ‘Kowalczyk’ car" frame nothing (qa409 #1), nor
    does an `allusion_before_last` phrase with a noun after the closing
    mark ("cash right out of ‘Kowalczyk’ car", qa415 #5)."""
    after, before = _frames()
    for m in _QUOTED.finditer(headline):
        if m.start("t") <= start and end <= m.end("t"):
            if after.match(headline, m.end()):
                return True
            frame = before.search(headline, 0, m.start())
            return frame is not None and not (frame["last"] and _noun_after(headline, m.end(), frame.start()))
    return False


def _noun_after(headline: str, at: int, frame: int) -> bool:
    """True when a word other than a titles.yaml `stopwords` one follows
    headline[at:] (the closing mark), and no verb (`_verb_after`), or one
    hyphened to it: "‘Kowalczyk’ car", "‘Kowalczyk’ 4x4", "‘Kowalczyk’-owned", not "‘Jaws’ as shark circles", "‘Jaws’ spotted off Cape Cod" or the
    headline's end (`frame`: where the framing phrase opens)."""
    word = _NEXT_WORD.match(headline, at)
    return word is not None and word["word"].lower() not in tables()["stopwords"] and \
        (word["hyphen"] is not None or not _verb_after(headline, word.start("word"), frame))


_TOKEN = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’.-]*")


def _verb_after(headline: str, at: int, frame: int) -> bool:
    """Whether the word at headline[at] is the headline's verb, its subject
    the framed allusion (qa423 #5): a verb form the tense cues read
    (`verb_group.cue`: "‘Jaws’ spotted off", an -ing form aside, a noun as
    often), or a third-person form in -s before another word that is no
    verb, when no verb stands before the frame ("Shark straight out of
    ‘Jaws’ circles surfer", "Scene ... unfolds off Cape Cod"; not "Crowd
    spills straight out of ‘Kowalczyk’ rally" nor a plural at the end)."""
    w = tense_words()
    tokens = list(_TOKEN.finditer(headline))
    seq = [t[0] for t in tokens]
    lows = [t.lower() for t in seq]
    i = next((k for k, t in enumerate(tokens) if t.start() == at), None)
    if i is None:
        return False

    def verb(k: int) -> bool:
        tense = cue(seq, lows, k, w)
        return tense is not None and not nonfinite(tense, lows[k])
    if verb(i):
        return True
    low = lows[i]
    if not (low.endswith("s") and not low.endswith(("ss", "us", "is")) and i + 1 < len(seq)) or verb(i + 1):
        return False
    before = [k for k, t in enumerate(tokens) if t.end() <= frame]
    return not any(verb(k) or k > 0 and lows[k].endswith("s") and not lows[k].endswith(("ss", "us", "is"))
                   for k in before)
