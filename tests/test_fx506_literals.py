"""fx506: an `existence` rule's plain phrase ("in order to") keeps its
whole-phrase literal (qa367 #5): `_literals.holding` looks for it in each
part's text folded, or, when its longest word is there, squeezed (each run
of white space one space, `_squeeze.squeeze`), where a wrapped phrase's
literal stands. The test never skips a part the pattern matches in, and a
part with the phrase's words but not the phrase is not scanned.
"""
from __future__ import annotations

import random

import regex
import pytest

from lint import lint_text
from lint.config import Config
from lint.document import Document, Part
from lint.kinds._alternation import key_pattern, literal_text
from lint.kinds._literals import any_required, fold, holding, squeezed, tokens_in, each_required
from lint.kinds._squeeze import squeeze, spread_words
from courier_helpers import house

TOKENS = ["in order to", "sign up  for", "click here to (?:subscribe|sign up)", "tk"]
SPACES = [" ", "  ", "\n", "\r\n", "\t", "\u00a0", "\u2028", "\x0b", "\x0c", "\x85", "\u3000", "\x1c"]


def test_squeeze_reads_each_run_of_white_space_as_one_space():
    assert squeeze("in\n order\u00a0\u2028to  x\t") == "in order to x "
    assert squeeze(" a") == " a"                       # an edge space is kept, one
    assert squeezed("IN\r\nORDER\u017f") == "in orders"     # and folded as `fold` does


def test_every_white_space_regex_matches_is_one_str_split_reads():
    # `squeeze` relies on it: regex's \s is no wider than str.isspace
    ws = regex.compile(r"\s", regex.IGNORECASE)
    assert all(chr(c).isspace() for c in range(0x110000) if ws.match(chr(c)))


def test_spread_words_takes_single_spaced_literals_and_their_longest_word():
    got = spread_words({"in order to", "a  b", "a\tb", "tk", "click here to "})
    assert got == {"in order to": "order", "click here to ": "click"}


def test_a_plain_phrase_keeps_its_whole_literal():
    reading = [literal_text(t) for t in TOKENS]
    assert reading[:2] == ["in order to", "sign up for"]
    assert any_required(reading) == frozenset({"in order to", "sign up for", "click here to ", "tk"})


def _parts(texts):
    parts = [Part("paragraph", t, [(0, 0)], index=i) for i, t in enumerate(texts)]
    return Document(path="a.txt", source="", format="text", parts=parts), parts


def test_holding_keeps_every_part_the_pattern_matches_in_and_no_part_without_the_phrase():
    """Random parts of the phrases' words and every kind of white space: the
    parts kept are exactly those whose fold holds a literal, or whose text
    squeezed holds a single-spaced one; each part the tokens' pattern (a
    plain phrase's spaces as `\\s+`) matches in is among them."""
    pattern = regex.compile("|".join(key_pattern(t)[0] for t in TOKENS), regex.IGNORECASE)
    literals = any_required([literal_text(t) for t in TOKENS])
    spread = spread_words(literals)
    words = ["in", "In", "order", "ORDER", "to", "sign", "up", "for", "click", "here", "subscribe", "TK", "x"]
    rng = random.Random(506)
    matched = words_only = 0
    for _ in range(600):
        texts = ["".join(rng.choice(words) + rng.choice(SPACES) for _ in range(rng.randint(0, 5)))
                 for _ in range(rng.randint(1, 5))]
        doc, parts = _parts(texts)
        kept = holding(doc, parts, literals, spread)
        want = [p for p in parts if any(s in fold(p.text) for s in literals)
                or any(s in squeezed(p.text) for s in spread)]
        assert kept == want
        for p in parts:
            if pattern.search(p.text):
                matched += 1
                assert p in kept, p.text
            elif "order" in p.text.lower() and p not in kept:
                words_only += 1
        keep = tokens_in("".join(texts), tuple(each_required([literal_text(t) for t in TOKENS])), spread)
        assert all(i in keep for i, t in enumerate(TOKENS)
                   if regex.search(key_pattern(t)[0], "".join(texts), regex.IGNORECASE))
    assert matched > 50 and words_only > 50      # both sides were met


HOUSE = ('extends: existence\nmessage: "avoid %s"\nlevel: warning\nignorecase: true\n'
         "tokens: [in order to, sign up for our newsletter]\n")


@pytest.mark.parametrize("sep", ["\u00a0", "  ", "\n", "\u2028", "\t"])
def test_a_house_phrase_over_any_white_space_is_still_found(tmp_path, sep):
    got = house(tmp_path, HOUSE, "Hed\n\nThey met in" + sep + "order to vote.\n")
    assert [f[:2] + (f[4],) for f in got] == [(3, 10, "avoid in order to")]     # one space quoted (qa367 #9)


def test_a_paragraph_with_the_words_but_not_the_phrase_is_not_scanned(tmp_path, monkeypatch):
    from lint.kinds import existence
    scanned = []
    real = existence.Existence._pattern_for

    def spy(self, text):
        scanned.append(text)
        return real(self, text)
    monkeypatch.setattr(existence.Existence, "_pattern_for", spy)
    text = ("Hed\n\nIn the order of the day, sign up to vote for our\nnewsletter's editor.\n\n"
            "They met in order\nto vote.\n")
    assert [f[:2] for f in house(tmp_path, HOUSE, text)] == [(6, 10)]
    assert [t for t in scanned if "editor" in t] == []


def test_a_built_in_rule_finds_its_phrase_over_a_no_break_space_and_a_wrap():
    found = lint_text("Hed\n\nThe board met. Sign up\u00a0for our\nnewsletter.\n\nMore here.\n", "a.txt",
                      config=Config(select=("hygiene.boilerplate",)))
    assert [(d.line, d.column, d.end_line, d.end_column) for d in found] == [(3, 16, 4, 11)]


# --- the message quotes a plain phrase with one space (qa367 #9) ------------------------

def test_a_regex_tokens_run_of_spaces_is_quoted_as_matched(tmp_path):
    rule = 'extends: existence\nmessage: "no %s"\nlevel: warning\ntokens: ["sources {2}say"]\n'
    assert [f[4] for f in house(tmp_path, rule, "Hed\n\nThe plan passed, sources  say.\n")] == [
        "no sources  say"]


def test_a_plain_phrase_written_with_two_spaces_is_quoted_with_one(tmp_path):
    rule = 'extends: existence\nmessage: "no %s"\nlevel: warning\ntokens: ["sources  say"]\n'
    assert [f[4] for f in house(tmp_path, rule, "Hed\n\nThe plan passed, sources\u2029say.\n")] == [
        "no sources say"]


def test_a_phrase_keeps_its_literal_beside_a_regex_tokens_shorter_one(tmp_path):
    # 'order to' (a regex token's, looked for unsqueezed) would stand for 'in order to' in one
    # set of literals, and the wrapped phrase's part would be skipped
    rule = ('extends: existence\nmessage: "avoid %s"\nlevel: warning\n'
            "tokens: [in order to, 'order to(?= be)']\n")
    assert [f[:4] for f in house(tmp_path, rule, "Hed\n\nThey met in order\nto vote.\n")] == [(3, 10, 4, 3)]
