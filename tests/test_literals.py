"""lint/kinds/_literals.py: the plain strings that let `existence` skip a
document. A literal set that misses a match would silently drop findings,
so every claim is checked against the `regex` engine itself."""
from __future__ import annotations

import random

import pytest
import regex

from lint import lint_text
from lint.config import Config
from lint.kinds.existence import Existence
from lint.kinds._literals import any_required, fold, required


@pytest.mark.parametrize("token,expected", [
    ("advertisement", {"advertisement"}),
    ("leave a (?:reply|comment)", {"leave a "}),
    ("(?:story|article) continues below", {" continues below"}),
    ("related articles?:", {"related article"}),
    ("X{2,}", {"xx"}),
    ("TK(?:TK)*", {"tk"}),
    ("ab+c", {"ab"}),
    ("a|bc", {"a", "bc"}),
    ("(?:PHOTO )?(?:CAPTION|CREDIT) HERE", {"caption", "credit"}),
    (r"(?i:\[?to come\]?)(?=\s*[\])])", {"to come"}),
    (r"U\.S\.", {"u.s."}),
    (r"\bGOP\b", {"gop"}),
    (r"(?P<w>abc)d", {"abc"}),
    ("café", {"caf"}),                       # literals are ASCII only
])
def test_required_literals(token, expected):
    assert required(token) == frozenset(expected)


@pytest.mark.parametrize("token", [
    "(?x)a b",                  # verbose: spaces are not literals
    "(?f)strasse",              # full case folding: "ß" matches "ss"
    "(?V1)a[[b]]",              # version 1 sets
    "[[:alpha:]]x",
    "a{",                       # a brace regex reads as a literal: not guessed
    r"x\u0041bc",               # an escape with an argument
    "(?P<n>abc)(?P=n)",
    "ab(cd",
    r"\p{Lu}+",                 # no literal at all
    "(?:a)?b?",
])
def test_beyond_the_reader_or_without_literals_is_none(token):
    assert required(token) is None


def test_one_token_without_literals_turns_the_test_off():
    assert any_required(["advertisement", r"\p{Lu}{3}"]) is None
    assert any_required(["advertisement", "tk"]) == {"advertisement", "tk"}


def test_any_required_drops_literals_that_hold_another():
    # a text holding "lorem ipsum dolor" holds "lorem ipsum": one scan is enough
    assert any_required(["lorem ipsum dolor", "Lorem ipsum", "sit amet"]) == {"lorem ipsum", "sit amet"}
    assert any_required(["(?:PHOTO )?CREDIT", "photo credit"]) == {"credit"}


def test_fold_maps_every_character_regex_matches_to_an_ascii_letter():
    # Every code point that `regex` matches to an ASCII letter, case-insensitively.
    chars = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    found = set(regex.findall("[a-z]", chars, regex.IGNORECASE | regex.VERSION0))
    assert len(found) > 52                   # the Kelvin sign, the long s, dotted I
    for c in found:
        folded = fold(c)
        assert len(folded) == 1 and folded.isascii() and folded.isalpha(), hex(ord(c))
        assert regex.fullmatch(folded, c, regex.IGNORECASE | regex.VERSION0)


def test_fold_maps_every_character_an_ascii_literal_matches():
    # A literal letter is no set: `regex` matches a capital I to the dotless
    # i (U+0131), which `[a-z]` above never finds, so try each letter alone.
    chars = "".join(chr(c) for c in range(128, 0x110000) if not 0xD800 <= c < 0xE000)
    for letter in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ":
        for c in regex.findall(letter, chars, regex.IGNORECASE | regex.VERSION0):
            assert fold(c) == letter.lower(), (letter, hex(ord(c)))


def test_a_capital_literal_still_finds_its_dotless_i():
    kind = _existence(["Iran"])
    assert kind.literals == {"iran"}
    text = "The \u0131ran talks"
    assert kind.pattern.search(text)
    assert any(lit in fold(text) for lit in kind.literals)


def _existence(tokens, ignorecase=True):
    return Existence("t.r", {"tokens": tokens, "ignorecase": ignorecase, "nonword": False,
                             "exceptions": []}, trusted=True)


def test_a_match_always_holds_a_literal_random_texts():
    """Random texts built from the tokens' own pieces, odd case and the three
    non-ASCII look-alikes: wherever the pattern matches, a literal is in the
    folded text."""
    tokens = ["leave a (?:reply|comment)", "related articles?:", "X{2,}", "TK(?:TK)*",
              "(?:PHOTO )?(?:CAPTION|CREDIT) HERE", r"\[(?:\p{Lu}{2,}|TK)\]", "sign up"]
    pieces = ["leave", " a ", "reply", "comment", "related", "article", "s", ":", "x", "X",
              "tk", "TK", "photo ", "caption", "credit", " here", "[", "]", "sign", " up",
              "\u017f", "\u212a", "\u0130", " ", "."]
    rng = random.Random(5)
    for ignorecase in (True, False):
        kind = _existence(tokens, ignorecase)
        assert kind.literals is not None
        matched = 0
        for _ in range(3000):
            text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 8)))
            text = "".join(c.upper() if rng.random() < 0.3 else c for c in text)
            if kind.pattern.search(text):
                matched += 1
                assert any(lit in fold(text) for lit in kind.literals), text
        assert matched > 100


def test_boilerplate_written_with_a_long_s_is_still_found():
    # "ſ" (U+017F) matches "s" case-insensitively; the skip test must not drop it.
    config = Config(select=("hygiene.boilerplate",))
    found = lint_text("Vote\n\nThe council met.\n\n\u017fhare this \u017ftory\n", "a.txt",
                      config=config)
    assert [(d.rule, d.line, d.column) for d in found] == [("hygiene.boilerplate", 5, 1)]


def test_parts_folded_apart_and_joined_are_the_text_joined_and_folded():
    """`folded_parts` folds each part once per document; joined, the same
    text as folding the parts' texts joined (ASCII parts beside others, a
    dotted capital I whose lowering grows, letters dropped), and a part whose
    text was replaced is folded anew."""
    from lint.document import Document, Part
    from lint.kinds._literals import folded_parts

    def folded(doc, parts):
        return "".join(folded_parts(doc, parts))

    pieces = ["Leave", " A ", "reply", "\u0130", "\u0131", "\u017f", "\u212a", "é", "ß", "Σ",
              "“", "”", "\u0301", "x", "TK", " ", "\n"]
    rng = random.Random(7)
    for _ in range(300):
        texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))
                 for _ in range(rng.randint(1, 5))]
        parts = [Part("paragraph", t, [(0, 0)], index=i) for i, t in enumerate(texts)]
        doc = Document(path="a.txt", source="", format="text", parts=parts)
        assert folded(doc, parts) == fold("".join(texts))
        assert folded(doc, parts[::-1]) == fold("".join(texts[::-1]))     # from the cache
        parts[0] = Part("paragraph", texts[0] + "TK", [(0, 0)], index=0)
        assert folded(doc, parts) == fold("".join([texts[0] + "TK"] + texts[1:]))


def test_holding_keeps_exactly_the_parts_whose_fold_holds_a_literal():
    """`holding` tests the document's text, then each part for the literals
    found there: the parts it keeps are those whose own folded text holds a
    literal, in order, and none when no part does (a literal split across two
    parts' joined texts keeps neither)."""
    from lint.document import Document, Part
    from lint.kinds._literals import holding

    pieces = ["to ", "come", "TK", "\u017f", "x", "X", " ", "\n", "[", "é", "leave a ", "Leave A "]
    literals = frozenset({"to come", "tk", "xx", "[", "leave a "})
    rng = random.Random(11)
    kept_some = split_only = 0
    for _ in range(400):
        texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 5)))
                 for _ in range(rng.randint(1, 6))]
        parts = [Part("paragraph", t, [(0, 0)], index=i) for i, t in enumerate(texts)]
        doc = Document(path="a.txt", source="", format="text", parts=parts)
        want = [p for p in parts if any(lit in fold(p.text) for lit in literals)]
        assert holding(doc, parts, literals) == want
        kept_some += bool(want) and len(want) < len(parts)
        split_only += not want and any(lit in fold("".join(texts)) for lit in literals)
    assert kept_some and split_only       # both cases were met


def test_a_placeholder_is_found_in_the_one_part_that_holds_its_literal():
    """Only the paragraph holding "TK" is scanned, and its finding is placed
    as before; a paragraph after it without one is left alone."""
    config = Config(select=("hygiene.placeholder",))
    found = lint_text("Vote\n\nThe council met on the plan.\n\nThe vote is TK at noon.\n\n"
                      "Members left early.\n", "a.txt", config=config)
    assert [(d.rule, d.line, d.column, d.end_column) for d in found] == \
        [("hygiene.placeholder", 5, 13, 15)]


@pytest.mark.parametrize("tokens,expected", [
    (["tk(?:tk)*", r"(?<!\[)\[(?=x)", "(?i:to come)", r"(?P<left>\w+)-x"], True),
    ([r"tk", r"(\w)\1"], False),                  # a numbered back-reference
    ([r"(?P<a>x)(?P=a)", "tk"], False),           # a named one
    (["(?i)tk", "xx"], False),                    # a global flag: case-blind for every token
    ([r"(?(1)a|b)"], False),                      # a conditional on a group
    ([r"(?1)x"], False),                          # a subroutine call
])
def test_alone_refuses_tokens_tied_to_another(tokens, expected):
    from lint.kinds._literals import alone

    assert alone(tokens) is expected


def test_the_tokens_that_can_match_find_what_the_whole_alternation_finds():
    """Each built-in existence rule's alternation of only the tokens whose
    literals a text holds (`Existence._pattern_for`) matches exactly as the
    whole one, on the rules' own examples alone and run together."""
    from pathlib import Path

    import yaml

    from lint.engine import active_rules

    rules = [r for r in active_rules(Config()) if isinstance(r.checker, Existence)]
    assert len(rules) >= 4
    rng = random.Random(3)
    narrowed = 0
    for rule in rules:
        checker = rule.checker
        assert checker.token_literals is not None
        examples = yaml.safe_load(Path(rule.path).read_text(encoding="utf-8"))["examples"]
        texts = [ex.get("fail") or ex.get("pass") for ex in examples]
        texts += [" ".join(rng.sample(texts, 2)) for _ in range(60)] + ["The council met."]
        for text in texts:
            whole = [(m.span(), m.group()) for m in checker.pattern.finditer(text)]
            pattern = checker._pattern_for(text)
            some = [] if pattern is None else [(m.span(), m.group()) for m in pattern.finditer(text)]
            assert some == whole, (rule.id, text)
            narrowed += pattern is not checker.pattern
    assert narrowed > 100
