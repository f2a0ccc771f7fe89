"""fx511 (nu70): a named Reuters-21578 `.sgm` was linted as one plain-text
article holding its 1,000 stories, though a walk never reads one. Named, it
is now skipped as a named `.png` or `.json` is: one `file.format` line,
never a finding, the files named beside it linted. The nearest cases stay:
a named file of another unknown suffix is plain text, and XML saved under
the name is told by its root element."""
from __future__ import annotations

import json

import pytest

from test_nu70_review import NITF
from test_qa77_regressions import audit

SGML = ('<!DOCTYPE lewis SYSTEM "lewis.dtd">\n<REUTERS TOPICS="YES" NEWID="1">\n'
        "<DATE>26-FEB-1987 15:01:01.79</DATE>\n<TEXT>\n<TITLE>ACME SETS DIVIDEND</TITLE>\n"
        "<BODY>Acme said the the payout is TK.\n</BODY></TEXT>\n</REUTERS>\n")
STORY = "Acme sets dividend\n\nAcme said the the payout is TK.\n"


@pytest.fixture
def corpus(tmp_path):
    (tmp_path / "reut2-000.sgm").write_text(SGML, encoding="utf-8")
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    return tmp_path


def _json(done):
    return [(f["path"], f["rule"]) for f in json.loads(done.stdout)]


@pytest.mark.parametrize("name", ["reut2-000.sgm", "REUT2-000.SGM", "wire.sgml"])
def test_a_named_sgm_is_skipped_in_one_line_and_the_others_linted(corpus, run_cli, name):
    if name != "reut2-000.sgm":
        (corpus / "reut2-000.sgm").rename(corpus / name)
    done = run_cli("check", "--no-cache", "--format", "json", name, "story.txt", cwd=corpus)
    assert done.exit_code == 1, done.output
    found = _json(done)
    assert found and {path for path, _ in found} == {"story.txt"}, found
    said = [line for line in done.stderr.splitlines() if name in line]
    ext = name[name.rindex("."):].lower()
    assert said == [f"newslint: {name}: file.format: skipped: not an article format ({ext} is SGML, "
                    "a corpus file of many stories; newslint reads .md .markdown .mdown .mkd .mdx "
                    ".html .htm .xhtml .txt .text .nitf .jsonl .ndjson and NITF, NewsML-G2 or "
                    "WordPress .xml); write its stories out as JSON Lines, one a line (README: "
                    "Dating an archive), to lint them"], done.stderr


def test_a_named_sgm_alone_lints_nothing_and_passes(corpus, run_cli):
    done = run_cli("check", "--no-cache", "reut2-000.sgm", cwd=corpus)
    assert done.exit_code == 0, done.output
    assert "No files linted." in done.stdout
    assert "hygiene" not in done.output


def test_an_empty_sgm_is_skipped_by_its_name(corpus, run_cli):
    (corpus / "empty.sgm").write_text("")
    done = run_cli("check", "--no-cache", "empty.sgm", cwd=corpus)
    assert done.exit_code == 0 and "empty.sgm: file.format: skipped" in done.stderr, done.output


def test_parse_skips_a_named_sgm_as_check(corpus, run_cli):
    done = run_cli("parse", "reut2-000.sgm", cwd=corpus)
    assert done.exit_code == 0, done.output
    assert "reut2-000.sgm: file.format: skipped: not an article format (.sgm is SGML" in done.stderr


def test_guard_nitf_saved_as_sgm_is_still_read(corpus, run_cli):
    (corpus / "n.sgm").write_text(NITF, encoding="utf-8")
    (corpus / "n.nitf").write_text(NITF, encoding="utf-8")
    as_sgm = run_cli("check", "--no-cache", "--format", "json", "n.sgm", cwd=corpus)
    as_nitf = run_cli("check", "--no-cache", "--format", "json", "n.nitf", cwd=corpus)
    assert [r for _, r in _json(as_sgm)] == [r for _, r in _json(as_nitf)] != []


@pytest.mark.parametrize("name", ["story.wire", "STORY", "story.story"])
def test_guard_another_unknown_suffix_named_is_still_plain_text(corpus, run_cli, name):
    (corpus / name).write_text(STORY, encoding="utf-8")
    done = run_cli("check", "--no-cache", "--format", "json", name, "story.txt", cwd=corpus)
    rules = sorted(r for p, r in _json(done) if p == name)
    assert rules and rules == sorted(r for p, r in _json(done) if p == "story.txt"), done.output


def test_guard_a_named_png_is_skipped_as_before(corpus, run_cli):
    (corpus / "b.png").write_bytes(b"\x89PNG\r\n")
    done = run_cli("check", "--no-cache", "b.png", cwd=corpus)
    assert done.exit_code == 0
    assert "b.png: file.format: skipped: not an article format (.png is a picture or an archive;" \
        in done.stderr


def test_guard_a_walk_never_reads_the_sgm(corpus, run_cli):
    done = run_cli("check", "--no-cache", "--format", "json", ".", cwd=corpus)
    assert {p for p, _ in _json(done)} == {"story.txt"}
    assert ".sgm" not in done.stderr


def test_audit_skips_a_named_sgm_and_counts_a_walked_one(corpus, audit_client):
    import pyarrow.dataset as ds

    (corpus / "desk").mkdir()
    (corpus / "desk" / "reut2-001.sgm").write_text(SGML, encoding="utf-8")
    (corpus / "desk" / "a.txt").write_text(STORY, encoding="utf-8")
    done = audit(corpus, "reut2-000.sgm", "story.txt", "desk", "-o", "out",
                 "--scheduler", audit_client.scheduler.address)
    assert done.exit_code == 1, done.stderr
    said = [line for line in done.stderr.splitlines() if ".sgm" in line]
    assert len(said) == 2, done.stderr
    assert said[0].startswith("newslint: reut2-000.sgm: file.format: skipped: not an article format "
                              "(.sgm is SGML, a corpus file of many stories;")
    assert "audited 2 articles" in said[1] and "not read: 1 other file (1 .sgm)" in said[1]
    rows = ds.dataset(str(corpus / "out"), format="parquet").to_table().to_pylist()
    assert {r["path"] for r in rows} == {"story.txt", "desk/a.txt"}
