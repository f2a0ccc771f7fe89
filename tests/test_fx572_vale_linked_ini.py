"""fx572: the 'above it is not read' line names a linked-in .vale.ini by the
path that reaches it, not the link's target (qa427 #2), also when the
folder is reached through a symlinked folder (qa421 #5): following it runs
the style with StylesPath read beside the link."""
from __future__ import annotations

import os

from tests.test_qa427_review import _linked_ini


def _key(res):
    said = [ln for ln in res.stderr.splitlines() if "above it is not read" in ln]
    assert len(said) == 1, res.stderr
    return said[0].split("add '", 1)[1].split("' to", 1)[0]


def test_the_key_names_the_link_not_its_target(tmp_path, run_cli):
    repo, _ = _linked_ini(tmp_path)
    assert _key(run_cli("check", "desk", "--no-cache", cwd=repo)) == "vale: ../../.vale.ini"


def test_linked_ini_through_a_symlinked_folder(tmp_path, run_cli):
    repo, cols = _linked_ini(tmp_path)
    os.symlink(cols, repo / "link")
    key = _key(run_cli("check", "link/d.md", "--no-cache", cwd=repo))
    assert key == "vale: ../../.vale.ini"
    (cols / ".newslint.yaml").write_text(f"{key}\nignore: [titles]\n")
    res = run_cli("check", "link/d.md", "--format", "vale", "--no-cache", cwd=repo)
    assert res.exit_code != 2 and "link/d.md:3:1:House.We:" in res.stdout, res.stderr


def test_guard_a_key_to_the_target_still_reads_styles_beside_it(tmp_path, run_cli):
    repo, cols = _linked_ini(tmp_path)
    (cols / ".newslint.yaml").write_text("vale: ../../../shared/vale.ini\nignore: [titles]\n")
    res = run_cli("check", "desk", "--no-cache", cwd=repo)
    assert res.exit_code == 2 and "styles" in res.stderr and "Traceback" not in res.stderr
