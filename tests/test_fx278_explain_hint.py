"""fx278 (qa168 #4): explain's did-you-mean starts from the id --select
offers (`suppress_ids.nearest_id`), and only when none is near lists a
pack the typo begins or the rules with its word in their name, within the
pack it names."""
from __future__ import annotations

import pytest

from lint.suppress_ids import near_ids

_IDS = {"dates", "dates.after-publication", "dates.caption-after-publication", "style",
        "style.after-hours", "titles", "titles.case", "titles.headline-weekday"}


@pytest.mark.parametrize("typo,meant", [
    ("titles.cse", ["titles.case"]),                  # --select's one, not the pack
    ("TITLES.CASE", ["titles.case"]),
    ("dat", ["dates"]),
    ("dates.after", ["dates.after-publication", "dates.caption-after-publication"]),   # its pack's only
    ("after", ["dates.after-publication", "dates.caption-after-publication", "style.after-hours"]),
    ("nothing.near", []),
    ("  ", []),
])
def test_near_ids_offers_what_a_typo_may_mean(typo, meant):
    assert near_ids(typo, _IDS) == meant


def test_explain_and_select_offer_the_same_rule(run_cli, tmp_path):
    (tmp_path / "s.txt").write_text("Clean story\n\nThe story is clean, the mayor said.\n", encoding="utf-8")
    told = run_cli("explain", "titles.Case", cwd=tmp_path)
    selected = run_cli("check", "--select", "titles.Case", "s.txt", cwd=tmp_path)
    assert told.exit_code == selected.exit_code == 2
    assert "(did you mean titles.case?)" in told.stderr, told.stderr
    assert "(did you mean titles.case?)" in selected.stderr, selected.stderr
