"""Shortcuts in the names and tense readings (pf22, issue 15) give the same
answers as the longer way they skip, and do skip it: a street test with no
capital after the name runs no pattern, a compound title is looked up by its
last word, an age is looked for only before a comma, and a story with no
middle word builds no surname groups for the accent check."""
from __future__ import annotations

import random
from types import SimpleNamespace

import pytest

from lint.analysis import apposed_ages, names
from lint.analysis.name_titles import _compound, compound_tail, tables
from lint.kinds import name_spelling_variant

# The name's end, then white space of any kind (a blank line too) and a word in any case: ASCII,
# accented capitals and small letters, a titlecase digraph, a digit, marks.
AFTER = [" ", "\xa0", "\t", "  ", "\n", " \n ", "\n\n", ",", ".", "’", "'"]
WORDS = ["Street", "street", "Avenue", "said", "Said", "Éclair", "éclair", "ǅemal", "Ünited", "9th",
         "STREET", "S", "", "Hall", "\u0130stanbul", "Ωmega", "ωmega"]


def _mention(text: str, end: int):
    return SimpleNamespace(part=SimpleNamespace(text=text), end=end)


def _place_by_pattern(m) -> bool:
    after = names._NEXT_WORD.match(m.part.text, m.end)
    return after is not None and after[1].lower() in tables()["place_nouns"]


@pytest.mark.parametrize("seed", range(3))
def test_names_a_place_answers_as_its_pattern(seed):
    rng = random.Random(seed)
    places = 0
    for _ in range(4000):
        name = rng.choice(["Dubois", "Marsh", "Ng"])
        text = name + rng.choice(AFTER) + rng.choice(WORDS) + rng.choice(["", " said.", "s"])
        m = _mention(text, len(name))
        assert names.names_a_place(m) == _place_by_pattern(m), repr(text)
        places += _place_by_pattern(m)
    assert places > 50


def test_names_a_place_runs_no_pattern_before_a_lower_case_word(monkeypatch):
    calls = []

    class Counting:
        def match(self, *args):
            calls.append(args)
            return None
    monkeypatch.setattr(names, "_NEXT_WORD", Counting())
    for text in ("Marsh said.", "Marsh, 54, said", "Marsh’s plan", "Marsh 9 times", "Marsh"):
        assert not names.names_a_place(_mention(text, 5))
    assert calls == []


def _compound_by_scan(jobs):
    for words in tables()["compound_titles"]:
        if len(jobs) >= len(words) and tuple(jobs[len(words) - 1::-1]) == words:
            return words
    return ()


def _tail_by_scan(text, start, word):
    for words in tables()["compound_titles"]:
        if words[-1] == word.lower():
            head = " ".join(words[:-1]) + " "
            if text[max(0, start - len(head)):start].lower() == head:
                return True
    return False


def test_compound_titles_are_looked_up_by_their_last_word():
    t = tables()
    ending = t["compounds_ending"]
    assert sum(len(c) for c in ending.values()) == len(t["compound_titles"])
    for last, compounds in ending.items():
        assert all(c[-1] == last for c in compounds)
        assert [len(c) for c in compounds] == sorted((len(c) for c in compounds), reverse=True)
    words = sorted({w for c in t["compound_titles"] for w in c} | {"mayor", "deputy", "us", "of"})
    rng = random.Random(5)
    hits = 0
    for _ in range(20000):
        jobs = [rng.choice(words) for _ in range(rng.randint(0, 5))]
        if rng.random() < 0.5:              # a compound read right to left, maybe with words after it
            jobs = list(rng.choice(t["compound_titles"])[::-1]) + jobs
        assert _compound(jobs) == _compound_by_scan(jobs), jobs
        hits += bool(_compound(jobs))
        text = " ".join(reversed(jobs)) + " Jane"
        if jobs:
            start = text.rfind(" ", 0, len(text) - 5) + 1
            assert compound_tail(text, start, jobs[0].title()) == _tail_by_scan(text, start, jobs[0].title())
    assert hits > 5000


def _unset_by_scan(seq, lows, commas, bracketed):
    for i in range(1, len(lows) - 1):
        low = lows[i]
        if len(low) > 3 or not low.isdigit():
            continue
        if i in bracketed:
            if seq[i - 1][:1].isupper() and not commas[i + 1] or commas[i + 1] and \
                    apposed_ages._appositive(seq, commas, i):
                lows[i] += ","
        elif commas[i + 1] and (
                (commas[i] and (seq[i - 1][:1].isupper() or apposed_ages._appositive(seq, commas, i)))
                or lows[i - 1] in ("age", "aged") or (i > 1 and lows[i - 2:i] == ["who", "was"])):
            lows[i] += ","


@pytest.mark.parametrize("seed", range(3))
def test_unset_ages_marks_what_every_token_read_marks(seed):
    rng = random.Random(seed)
    vocabulary = ["Jane", "Roe", "a", "teacher", "age", "aged", "who", "was", "died", "84", "7", "1985",
                  "ended", "Dec", "5"]
    marked = 0
    for _ in range(5000):
        seq = [rng.choice(vocabulary) for _ in range(rng.randint(0, 12))]
        commas = [rng.random() < 0.3 for _ in seq]
        bracketed = {i for i in range(len(seq)) if rng.random() < 0.1} if rng.random() < 0.3 else set()
        lows, expected = [w.lower() for w in seq], [w.lower() for w in seq]
        apposed_ages.unset_ages(seq, lows, commas, bracketed)
        _unset_by_scan(seq, expected, commas, bracketed)
        assert lows == expected, (seq, commas, bracketed)
        marked += lows != [w.lower() for w in seq]
    assert marked > 200


def test_unset_ages_reads_only_the_tokens_before_a_comma():
    read = []

    class Lows(list):
        def __getitem__(self, i):
            read.append(i if isinstance(i, int) else (i.start, i.stop))
            return super().__getitem__(i)
    seq = "The council voted 7 to 2 on Dec 5 and Jane Roe 84 said".split()
    commas = [False] * len(seq)
    commas[seq.index("said")] = True           # "Jane Roe 84, said": one number before a comma
    lows = Lows(w.lower() for w in seq)
    apposed_ages.unset_ages(seq, lows, commas, set())
    at = seq.index("84")
    assert read and set(read) <= {at, at - 1, (at - 2, at)}      # the number and the words before it
    assert lows[at] == "84"                     # after a capital but no comma before it: no age


def test_a_story_with_no_middle_word_builds_no_surname_groups(monkeypatch):
    from lint.config import Config
    from lint.engine import active_rules
    from lint.readers import read_bytes

    def refuse(*args):
        raise AssertionError("middle_accents asked of a story with no middle word")
    monkeypatch.setattr(name_spelling_variant, "middle_accents", refuse)
    rule = next(r for r in active_rules(Config()) if r.id == "names.spelling-variant")
    doc = read_bytes("story.txt", "Council backs plan\n\nMayor Alma Reyes said the plan would pass. "
                     "Reyes said the Reyes family and Ben Okafor agreed. Okafor, 54, said so.\n".encode())
    assert list(rule.checker.check(doc, doc.parts_of(rule.scope))) == []
    doc = read_bytes("story.txt", "Plan\n\nAndrés Manuel López Obrador spoke. Andres Manuel Lopez Obrador "
                     "said so. López Obrador left.\n".encode())
    with pytest.raises(AssertionError, match="middle_accents"):
        list(rule.checker.check(doc, doc.parts_of(rule.scope)))


# qa240 #1: `names._NEXT_WORD` (`[^\S\n]*\n?[^\S\n]*...`, qa233 #3) backtracked
# over a long run of spaces after a surname, quadratically: 30,000 spaces in
# a plain-text paragraph took about 30 s of names.first-reference (main: 0.3 s)
# and no timeout stopped it. Timing-free: 200,000 spaces, where the quadratic
# pattern needs about 20 minutes and the linear one a few milliseconds;
# regex's own timeout raises TimeoutError long before the quadratic one ends.
def test_qa240_next_word_passes_a_huge_run_of_spaces_once():
    text = "Marsh" + " " * 200_000
    assert names._NEXT_WORD.match(text + "said.", 5, timeout=5) is None
    assert names._NEXT_WORD.match(text + "\n  Street", 5, timeout=5)[1] == "Street"
