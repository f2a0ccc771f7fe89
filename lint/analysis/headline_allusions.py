"""A quoted allusion in a headline ("Surfer survives ‘Jaws’ moment"): a
film, show or figure the headline compares the story to, which the body
need not name. Split from `headline_names`, which finds the names."""
from __future__ import annotations

from functools import lru_cache

import regex

from .words import tables

# A quoted run of a headline: an opening mark not glued to a word before it,
# up to 60 characters with no other mark of its pair, its closing mark not
# glued to a word after it (‘Jaws’, “Seinfeld”, 'Jaws', "Jaws").
_QUOTED = regex.compile(r"(?<![\p{L}\p{N}])(?:‘(?P<t>[^‘’“”\n]{1,60})’|“(?P<t>[^“”\n]{1,60})”|"
                        r"'(?P<t>[^'\"\n]{1,60})'|\"(?P<t>[^\"\n]{1,60})\")(?![\p{L}\p{N}])")


# The word after a closing mark, read when an `allusion_before_last` phrase
# frames the run: a noun there makes the phrase a preposition (qa415 #5).
_NEXT_WORD = regex.compile(r"[\s\u00a0]+(\p{L}[\p{L}'’-]*)")


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
            return frame is not None and not (frame["last"] and _noun_after(headline, m.end()))
    return False


def _noun_after(headline: str, at: int) -> bool:
    """True when a word other than a titles.yaml `stopwords` one follows
    headline[at:] (the closing mark): "‘Kowalczyk’ car", not "‘Jaws’ as
    shark circles" or the headline's end."""
    word = _NEXT_WORD.match(headline, at)
    return word is not None and word[1].lower() not in tables()["stopwords"]
