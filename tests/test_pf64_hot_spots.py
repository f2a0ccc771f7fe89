"""pf64 (issue 15): the hot spots made cheaper read exactly as before.

Each shortcut is checked against the long way it replaces (the pattern tried
where it is now skipped, the template it no longer uses, the product of
spellings an ASCII name no longer builds), plus the nearest cases that must
still come out as they did."""
from __future__ import annotations

import itertools
import unicodedata

import pytest

from lint.analysis import day_pairs
from lint.analysis.body_names import fold as unaccented
from lint.analysis.name_accents import _options, ascii_keys
from lint.analysis.names import _DOUBLED, fold

# --- day_pairs.second_day: SECOND_DAY's match is cached per (text, end) ---

PAIRS = [
    ("Saturday and Sunday, March 8 and 9, the fair opens.", "March 8"),
    ("Tues./Wed., March 4/5 are the dates.", "March 4"),
    ("on March 4/5 of the votes", "March 4"),
    ("from March 31 and April 1, 2026 on", "March 31"),
    ("March 4 and 5,000 people came", "March 4"),
    ("Tuesday or Wednesday, March 4, or 5.", "March 4"),
]


@pytest.mark.parametrize("text,date", PAIRS)
def test_second_day_is_what_the_pattern_says_whatever_was_asked_before(text, date):
    end = text.index(date) + len(date)
    for paired, slashed in itertools.product((False, True), repeat=2):
        day_pairs._second_day_at.cache_clear()
        fresh = day_pairs.second_day(text, end, paired, slashed)
        again = day_pairs.second_day(text, end, paired, slashed)      # from the cache
        for other in itertools.product((False, True), repeat=2):      # another reading asked first
            day_pairs.second_day(text, end, *other)
        later = day_pairs.second_day(text, end, paired, slashed)
        spans = [m and (m.span(), m.groupdict()) for m in (fresh, again, later)]
        assert spans[0] == spans[1] == spans[2]
        raw = day_pairs.SECOND_DAY.match(text, end)
        assert (raw and (raw.span(), raw.groupdict())) == (day_pairs._second_day_at(text, end) and (
            day_pairs._second_day_at(text, end).span(), day_pairs._second_day_at(text, end).groupdict()))


def test_a_slash_still_needs_a_slashed_weekday_pair_after_the_cache():
    text = "Tues./Wed., March 4/5 are the dates."
    end = text.index("March 4") + len("March 4")
    assert day_pairs.second_day(text, end, slashed=True) is not None
    assert day_pairs.second_day(text, end) is None           # cached match, own test: still refused
    assert day_pairs.second_day(text, end, slashed=True)["end"] == "5"


def test_the_same_end_in_another_text_is_read_in_that_text():
    a, b = "March 8 and 9 it is.", "March 8 to 12 it is."
    end = len("March 8")
    assert day_pairs.second_day(a, end)["end"] == "9"
    assert day_pairs.second_day(b, end)["end"] == "12"
    assert day_pairs.second_day("March 8. And 9 more", end) is None


# --- names.fold: the doubled letter put back by itemgetter, not r"\1" ---

@pytest.mark.parametrize("name", ["Bennett", "Whitfield", "Llewellyn", "Aaronsson", "Müüller",
                                  "Kowalczyk", "O'Connell", "ßß", "Riabkov", "Ryabkov", "Mcc", ""])
def test_fold_is_the_template_substitution(name):
    low = name.lower()
    from lint.analysis.names import tables
    for a, b in tables()["transliteration"]:
        low = low.replace(a, b)
    assert fold(name) == _DOUBLED.sub(r"\1", low)
    assert fold(name, doubled=False) == low


def test_fold_still_folds_transliterations_and_doubles_alike():
    assert fold("Ryabkov") == fold("Riabkov")
    assert fold("Bennett") == fold("Benet") == "benet"
    assert fold("Bennett", doubled=False) == "bennett"


# --- ascii_keys and body_names.fold: an ASCII name is its own key ---

def _long_way(form: str) -> frozenset[str]:
    return frozenset("".join(c for c in unicodedata.normalize("NFD", "".join(p)) if not unicodedata.combining(c))
                     for p in itertools.product(*_options(form.lower())))


@pytest.mark.parametrize("form", ["Smith", "O'Brien", "Al-Assad", "DeSantis", "Müller", "Dubé", "Groß",
                                  "Đoković", "Søren", "Łukasz", "\u212aim", "Zelenskyy", "x"])
def test_ascii_keys_equal_the_product_of_spellings(form):
    assert ascii_keys(form) == _long_way(form)


def test_an_ascii_name_has_one_key_and_an_accented_one_still_has_its_spellings():
    assert ascii_keys("Smith") == {"smith"}
    assert ascii_keys("Müller") == {"muller", "mueller"}
    assert ascii_keys("\u212aim") == {"kim"}         # the Kelvin sign lowers to an ASCII k


@pytest.mark.parametrize("word", ["Dube", "Dubé", "Lefèvre", "São", "Smith", "naïve", "", "Ærø"])
def test_unaccented_equals_dropping_the_marks(word):
    assert unaccented(word) == "".join(
        c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))
