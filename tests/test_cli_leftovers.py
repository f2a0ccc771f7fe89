"""nu23 #7: `parse` takes `--no-color` as `check` and `explain` do, and `check
--diff` prints the note on files with no publication date as `check` and `--fix`
print it (and, under -v, the file lines that name them)."""
from __future__ import annotations

UNDATED = "Ferry sank\n\nThe the ferry sank on Tuesday.\n"


def _notes(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if "had no publication date" in line]


def test_parse_takes_no_color(run_cli, tmp_path):
    (tmp_path / "a.md").write_text("# Ferry sank\n\nThe ferry sank.\n", encoding="utf-8")
    plain = run_cli("parse", tmp_path / "a.md")
    result = run_cli("parse", tmp_path / "a.md", "--no-color")
    assert result.exit_code == 0 and result.stdout == plain.stdout
    assert "\x1b[" not in result.stdout


def test_diff_says_the_undated_note_as_check_and_fix_do(run_cli, tmp_path):
    folder = tmp_path / "site"
    folder.mkdir()
    (folder / "a.txt").write_text(UNDATED, encoding="utf-8")
    checked = run_cli("check", "--no-cache", folder)
    diffed = run_cli("check", "--diff", folder)
    assert diffed.exit_code == 1 and diffed.stdout.startswith("--- a/")
    assert _notes(checked.stderr) and _notes(diffed.stderr) == _notes(checked.stderr)
    assert (folder / "a.txt").read_text(encoding="utf-8") == UNDATED      # nothing written
    fixed = run_cli("check", "--fix", folder)
    assert _notes(fixed.stderr) == _notes(checked.stderr)


def test_diff_verbose_names_the_undated_files_as_check_does(run_cli, tmp_path):
    (tmp_path / "a.txt").write_text(UNDATED, encoding="utf-8")
    checked = run_cli("check", "--no-cache", "-v", tmp_path)
    diffed = run_cli("check", "--diff", "-v", tmp_path)
    named = [line for line in checked.stderr.splitlines() if "no publication date found" in line]
    assert named and [line for line in diffed.stderr.splitlines() if line in named] == named
    assert _notes(diffed.stderr) == _notes(checked.stderr)


def test_diff_verbose_says_the_file_lines_before_the_patch_and_its_count(run_cli, tmp_path):
    # qa51 #6: they came after the patch and "N fixes would be applied", as check's come before findings
    (tmp_path / "a.txt").write_text(UNDATED, encoding="utf-8")
    said = run_cli("check", "--diff", "-v", tmp_path).stderr.splitlines()
    config = [i for i, line in enumerate(said) if ": config " in line]
    count = [i for i, line in enumerate(said) if "would be applied" in line]
    assert config and count and max(config) < min(count)


def test_verbose_names_the_files_the_undated_note_counts(run_cli, tmp_path):
    # nu29 #9: "1 of 3 files had no publication date" while -v named two (the empty file)
    (tmp_path / "a.txt").write_text(UNDATED, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "dated.md").write_text("---\ntitle: Vote\ndate: 2026-12-03\n---\n\nThe council met.\n",
                                       encoding="utf-8")
    said = run_cli("check", "--no-cache", "-v", tmp_path).stderr.splitlines()
    quiet = [line for line in said if line.endswith("checks that need one are quiet")]
    assert len(quiet) == 1 and "a.txt" in quiet[0]
    assert any("1 of 3 files had no publication date" in line for line in said)
    assert f"newslint: {tmp_path / 'empty.txt'}: empty: no publication date to look for" in said
