"""A fix that ends in an abbreviation's full stop writes one stop where the
text already has one after the span (AP's "a.m., p.m." entry: a sentence
ending in an abbreviation takes one period; qa128 #1). Each fix of the time,
date and weekday rules and a house swap ending in '.' is run with `--fix`,
then checked again: no doubled stop is written and nothing new is found."""
from __future__ import annotations

import pytest

from lint.placing import one_stop

HEAD = "---\ntitle: Council votes\ndate: 2024-05-01\n---\n\n"

SWAP_RULE = """extends: substitution
message: "use '{replacement}' rather than '%s'"
level: warning
swap:
  Mister: Mr.
  et cetera: etc.
examples:
  - fail: We met Mister Smith.
    fix: We met Mr. Smith.
  - pass: We met Mr. Smith.
"""


def _fix_then_check(tmp_path, run_cli, body, *select):
    (tmp_path / "r" / "house").mkdir(parents=True)
    (tmp_path / "r" / "house" / "mister.yaml").write_text(SWAP_RULE, encoding="utf-8")
    (tmp_path / "a.md").write_text(HEAD + body + "\n", encoding="utf-8")
    args = ["--no-cache", "--rules", "r", *(a for s in select for a in ("--select", s))]
    run_cli("check", "a.md", *args, "--fix", cwd=tmp_path)
    fixed = (tmp_path / "a.md").read_text(encoding="utf-8")[len(HEAD):-1]
    again = run_cli("check", "a.md", *args, cwd=tmp_path)
    return fixed, again.output


@pytest.mark.parametrize("body, rule, want", [
    ("The mayor met at 7:00 PM.Then he left.", "style.time-of-day", "The mayor met at 7 p.m.Then he left."),
    ("The mayor met at 9.30pm.Then he left.", "style.time-of-day", "The mayor met at 9:30 p.m.Then he left."),
    ("He came at 7am.It rained.", "style.time-of-day", "He came at 7 a.m.It rained."),
    ("He came at 7 PM.", "style.time-of-day", "He came at 7 p.m."),
    ("He came at 12 p.m.Then he left.", "style.noon-midnight", "He came at noon.Then he left."),
    ("The law takes effect Sep 1.", "style.month-abbreviation-form", "The law takes effect Sept. 1."),
    ("The law takes effect Sep. 1.Then it lapses.", "style.month-abbreviation-form",
     "The law takes effect Sept. 1.Then it lapses."),
    ("The vote is on January 5.Then he left.", "style.month-abbreviation", "The vote is on Jan. 5.Then he left."),
    ("The board meets Wed. Dec. 2, 2026.", "style.weekday-abbreviation", "The board meets Wednesday, Dec. 2, 2026."),
    ("We met the Mister. Then the other Mister.Then apples, et cetera.", "house",
     "We met the Mr. Then the other Mr.Then apples, etc."),
    ("Pears and et cetera", "house", "Pears and etc."),
])
def test_a_fix_ending_in_a_stop_writes_one_stop(tmp_path, run_cli, body, rule, want):
    fixed, again = _fix_then_check(tmp_path, run_cli, body, rule)
    assert fixed == want, fixed
    assert "No problems found" in again, again


def test_a_time_already_in_ap_form_before_an_unspaced_stop_is_not_flagged(tmp_path, run_cli):
    fixed, again = _fix_then_check(tmp_path, run_cli, "The mayor met at 7 p.m.Then he left.", "style.time-of-day")
    assert fixed == "The mayor met at 7 p.m.Then he left."
    assert "No problems found" in again, again


@pytest.mark.parametrize("text, end, fix, want", [
    ("Mister. Then", 6, "Mr.", "Mr"),         # the text's stop ends the abbreviation
    ("Mister Then", 6, "Mr.", "Mr."),         # no stop after: written whole
    ("Mister", 6, "Mr.", "Mr."),              # the text's end
    ("and so on.", 9, "etc.", "etc"),
    ("wait..", 4, "wait..", "wait.."),        # an ellipsis's stops are its own
    ("Mister.", 6, "Mr", "Mr"),               # no stop in the fix
])
def test_one_stop(text, end, fix, want):
    assert one_stop(text, end, fix) == want
