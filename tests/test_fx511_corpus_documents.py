"""fx511 (nu70): a corpus's README.TXT in a folder walked is read as an
article, by `check` and `audit` alike (only a static site's root leaves its
repository documents out); the README's route, `exclude: ["README*",
"LICENSE*"]`, leaves it out of both. Guards that the two stay one walk."""
from __future__ import annotations

import json

import pytest

from test_qa77_regressions import audit

STORY = "Acme sets dividend\n\nAcme said the the payout is TK.\n"
NOTE = "Reuters-21578 text categorization collection\n\nThis README is TK.\n"


@pytest.fixture
def corpus(tmp_path):
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "README.TXT").write_text(NOTE, encoding="utf-8")
    (tmp_path / "corpus" / "LICENSE.txt").write_text(NOTE.replace("README", "licence"), encoding="utf-8")
    (tmp_path / "corpus" / "a.txt").write_text(STORY, encoding="utf-8")
    return tmp_path


def _both(run_cli, audit_client, root, out):
    import pyarrow.dataset as ds

    done = run_cli("check", "--no-cache", "--format", "json", "corpus", cwd=root)
    checked = sorted((f["path"], f["line"], f["column"], f["rule"]) for f in json.loads(done.stdout))
    audited = audit(root, "corpus", "-o", out, "--scheduler", audit_client.scheduler.address)
    assert audited.exit_code == 1, audited.stderr
    rows = ds.dataset(str(root / out), format="parquet").to_table().to_pylist()
    return checked, sorted((r["path"], r["line"], r["column"], r["rule"]) for r in rows), audited.stderr


def test_guard_a_corpus_readme_is_read_by_check_and_audit_alike(corpus, run_cli, audit_client):
    checked, audited, said = _both(run_cli, audit_client, corpus, "out")
    assert audited == checked
    assert {p for p, *_ in audited} == {"corpus/README.TXT", "corpus/LICENSE.txt", "corpus/a.txt"}
    assert "audited 3 articles" in said


def test_the_readme_exclude_leaves_it_out_of_both(corpus, run_cli, audit_client):
    (corpus / ".newslint.yaml").write_text('exclude: ["README*", "LICENSE*"]\n', encoding="utf-8")
    checked, audited, said = _both(run_cli, audit_client, corpus, "out")
    assert audited == checked and {p for p, *_ in audited} == {"corpus/a.txt"}
    assert "audited 1 article " in said and "not read" not in said, said


def test_an_audit_of_only_a_named_file_exclude_leaves_out_says_why(corpus, run_cli):
    """It was "no sources to audit", naming no cause; check says the file's
    line when it lints nothing. Still exit 2: nothing at all to audit."""
    (corpus / ".newslint.yaml").write_text('exclude: ["README*"]\n', encoding="utf-8")
    line = ("newslint: skipped corpus/README.TXT (matched by exclude: in .newslint.yaml; "
            "take it out of exclude: to lint it)")
    assert line in run_cli("check", "--no-cache", "corpus/README.TXT", cwd=corpus).stderr
    done = audit(corpus, "corpus/README.TXT", "-o", "out")
    assert done.exit_code == 2 and done.stderr.strip() == line, done.stderr
    assert not (corpus / "out").exists()


def test_guard_a_named_file_beside_others_is_still_left_out_quietly(corpus, audit_client):
    (corpus / ".newslint.yaml").write_text('exclude: ["README*"]\n', encoding="utf-8")
    done = audit(corpus, "corpus/README.TXT", "corpus/a.txt", "-o", "out",
                 "--scheduler", audit_client.scheduler.address)
    assert done.exit_code == 1 and "README" not in done.stderr, done.stderr
    assert "audited 1 article " in done.stderr
