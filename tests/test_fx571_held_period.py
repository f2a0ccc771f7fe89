"""fx571 (qa426 #6, #7): titles.trailing-period holds the fix after a glued
a.m. or p.m. that may end a sentence, as after a spaced one, and the held
message names the name reading (`U.S. Capitol`) beside the two clauses."""
from __future__ import annotations

import pytest

from lint.config import Config
from lint.engine import lint_bytes

BODY = "The council voted on the plan on Tuesday, officials said, and the mayor signed it.\n"


def _hed(hed: str):
    return [(d.fix is not None, d.message) for d in
            lint_bytes("a.md", f"# {hed}\n\n{BODY}".encode(), Config(select=("titles.trailing-period",))).diagnostics]


@pytest.mark.parametrize("hed, word", [("Market opens at 9a.m. Crowds gather.", "a.m."),
                                       ("Polls close at 8:30p.m. Voters wait.", "p.m."),
                                       ("Pope visits U.S. Capitol.", "U.S.")])
def test_the_fix_is_held_and_the_message_names_both_readings(hed, word):
    ((fixed, message),) = _hed(hed)
    assert not fixed and f"'{word}' before a capital" in message
    assert "end a sentence" in message and "before a name" in message


@pytest.mark.parametrize("hed", ["Market opens at 9a.m. Saturday.", "Market opens at 9a.m. ET.",
                                 "Market opens at 9a.m. today.", "Market Opens At 9a.m. Crowds Gather.",
                                 "Lights out 9a.m. Sunday."])
def test_guard_a_glued_time_before_a_day_a_zone_or_in_title_case_keeps_the_fix(hed):
    ((fixed, _),) = _hed(hed)
    assert fixed
