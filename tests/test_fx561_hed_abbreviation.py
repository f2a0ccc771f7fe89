"""fx561 (qa417 #5): a sentence-case headline whose abbreviation may end a
sentence before a capital ('Pope visits U.S. Crowds cheer.') is flagged with
no fix; an abbreviation at the start, before a lower-case word, a title's or
a person's initials before a name, a.m. before its day, and a title-case or
all-capitals headline keep the fix."""
from __future__ import annotations

import pytest

from lint.config import Config
from lint.engine import lint_bytes

BODY = "The council voted on the plan on Tuesday, officials said, and the mayor signed it.\n"


def _found(hed: str):
    text = f"# {hed}\n\n{BODY}"
    return [(d.column, d.fix is not None, d.message) for d in
            lint_bytes("a.md", text.encode(), Config(select=("titles.trailing-period",))).diagnostics]


@pytest.mark.parametrize("hed, word", [
    ("Pope visits U.S. Crowds cheer.", "U.S."), ("Acme Inc. Shares fall.", "Inc."),
    ("Storm hits Calif. Residents flee.", "Calif."), ("Market opens at 9 a.m. Crowds gather.", "a.m."),
    ("Trade talks open in U.K. Farmers protest.", "U.K."),
])
def test_an_abbreviation_that_may_end_a_sentence_holds_the_fix(hed, word):
    (column, fixed, message), = _found(hed)
    assert column == 3 + len(hed) - 1 and not fixed
    assert f"'{word}' before a capital" in message


@pytest.mark.parametrize("hed", [
    "U.S. Senate passes bill.", "J.K. Rowling signs deal.", "Acme Inc. buys rival.", "Trump meets Gov. Newsom.",
    "Market opens at 9 a.m. Saturday.", "Vote at 9 p.m. ET Friday.", "No. 1 Alabama wins.",
    "Fans visit St. Louis.", "Council approves budget.",
    # a person's initials; title case and capitals, where a capital tells nothing
    "Even in India, jobs are for life, A.K. Verma was pushing it.", "Fans cheer J.K. Rowling.",
    "Obama Tells Asians Worried About U.S. Election It Will Be OK.", "POPE VISITS U.S. CROWDS CHEER.",
])
def test_guard_an_abbreviation_that_ends_no_sentence_keeps_the_fix(hed):
    (column, fixed, message), = _found(hed)
    assert column == 3 + len(hed) - 1 and fixed and "before a capital" not in message


def test_guard_two_sentences_keep_their_own_message():
    (_, fixed, message), = _found("Writing for the web is easy. Writing for U.S. users is not.")
    assert not fixed and "headline of two sentences" in message
