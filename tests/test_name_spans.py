"""`existence`'s `names` are found through an index of first words
(`kinds._name_spans.NameSpans`), not one compiled alternation of every name,
which took 16 s and 380 MB for a newsroom's 1 MB list (fx408): the spans are
the alternation's, and a names file of thousands is read whole and in order."""
from __future__ import annotations

import itertools
import json
import sys

import pytest
import regex
from regex import _regex

from lint.kinds._name_spans import NameSpans
from lint.kinds.existence import _listed_names


def _alternation(names, ignorecase: bool) -> "regex.Pattern":
    """The one alternation of every name (existence.py before fx408), built here again."""
    forms = sorted({f for n in names if n.split() for f in (n, n.upper())}, key=lambda f: (-len(f), f))
    body = "|".join(r"(?:\s+|-)".join(map(regex.escape, f.split())) for f in forms)
    flags = (regex.IGNORECASE if ignorecase else 0) | regex.VERSION0
    return regex.compile(rf"(?<!\w)(?:{body})(?!\w)", flags)


def _alternation_spans(names, ignorecase: bool, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _alternation(names, ignorecase).finditer(text)]


NAMES = ["TK Maxx", "TK Elevator", "TK", "Maxx Group", "Jane Doe", "Jane Doe-Smith", "Jane",
         "Mary-Kate Olsen", "O'Brien", "A. Lee", "Big Bank", "Bank TK Group", "U.S. Steel",
         "straße bau", "İnci Ak", "Kelvin Ray", "Ssam Bar", "   ", "Élise Roy"]
TEXTS = [
    "TK Maxx and TK-Maxx and TK  Maxx and TK\u00a0Maxx and TK\nMaxx, but TK--Maxx and TKMaxx.",
    "TK MAXX opened; tk maxx did not; TK Maxxed no; xTK Maxx no; TK Maxx2 no.",
    "Jane Doe-Smith met Jane Doe and Jane, then JANE DOE-SMITH; Jane Doe - Smith.",
    "Mary-Kate Olsen, Mary Kate Olsen and Mary-Kate-Olsen; O'Brien and O'BRIEN; A. Lee.",
    "Big Bank TK Group; Bank TK Group; U.S. Steel and U.S.Steel; U.S. Steelworks.",
    "STRASSE BAU, Straße Bau, İnci Ak, inci ak, INCI AK, ınci ak, \u212aelvin Ray, \u017fsam bar.",
    "élise roy and ÉLISE ROY and Elise Roy.",
]


@pytest.mark.parametrize("ignorecase", [False, True])
@pytest.mark.parametrize("text", TEXTS)
def test_the_spans_are_the_alternations(text, ignorecase):
    got = NameSpans(NAMES, ignorecase).spans(text)
    assert got == _alternation_spans(NAMES, ignorecase, text)


def test_the_spans_differ_with_case_as_the_alternation_does():
    text = TEXTS[1]
    assert NameSpans(NAMES, False).spans(text) != NameSpans(NAMES, True).spans(text)


def test_a_name_first_in_text_hides_one_it_overlaps_as_finditer_did():
    # "Big Bank" is found first, so "Bank TK Group" (which would hold the TK) is not
    assert NameSpans(["Big Bank", "Bank TK Group"], False).spans("Big Bank TK Group") == [(0, 8)]
    assert NameSpans(["Bank TK Group"], False).spans("Big Bank TK Group") == [(4, 17)]


def test_names_sharing_a_first_word_in_a_long_list_keep_the_alternations_order():
    first = ["Jane", "Ana", "Li"]
    names = [f"{f} {x}{y}" for f in first for x in "ABCDEFGH" for y in "klmnopqrst"] + ["Jane"]
    text = "Jane Ck met Ana  Ht, Li-Es and Jane; JANE ck and Li Zz."
    for ignorecase in (False, True):
        assert NameSpans(names, ignorecase).spans(text) == _alternation_spans(names, ignorecase, text)


def test_no_names_is_no_span():
    assert len(NameSpans(["", "  "], False)) == 0
    assert NameSpans(["", "  "], False).spans("TK Maxx") == []


@pytest.fixture(scope="module")
def every_character() -> str:
    return "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)


@pytest.mark.parametrize("char", list("AaIiKkSsEeOoZz") + list("İıſKÅåßẞΣσςµΜÿŸǅǄǆΩω"))
def test_every_character_regex_matches_in_any_case_has_the_same_index_key(char, every_character):
    key = NameSpans(["x"], True).key
    pattern = regex.compile(regex.escape(char), regex.IGNORECASE | regex.VERSION0)
    matched = set(pattern.findall(every_character))
    assert char in matched
    assert {m.translate(key) for m in matched} == {char.translate(key)}
    assert set(map(chr, _regex.get_all_cases(regex.IGNORECASE | regex.UNICODE, ord(char)))) <= matched


def _house_list() -> list[str]:
    """1,470 distinct names in a newsroom's style: people, some with a middle initial or a
    double-barrelled surname, in a fixed order."""
    first = ["Irena", "José", "Wei", "Olu", "Priya", "Sven", "Aiko", "Noor", "Kwame", "Élodie"]
    last = ["Kowalczyk", "Ortiz", "Nguyen", "O'Brien", "Sharma", "Lindqvist", "Van der Berg"]
    middle = ["", "Q. ", "J. "]
    names = (f"{f} {m}{a}{'-' + b if b else ''}" for a, b, f, m in itertools.product(
        last, [""] + last, first, middle) if a != b)
    return list(names)


@pytest.mark.parametrize("suffix", ["yaml", "json"])
def test_a_generated_house_list_of_thousands_is_read_whole_in_order(tmp_path, suffix):
    people = _house_list()
    names = people + [f"{n} Jr." for n in people] + [f"{n} Sr." for n in people] + ["TK Carter"]
    assert len(set(names)) == len(names) == 4411
    path = tmp_path / f"house.{suffix}"
    if suffix == "json":
        path.write_text(json.dumps({"names": names, "titles": {n: "mayor" for n in names[:50]}}))
    else:
        path.write_text("# the desk's list\nnames:\n" + "".join(f"  - {json.dumps(n)}   # since 2019\n"
                                                                  for n in names))
    read = _listed_names(str(path))
    assert read == names
    spans = NameSpans(read, False)
    assert len(spans) == 2 * len(names)          # each as written and in capitals
    text = "Actor TK Carter met IRENA Q. KOWALCZYK-ORTIZ and Wei Van der Berg-Nguyen Jr. at TK Maxx."
    found = [text[a:b] for a, b in spans.spans(text)]
    assert found == ["TK Carter", "IRENA Q. KOWALCZYK-ORTIZ", "Wei Van der Berg-Nguyen Jr."]


@pytest.mark.parametrize("ignorecase", [False, True])
def test_a_whole_text_is_a_name_as_the_alternation_fullmatched_it(ignorecase):
    texts = ["TK Maxx", "TK   MAXX", "tk maxx", "TK-Maxx ", "Jane Doe-Smith", "Jane Doe", "A. Lee",
             "Big Bank TK Group", "İnci Ak", "ınci ak", "O'Brien", ""]
    spans, whole = NameSpans(NAMES, ignorecase), _alternation(NAMES, ignorecase)
    assert [bool(spans.fullmatch(t)) for t in texts] == [bool(whole.fullmatch(t)) for t in texts]


def _calls(fn) -> int:
    """How many Python and C function calls `fn()` makes (sys.setprofile): a
    count, not a time."""
    count = [0]

    def profile(frame, event, arg):
        if event in ("call", "c_call"):
            count[0] += 1
    sys.setprofile(profile)
    try:
        fn()
    finally:
        sys.setprofile(None)
    return count[0]


def test_a_long_part_with_no_listed_first_word_costs_few_calls():
    names = NameSpans(["TK Maxx", "TK Elevator", "TK Holdings"], False)      # the built-in table
    text = "The council met on Tuesday and said the budget would rise, officials said. " * 2000
    assert names.spans(text) == []
    assert _calls(lambda: names.spans(text)) < 2000      # 26,000 word starts


def test_many_names_sharing_a_common_first_word_cost_calls_per_place_not_per_name():
    names = [f"The {a}{b} {c}" for a in "BCDFGHKLMNPRST" for b in ("ack", "ell", "ond", "urst")
             for c in ("Group", "Trust", "Times")]                            # 168 names, 336 forms
    spans = NameSpans(names, False)
    text = "The council said the budget would rise. " * 100 + "The Bell Trust agreed."
    assert spans.spans(text) == _alternation_spans(names, False, text)
    assert _calls(lambda: spans.spans(text)) < 100 * 100     # 101 places of "The"


@pytest.fixture
def rule_set_cache(tmp_path, monkeypatch):
    """A fresh rule-set cache in `tmp_path`, with `regex` compiling through it."""
    from lint import regex_cache, rule_cache
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path / "rule-cache"))
    rule_cache.reset()
    try:
        assert regex_cache.install()
        yield rule_cache.shared()
    finally:
        rule_cache.reset()


def test_a_longer_first_word_is_tried_in_the_alternations_order():
    # "TK-Maxx Ltd" (first word "TK-Maxx") is longer than "TK Maxx" and tried first, as the alternation did
    names = ["TK-Maxx Ltd", "TK Maxx"]
    for ignorecase in (False, True):
        assert NameSpans(names, ignorecase).spans("TK-Maxx Ltd") == [(0, 11)]
        assert NameSpans(names, ignorecase).spans("TK-Maxx Inc") == [(0, 7)]


def test_second_words_of_several_lengths_and_first_words_with_points_are_the_alternations():
    names = ["The Bell", "The Bell Trust", "The Belly", "The", "The Be", ".NET", "ASP.NET", "3M", "A Lee",
             "Dr. No", "Dr.No", "–TK", "AT&T", "C++"]
    text = ("The Bell Trust, The Belly, The Bell-Trust; THE BE and the be; ASP.NET and .NET; 3M and A  Lee; "
            "Dr. No, Dr.No, Dr.Nope; –TK and -TK; AT&T and C++, xThe Bell.")
    for ignorecase in (False, True):
        assert NameSpans(names, ignorecase).spans(text) == _alternation_spans(names, ignorecase, text)


@pytest.mark.parametrize("text", TEXTS)
def test_without_regexs_case_table_a_coarser_key_gives_the_same_spans(text, monkeypatch):
    from lint.kinds import _name_spans
    monkeypatch.setattr(_name_spans, "_ALL_CASES", None)
    coarse = NameSpans(NAMES, True)
    assert "T".translate(coarse.key) == "x".translate(coarse.key)      # one key for every cased character
    assert coarse.spans(text) == _alternation_spans(NAMES, True, text)


def test_without_regexs_case_table_a_pair_newer_than_pythons_unicode_still_matches(monkeypatch):
    # U+019B and U+A7DC are a case pair in regex's tables that `str` may not know
    from lint.kinds import _name_spans
    monkeypatch.setattr(_name_spans, "_ALL_CASES", None)
    names, text = ["\u019ba Bo"], "said \ua7dcA BO and \u019ba bo."
    assert _alternation_spans(names, True, text) == [(5, 10), (15, 20)]
    assert NameSpans(names, True).spans(text) == [(5, 10), (15, 20)]
    assert NameSpans(names, False).spans(text) == []


def test_with_regexs_case_table_the_keys_stay_apart():
    key = NameSpans(NAMES, True).key
    assert "T".translate(key) != "x".translate(key)
    assert "T".translate(key) == "t".translate(key)


def test_a_names_index_in_use_leaves_the_rule_set_cache_as_it_was(rule_set_cache):
    cache = rule_set_cache
    before = len(cache.patterns)
    for run, ignorecase in enumerate((False, True, False)):
        names = [f"{g}{run} {s}sen" for g in ("Ana", "Li", "Omar") for s in ("Karl", "Dor", "Ben", "Sam")]
        spans = NameSpans(names, ignorecase)
        assert len(spans.spans(" and ".join(names) + " met.")) == len(names)
        assert spans.fullmatch(names[0])
    assert len(cache.patterns) == before
    regex.compile(r"(?<!\w)Omar9 Karlsen(?!\w)")          # the nearest case: a pattern compiled as usual
    assert len(cache.patterns) == before + 1
