"""Quick tests that let a kind skip its pattern must never skip a match: on
random text over a tricky alphabet, wherever the pattern matches, the quick
test says "maybe"; on plain prose without a match it says no (or it would
save nothing)."""
from __future__ import annotations

import random

import pytest

from lint.config import Config
from lint.engine import active_rules
from lint.kinds.repetition import _QUOTE_OPENS, may_repeat

# ASCII in both cases, apostrophes, line breaks and tabs, and characters
# outside the quick alphabet (accents, sharp s, the Kelvin sign and long s,
# which match k and s case-insensitively, a combining mark, an underscore).
ALPHABET = ["a", "A", "b", "B", "k", "s", "S", "1", "'", "’", " ", " ", " ", "\t", "\n", "\r\n",
            "-", "_", ".", ",", "“", "”", "é", "É", "ß", "\u212a", "\u017f", "\u0301", "\xa0", "£", "€"]


def _rule(rid):
    return next(r for r in active_rules(Config()) if r.id == rid)


@pytest.mark.parametrize("seed", range(4))
def test_may_repeat_never_misses_a_doubled_word(seed):
    pattern = _rule("hygiene.doubled-word").checker.pattern
    rng = random.Random(seed)
    found = 0
    for _ in range(3000):
        text = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 8)))
        if rng.random() < 0.5:                  # a word again, its case changed here and there
            word = text.split()[-1] if text.split() else text
            again = "".join(c.swapcase() if rng.random() < 0.3 else c for c in word)
            text += rng.choice([" ", "\t", "\n", " \n "]) + again + rng.choice(ALPHABET)
        if pattern.search(text):
            found += 1
            assert may_repeat(text), repr(text)
    assert found > 150            # the alphabet makes matches common enough to test


@pytest.mark.parametrize("text,expected", [
    ("The council voted to raise taxes.", False),
    ("“We waited,” Ruiz said—twice, on Tuesday.", False),
    ("Fares rose to £5 and then €6 on Tuesday.", False),   # currency signs are in the quick alphabet
    ("The the council voted.", True),
    ("It rose to\nto 5%.", True),
    ("It was x'a 'a day.", True),
    ("Café café", True),            # outside the quick alphabet: the pattern decides
])
def test_may_repeat_on_prose(text, expected):
    assert may_repeat(text) is expected
    if not expected:
        assert not _rule("hygiene.doubled-word").checker.pattern.search(text)


def test_an_opening_apostrophe_is_found_where_it_stands():
    # `_QUOTE_OPENS` is written apostrophe first for `re`'s fast search; it finds the
    # first apostrophe with no word character or apostrophe right before it (or none)
    rng = random.Random(36)
    for _ in range(20000):
        low = bytes(rng.choice(b"ab0' \n-") for _ in range(rng.randint(0, 8)))
        first = next((i for i, c in enumerate(low)
                      if c == ord("'") and (i == 0 or low[i - 1] not in b"abcdefghijklmnopqrstuvwxyz0123456789'")),
                     None)
        m = _QUOTE_OPENS.search(low)
        assert (m.start() if m else None) == first, low


def test_tense_tokens_are_the_word_pattern_s_words_and_the_commas_before_them():
    from lint.analysis.clause_words import WORD, tokens as _tokens

    def reference(text, a, b, limit):
        words, commas, last = [], [], a
        for m in WORD.finditer(text, a, b):
            words.append(m.group())
            commas.append("," in text[last:m.start()])
            last = m.end()
            if len(words) == limit:
                break
        return words, commas

    rng = random.Random(5)
    chars = list("ab_,-'’ 1é\u0301²\n.")
    for _ in range(3000):
        text = "".join(rng.choice(chars) for _ in range(rng.randint(0, 15)))
        a = rng.randrange(len(text) + 1)
        b, limit = rng.randrange(a, len(text) + 1), rng.choice([0, 1, 2])
        assert _tokens(text, a, b, limit) == reference(text, a, b, limit), (text, a, b, limit)
    assert _tokens("Then, on May 5, it rose", 0, 23) == (
        ["Then", "on", "May", "5", "it", "rose"], [False, True, False, False, True, False])


CAPTION_PIECES = ["(", ")", "[", "]", "AP Photo", "/", "Jane Doe", "Getty Images", " ", "  ", "(2)",
                  "(AP)", ".", "Photo:", " via ", "Reuters", ", file", ",", "\n", "©", "12", "speaks",
                  "Courtesy of", "Marta Quinn", "(Reuters)", "(Jane Doe/AFP)", "Iraqi News photo"]


@pytest.mark.parametrize("seed", range(3))
def test_may_trail_never_rules_out_a_trailing_credit(seed):
    from lint.analysis.credit_grammar import grammar
    from lint.analysis.credits import may_trail
    trailing = grammar().trailing
    rng = random.Random(seed)
    found = ruled_out = 0
    for _ in range(400):
        text = "".join(rng.choice(CAPTION_PIECES) for _ in range(rng.randint(1, 7)))
        for pos in range(len(text) + 1):
            if trailing.match(text, pos):
                found += 1
                assert may_trail(text, pos), (text, pos)
            elif not may_trail(text, pos):
                ruled_out += 1
    assert found > 100 and ruled_out > 100      # both answers occur


def test_may_trail_on_captions():
    from lint.analysis.credits import may_trail
    text = "Hugo Ferreira speaks at the hearing. (AP Photo/Marta Quinn)"
    assert not may_trail(text, 0) and may_trail(text, text.index("(")) and may_trail(text, 36)
    assert may_trail("Fans cheer. Getty Images (2)", 0)          # a closing count
    assert not may_trail("Fans (left) cheer. Getty Images", 0)


@pytest.mark.parametrize("seed", range(2))
def test_a_bare_credit_never_holds_a_bracket(seed):
    from lint.analysis.credit_grammar import grammar
    bare = grammar().bare
    rng = random.Random(seed)
    found = 0
    for _ in range(1500):
        pieces = [rng.choice(["Jane Doe", "JANE DOE", "Handout", "©", "smolaw11"]), "/",
                  rng.choice(["Getty Images", "AFP", "Reuters", "The Daily Herald"])]
        for _ in range(rng.randint(0, 3)):
            pieces.insert(rng.randrange(len(pieces) + 1), rng.choice(CAPTION_PIECES))
        text = "".join(pieces).strip()
        if bare.match(text):
            found += 1
            assert "(" not in text, text
    assert found > 20
    assert bare.match("Jane Doe/Getty Images") and not bare.match("Jane Doe/Getty Images (2)")


# Pieces of possessive attributions ("in Bolton’s view", "in the words of"),
# the letters `regex` matches to ASCII ones case-insensitively (İ, ſ, the
# Kelvin sign) and near misses.
POSSESSIVE_PIECES = ["in", "In", "IN", "by", "the", " ", "  ", "\n", "Bolton’s", "Forbes'", "his", "HER",
                     "own", "view", "VIEW", "Views", "words", "WORDS", "wordſ", "İn", "vİew", "telling",
                     "account", "estimation", "opinion", "judgment", "judgement", "of", "Reid", "(probably",
                     "trademarked)", "wise", "\x00", "said", "K", "\u212a"]


@pytest.mark.parametrize("seed", range(4))
def test_may_be_possessive_never_misses_a_possessive_attribution(seed):
    from lint.analysis.speech_cues import lexicon, may_be_possessive
    lex = lexicon()
    rng = random.Random(seed)
    found = 0
    for _ in range(4000):
        frame = " ".join(rng.choice(POSSESSIVE_PIECES) for _ in range(rng.randint(1, 7)))
        if lex.possessive.search(frame):
            found += 1
            assert may_be_possessive(frame, lex), repr(frame)
    assert found > 40
    assert not may_be_possessive("The mayor said on Tuesday that the vote \x00 would pass.", lex)


# Pieces a wire dateline is made of, and some that come close: places in capitals
# and title case, states, dates, agencies, distributors, dashes and slashes.
_DATELINE_PIECES = ["WASHINGTON", "SALT LAKE CITY", "RIO DE JANEIRO", "Sydney", "Harbor City", "Fort Worth",
                    "Ann Arbor", "Portland", "Maine", "Mich.", "N.Y.", "Calif.", "Tom Smith", "On Tuesday",
                    "Mayor Alma Reyes", "É", "Ñu", "O'NEILL", "Nov. 12", "March 3", "March 3, 2026",
                    "Sept. 30", "(AP)", "(Reuters)", "(ap)", "(Courier)", "/PRNewswire/", "--(BUSINESS WIRE)",
                    "--(BUSINESS WIRE - Nov. 18, 2025)", "(Nov. 12)", ",", ", ", " ", "  ", "\n", " -", " --",
                    " — ", "–", "-", "--", " / ", "/", "said", "the council", "7-2", "(", ")", ".", "'s", "x"]


@pytest.mark.parametrize("seed", range(4))
def test_dateline_quick_test_never_misses_a_dateline(seed):
    from lint.readers.patterns import WIRE_DATELINE, dateline_match
    rng = random.Random(seed)
    found = 0
    for _ in range(4000):
        text = "".join(rng.choice(_DATELINE_PIECES[:16] if k == 0 and rng.random() < 0.6 else _DATELINE_PIECES)
                       for k in range(rng.randint(1, 7)))       # (most open with a place)
        text += rng.choice([" The council met.", "", " ", "\n", "-- Officials said"])
        full, quick = WIRE_DATELINE.match(text), dateline_match(text)
        assert (quick and quick.span(), quick and quick.groupdict()) == \
            (full and full.span(), full and full.groupdict()), repr(text)
        found += full is not None
    assert found > 60             # the pieces make datelines common enough to test (90-140 a seed)


@pytest.mark.parametrize("text", [
    "WASHINGTON (AP) — The Senate voted.",
    "SALT LAKE CITY — The Senate voted.",
    "Sydney, March 3 - The council met.",
    "Portland, Maine, Nov. 12 -- The council met.",
    "Lincoln, Neb. (AP) — The council met.",
    "NEW YORK--(BUSINESS WIRE)--Acme said.",
    "MILLBROOK, Ohio, Nov. 18, 2025 /PRNewswire/ -- Acme said.",
])
def test_dateline_quick_test_passes_datelines(text):
    from lint.readers.patterns import WIRE_DATELINE, dateline_match
    assert WIRE_DATELINE.match(text) is not None
    assert dateline_match(text).span() == WIRE_DATELINE.match(text).span()


@pytest.mark.parametrize("text", [
    "Mayor Alma Reyes said the budget would be reviewed in Portland on Monday.",
    "The council voted 7-2 on March 3 to approve the budget, which costs $4 million.",
    "Officials in the city will meet again in April to discuss the plan, Reyes said.",
])
def test_dateline_quick_test_skips_prose(text, monkeypatch):
    from lint.readers import patterns
    pattern, calls = patterns.WIRE_DATELINE, []
    monkeypatch.setattr(patterns, "WIRE_DATELINE", type("Spy", (), {"match": staticmethod(
        lambda s: calls.append(s) or pattern.match(s))}))
    # none of the three things every dateline holds: dateline_match never runs the pattern (qa326 LOW)
    assert patterns.dateline_match(text) is None and calls == []
