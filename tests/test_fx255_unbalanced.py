"""fx255, nu42 M3: one mismatched pair of marks (`‘They were lucky,” Ames
said.`) is one slip, so one finding at its opening mark, not two."""
from __future__ import annotations

import pytest

from lint import lint_text
from lint.config import Config

CFG = Config(select=("quotes.unbalanced",))


def found(text: str) -> list[tuple[int, int, str]]:
    return [(d.line, d.column, d.message) for d in lint_text(text, "story.txt", config=CFG)]


def test_a_single_mark_closed_by_a_double_is_one_finding_at_the_opening_mark():
    for line in ("‘They were lucky,” Ames said.", "‘The buses will run on time,” said Ana Ruiz."):
        got = found(f"Bus strike\n\n{line}\n")
        assert [(a, b) for a, b, _ in got] == [(3, 1)], line
        assert "a mark of the other kind closes" in got[0][2]


def test_a_single_mark_never_closed_and_a_stray_double_in_another_sentence_stay_two():
    got = found("Bus strike\n\n‘They were lucky. The buses ran late.\n\nThe drivers were angry,” Ames said.\n")
    assert [(a, b) for a, b, _ in got] == [(3, 1), (5, 24)]


@pytest.mark.xfail(strict=True, reason="nu47 #3: a closing ’ run into the next opening “ is read as an apostrophe")
def test_a_closing_single_mark_run_into_an_opening_double_closes_its_quote():
    # PolNeAR train huff-post_2016-07-25_monday-s-morning-email-putin-s-p.txt line 17
    got = found("Morning email\n\n‘The party’“Mr. Barna threw a bash,” the Times said.\n")
    assert not [m for _, _, m in got if "never closed" in m]      # ‘ at 3:1 said never closed
