"""pf24: a headline's name groups are scanned once whatever option set asks.

`unsupported_names` asks `name_groups` for the default set, `wrong_openers`
for the default and (openers, weak), titles.fields-disagree for openers:
before, each call walked the headline's words again (3.7 scans a story over
the generated bench corpus)."""
from __future__ import annotations

import random

from lint.analysis import headline_names as hn

_WORDS = ["Mayor", "Ruth", "Okonkwo", "visits", "Kyiv", "Trinity", "fire", "at", "Felicity", "Jones",
          "Course", "Scarcity:", "Unveiling", "the", "Plan", "council", "Deutsche", "Bank", "O'Neill's",
          "Smith-Jones", "Grace", "Kelly", "in", "Wales", "Monday", "Art", "Show", "Opens"]


def _reference(text: str, openers: bool = False, weak: bool = False) -> list[list[hn.Token]]:
    """`name_groups` as it was before the shared scan: one walk per call."""
    title = getattr(hn.is_title_cased, "__wrapped__", hn.is_title_cased)(text)
    groups: list[list[hn.Token]] = []
    strong: list[bool] = []
    last_end = -2
    for m in hn.WORD.finditer(text):
        w = hn.name_word(m[0]) or hn._ending_name(m[0])
        if w:
            tok = hn.Token(m.start(), m.start() + len(w), w, hn.stem(w))
            sure = bool(hn.name_word(m[0])) or not title and hn._after_lower(text, m.start())
            if groups and text[last_end:m.start()] in (" ", "-"):
                groups[-1].append(tok)
                strong[-1] = strong[-1] or sure
            else:
                groups.append([tok])
                strong.append(sure)
            last_end = tok.end
        else:
            last_end = -2
    groups = [g for g, sure in zip(groups, strong) if sure or weak]
    if openers:
        return groups
    if title:
        return [g for g in groups if len(g) > 1 or hn._titled_opener(text, g[0].start)]
    return [g for g in groups if len(g) > 1 or not hn._opens(text, g[0].start)
            or hn._titled_opener(text, g[0].start)]


def test_the_option_sets_share_one_walk_of_the_headline(monkeypatch):
    headline = "Mayor Ruth Okonkwo visits fire at Trinity chapel in Kyiv (pf24)"
    walks = []
    word = hn.WORD

    class Counting:
        def finditer(self, text, *a):
            if text == headline:
                walks.append(text)
            return word.finditer(text, *a)

        def __getattr__(self, name):
            return getattr(word, name)
    monkeypatch.setattr(hn, "WORD", Counting())
    hn.name_groups(headline)
    hn.name_groups(headline)
    hn.name_groups(headline, openers=True, weak=True)
    hn.name_groups(headline, openers=True)
    # is_title_cased's word list is one walk, the groups another: at most two
    # for the text however many option sets ask.
    assert 1 <= len(walks) <= 2


def test_the_shared_scan_gives_each_option_set_what_its_own_walk_gave():
    rng = random.Random(24)
    for _ in range(3000):
        text = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(1, 9)))
        for openers in (False, True):
            for weak in (False, True):
                assert hn.name_groups(text, openers, weak) == _reference(text, openers, weak), text


def test_a_caller_may_change_the_lists_it_is_given():
    text = "Grace Kelly visits Deutsche Bank"
    first = hn.name_groups(text, openers=True)
    first[0].append("x")
    first.append([])
    assert hn.name_groups(text, openers=True) == _reference(text, openers=True)
