"""White space read as one space, for the literals of a plain phrase (`in
order to`) whose spaces match any run of white space
(`_alternation.key_pattern`): `_literals.holding` looks for such a literal
in the text squeezed, where it stands when the phrase is wrapped."""
from __future__ import annotations

import re

# The ASCII white space `str.isspace` knows (regex's `\s` knows no character it does not:
# checked over every code point), and the rest of it.
_ASCII_SPACES = "\t\n\r\x0b\x0c\x1c\x1d\x1e\x1f"
_OTHER_SPACES = re.compile(r"[^\S\x00-\x7f]")


def squeeze(text: str) -> str:
    """`text` with each run of white space read as one space: where a
    plain phrase's literal ("in order to") is when its spaces, which match
    any run of white space (`_alternation.key_pattern`), stand over a line
    wrap or a no-break space. Read only where needed (`holding`): a 4 KB
    story squeezed costs about three of its scans for a literal."""
    if not text.isascii():
        text = _OTHER_SPACES.sub(" ", text)
    for c in _ASCII_SPACES:
        if c in text:
            text = text.replace(c, " ")
    while "  " in text:
        text = text.replace("  ", " ")
    return text


def spread_words(literals) -> dict[str, str]:
    """literal -> its longest word, for each of `literals` that holds a
    space and no other white space (nor two spaces running), which a plain
    phrase's may stand over a wrap of (`holding`); a text without that word
    holds the literal neither folded nor squeezed."""
    out = {}
    for s in literals:
        if " " in s and "  " not in s and all(c == " " or not c.isspace() for c in s):
            out[s] = max(s.split(" "), key=len)
    return out
