"""`check --force-exclude --stdin-filename NAME -`: an editor or pre-commit
names the buffer it pipes in; when NAME is excluded (the config's `exclude:`)
or inside a static site's generator folder, nothing is linted and the run
exits 0, as ruff's --force-exclude does. With --fix the text comes back
unchanged, so the editor's buffer is never emptied."""
from __future__ import annotations

import json
import os

from test_site_folders import ARTICLE, JEKYLL, tree

BAD = "Headline\n\nShare this article\n"      # hygiene.boilerplate, an error


def test_stdin_named_inside_a_site_folder_is_left_out(run_cli, tmp_path):
    tree(tmp_path, JEKYLL)
    result = run_cli("check", "--no-color", "--force-exclude", "-v", "--stdin-filename",
                     "_site/x.md", "-", input=ARTICLE, cwd=tmp_path)
    assert result.exit_code == 0 and result.stdout == ""
    assert (f"newslint: skipped stdin as _site/x.md (Jekyll build output, beside _config.yml; "
            "drop --force-exclude, or set site-folders: false, to lint it)") in result.stderr


def test_stdin_matched_by_the_configs_exclude_is_left_out(run_cli, tmp_path):
    tree(tmp_path, {".newslint.yaml": "exclude: [drafts/]\n"})
    result = run_cli("check", "--no-color", "--force-exclude", "--stdin-filename",
                     "drafts/x.txt", "-", input=BAD, cwd=tmp_path)
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "")


def test_without_force_exclude_stdin_is_linted_whatever_its_name(run_cli, tmp_path):
    tree(tmp_path, {".newslint.yaml": "exclude: [drafts/]\n"})
    result = run_cli("check", "--no-color", "--stdin-filename", "drafts/x.txt", "-",
                     input=BAD, cwd=tmp_path)
    assert result.exit_code == 1 and "drafts/x.txt:3:1: error [hygiene.boilerplate]" in result.stdout


def test_an_included_stdin_name_is_still_linted_with_force_exclude(run_cli, tmp_path):
    tree(tmp_path, {".newslint.yaml": "exclude: [drafts/]\n", **JEKYLL})
    result = run_cli("check", "--no-color", "--force-exclude", "--stdin-filename",
                     "_posts/x.txt", "-", input=BAD, cwd=tmp_path)
    assert result.exit_code == 1
    assert os.path.join("_posts", "x.txt") + ":3:1: error" in result.stdout.replace("/", os.sep)


def test_fix_echoes_an_excluded_stdin_unchanged(run_cli, tmp_path):
    tree(tmp_path, JEKYLL)
    text = "Council votes\n\nThe the council met.\n"     # hygiene's fix drops the repeat
    linted = run_cli("check", "--fix", "--stdin-filename", "_posts/x.txt", "-", input=text,
                     cwd=tmp_path)
    assert linted.stdout != text                # the fix does apply outside _site
    left = run_cli("check", "--fix", "--force-exclude", "--stdin-filename", "_site/x.txt", "-",
                   input=text, cwd=tmp_path)
    assert (left.exit_code, left.stdout) == (0, text)


def test_other_named_files_are_still_linted_beside_an_excluded_stdin(run_cli, tmp_path):
    tree(tmp_path, {**JEKYLL, "notes.txt": BAD})
    result = run_cli("check", "--no-color", "--no-cache", "--force-exclude", "--stdin-filename",
                     "_site/x.txt", "-", "notes.txt", input=BAD, cwd=tmp_path)
    assert result.exit_code == 1
    assert "notes.txt:3:1: error [hygiene.boilerplate]" in result.stdout
    assert "x.txt" not in result.stdout


def test_a_machine_format_gets_an_empty_report_for_an_excluded_stdin(run_cli, tmp_path):
    # An editor parsing --format json (or a CI step reading -o FILE) would choke on nothing.
    tree(tmp_path, {".newslint.yaml": "exclude: [drafts/]\n"})
    args = ("check", "--force-exclude", "--stdin-filename", "drafts/x.txt")
    result = run_cli(*args, "--format", "json", "-", input=BAD, cwd=tmp_path)
    assert (result.exit_code, json.loads(result.stdout)) == (0, [])
    result = run_cli(*args, "--format", "sarif", "-o", "out.sarif", "-", input=BAD, cwd=tmp_path)
    sarif = json.loads((tmp_path / "out.sarif").read_text(encoding="utf-8"))
    assert (result.exit_code, result.stdout, sarif["runs"][0]["results"]) == (0, "", [])
