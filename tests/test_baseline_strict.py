"""nu25 #5: a baseline hid a new TK written on the line where a recorded one
was filled in, since a finding whose print was gone matched a leftover record
within a line of it. A placeholder, and any error-level finding, now matches a
record only by its text: its exact print, or one unchanged side of context
words, never by where it is; counts still hold. A record nothing matched in a
file that was linted is said to be gone, with how to drop it."""
from __future__ import annotations

STORY = ("Council sets parking plan\n\nPublished Dec. 3, 2026\n\n"
         "The plan would cost TK million over five years, Hendricks said. The the council agreed.\n")


def _check(run_cli, cwd, *args):
    return run_cli("check", "--no-cache", "--no-color", "--select", "hygiene", *args, cwd=cwd)


def _record(run_cli, tmp_path, *names: str) -> None:
    for name in names:
        (tmp_path / name).write_text(STORY, encoding="utf-8")
    assert "recorded" in _check(run_cli, tmp_path, "--write-baseline", "b.json", *names).stderr


def _found(result) -> list[str]:
    return [line.split(": ", 1)[1] for line in result.stdout.splitlines() if line.startswith("a.txt:")]


def test_a_new_tk_beside_a_filled_in_one_is_new_and_the_old_record_is_gone(run_cli, tmp_path):
    _record(run_cli, tmp_path, "a.txt")
    (tmp_path / "a.txt").write_text(STORY.replace(
        "cost TK million", "cost $3.1 million").replace(
        "council agreed.", "council agreed. A second phase would cost TK."), encoding="utf-8")
    result = _check(run_cli, tmp_path, "--baseline", "b.json", "a.txt")
    assert _found(result) == ["error [hygiene.placeholder] placeholder left in the copy: 'TK'; "
                              "fill it in before publishing"]
    assert "1 known finding hidden" in result.stderr      # the doubled word, unchanged
    assert ("newslint: 1 recorded finding is gone (fixed); rewrite the baseline with "
            "--write-baseline b.json") in result.stderr.splitlines()


def test_a_warning_reworded_on_both_sides_on_its_line_stays_known(run_cli, tmp_path):
    """Only placeholders and errors lost the match by place: a doubled word
    (a warning) reworded around on its own line is still the recorded one."""
    _record(run_cli, tmp_path, "a.txt")
    (tmp_path / "a.txt").write_text(STORY.replace("Hendricks said. The the council agreed.",
                                                  "Mayor Hendricks noted. The the board agreed."),
                                    encoding="utf-8")
    result = _check(run_cli, tmp_path, "--baseline", "b.json", "a.txt")
    assert _found(result) == [] and "2 known findings hidden" in result.stderr
    assert "gone" not in result.stderr


def test_an_error_level_finding_matches_by_text_not_place(run_cli, tmp_path):
    """The doubled word raised to an error in the config: reworded on both
    sides it is new, where as a warning it stayed known (the test above)."""
    (tmp_path / ".newslint.yaml").write_text("levels:\n  hygiene.doubled-word: error\n", encoding="utf-8")
    _record(run_cli, tmp_path, "a.txt")
    (tmp_path / "a.txt").write_text(STORY.replace("Hendricks said. The the council agreed.",
                                                  "Mayor Hendricks noted. The the board agreed."),
                                    encoding="utf-8")
    result = _check(run_cli, tmp_path, "--baseline", "b.json", "a.txt")
    assert _found(result) == ["error [hygiene.doubled-word] doubled word: 'The the'"]
    assert "1 recorded finding is gone" in result.stderr


def test_records_of_files_or_rules_not_checked_are_not_gone(run_cli, tmp_path):
    _record(run_cli, tmp_path, "a.txt", "b.txt")
    one_file = _check(run_cli, tmp_path, "--baseline", "b.json", "a.txt")
    assert "2 known findings hidden" in one_file.stderr and "gone" not in one_file.stderr
    one_rule = run_cli("check", "--no-cache", "--select", "hygiene.placeholder", "--baseline", "b.json",
                       "a.txt", "b.txt", cwd=tmp_path)
    assert "2 known findings hidden" in one_rule.stderr and "gone" not in one_rule.stderr
