"""qa59: with a baseline, a renamed or deleted file's records were never said
to be gone, since only files linted in the run were asked about. Now a
record whose file is no longer on disk, inside a folder the run walked, is
gone too (for the rules the run selects there); a file left out of the run,
or in a folder not walked, still says nothing. The line tells those records
apart from fixed ones: nothing says a renamed file's findings were fixed."""
from __future__ import annotations

STORY = ("Council sets parking plan\n\nPublished Dec. 3, 2026\n\n"
         "The plan would cost TK million over five years, Hendricks said. The the council agreed.\n")


def _check(run_cli, cwd, *args, select="hygiene"):
    return run_cli("check", "--no-cache", "--no-color", "--select", select, *args, cwd=cwd)


def _record(run_cli, tmp_path, *names: str) -> None:
    for name in names:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(STORY, encoding="utf-8")
    assert f"recorded {2 * len(names)} findings" in _check(run_cli, tmp_path, "--write-baseline", "b.json", "stories").stderr


def _gone(result) -> str:
    return next((line for line in result.stderr.splitlines() if "gone" in line), "")


def test_a_renamed_files_records_are_gone(run_cli, tmp_path):
    _record(run_cli, tmp_path, "stories/story.txt")
    (tmp_path / "stories/story.txt").rename(tmp_path / "stories/parking-plan.txt")
    result = _check(run_cli, tmp_path, "--baseline", "b.json", "stories")
    assert result.stdout.count("stories/parking-plan.txt:") == 2        # both findings are new
    assert _gone(result) == ("newslint: 2 recorded findings are gone (in files renamed or removed); "
                             "rewrite the baseline with --write-baseline b.json")


def test_fixed_records_and_a_renamed_files_records_are_counted_apart(run_cli, tmp_path):
    _record(run_cli, tmp_path, "stories/a.txt", "stories/b.txt")
    (tmp_path / "stories/a.txt").write_text(STORY.replace("The the", "The"), encoding="utf-8")
    (tmp_path / "stories/b.txt").rename(tmp_path / "stories/parking-plan.txt")
    result = _check(run_cli, tmp_path, "--baseline", "b.json", "stories")
    assert _gone(result) == ("newslint: 3 recorded findings are gone (1 fixed, 2 in files renamed or "
                             "removed); rewrite the baseline with --write-baseline b.json")


def test_a_deleted_files_records_are_gone_when_its_parent_folder_is_walked(run_cli, tmp_path):
    _record(run_cli, tmp_path, "stories/metro/story.txt")
    (tmp_path / "stories/metro/story.txt").unlink()
    (tmp_path / "stories/other.txt").write_text("Nothing to see\n\nThe council met.\n", encoding="utf-8")
    assert _gone(_check(run_cli, tmp_path, "--baseline", "b.json", "stories")).startswith("newslint: 2 recorded")
    assert _gone(_check(run_cli, tmp_path, "--baseline", "b.json", ".")).startswith("newslint: 2 recorded")


def test_only_the_rules_the_run_selects_count(run_cli, tmp_path):
    _record(run_cli, tmp_path, "stories/story.txt")
    (tmp_path / "stories/story.txt").unlink()
    (tmp_path / "stories/other.txt").write_text("Nothing to see\n\nThe council met.\n", encoding="utf-8")
    result = _check(run_cli, tmp_path, "--baseline", "b.json", "stories", select="hygiene.placeholder")
    assert _gone(result).startswith("newslint: 1 recorded finding is gone (in files renamed or removed)")


def test_a_missing_file_outside_what_the_run_walked_says_nothing(run_cli, tmp_path):
    _record(run_cli, tmp_path, "stories/a/story.txt", "stories/b/story.txt")
    (tmp_path / "stories/a/story.txt").unlink()
    result = _check(run_cli, tmp_path, "--baseline", "b.json", "stories/b")        # a's folder not walked
    assert "2 known findings hidden" in result.stderr and _gone(result) == ""
    result = _check(run_cli, tmp_path, "--baseline", "b.json", "stories/b/story.txt")
    assert "2 known findings hidden" in result.stderr and _gone(result) == ""


def test_a_file_on_disk_the_run_left_out_says_nothing(run_cli, tmp_path):
    _record(run_cli, tmp_path, "stories/a.txt", "stories/b.txt")
    (tmp_path / ".newslint.yaml").write_text("exclude:\n  - stories/b.txt\n", encoding="utf-8")
    result = _check(run_cli, tmp_path, "--baseline", "b.json", "stories")
    assert "2 known findings hidden" in result.stderr and _gone(result) == ""
