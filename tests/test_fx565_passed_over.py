"""fx565: an audit that found nothing to read names what its walks passed
over, and for a corpus's .sgm what it is and the JSON Lines way to audit it
(nu73 #5). Guards: an empty folder says only that; a sitemap a walk leaves
out is passed over too (nu73 #2)."""
from __future__ import annotations

import pytest

from lint.audit.passed_over import passed_over
from lint.audit.plan import PlanError, plan


def _refusal(specs, passed):
    with pytest.raises(PlanError) as said:
        plan(specs, empty=[], passed=passed)
    return str(said.value)


def test_an_sgm_only_folder_names_the_sgm_and_the_jsonl_way(tmp_path, monkeypatch):
    (tmp_path / "corpus").mkdir()
    for i in range(2):
        (tmp_path / "corpus" / f"reut2-00{i}.sgm").write_text("<REUTERS></REUTERS>\n")
    (tmp_path / "corpus" / "all-exchanges-strings.lc.txt.csv").write_text("a\n")
    (tmp_path / "corpus" / "map.xml").write_text("<?xml version='1.0'?>\n<urlset/>\n")
    monkeypatch.chdir(tmp_path)
    said = _refusal(["corpus"], {})
    assert "corpus: no article or export files found" in said
    assert "passed over 4 files (2 .sgm, 1 .csv, 1 .xml): .sgm is SGML" in said
    assert "JSON Lines" in said


def test_guard_an_empty_folder_says_only_that(tmp_path, monkeypatch):
    (tmp_path / "empty").mkdir()
    monkeypatch.chdir(tmp_path)
    said = _refusal(["empty"], {})
    assert "no article or export files found" in said and "passed over" not in said


def test_guard_the_line_counts_more_kinds_together():
    line, = passed_over({f".k{i}": 1 for i in range(7)} | {".sgm": 3})
    assert line.startswith("passed over 10 files (3 .sgm, 1 .k0, 1 .k1, 1 .k2, 1 .k3, 3 of 3 other kinds)")
    assert passed_over({}) == []
