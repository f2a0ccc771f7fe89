"""Words as Vale's spelling check sees them, with their offsets.

Vale splits text at white space, then peels opening characters (`$ ( " [ '`)
and closing ones (`, ) " ] ! ; . ? : '`) off each piece one at a time,
keeps dotted abbreviations (`U.S.`, `Mr.`) whole, and drops pieces with no
letter. Curly quotes count as straight ones.
"""
from __future__ import annotations

from .. import rx as regex

_PIECE = regex.compile(r"\S+")
_SPECIAL = regex.compile(r"^(?:[A-Za-z]\.){2,}$|^[A-Z][a-z]{1,2}\.$")
_PREFIXES = "$(\"['"
_SUFFIXES = ",)\"]!;.?:'"
_SANITIZE = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'"})


def tokenize(text: str) -> list[tuple[int, int, str]]:
    """(start, end, word) for each word of `text`, offsets into `text`."""
    clean = text.translate(_SANITIZE)
    out: list[tuple[int, int, str]] = []
    for m in _PIECE.finditer(clean):
        s, e = m.span()
        while s < e:
            token = clean[s:e]
            if _SPECIAL.match(token):
                break
            if len(token) > 1 and token[0] in _PREFIXES:
                s += 1
            elif len(token) > 1 and token[-1] in _SUFFIXES:
                e -= 1
            else:
                break
        if s < e and any(ch.isalpha() for ch in clean[s:e]):
            out.append((s, e, clean[s:e]))
    return out
