"""nu61 #7: `check --force-exclude _site/copy.md` (a Jekyll build's copy of a
post, which the pre-commit hooks name) said "no article files to lint here
(folders are walked for .md ...)", though a file was named, not a folder. It
now says, in one line naming the file, that it was skipped and why: the line
`-v` gives it. The exit code stays 0. The nearest cases stay: a named folder
with nothing in it, a named path beside one with nothing to lint, and a post
named with --force-exclude, which is linted."""
from __future__ import annotations

import json

POST = "---\ntitle: Council approves budget\ndate: 2025-03-04\n---\n\nThe the council approved the budget.\n"
SKIPPED = ("newslint: skipped {} (Jekyll build output, beside _config.yml; "
           "drop --force-exclude, or set site-folders: false, to lint it)")


def site(tmp_path):
    (tmp_path / "_config.yml").write_text("title: Desk\n")
    for rel in ("_site/copy.md", "_posts/2025-03-04-budget.md"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(POST)
    (tmp_path / "empty").mkdir()
    return tmp_path


def test_a_named_build_copy_gets_one_line_naming_it(run_cli, tmp_path):
    res = run_cli("check", "--no-cache", "--force-exclude", "_site/copy.md", cwd=site(tmp_path))
    assert res.stderr.splitlines() == [SKIPPED.format("_site/copy.md")], res.stderr
    assert res.exit_code == 0


def test_each_named_path_left_out_gets_its_line(run_cli, tmp_path):
    res = run_cli("check", "--no-cache", "--force-exclude", "_site/copy.md", "_site/", "_site/copy.md",
                  cwd=site(tmp_path))
    assert res.stderr.splitlines() == [SKIPPED.format("_site/copy.md"), SKIPPED.format("_site/")], res.stderr
    assert res.exit_code == 0


def test_under_v_the_line_is_said_once(run_cli, tmp_path):
    res = run_cli("check", "--no-cache", "-v", "--force-exclude", "_site/copy.md", cwd=site(tmp_path))
    assert res.stderr.splitlines().count(SKIPPED.format("_site/copy.md")) == 1, res.stderr
    assert "no article files" not in res.stderr, res.stderr


def test_a_named_stylespath_file_gets_its_line(run_cli, tmp_path):
    (tmp_path / ".vale.ini").write_text("StylesPath = styles\n[*]\nBasedOnStyles = newslint\n")
    (tmp_path / "styles" / "Pkg").mkdir(parents=True)
    (tmp_path / "styles" / "Pkg" / "notes.txt").write_text("Lakeshore\n")
    res = run_cli("check", "--no-cache", "--force-exclude", "styles/Pkg/notes.txt", cwd=tmp_path)
    assert res.stderr.splitlines() == [
        "newslint: skipped styles/Pkg/notes.txt (the Vale StylesPath of .vale.ini: styles and "
        "vocabularies, not copy; drop --force-exclude to lint it)"], res.stderr
    assert res.exit_code == 0


# the nearest cases, as they were
def test_a_named_empty_folder_still_says_what_a_walk_reads(run_cli, tmp_path):
    res = run_cli("check", "--no-cache", "--force-exclude", "empty", cwd=site(tmp_path))
    assert res.stderr.startswith("newslint: no article files to lint here (folders are walked for .md"), res.stderr
    assert res.exit_code == 0


def test_a_left_out_file_beside_an_empty_folder_gets_the_walk_line(run_cli, tmp_path):
    res = run_cli("check", "--no-cache", "--force-exclude", "_site/copy.md", "empty", cwd=site(tmp_path))
    # the left-out file is named as when it is named alone (nu63 #2), so -v has nothing more to list
    assert res.stderr.splitlines() == ["newslint: no article files to lint here (folders are walked for "
                                       ".md .markdown .mdown .mkd .mdx .html .htm .xhtml .txt .text .nitf "
                                       ".jsonl .ndjson and NITF, NewsML-G2 or WordPress .xml)", SKIPPED.format("_site/copy.md")], res.stderr


def test_a_named_post_is_linted_under_force_exclude(run_cli, tmp_path):
    res = run_cli("check", "--no-cache", "--force-exclude", "--format", "json", "_posts/2025-03-04-budget.md",
                  cwd=site(tmp_path))
    assert [f["rule"] for f in json.loads(res.stdout)] == ["hygiene.doubled-word"], res.stdout
    assert "skipped" not in res.stderr, res.stderr
