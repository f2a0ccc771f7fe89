"""fx518: qa383 #1. An audit's glob source whose every match `exclude:`
leaves out is said as an emptied folder is, naming the glob and the
exclude. Inputs are synthetic (tmp_path)."""
from __future__ import annotations

import pytest

from test_qa77_regressions import audit

fsspec = pytest.importorskip("fsspec")

from lint.audit.plan import PlanError, sources  # noqa: E402

NOTHING = "no article or export files found"


def _at(client):
    return ["--scheduler", client.scheduler.address]


def _rows(folder):
    import pyarrow.dataset as ds

    return ds.dataset(str(folder), format="parquet").to_table().to_pylist()


@pytest.fixture
def desk(tmp_path):
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "a.md").write_text("# A\n\nThe the cat.\n")
    (tmp_path / "drafts" / "b.md").write_text("# B\n\nThe the dog.\n")
    (tmp_path / ".newslint.yaml").write_text('exclude: ["drafts/**"]\n')
    (tmp_path / "keep").mkdir()
    (tmp_path / "keep" / "k.md").write_text("# K\n\nThe the cat sat.\n")
    return tmp_path


# ---- qa383 #1: a glob exclude: empties ----

def test_a_glob_exclude_empties_is_said_as_an_emptied_folder_is(desk, audit_client):
    glob = audit(desk, "drafts/*.md", "-o", "out", *_at(audit_client))
    folder = audit(desk, "drafts", "-o", "out2", *_at(audit_client))
    assert glob.exit_code == folder.exit_code == 2
    assert glob.stderr == folder.stderr.replace("drafts:", "drafts/*.md:"), (glob.stderr, folder.stderr)
    assert glob.stderr.splitlines() == [
        f"newslint: drafts/*.md: {NOTHING} (the config's exclude: skips files)"]


def test_beside_another_source_the_glob_is_said_and_the_other_audited(desk, audit_client):
    done = audit(desk, "drafts/*.md", "keep", "-o", "out", *_at(audit_client))
    assert done.exit_code == 0, done.stderr
    assert f"newslint: drafts/*.md: {NOTHING} (the config's exclude: skips files)" in done.stderr.splitlines()
    assert {r["path"] for r in _rows(desk / "out" / "_articles")} == {"keep/k.md"}


def test_the_glob_names_the_exclude_of_a_config_below_its_folder(desk, audit_client):
    # the glob's folder, desk/, has the top config (no exclude: matches there); a deeper one's did
    (desk / "desk" / "sub").mkdir(parents=True)
    (desk / "desk" / "sub" / "b.md").write_text("# B\n\nThe the cat.\n")
    (desk / "desk" / "sub" / ".newslint.yaml").write_text('exclude: ["*.md"]\n')
    done = audit(desk, "desk/*/*.md", "-o", "out", *_at(audit_client))
    assert done.exit_code == 2
    assert done.stderr.splitlines() == [
        f"newslint: desk/*/*.md: {NOTHING} (the exclude: in desk/sub/.newslint.yaml skips files)"]


def test_a_glob_of_folders_with_no_article_says_so_without_an_exclude(tmp_path):
    (tmp_path / "empty1").mkdir()
    (tmp_path / "empty2").mkdir()
    (tmp_path / "empty2" / "notes.ann").write_text("x\n")
    empty: list[str] = []
    assert sources([str(tmp_path / "empty*")], empty=empty) == []
    assert empty == [f"{tmp_path / 'empty*'}: {NOTHING}"]
    with pytest.raises(PlanError, match=r"empty\*: no article or export files found$"):
        sources([str(tmp_path / "empty*")])


def test_guard_a_glob_with_one_match_kept_is_not_said(desk):
    (desk / "drafts" / "c.md").write_text("# C\n\nKept.\n")
    (desk / ".newslint.yaml").write_text('exclude: ["drafts/a.md", "drafts/b.md"]\n')
    empty: list[str] = []
    found = sources([str(desk / "drafts" / "*.md")], empty=empty,
                    config_for=lambda p: _config_of(desk))
    assert found == [str(desk / "drafts" / "c.md")] and empty == []


def test_guard_a_glob_that_matches_nothing_is_still_missing(tmp_path):
    missing: list[str] = []
    empty: list[str] = []
    assert sources([str(tmp_path / "nowhere*.md")], missing=missing, empty=empty) == []
    assert missing == [str(tmp_path / "nowhere*.md")] and empty == []


def test_guard_a_named_file_exclude_leaves_out_is_said_as_before(desk, audit_client):
    done = audit(desk, "drafts/a.md", "-o", "out", *_at(audit_client))
    assert done.exit_code == 2
    assert done.stderr.splitlines() == ["newslint: skipped drafts/a.md (matched by exclude: in "
                                        ".newslint.yaml; take it out of exclude: to lint it)"]


def _config_of(folder):
    from lint.config import load_file

    return load_file(str(folder / ".newslint.yaml"))
