"""A mistyped bare rule name (`doubled-wrd`) is told the rule it is nearest by
its own name, where `--select`, `levels:` and a suppression comment name rules
(qa128 #3: it was compared with whole ids only, `hygiene.doubled-word` at
0.65, under NEAR). Synthetic input only."""
from __future__ import annotations

import pytest

from lint.suppress_ids import NEAR, nearest_id

IDS = {"hygiene", "captions", "titles", "hygiene.doubled-word", "hygiene.placeholder",
       "captions.placeholder", "titles.case", "style.time-of-day"}
HEAD = "---\ntitle: Council votes\ndate: 2024-05-01\n---\n\n"


@pytest.mark.parametrize("typo, meant", [
    ("doubled-wrd", "hygiene.doubled-word"),
    ("Doubled-Wrd", "hygiene.doubled-word"),                        # case is no difference
    ("time-of-dy", "style.time-of-day"),
    ("placeholdr", "captions.placeholder or hygiene.placeholder"),  # two packs' rules of one name
    ("doubled-word", "hygiene.doubled-word"),                       # a right bare name, as before
    ("hygiene.dubled-word", "hygiene.doubled-word"),                # a whole id, as before
    ("hygeine", "hygiene"),                                         # a pack, as before
    ("oxford", None),                                               # near nothing
    ("hygiene.doubled-wrd-x", "hygiene.doubled-word"),
])
def test_nearest_id_by_a_rules_own_name(typo, meant):
    assert nearest_id(typo, IDS) == meant


def test_a_dotted_typo_is_never_read_by_a_rules_own_name():
    # `style.doubled-wrd`: its pack is written, so a rule of another pack is not meant
    from difflib import SequenceMatcher
    assert SequenceMatcher(None, "style.doubled-wrd", "hygiene.doubled-word").ratio() < NEAR
    assert nearest_id("style.doubled-wrd", IDS) is None


def test_three_packs_rules_of_one_name_are_listed_as_every_refusal_lists_them():
    # did_you_mean.alternatives: "A, B or C", not "A or B or C" (rr44a #6)
    ids = IDS | {"house.placeholder"}
    assert nearest_id("placeholdr", ids) == "captions.placeholder, house.placeholder or hygiene.placeholder"


def test_by_name_false_compares_whole_ids_only():
    assert nearest_id("doubled-wrd", IDS, by_name=False) is None


def test_levels_and_a_suppression_comment_are_told_the_rule(tmp_path, run_cli):
    (tmp_path / "a.md").write_text(f"{HEAD}The the vote passed. <!-- newslint-disable-line doubled-wrd -->\n",
                                   encoding="utf-8")
    got = run_cli("check", "a.md", "--no-cache", cwd=tmp_path)
    assert "no rule or pack 'doubled-wrd' (did you mean hygiene.doubled-word?" in got.output, got.output
    (tmp_path / ".newslint.yaml").write_text("levels:\n  doubled-wrd: error\n", encoding="utf-8")
    got = run_cli("check", "a.md", "--no-cache", cwd=tmp_path)
    assert "levels: no rule or pack 'doubled-wrd' (did you mean hygiene.doubled-word?)" in got.output + got.stderr


def test_a_reasons_word_near_a_rules_name_is_still_read_as_a_reason(tmp_path, run_cli):
    # `cases` is near titles.case's own name, but after a right id it is a word of a reason
    (tmp_path / "a.md").write_text(f"{HEAD}The the vote passed. <!-- newslint-disable-line hygiene.doubled-word "
                                   "cases -->\n", encoding="utf-8")
    got = run_cli("check", "a.md", "--no-cache", cwd=tmp_path)
    assert "is 'cases' part of the reason?" in got.output or "is 'cases' a reason?" in got.output, got.output
