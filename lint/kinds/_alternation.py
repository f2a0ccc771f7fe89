"""A `tokens:` list (the existence kind's house words) as one compiled
alternation: each token checked and named alone, then joined so that each
means there what it means alone (`regex_join`). `key_pattern` is the one
reading of a literal phrase (a `substitution` key, an `existence` token)
whose spaces match a line wrap (nu28 #7, nu68 #3)."""
from __future__ import annotations

from .. import rx as regex

from ..regex_join import alternation, over_limit
from ..value_words import shown
from .base import OptionError, compile_pattern

# Is a key or token written as a regex? Yes with any of these, else a literal phrase (a `.` is allowed: `St. Louis`).
_WRITTEN_AS_REGEX = regex.compile(r"[\\\[\](){}*+?|^$]")
_INNER_SPACES = regex.compile(r"(?<=\S) +(?=\S)")


def key_pattern(key: str) -> tuple[str, bool]:
    """The swap key or token as it is matched, and whether it is a literal
    phrase (no regex syntax but `.`), whose inner spaces then match as
    `\\s+`: any run of white space in the part, an editor's line wrap in
    one paragraph too."""
    if _WRITTEN_AS_REGEX.search(key):
        return key, False
    return _INNER_SPACES.sub(_spaces, key), True


def _spaces(match) -> str:
    """`\\s+`, given as a function: a template with a backslash would have
    `regex`'s engine import the package to read it (`rx`)."""
    return r"\s+"


def literal_text(key: str) -> str:
    """The key or token as `_literals` reads its literals: a literal phrase
    with one space between its words, as `_literals.holding` looks for it
    in a text whose runs of white space are read as one space."""
    return key if _WRITTEN_AS_REGEX.search(key) else _INNER_SPACES.sub(" ", key)


def word_alternation(key: str, tokens: list[str], ignorecase: bool, nonword: bool) -> "regex.Pattern":
    """One compiled alternation over `tokens`, each meaning what it does alone (`regex_join`),
    bounded by non-word characters (not `\\b`: `U.S.` ends in punctuation); a bad token, or the
    one where their counted repeats add up past the limit, is named at its item."""
    flags = regex.IGNORECASE if ignorecase else 0
    for i, tok in enumerate(tokens):
        compile_pattern(key, tok, at=(key, i), empty_ok=False)  # name the bad token, not the alternation
    if (over := over_limit(tokens, flags)) is not None:
        raise OptionError(key, f"the tokens up to {shown(tokens[over[0]])} together: {over[1]}", (key, over[0]))
    body = alternation(tokens, flags)
    return compile_pattern(key, body if nonword else rf"(?<!\w){body}(?!\w)", flags, sized=True)
