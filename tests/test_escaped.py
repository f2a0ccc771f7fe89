"""`word_patterns.escaped` is `regex.escape` with a short cut for a word of letters
and digits alone: it must give the same string for every text, so every
alternation built from the word lists (`phrase_alternation`) is the pattern,
and the rule-set cache key, it was (pf32)."""
from __future__ import annotations

import regex

from lint.analysis.verb_group import words as tense_words
from lint.analysis.word_patterns import escaped, phrase_alternation
from lint.rule_cache import load_data


def _entries() -> list[str]:
    """Every string of the word lists the alternations are built from."""
    found: list[str] = []

    def walk(value) -> None:
        if isinstance(value, dict):
            for v in value.values():
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)
        elif isinstance(value, str):
            found.append(value)

    for name in ("attribution.yaml", "dates.yaml", "names.yaml", "plain_text.yaml", "tense.yaml",
                 "titles.yaml", "credits.yaml"):
        walk(load_data(name))
    return found


def test_every_character_escapes_as_regex_escapes_it():
    for code in range(0x3000):
        c = chr(code)
        assert escaped(c) == regex.escape(c), repr(c)
    for c in ("\u3000", "\u2028", "\u2029", "\u205f", "\ufeff", "\U0001d7d8", "\U00020000"):
        assert escaped(c) == regex.escape(c), repr(c)


def test_word_list_entries_escape_as_regex_escapes_them():
    entries = _entries()
    assert len(entries) > 500
    assert any(e.isalnum() for e in entries) and any(not e.isalnum() for e in entries)
    for entry in entries:
        assert escaped(entry) == regex.escape(entry), entry


def test_phrase_alternation_is_the_pattern_regex_escape_builds():
    phrases = ["U.S.", "called off", "called", "a+b", "per cent", "naïve", "2024", "co-chair"]
    by_hand = "|".join(regex.escape(p).replace("\\ ", r"\s+")
                       for p in sorted(phrases, key=lambda p: (-len(p), p)))
    assert phrase_alternation(phrases) == by_hand
    assert r"U\.S\." in by_hand and r"called\s+off" in by_hand


def test_tense_words_are_the_lowered_entries():
    data = load_data("tense.yaml")
    got = tense_words()
    assert set(got) == set(data)
    for key, values in data.items():
        assert got[key] == frozenset(str(v).lower() for v in values)
