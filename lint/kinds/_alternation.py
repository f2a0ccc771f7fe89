"""A `tokens:` list (the existence kind's house words) as one compiled
alternation: each token checked and named alone, then joined so that each
means there what it means alone (`regex_join`)."""
from __future__ import annotations

import regex

from ..regex_join import alternation, over_limit
from ..value_words import shown
from .base import OptionError, compile_pattern


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
