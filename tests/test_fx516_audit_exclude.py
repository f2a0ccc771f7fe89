"""fx516: an audit of a folder that `exclude:` empties says so in check's
words (qa376 #3): the config's own, or another config by its path; an
empty folder with nothing excluded says only that it holds nothing."""
from __future__ import annotations

from test_qa77_regressions import audit

STORY = "Acme sets dividend\n\nNEW YORK, March 2 (Reuters) - Acme Corp said the the payout is TK.\n"
FOUND = "no article or export files found"


def _said(done) -> list[str]:
    return [line for line in done.stderr.splitlines() if FOUND in line]


def test_the_folders_own_exclude_is_named_as_checks(tmp_path, run_cli):
    (tmp_path / ".newslint.yaml").write_text("exclude:\n  - drafts/\n")
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "a.txt").write_text(STORY)
    done = audit(tmp_path, "drafts", "-o", "out")
    assert done.exit_code == 2
    assert _said(done) == [f"newslint: drafts: {FOUND} (the config's exclude: skips files)"], done.stderr
    assert "; the config's exclude: skips files)" in run_cli("check", "drafts", cwd=tmp_path).stderr


def test_another_configs_exclude_is_named_by_its_path(tmp_path, run_cli):
    (tmp_path / "desk" / "sub").mkdir(parents=True)
    (tmp_path / "desk" / "sub" / ".newslint.yaml").write_text("exclude:\n  - '*.txt'\n")
    (tmp_path / "desk" / "sub" / "a.txt").write_text(STORY)
    done = audit(tmp_path, "desk", "-o", "out")
    clause = "the exclude: in desk/sub/.newslint.yaml skips files"
    assert done.exit_code == 2
    assert _said(done) == [f"newslint: desk: {FOUND} ({clause})"], done.stderr
    assert f"; {clause})" in run_cli("check", "desk", cwd=tmp_path).stderr


def test_guard_an_empty_folder_names_no_exclude(tmp_path):
    (tmp_path / ".newslint.yaml").write_text("exclude:\n  - drafts/\n")
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "notes.csv").write_text("a,b\n")
    done = audit(tmp_path, "empty", "-o", "out")
    assert done.exit_code == 2
    assert _said(done) == [f"newslint: empty: {FOUND}"], done.stderr
