"""nu27 #12: a story renamed with `git mv` brought its baselined findings back
as new and failed CI. A file the baseline never saw now keeps the records of
a recorded file no longer on disk when its findings are the same (rule,
flagged text, the words either side), as git follows a rename; the run says
so. A copy (the old file still there), an edited finding, a file sharing
less than half of the records, or two missing files alike, are not followed."""
from __future__ import annotations

STORY = ("Council sets parking plan\n\nPublished Dec. 3, 2026\n\n"
         "The plan would cost TK million over five years, Hendricks said. The the council agreed.\n")
OTHER = ("Ferry fares rise\n\nPublished Dec. 3, 2026\n\n"
         "Riders will pay TK more, the board said. The fares rise in May.\n")


def _check(run_cli, cwd, *args):
    return run_cli("check", "--no-cache", "--no-color", "--select", "hygiene", *args, cwd=cwd)


def _record(run_cli, tmp_path, **files: str) -> None:
    for name, text in files.items():
        (tmp_path / "stories" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "stories" / name).write_text(text, encoding="utf-8")
    assert "recorded" in _check(run_cli, tmp_path, "--write-baseline", "b.json", "stories").stderr


def _said(result) -> str:
    return next((ln for ln in result.stderr.splitlines() if "recorded finding" in ln), "")


def _move(tmp_path, old: str, new: str) -> None:
    (tmp_path / "stories" / old).rename(tmp_path / "stories" / new)


def test_a_renamed_file_keeps_its_known_findings_and_the_run_says_so(run_cli, tmp_path):
    _record(run_cli, tmp_path, **{"story.txt": STORY})
    _move(tmp_path, "story.txt", "parking-plan.txt")
    result = _check(run_cli, tmp_path, "--baseline", "b.json", "stories")
    assert (result.exit_code, result.stdout) == (0, "No problems found.\n")
    assert "2 known findings hidden" in result.stderr
    assert _said(result) == ("newslint: 2 recorded findings followed stories/story.txt renamed to "
                             "stories/parking-plan.txt (same rule and flagged text, same words either "
                             "side); rewrite the baseline with --write-baseline b.json")


def test_a_new_finding_in_the_renamed_file_is_still_new(run_cli, tmp_path):
    _record(run_cli, tmp_path, **{"story.txt": STORY})
    _move(tmp_path, "story.txt", "parking-plan.txt")
    (tmp_path / "stories/parking-plan.txt").write_text(STORY + "\nA a second slip.\n", encoding="utf-8")
    result = _check(run_cli, tmp_path, "--baseline", "b.json", "stories")
    assert result.stdout.splitlines()[:-1] == [
        "stories/parking-plan.txt:7:1: warning [hygiene.doubled-word] doubled word: 'A a'"]
    assert "2 recorded findings followed stories/story.txt renamed" in _said(result)


def test_a_copy_is_no_rename(run_cli, tmp_path):
    _record(run_cli, tmp_path, **{"story.txt": STORY})
    (tmp_path / "stories/copy.txt").write_text(STORY, encoding="utf-8")
    result = _check(run_cli, tmp_path, "--baseline", "b.json", "stories")
    assert result.stdout.count("stories/copy.txt:") == 2 and _said(result) == ""


def test_a_file_sharing_under_half_of_the_records_is_not_followed(run_cli, tmp_path):
    _record(run_cli, tmp_path, **{"story.txt": STORY + "\n" + OTHER.split("\n\n", 2)[2]})   # 3 records
    _move(tmp_path, "story.txt", "parking-plan.txt")
    (tmp_path / "stories/parking-plan.txt").write_text(
        STORY.replace("The the council", "The board"), encoding="utf-8")    # keeps 1 of the 3
    result = _check(run_cli, tmp_path, "--baseline", "b.json", "stories")
    assert result.stdout.count("stories/parking-plan.txt:") == 1
    assert "followed" not in _said(result) and "3 recorded findings are gone" in _said(result)


def test_two_missing_files_alike_are_not_guessed_between(run_cli, tmp_path):
    _record(run_cli, tmp_path, **{"a.txt": STORY, "b.txt": STORY})
    _move(tmp_path, "a.txt", "new.txt")
    (tmp_path / "stories/b.txt").unlink()
    result = _check(run_cli, tmp_path, "--baseline", "b.json", "stories")
    assert result.stdout.count("stories/new.txt:") == 2 and "followed" not in _said(result)


def test_two_renames_each_follow_their_own_file(run_cli, tmp_path):
    _record(run_cli, tmp_path, **{"a.txt": STORY, "b.txt": OTHER})
    _move(tmp_path, "a.txt", "parking.txt")
    _move(tmp_path, "b.txt", "fares.txt")
    result = _check(run_cli, tmp_path, "--baseline", "b.json", "stories")
    assert result.stdout == "No problems found.\n"
    assert "followed stories/b.txt renamed to stories/fares.txt" in _said(result)
    assert "followed stories/a.txt renamed to stories/parking.txt" in _said(result)
