"""`analysis.name_promotions`: the who-clause patterns are compiled once per
jobs and ranks, not once per surname (issue 15: flat memory), and each
surname still finds only its own clause."""
from lint.analysis import name_promotions as np


def test_compiled_clauses_do_not_grow_with_distinct_surnames():
    np._clause.cache_clear()
    np._undated.cache_clear()
    for surname in ("Ng", "Kowalczyk", "Soto"):
        np.own_promotion(surname, ("mayor",)).search(f"{surname}, who became mayor.")
        np.undated_promotion(surname, ("mayor",)).search(f"{surname}, who became mayor.")
    assert np._clause.cache_info().currsize == 1
    assert np._undated.cache_info().currsize == 1


def test_the_clause_follows_this_surname_only():
    text = "Deputy Mayor Ana Soto thanked Kowalczyk, who was later named mayor in May."
    assert np.own_promotion("Kowalczyk", ("mayor",)).search(text)
    assert np.undated_promotion("Kowalczyk", ("mayor",)).search(text) is None   # "later" is own_promotion's alone
    assert np.own_promotion("Soto", ("mayor",)).search(text) is None
    # a surname inside a longer name ("Ng" in "Lang") lends it no clause, either case
    assert np.own_promotion("Ng", ("mayor",)).search("Lang, who became mayor.") is None
    assert np.own_promotion("Ng", ("mayor",)).search("Lang and NG, who became mayor.")
