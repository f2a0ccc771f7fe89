"""fx573: lint.audit.findings, left with nothing to read, says what its walks
passed over and the JSON Lines way, as `newslint audit` does (qa428 #9);
a folder with nothing in it beside a source read is still refused (guard)."""
from __future__ import annotations

import pytest

from lint.audit.plan import PlanError


def test_the_notebook_api_names_a_corpus_it_passed_over(tmp_path, monkeypatch):
    pytest.importorskip("dask.dataframe")
    from lint.audit import findings

    (tmp_path / "sg").mkdir()
    for name in ("r1.sgm", "r2.sgm"):
        (tmp_path / "sg" / name).write_text("<REUTERS><BODY>x</BODY></REUTERS>\n")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(PlanError) as err:
        findings("sg")
    said = str(err.value)
    assert said.startswith("sg: no article or export files found")
    assert "passed over 2 files (2 .sgm): .sgm is SGML" in said and "JSON Lines" in said


def test_guard_an_empty_folder_beside_a_file_is_still_refused(tmp_path, monkeypatch):
    pytest.importorskip("dask.dataframe")
    from lint.audit import findings

    (tmp_path / "empty").mkdir()
    (tmp_path / "a.txt").write_text("Vote\n\nThe council met.\n")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(PlanError, match="^empty: no article or export files found$"):
        findings(["a.txt", "empty"])
