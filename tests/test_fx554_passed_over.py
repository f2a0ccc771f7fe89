"""fx554: an audit whose walks found nothing to read names what they passed
over and how to audit a corpus's SGML (nu73 #5)."""
from __future__ import annotations

import pytest

from lint.audit.passed_over import passed_over
from lint.audit.plan import PlanError, plan

SGM = ('<!DOCTYPE lewis SYSTEM "lewis.dtd">\n<REUTERS NEWID="1"><TEXT><TITLE>COCOA</TITLE>'
       '<BODY>Cocoa rose.</BODY></TEXT></REUTERS>\n')


def test_a_folder_of_sgm_and_data_names_them_and_the_way_to_audit_the_sgm(tmp_path):
    for name in ("reut2-000.sgm", "reut2-001.sgm"):
        (tmp_path / name).write_text(SGM)
    (tmp_path / "cats.csv").write_text("a,b\n")
    passed: dict = {}
    with pytest.raises(PlanError) as said:
        plan([str(tmp_path)], empty=[], passed=passed)
    lines = str(said.value).splitlines()
    assert lines[0] == f"{tmp_path}: no article or export files found"
    assert lines[1].startswith("passed over 3 files (2 .sgm, 1 .csv): .sgm is SGML, a corpus file of "
                               "many stories; write its stories out as JSON Lines"), lines


def test_guard_data_alone_is_counted_with_no_advice_and_nothing_passed_says_nothing():
    assert passed_over({".csv": 2, "": 1}) == ["passed over 3 files (2 .csv, 1 with no extension)"]
    assert passed_over({}) == []


def test_guard_an_audit_that_reads_something_raises_nothing(tmp_path):
    (tmp_path / "a.txt").write_text("Vote\n\nThe council met.\n")
    (tmp_path / "r.sgm").write_text(SGM)
    passed: dict = {}
    assert plan([str(tmp_path)], empty=[], passed=passed) and passed == {".sgm": 1}
