"""fx524 (nu71 #1): the front-matter keys real sites give a dek by (`deck`,
`teaser`, `excerpt`, `subhead`, `standfirst`) are read as the dek, placed
where their text stands; the keys read before keep their findings where
they were, and a key newslint does not know stays a plain field."""
import pytest

from lint import lint_text

NEW_KEYS = ["deck", "teaser", "excerpt", "subhead", "standfirst"]
DEK_TEXT = "The the total is TK, Council President Ann Lee said."


def _story(*keys, key_case=None):
    lines = "".join(f"{key}: '{DEK_TEXT}'\n" for key in keys)
    return ("---\ntitle: 'Council passes budget'\ndate: 2026-12-07\n" + lines + "---\n\n"
            "The council passed the budget on Monday, Council President Ann Lee said.\n")


def _at(diags, rule):
    return [(d.line, d.column) for d in diags if d.rule == rule]


@pytest.mark.parametrize("key", NEW_KEYS)
def test_new_dek_key_findings_stand_in_its_value(key):
    diags = lint_text(_story(key), "content/news/post.md", select=["hygiene"])
    col = len(key) + 4                      # columns count from 1, past `key: '`
    assert _at(diags, "hygiene.doubled-word") == [(4, col)]
    assert _at(diags, "hygiene.placeholder") == [(4, col + DEK_TEXT.index("TK"))]


@pytest.mark.parametrize("key", NEW_KEYS)
def test_dek_key_is_checked_against_the_headline(key):
    dek = "The transit board will raise fares by 50 cents, to $2.75."
    text = ("---\ntitle: 'Bus fares to rise 25 cents'\ndate: 2026-12-07\n"
            f"{key}: '{dek}'\n---\n\nThe board voted on Monday.\n")
    diags = lint_text(text, "content/news/post.md", select=["titles.dek-disagrees"])
    assert _at(diags, "titles.dek-disagrees") == [(4, len(key) + 4 + dek.index("50"))]


def test_guard_dek_keeps_its_findings_beside_a_deck():
    # both are shown copy: each is a dek, and `dek:`'s findings stay where they were
    alone = lint_text(_story("dek"), "content/news/post.md", select=["hygiene"])
    both = lint_text(_story("dek", "deck"), "content/news/post.md", select=["hygiene"])
    assert _at(alone, "hygiene.placeholder") == [(4, 24)]
    assert _at(both, "hygiene.placeholder") == [(4, 24), (5, 25)]


def test_guard_plain_field_is_not_prose():
    diags = lint_text(_story("category", "kicker"), "content/news/post.md", select=["hygiene"])
    assert _at(diags, "hygiene.placeholder") == [] and _at(diags, "hygiene.doubled-word") == []


def test_guard_key_case_follows_the_site():
    text = _story("Deck")
    hugo = lint_text(text, "content/news/post.md", select=["hygiene"])
    jekyll = lint_text(text, "_posts/2026-12-07-budget.md", select=["hygiene"], markup="jekyll")
    assert _at(hugo, "hygiene.placeholder") == [(4, 25)]       # Hugo reads keys in any case
    assert _at(jekyll, "hygiene.placeholder") == []            # Jekyll reads `deck` only


def _case(deck):
    text = ("---\ntitle: 'Making Government Sites More Secure by Default'\ndate: 2026-12-07\n"
            f"deck: '{deck}'\n---\n\nThe program will preload the domain, officials said.\n")
    return [(d.line, d.column, d.message) for d in lint_text(text, "content/news/post.md", select=["titles.case"])]


def test_deck_copying_the_headline_teaches_no_names():
    # digitalgov's decks open with the headline in bold: its capitals are the headline's style
    alone = _case("The program will preload the domain.")
    copied = _case("**Making Government Sites More Secure by Default** &mdash; The program will preload the domain.")
    assert alone == copied and [(line, col) for line, col, _ in alone] == [(2, 16)]


def test_guard_deck_prose_capitals_still_teach_names():
    # mid-sentence capitals in the deck's own words are a name (a program, a report)
    assert _case("The new Government Sites program will make them More Secure by Default.") == []
