"""A quoted allusion in a headline ("Surfer survives ‘Jaws’ moment"): a
film, show or figure the headline compares the story to, which the body
need not name. Split from `headline_names`, which finds the names."""
from __future__ import annotations

from functools import lru_cache

from .. import rx as regex

from .words import tables

# A quoted run of a headline: an opening mark not glued to a word before it,
# up to 60 characters with no other mark of its pair, its closing mark not
# glued to a word after it (‘Jaws’, “Seinfeld”, 'Jaws', "Jaws").
_QUOTED = regex.compile(r"(?<![\p{L}\p{N}])(?:‘(?P<t>[^‘’“”\n]{1,60})’|“(?P<t>[^“”\n]{1,60})”|"
                        r"'(?P<t>[^'\"\n]{1,60})'|\"(?P<t>[^\"\n]{1,60})\")(?![\p{L}\p{N}])")


@lru_cache(maxsize=1)
def _frames() -> tuple[regex.Pattern, regex.Pattern]:
    """(the frame after a closing mark, the frame before an opening mark),
    from titles.yaml's `allusion_after` (unless an `allusion_time_phrases`
    phrase opens there: "moments before crash" is a time, qa409 #1),
    `allusion_suffixes` (hyphened only) and `allusion_before`."""
    t = tables()

    def words(key: str) -> str:
        return "|".join(regex.escape(p).replace(r"\ ", r"\s+") for p in sorted(t[key], key=len, reverse=True))
    end = r"(?![\p{L}\p{N}])"
    return (regex.compile(rf"(?i)(?:[\s\u00a0-](?!(?:{words('allusion_time_phrases')}){end})"
                          rf"(?:{words('allusion_after')}){end}|-(?:{words('allusion_suffixes')}){end})"),
            regex.compile(rf"(?i)(?<![\p{{L}}\p{{N}}])(?:{words('allusion_before')})[\s\u00a0]+$"))


def quoted_allusion(headline: str, start: int, end: int) -> bool:
    """Whether headline[start:end] (a name the body never gives) stands
    inside a quoted run that an allusion frames: a titles.yaml
    `allusion_after` word right after the closing mark ("‘Jaws’ moment"),
    an `allusion_suffixes` word hyphened to it ("‘Jaws’-style") or an
    `allusion_before` phrase right before the opening one ("real-life
    ‘Jaws’", "straight out of ‘Seinfeld’"); "‘Kowalczyk’ moments before
    crash" and "cash out of ‘Kowalczyk’ car" frame nothing (qa409 #1)."""
    after, before = _frames()
    for m in _QUOTED.finditer(headline):
        if m.start("t") <= start and end <= m.end("t"):
            return bool(after.match(headline, m.end()) or before.search(headline, 0, m.start()))
    return False
