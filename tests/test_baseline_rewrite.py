"""Rewriting a baseline after a partial run (qa70 #9): following 'rewrite the
baseline with --write-baseline FILE' after a pre-commit run over one file,
or a --select run, keeps the records of the files and rules the run did not
check; a gone record is said once, in words that fit a directive hiding it;
one record is counted in the singular."""
from __future__ import annotations

import json

FRONT = "---\ntitle: {title}\ndate: 2026-03-02\n---\n\n"


def write(folder, name, title, body):
    (folder / name).write_text(FRONT.format(title=title) + body + "\n", encoding="utf-8")


def paths(baseline) -> list[tuple[str, str]]:
    return sorted((f["path"], f["rule"]) for f in json.loads(baseline.read_text())["findings"])


def baseline_lines(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if "baseline" in line]


def test_a_rewrite_from_one_file_keeps_the_other_files_records(run_cli, tmp_path):
    posts = tmp_path / "site" / "posts"
    posts.mkdir(parents=True)
    write(posts, "a.md", "Council passes budget", "The fee is TK by the council.")
    write(posts, "b.md", "Mayor resigns", "The mayor resigned on on Monday, aides said.")
    run_cli("check", "site", "--write-baseline", "base.json", cwd=tmp_path)
    before = paths(tmp_path / "base.json")
    assert before == [("site/posts/a.md", "hygiene.placeholder"), ("site/posts/b.md", "hygiene.doubled-word")]
    write(posts, "a.md", "Council passes budget", "The fee was filled in by the council.")
    staged = run_cli("check", "site/posts/a.md", "--baseline", "base.json", cwd=tmp_path)
    assert "1 recorded finding is gone (fixed); rewrite the baseline with --write-baseline base.json" \
        in staged.stderr
    rewrite = run_cli("check", "site/posts/a.md", "--write-baseline", "base.json", cwd=tmp_path)
    assert rewrite.exit_code == 0
    assert "recorded 0 findings in base.json, and kept 1 record of files or rules this run did " \
           "not check" in rewrite.stderr
    assert paths(tmp_path / "base.json") == [("site/posts/b.md", "hygiene.doubled-word")]
    whole = run_cli("check", "site", "--baseline", "base.json", cwd=tmp_path)
    assert whole.exit_code == 0 and "1 known finding hidden" in whole.stderr


def test_a_rewrite_with_fewer_rules_keeps_the_others_and_a_walk_drops_a_deleted_files(run_cli, tmp_path):
    write(tmp_path, "a.md", "Council passes budget", "The fee is TK by the council. The the end.")
    write(tmp_path, "gone.md", "Mayor resigns", "The mayor resigned on on Monday.")
    run_cli("check", ".", "--write-baseline", "base.json", cwd=tmp_path)
    assert len(paths(tmp_path / "base.json")) == 3
    (tmp_path / "gone.md").unlink()
    # --select hygiene.placeholder: the doubled word's record in a.md is kept; gone.md's,
    # in the folder walked, goes with its file
    run_cli("check", ".", "--select", "hygiene.placeholder", "--write-baseline", "base.json", cwd=tmp_path)
    assert paths(tmp_path / "base.json") == [("a.md", "hygiene.doubled-word"), ("a.md", "hygiene.placeholder")]


def test_a_record_hidden_by_a_directive_is_said_once_and_not_as_only_fixed(run_cli, tmp_path):
    write(tmp_path, "b.md", "Mayor resigns", "The mayor resigned on on Monday, aides said.")
    run_cli("check", "b.md", "--write-baseline", "base.json", cwd=tmp_path)
    write(tmp_path, "b.md", "Mayor resigns", "The mayor resigned on on Monday, aides said. "
          "<!-- newslint-disable-line hygiene -->\n\nThe fee is TK.")
    result = run_cli("check", "b.md", "--baseline", "base.json", cwd=tmp_path)
    assert "[hygiene.placeholder]" in result.stdout
    assert baseline_lines(result) == [
        "newslint: 1 recorded finding is gone (fixed or hidden by a directive); rewrite the baseline "
        "with --write-baseline base.json"]


def test_one_record_is_said_in_the_singular():
    from lint.cli_output import none_hidden

    class One:
        file, known = "old.json", {("a.md", "", "hygiene.placeholder", "x"): 1}
    assert none_hidden(One()) == "none hidden by the baseline old.json (its one record did not match: " \
                                 "is it stale, or another archive's?)"
    assert none_hidden(One(), here=lambda: False) == "none hidden by the baseline old.json (its one record " \
                                                     "names no file that is here: is it another folder's, or stale?)"


def test_a_rewrite_from_named_files_drops_a_deleted_files_records(run_cli, tmp_path):
    # qa72 #4: pre-commit names files, never the folder: a deleted file's
    # records were kept at every rewrite, for ever
    write(tmp_path, "a.md", "Council passes budget", "The fee is TK by the council.")
    write(tmp_path, "gone.md", "Mayor resigns", "The mayor resigned on on Monday.")
    run_cli("check", "a.md", "gone.md", "--write-baseline", "base.json", cwd=tmp_path)
    assert len(paths(tmp_path / "base.json")) == 2
    (tmp_path / "gone.md").unlink()
    rewrite = run_cli("check", "a.md", "--write-baseline", "base.json", cwd=tmp_path)
    assert paths(tmp_path / "base.json") == [("a.md", "hygiene.placeholder")]
    assert "kept" not in rewrite.stderr
