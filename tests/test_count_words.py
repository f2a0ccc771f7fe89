"""Counts in newslint's own messages take the word that fits them (qa69 #9):
"1 article", "1 pass", as "1 finding" in `explain` (test_qa69_regressions)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("records, said", [(1, "(jsonl, 1 article)"), (2, "(jsonl, 2 articles)")])
def test_parse_counts_the_articles_of_an_export(run_cli, tmp_path, records, said):
    export = tmp_path / "one.jsonl"
    export.write_text("".join(f'{{"headline": "Council meets {i}", "body": "The council met."}}\n'
                              for i in range(records)), encoding="utf-8")
    result = run_cli("parse", export)
    assert result.stdout.splitlines()[0] == f"{export} {said}"


def test_a_one_pass_limit_is_said_in_the_singular(tmp_path):
    from lint.fixes import fix_bytes
    from test_fix_loop import house

    config, rules = house(tmp_path, {"colour": "color", "color": "colour"})
    outcome = fix_bytes("a.txt", b"Head\n\nThe colour red.\n", config, max_passes=1, rules=rules)
    assert outcome.problems == ["a.txt: fixes did not settle after 1 pass (two rules keep undoing "
                                "each other?); the last pass is kept"]
