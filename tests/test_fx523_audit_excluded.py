"""fx523 (qa376 #4): an audit left with nothing to read says each named file
`exclude:` left out in check's own line, one line a file, the path spelled as
check spells it; what it says of folders stays as it was."""
from __future__ import annotations

import pytest

from test_qa77_regressions import audit

LINE = ("newslint: skipped {} (matched by exclude: in .newslint.yaml; take it out of "
        "exclude: to lint it)")


@pytest.fixture
def desk(tmp_path):
    (tmp_path / ".newslint.yaml").write_text("exclude:\n  - drafts/\n  - 'README*'\n")
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "a.txt").write_text("A story.\n")
    (tmp_path / "spare").mkdir()
    (tmp_path / "corpus").mkdir()
    for i in range(7):
        (tmp_path / "corpus" / f"README{i}.txt").write_text("About this corpus.\n")
    return tmp_path


def _said(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith("newslint: skipped ")]


def test_past_check_s_five_audit_names_every_file_as_check_v_does(desk, run_cli):
    names = [f"corpus/README{i}.txt" for i in range(7)]
    done = audit(desk, *names, "-o", "out")
    assert done.exit_code == 2 and not (desk / "out").exists()
    verbose = _said(run_cli("check", "--no-cache", "-v", *names, cwd=desk).stderr)
    assert done.stderr.splitlines() == verbose == [LINE.format(n) for n in names]
    assert "-v names each" not in done.stderr


def test_one_file_named_three_ways_is_one_line(desk):
    named = ("corpus/README1.txt", "./corpus/README1.txt", str(desk / "corpus" / "README1.txt"))
    done = audit(desk, *named, "-o", "out")
    assert done.exit_code == 2
    assert done.stderr.splitlines() == [LINE.format("corpus/README1.txt")]


def test_an_emptied_folder_then_each_file_its_own_line(desk):
    done = audit(desk, "drafts", "corpus/README0.txt", "corpus/README1.txt", "-o", "out")
    assert done.exit_code == 2
    assert done.stderr.splitlines() == [
        "newslint: drafts: no article or export files found (the config's exclude: skips files)",
        LINE.format("corpus/README0.txt"), LINE.format("corpus/README1.txt")]


def test_guard_two_empty_folders_are_still_one_line(desk):
    done = audit(desk, "drafts", "spare", "-o", "out")
    assert done.exit_code == 2
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("newslint: drafts: no article or export files found")
    assert "; spare: no article or export files found" in lines[0]


def test_guard_a_file_that_is_read_beside_an_excluded_one_is_audited(desk, audit_client):
    (desk / "corpus" / "story.txt").write_text("A story.\n")
    done = audit(desk, "corpus/README0.txt", "corpus/story.txt", "-o", "out",
                 "--scheduler", audit_client.scheduler.address)
    assert done.exit_code in (0, 1) and (desk / "out").exists(), done.stderr
    assert "README0.txt" not in done.stderr
