"""names.spelling-variant's accent check (qa65 #6): a name spelled three or
four ways with accents dropped (Dubé-Lefèvre ... Dube-Lefevre), the ASCII
spellings copy uses for ü, ß, ø, ł, đ (Müller, Mueller, Muller), and a
middle word of a Spanish double surname (López in "Andrés Manuel López
Obrador"); and the two-people and place shapes that stay quiet."""
from __future__ import annotations

import pytest

from lint.analysis.name_accents import accent_groups, accent_variants, ascii_keys
from titles_helpers import read, run, where

RULE = "names.spelling-variant"


def flagged(body: str, rule: str = RULE):
    return run(read("Story\n\n" + body + "\n"), rule)


def test_every_spelling_of_a_four_way_name_is_flagged_against_the_main_one():
    found = flagged("Françoise Dubé-Lefèvre won the prize on Monday. Dubé-Lefevre said she was surprised. "
                    "Later Dube-Lefèvre thanked her team, and Dube-Lefevre left.")
    assert [w[2] for w in where(found)] == ["Dubé-Lefevre", "Dube-Lefèvre", "Dube-Lefevre"]
    assert all("'Dubé-Lefèvre' with accents dropped or added; the story spells the name 4 ways "
               "and writes 'Dubé-Lefèvre' once" in d.message for d in found)


def test_a_german_name_with_its_umlaut_spelled_out_or_dropped():
    found = flagged("Hans Müller resigned on Monday. Mueller said he had no regrets. "
                    "Muller's office declined to comment.")
    assert [w[2] for w in where(found)] == ["Mueller", "Muller"]
    # ü written ue is no accent dropped (fx122): said as a spelling
    assert "'Mueller' is 'Müller' spelled another way (ü written ue); the story writes 'Müller' once" \
        in found[0].message
    assert "spells the name 3 ways" in found[1].message


def test_a_two_way_pair_says_the_letter_written_out():
    (d,) = flagged("Coach Ana Strauß, 50, spoke. Strauß said the team was ready. Strauss agreed.")
    assert d.snippet == "Strauss"
    assert "'Strauss' is 'Strauß' spelled another way (ß written ss); the story writes 'Strauß' twice" in d.message
    (d,) = flagged("Coach Ana Dubé, 50, spoke. Dubé said the team was ready. Dube agreed.")
    assert "'Dube' is 'Dubé' with an accent dropped or added; the story writes 'Dubé' twice" in d.message


def test_a_middle_surname_that_loses_its_accent_in_a_full_name():
    body = ("Mexican President Andres Manuel Lopez Obrador said Sunday that the vote was clean. Lopez Obrador "
            "spoke for an hour.\n\nLater, Andrés Manuel López Obrador's office issued a statement.")
    found = flagged(body)
    assert [w[2] for w in where(found)] == ["López"]
    assert "'López' is 'Lopez' with an accent dropped or added; the story writes 'Lopez' twice" in found[0].message
    # the given name is names.given-name-variant's, flagged once there and not here
    assert [w[2] for w in where(flagged(body, "names.given-name-variant"))] == ["Andrés"]


@pytest.mark.parametrize("body", [
    # two residents, two given names (qa65 jose3.txt, two_people.txt)
    "Resident José Pérez spoke first. Later a second resident, Maria Perez, spoke. Pérez said the plan "
    "was bad, and Perez said it was good.",
    "José Ramírez hit a home run. Jose Ramirez, no relation, pitched the ninth. Ramírez said it was a good "
    "day. Ramirez agreed.",
    # two people with one double surname and different given names
    "Mayor José Pérez López spoke. His brother, Juan Perez Lopez, 40, said the plan was bad. López said no.",
    "Mayor José Pérez Obrador spoke. His cousin, Juan Perez Obrador, 40, said the plan was bad. "
    "Obrador said no.",
    # places and a firm (qa65 sao.txt, cafe.txt)
    "The team flew from São Paulo to Sao Tome on Monday. Coach Tite said São Paulo was cold.",
    "The Café Rouge opened Monday. Owner Ana Ruiz said the Cafe Rouge name came from her mother.",
    "Zoë Kravitz and Zoe Saldana attended the opening. Kravitz said the show was great. Saldana agreed.",
    # a run of capitals that opens before the name (FNC-1 1401's Spanish tweet)
    "He handed power to his brother Raul Castro in 2006.\n\nIntervención de Raúl Castro. Estamos "
    "verificando información.\n\nRaul Castro said the talks went well.",
])
def test_two_people_places_and_firms_stay_quiet(body):
    assert flagged(body) == []


def test_ascii_keys_spell_each_letter_the_usual_ways():
    assert ascii_keys("Müller") == {"muller", "mueller"}
    assert ascii_keys("Strauß") == {"strauss"}
    assert "djokovic" in ascii_keys("Đoković") and "walesa" in ascii_keys("Wałęsa")
    assert ascii_keys("Sørensen") == {"sorensen", "soerensen"}
    assert accent_variants("Dubé", "Dube") and not accent_variants("DesChenes", "Deschenes")
    assert not accent_variants("Muller", "Mueller")          # no accented form joins them
    assert accent_groups(["Müller", "Mueller", "Muller", "Miller"]) == [["Müller", "Mueller", "Muller"]]


@pytest.mark.parametrize("one, other, flagged_as", [
    # qa67: each spelling used as a whole name, then alone, looked like two people
    ("Jürgen Müller", "Juergen Mueller", "Mueller"),
    ("Łukasz Kowalczyk", "Lukasz Kowalczik", "Kowalczik"),
    ("José García", "Jose Garcia", "Garcia"),
    # qa68 #6: the same given name, the surname's accents or letters written out
    ("Jürgen Müller", "Jürgen Mueller", "Mueller"),
    ("José García", "José Garcia", "Garcia"),
    ("Anna Groß", "Anna Gross", "Gross"),
])
def test_a_whole_name_written_the_other_way_is_one_person(one, other, flagged_as):
    last, other_last = one.split()[1], other.split()[1]
    found = flagged(f"{one} spoke. {last} said it would wait.\n\n"
                    f"Later, {other} said the plan was sound. {other_last} left.")
    assert [w[2] for w in where(found)] == [flagged_as, flagged_as]


@pytest.mark.parametrize("body", [
    # the same given name and a surname spelled two ways, each used again: two people
    "Tom Smith spoke. Smith said it would wait.\n\nLater, Tom Smyth said the plan was sound. Smyth left.",
    # given names that are not one name written two ways: two people
    "Jon Smith spoke. Smith said it would wait.\n\nLater, John Smyth said the plan was sound. Smyth left.",
    "Jürgen Müller spoke. Müller said it would wait.\n\nLater, Hans Mueller said the plan was sound. Mueller left.",
    # different ages: two people
    "Jürgen Müller, 31, spoke. Müller said it would wait.\n\n"
    "Later, Juergen Mueller, 54, said the plan was sound. Mueller left.",
])
def test_two_people_stay_two(body):
    assert flagged(body) == []


def _garcia(later: str) -> str:
    return f"José García owns the cafe. García said sales fell.\n\n{later}"


def _mueller(later: str) -> str:
    return f"Jürgen Müller spoke. Müller said it would wait.\n\n{later}"


@pytest.mark.parametrize("body", [
    # qa68 #6: a whole name written the other way that the story shows is somebody else's
    # a generational suffix on either use: a father or son
    _garcia("His father, Jose Garcia Sr., founded it in 1970. Garcia retired."),
    "José García Jr. owns the cafe. García said sales fell.\n\nJose Garcia Sr. founded it. Garcia retired.",
    "Jose Garcia Sr. owns the cafe. Garcia said sales fell.\n\nJosé García said it was sound. García left.",
    _garcia("Jose Garcia III founded it in 1970. Garcia retired."),
    # a relative in apposition, before or after
    _mueller("His brother, Juergen Mueller, said the plan was sound. Mueller left."),
    "María López spoke. López said it would wait.\n\nHer daughter, Maria Lopez, said it was sound. Lopez left.",
    _mueller("Juergen Mueller, Müller's cousin, said the plan was sound. Mueller left."),
    # another person, a namesake
    _garcia("In Texas, a different man, Jose Garcia, was arrested. Garcia declined to comment."),
    _mueller("Another Juergen Mueller, a baker, said the plan was sound. Mueller left."),
    _mueller("A namesake, Juergen Mueller, said the plan was sound. Mueller left."),
    _mueller("Juergen Mueller, who shares the name, said the plan was sound. Mueller left."),
    # described apart in apposition
    "José García, the mayor, spoke first. García said sales fell.\n\n"
    "Jose Garcia, a plumber from Reno, also spoke. Garcia left.",
    "José García, 40, the mayor, spoke first. García said sales fell.\n\n"
    "Jose Garcia, a plumber from Reno, also spoke. Garcia left.",
])
def test_a_whole_name_written_the_other_way_by_another_person_stays_quiet(body):
    assert flagged(body) == []


@pytest.mark.parametrize("body", [
    # the same description, or "another" in another sentence: still one person's slip
    "José García, the mayor, spoke. García said sales fell.\n\n"
    "Later, Jose Garcia, the mayor, said the plan was sound. Garcia left.",
    _garcia("He met another reporter. Later, Jose Garcia said the plan was sound. Garcia left."),
    _garcia("His father founded it. Later, Jose Garcia said the plan was sound. Garcia left."),
    _garcia("Later, Jose Garcia, a plumber from Reno, said the plan was sound. Garcia left."),
    # an attribution after the name is no description of him
    "José García, the mayor, spoke first. García said sales fell.\n\n"
    "Sales fell at the plant run by Jose Garcia, the company said. Garcia left.",
])
def test_a_whole_name_written_the_other_way_is_still_one_person(body):
    assert [w[2] for w in where(flagged(body))] == ["Garcia", "Garcia"]



def test_the_same_given_name_with_the_surname_written_the_other_way_by_a_relative_stays_quiet():
    assert flagged(_mueller("His brother, Jürgen Mueller, said the plan was sound. Mueller left.")) == []


# A head of a name (its words before the surname) in ASCII, in Latin with
# accents, with initials, and with a capital letter newer than Python's own
# Unicode tables (U+A7CB is \p{Lu} to `regex`, unassigned to `str`).
_HEADS = ["Jane ", "J. ", "Andrés Manuel ", "José ", "Jean-Pierre ", "McDonald ", "de la ",
          "Jane Q. ", "jane ", "O'Neil ", "Zoë ", "Éric ", "x\ua7cbx ", "Ana\ua7cbo ", "  ", "Ólafur Ragnar "]


@pytest.mark.parametrize("head", _HEADS + [a + b for a in _HEADS[:6] for b in _HEADS[6:]])
def test_a_head_said_to_hold_no_middle_word_has_one_name_word_at_most(head):
    from lint.analysis import name_accents
    text = "said " + head + "Smith"
    start, end = 5, 5 + len(head)
    words = list(name_accents._NAME_WORD.finditer(text, start, end))
    if not name_accents.may_have_middle(text, start, end):
        assert len(words) <= 1, head
    if len(words) > 1:                      # and the pre-test never skips two
        assert name_accents.may_have_middle(text, start, end), head


def test_full_names_of_one_given_name_run_no_name_word_pattern(monkeypatch):
    """pf17: a surname whose full names have one given name each ("Jane
    Smith") has no middle word to compare, so `middle_accents` reads none;
    the accent of a middle word is still found where there is one."""
    from lint.analysis import name_accents
    from lint.analysis.names import mentions
    doc = read("Story\n\nJane Smith spoke on Monday. Smith said sales fell. Jane Smith left.\n")
    ms = [m for m in mentions(doc) if m.surname == "Smith"]
    assert ms and any(m.full for m in ms)
    seen = []
    real = name_accents._NAME_WORD

    class Counting:
        def finditer(self, *args):
            seen.append(args)
            return real.finditer(*args)

    monkeypatch.setattr(name_accents, "_NAME_WORD", Counting())
    assert name_accents.middle_accents(ms, lambda m: True) == []
    assert seen == []
    found = flagged("Andrés Manuel López Obrador spoke. Later Andres Manuel Lopez Obrador said it. "
                    "López Obrador left.")
    assert seen and [w[2] for w in where(found)][:1] == ["Lopez"]


def _groups_by_hand(forms: list[str]) -> list[list[str]]:
    """The forms joined through shared keys (`ascii_keys`), pair by pair."""
    groups = [[f] for f in forms]
    merged = True
    while merged:
        merged = False
        for i, a in enumerate(groups):
            for b in groups[i + 1:]:
                if any(ascii_keys(x) & ascii_keys(y) for x in a for y in b):
                    a += b
                    groups.remove(b)
                    merged = True
                    break
            if merged:
                break
    order = {f: i for i, f in enumerate(forms)}
    return sorted((sorted(g, key=order.__getitem__) for g in groups if len(g) > 1),
                  key=lambda g: order[g[0]])


@pytest.mark.parametrize("forms", [
    [], ["Smith"], ["Smith", "Jones", "Okafor"], ["Müller", "Smith", "Mueller"],
    ["Dubé", "Jones", "Dube", "DUBE", "Lopez", "López"], ["Müller", "Muller", "Mueller", "Müler"],
    ["Strauß", "Strauss", "Straus"], ["Zoë", "Zoe", "Zoé", "Smith"],
])
def test_accent_groups_are_the_forms_joined_through_shared_keys(forms):
    # the count that tells no shared key (pf17) gives what the grouping gives
    assert sorted(accent_groups(list(forms)), key=lambda g: forms.index(g[0])) == _groups_by_hand(forms)


class _Use:
    """A mention's stand-in for `_candidates`: only its place is read."""

    def __init__(self, at: int):
        self.position = (0, at)


@pytest.mark.parametrize("forms", [
    ["Smith", "Jones", "Okafor", "Marsh"], ["Kowalczyk", "Kowalczik", "Smith"],
    ["Whitcombe", "Whitcomb"], ["Zelenskyy", "Zelensky", "Jones"], ["Montgomerie", "Montgomery"],
    ["Müller", "Mueller", "Muller"], ["DeSantis", "Desantis"], ["Jenkins", "Jenkin"], [],
])
def test_spelling_pairs_are_those_of_every_pair_compared(forms):
    """The forms are compared through shared keys only, and a story whose
    forms share no key is told so by one count (pf17): the pairs are those
    of comparing every two forms."""
    from lint.kinds.name_spelling_variant import _variants
    from titles_helpers import rule
    kind = rule(RULE).checker
    counts = {f: [_Use(i)] for i, f in enumerate(forms)}
    every = sorted((a, b) for i, a in enumerate(forms) for b in forms[i + 1:]
                   if _variants(a, b) and not kind._distinct(a, b))
    assert sorted(kind._candidates(counts)) == every
