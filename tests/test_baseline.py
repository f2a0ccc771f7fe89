"""Baselines: old findings hidden, new ones (even of the same rule) still fail."""
from __future__ import annotations

import json
import shutil

ARTICLE = ("Council votes on budget\n\nLeave a Reply\n\n"
           "The mayor said Kowalczyk.After the vote, TK would follow.\n")


def lint(run_cli, cwd, *args):
    return run_cli("check", "--select", "hygiene", "--fail-level", "warning", *args, cwd=cwd)


def test_baseline_hides_old_findings_and_new_defects_still_fail(run_cli, tmp_path):
    story = tmp_path / "news" / "story.txt"
    story.parent.mkdir()
    story.write_text(ARTICLE, encoding="utf-8")
    wrote = lint(run_cli, tmp_path, "--write-baseline", "newslint-baseline.json", "news")
    assert wrote.exit_code == 0 and "recorded 3 findings" in wrote.stderr
    data = json.loads((tmp_path / "newslint-baseline.json").read_text(encoding="utf-8"))
    assert {(f["path"], f["rule"]) for f in data["findings"]} == {
        ("news/story.txt", "hygiene.boilerplate"), ("news/story.txt", "hygiene.missing-space"),
        ("news/story.txt", "hygiene.placeholder")}

    quiet = lint(run_cli, tmp_path, "--baseline", "newslint-baseline.json", "news")
    assert quiet.exit_code == 0 and quiet.stdout.startswith("No problems found.")
    assert "3 known findings hidden" in quiet.stderr

    # Lines move (a paragraph added above): still known. A new doubled word fails.
    story.write_text(ARTICLE.replace("\n\nLeave", "\n\nA new first paragraph.\n\nLeave")
                     + "\nThe the end.\n", encoding="utf-8")
    new = lint(run_cli, tmp_path, "--baseline", "newslint-baseline.json", "news")
    assert new.exit_code == 1
    assert new.stdout.splitlines()[:-1] == [
        "news/story.txt:9:1: warning [hygiene.doubled-word] doubled word: 'The the'"]


def test_a_second_copy_of_a_known_defect_is_new(run_cli, tmp_path):
    story = tmp_path / "story.txt"
    story.write_text(ARTICLE, encoding="utf-8")
    lint(run_cli, tmp_path, "--write-baseline", "base.json", "story.txt")
    story.write_text(ARTICLE + "\nLeave a Reply\n", encoding="utf-8")
    result = lint(run_cli, tmp_path, "--baseline", "base.json", "story.txt")
    assert result.exit_code == 1
    assert [line.split(": ", 1)[1] for line in result.stdout.splitlines()[:-1]] == [
        "error [hygiene.boilerplate] CMS boilerplate in the copy: 'Leave a Reply'; delete it"]


def test_baseline_paths_are_relative_to_the_baseline_file(run_cli, tmp_path):
    (tmp_path / "site").mkdir()
    story = tmp_path / "site" / "story.txt"
    story.write_text(ARTICLE, encoding="utf-8")
    lint(run_cli, tmp_path / "site", "--write-baseline", "base.json", "story.txt")
    # Run from the parent folder: the same file, a different spelling of its path.
    result = lint(run_cli, tmp_path, "--baseline", "site/base.json", "site/story.txt")
    assert result.exit_code == 0, result.stdout
    assert result.stdout.startswith("No problems found.")
    assert "3 known findings hidden by the baseline site/base.json" in result.stderr
    moved = tmp_path / "elsewhere"
    shutil.copytree(tmp_path / "site", moved)
    again = lint(run_cli, moved, "--baseline", "base.json", "story.txt")
    assert again.exit_code == 0 and "3 known findings hidden" in again.stderr
    other = lint(run_cli, tmp_path, "--baseline", "site/base.json", "elsewhere/story.txt")
    assert other.exit_code == 1 and len(other.stdout.splitlines()) == 4   # another file: all new


def test_baseline_works_with_jobs_and_machine_formats(run_cli, tmp_path):
    for i in range(3):
        (tmp_path / f"s{i}.txt").write_text(ARTICLE, encoding="utf-8")
    lint(run_cli, tmp_path, "--write-baseline", "b.json", "--jobs", "2", ".")
    result = lint(run_cli, tmp_path, "--baseline", "b.json", "--jobs", "2", "--format", "json", ".")
    assert result.exit_code == 0 and json.loads(result.stdout) == []
    assert "9 known findings hidden" in result.stderr
    (tmp_path / "s1.txt").write_text(ARTICLE + "\nThe the end.\n", encoding="utf-8")
    result = lint(run_cli, tmp_path, "--baseline", "b.json", "--jobs", "2", "--format", "json", ".")
    assert result.exit_code == 1
    assert [(d["path"], d["line"], d["rule"]) for d in json.loads(result.stdout)] == [
        ("s1.txt", 7, "hygiene.doubled-word")]


def test_a_broken_baseline_is_one_clear_error(run_cli, tmp_path):
    (tmp_path / "story.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "bad.json").write_text("{not json", encoding="utf-8")
    result = lint(run_cli, tmp_path, "--baseline", "bad.json", "story.txt")
    assert result.exit_code == 2 and "bad.json: not a newslint baseline" in result.stderr
    missing = lint(run_cli, tmp_path, "--baseline", "nope.json", "story.txt")
    assert missing.exit_code == 2 and "nope.json: cannot read baseline" in missing.stderr
    assert "Traceback" not in result.output + missing.output


def test_a_file_name_that_is_not_utf8_is_recorded_and_matched(run_cli, tmp_path):
    import os
    name = os.fsdecode(b"caf\xe9.txt")          # a cp1252 name from an old archive: '\udce9'
    (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
    wrote = lint(run_cli, tmp_path, "--write-baseline", "b.json", ".")
    assert wrote.exit_code == 0 and "recorded 3 findings" in wrote.stderr
    data = json.loads((tmp_path / "b.json").read_bytes().decode("utf-8"))
    assert {f["path"] for f in data["findings"]} == {name}       # the name round-trips exactly
    quiet = lint(run_cli, tmp_path, "--baseline", "b.json", ".")
    assert quiet.exit_code == 0 and "3 known findings hidden" in quiet.stderr


def test_diff_with_write_baseline_is_refused_not_ignored(run_cli, tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    result = lint(run_cli, tmp_path, "--diff", "--write-baseline", "b.json", "a.txt")
    assert result.exit_code == 2 and "use --write-baseline without --diff" in result.stderr
    assert not (tmp_path / "b.json").exists()


def test_a_dash_is_no_baseline_file_name(run_cli, tmp_path):
    # '-' is stdout for -o; for a baseline it would be a file named '-': refused.
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    for option in ("--write-baseline", "--baseline"):
        result = lint(run_cli, tmp_path, option, "-", "a.txt")
        assert result.exit_code == 2 and f"{option} needs a file name" in result.stderr
    assert not (tmp_path / "-").exists()


def test_a_baseline_holds_when_the_checkout_changes_its_line_ends(run_cli, tmp_path):
    # A baseline recorded on a LF checkout, run where git writes CRLF (autocrlf)
    # or on an old Mac export: the same findings. The fingerprint's context
    # stopped at a blank line only between LFs, so at a CRLF or CR file's
    # paragraph end it took the next paragraph's words and every such finding
    # came back as new.
    story = tmp_path / "story.txt"
    text = "Vote\n\nThe council met the the board.\n\nIt was TK.\n\nNext they voted.\n"
    story.write_bytes(text.encode())
    assert lint(run_cli, tmp_path, "--write-baseline", "b.json", "story.txt").exit_code == 0
    for end in ("\r\n", "\r"):
        story.write_bytes(text.replace("\n", end).encode())
        quiet = lint(run_cli, tmp_path, "--baseline", "b.json", "story.txt")
        assert quiet.exit_code == 0 and "2 known findings hidden" in quiet.stderr, (end, quiet.stdout)


def test_a_missing_path_is_never_recorded_nor_hidden(run_cli, tmp_path):
    # was recorded as a file.missing finding, so --baseline hid the typo for good
    (tmp_path / "story.txt").write_text(ARTICLE, encoding="utf-8")
    args = ("--select", "hygiene,file", "story.txt", "gone.txt")
    wrote = run_cli("check", "--write-baseline", "base.json", *args, cwd=tmp_path)
    assert wrote.exit_code == 0 and "recorded 3 findings" in wrote.stderr
    assert "newslint: gone.txt: file.missing: no such file or folder (not recorded" in wrote.stderr
    data = json.loads((tmp_path / "base.json").read_text(encoding="utf-8"))
    assert "file.missing" not in {f["rule"] for f in data["findings"]}
    sarif = json.loads(run_cli("check", "--format", "sarif", *args, cwd=tmp_path).stdout)
    print_ = next(r["partialFingerprints"]["newslint/v1"] for r in sarif["runs"][0]["results"]
                  if r["ruleId"] == "file.missing").split(":")[0]
    data["findings"].append({"path": "gone.txt", "rule": "file.missing",     # an older baseline's
                             "fingerprint": print_, "text": "", "line": 1})
    (tmp_path / "base.json").write_text(json.dumps(data), encoding="utf-8")
    held = run_cli("check", "--baseline", "base.json", "--format", "json", *args, cwd=tmp_path)
    assert held.exit_code == 1 and "3 known findings hidden" in held.stderr
    assert [d["rule"] for d in json.loads(held.stdout)] == ["file.missing"]


def test_filtering_one_file_reads_only_that_files_records(run_cli, tmp_path, monkeypatch):
    """An audit filters file by file: each call copied and walked the whole
    baseline, which doubled the audit's CPU (fx124 #1). A call now reads the
    records of its findings' paths alone, and hides and counts as before."""
    from collections import Counter

    from lint.baseline import Baseline
    from lint.session import Session

    story = tmp_path / "story.txt"
    story.write_text(ARTICLE, encoding="utf-8")
    assert lint(run_cli, tmp_path, "--write-baseline", "base.json", "story.txt").exit_code == 0
    data = json.loads((tmp_path / "base.json").read_text(encoding="utf-8"))
    other = dict(data["findings"][0])
    data["findings"] += [{**other, "path": f"other/{n}.txt"} for n in range(500)]
    (tmp_path / "base.json").write_text(json.dumps(data), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    baseline = Baseline("base.json")

    class LookupsOnly(Counter):
        def __iter__(self):
            raise AssertionError("filter walked every record of the baseline")
        keys = items = __iter__

    whole = baseline.known
    baseline.known = LookupsOnly()
    dict.update(baseline.known, whole)
    result = Session().lint_bytes("story.txt", story.read_bytes())
    found = [d for d in result.diagnostics if d.rule.startswith("hygiene.")]   # as recorded
    shown, hidden = baseline.filter(found, {"story.txt": result.document})
    assert (shown, hidden) == ([], 3)
    baseline.known = whole
    assert baseline.gone(["story.txt"], lambda path, rule: True) == (0, 0)


def baseline_lines(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if "baseline" in line]


def test_a_baseline_that_hid_nothing_says_so_in_one_line(run_cli, tmp_path):
    # as audit's summary does: a stale baseline, or another folder's (qa69 #3: only
    # when its records are for what the run checked, or for no file that is here)
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text("Budget\n\nThe the budget passed.\n", encoding="utf-8")
    assert lint(run_cli, tmp_path, "--write-baseline", "a.json", "a.txt").exit_code == 0
    # another folder's: none of the files its records name is there (a.txt was
    # the other file of this folder before qa69 #3; it is `test_..._other_files`)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    shutil.copy(tmp_path / "a.json", elsewhere / "a.json")
    shutil.copy(tmp_path / "b.txt", elsewhere / "b.txt")
    other = lint(run_cli, elsewhere, "--baseline", "a.json", "b.txt")
    assert other.exit_code == 1 and "[hygiene.doubled-word]" in other.stdout
    assert baseline_lines(other) == [
        "newslint: none hidden by the baseline a.json (none of its 3 records names a file "
        "that is here: is it another folder's, or stale?)"]
    # stale: a.txt's recorded findings are gone and a new one is there
    (tmp_path / "a.txt").write_text("Council votes\n\nThe the mayor spoke.\n", encoding="utf-8")
    stale = lint(run_cli, tmp_path, "--baseline", "a.json", "a.txt")
    assert stale.exit_code == 1 and "[hygiene.doubled-word]" in stale.stdout
    # said once (qa70 #9): the gone line, not asked after as stale as well
    assert baseline_lines(stale) == [
        "newslint: 3 recorded findings are gone (fixed); rewrite the baseline with --write-baseline a.json"]
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "empty.json").write_text('{"version": 1, "findings": []}\n', encoding="utf-8")
    empty = lint(run_cli, tmp_path, "--baseline", "empty.json", "b.txt")
    assert "newslint: none hidden by the baseline empty.json (it records no finding)\n" in empty.stderr
    # one that hid some, or a run with nothing to hide (a commit's clean file), says no such thing
    good = lint(run_cli, tmp_path, "--baseline", "a.json", "a.txt", "b.txt")
    assert "3 known findings hidden" in good.stderr and "none hidden" not in good.stderr
    (tmp_path / "c.txt").write_text("Budget\n\nThe budget passed.\n", encoding="utf-8")
    clean = lint(run_cli, tmp_path, "--baseline", "a.json", "c.txt")
    assert clean.exit_code == 0 and "none hidden" not in clean.stderr


def test_a_baseline_for_other_files_or_rules_is_not_called_stale(run_cli, tmp_path):
    # qa69 #3: pre-commit lints the staged files only, and --select fewer rules: the
    # baseline's records for the files and rules left out cannot match, and say nothing
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text("Budget\n\nThe the budget passed.\n", encoding="utf-8")
    assert lint(run_cli, tmp_path, "--write-baseline", "a.json", "a.txt").exit_code == 0
    staged = lint(run_cli, tmp_path, "--baseline", "a.json", "b.txt")
    assert staged.exit_code == 1 and "[hygiene.doubled-word]" in staged.stdout
    assert baseline_lines(staged) == []
    (tmp_path / "a.txt").write_text(ARTICLE + "\nThe council met on Thursday, March 5, 2026.\n", encoding="utf-8")
    dates = run_cli("check", "--select", "dates", "--published", "2026-03-02", "--baseline", "a.json",
                    "a.txt", cwd=tmp_path)
    assert "[dates." in dates.stdout, dates.stdout          # a finding the baseline could have hidden
    assert baseline_lines(dates) == []
