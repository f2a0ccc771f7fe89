"""Long sentences around many quotes are read about once, not once per
quote or verb: the sentence before a sentence of quotes (`attribution`'s
rule 7), a sentence of many passives of putting a document out (`was
released`, `ownerless_story._agentless`). No timings: the characters framed
or searched are counted; benchmarks/adversarial.py measures the time."""
from __future__ import annotations

import pytest
import regex

from lint.analysis import attribution, ownerless_story
from lint.config import Config
from lint.engine import lint_bytes


@pytest.mark.parametrize("lead, how", [
    ("a " * 2000 + "end.", ""),
    ("Mayor Jane Roe was out " + "a " * 2000 + "now.", "introduced"),
    ("The mayor said " + "a " * 2000 + "now.", "follows"),
])
def test_the_sentence_before_many_quotes_is_framed_once(monkeypatch, lead, how):
    # each quote of the second sentence framed the first again: n * len(lead)
    framed = [0]
    frame = attribution._frame

    def counted(text, start, end, *rest):
        framed[0] += end - start
        return frame(text, start, end, *rest)

    monkeypatch.setattr(attribution, "_frame", counted)
    n = 400
    src = "Head\n\n" + lead + " Then " + '"b c d e" and ' * n + "x.\n"
    doc = lint_bytes("a.txt", src.encode(), Config(select=("quotes",))).document
    hows = [s.how for s in attribution.attribution(doc)]
    assert hows[0] == how and set(hows[1:]) == {"paragraph" if how == "follows" else how}
    assert len(hows) == n and framed[0] <= 3 * len(src)


class _Recorder:
    """A compiled pattern that adds up the characters each search reads: up to
    the end of what it finds, else to its end position."""

    def __init__(self, pattern, read: list[int], calls: list[str]):
        self.pattern, self.read, self.calls = pattern, read, calls

    def search(self, string, pos=0, endpos=None):
        self.calls.append("search")
        found = self.pattern.search(string, pos, endpos)
        self.read[0] += (found.end() if found else len(string) if endpos is None else endpos) - pos
        return found

    def finditer(self, string, pos=0, endpos=None):
        self.calls.append("finditer")
        self.read[0] += (len(string) if endpos is None else endpos) - pos
        return self.pattern.finditer(string, pos, endpos)

    def match(self, string, pos=0, endpos=None):
        self.calls.append("match")
        return self.pattern.match(string, pos, endpos)


def test_a_sentence_of_passives_is_read_about_once(monkeypatch):
    read, calls, passive = [0], [], []
    for name in ("_AGENT", "_POSSESSIVE"):
        monkeypatch.setattr(ownerless_story, name, _Recorder(getattr(ownerless_story, name), read, calls))
    owner = ownerless_story._owner_after()
    monkeypatch.setattr(ownerless_story, "_owner_after", lambda: _Recorder(owner, read, calls))
    monkeypatch.setattr(ownerless_story, "_PASSIVE", _Recorder(ownerless_story._PASSIVE, [0], passive))
    n = 500
    sentence = "It " + "was quietly released and the district statement was posted " * n + "today."
    # every verb but the last has an owner after it (`district statement`): the last one's subject goes
    at = sentence.rindex("was posted")
    assert ownerless_story._agentless(sentence) == " " * at + sentence[at:]
    assert passive and set(passive) == {"match"}      # read back from each verb, never searched for
    assert read[0] <= 3 * len(sentence)               # once per verb: about n * len(sentence)


def test_the_passive_is_read_back_from_its_verb():
    # `(?r)`: matched at the verb, its lookbehind still reading the text before
    for sentence, blanked in [
        ("The closure was announced.", " " * 12 + "was announced."),
        ("The closure was quietly announced.", " " * 12 + "was quietly announced."),
        ("The closure was\nannounced.", " " * 12 + "was\nannounced."),
        ("The closure was announced by the district.", None),
        ("Park's plan was announced.", None),
        ("The plan was announced in a district statement.", None),
        ("The plan's-was announced.", None),
    ]:
        assert ownerless_story._agentless(sentence) == (blanked or sentence)
    assert regex.REVERSE & ownerless_story._PASSIVE.flags
