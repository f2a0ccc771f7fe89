"""The no-break spaces a reader takes for plain ones, in one place.

A CMS keeps words together with a no-break space ("Sen.&nbsp;Carl",
"Photo&nbsp;by"); a page shows it as a space, and the word lists that the
names and the credits readers match hold plain spaces. The three are U+00A0
(no-break), U+202F (narrow no-break, French copy) and U+2007 (figure space,
"10\u2007000"). `plain_spaces` gives the text one character for one, so
offsets do not move: names (`name_wraps.flat`) and credits
(`credit_flatten.flatten`) read the same set."""
from __future__ import annotations

__all__ = ["NO_BREAK_SPACES", "plain_spaces"]

NO_BREAK_SPACES = "\u00a0\u202f\u2007"
_TO_SPACE = str.maketrans(NO_BREAK_SPACES, " " * len(NO_BREAK_SPACES))


def plain_spaces(text: str) -> str:
    """`text` with each no-break space (`NO_BREAK_SPACES`) a plain space, one
    character for one; `text` itself when it has none."""
    if any(c in text for c in NO_BREAK_SPACES):
        return text.translate(_TO_SPACE)
    return text
