"""A folder walk leaves the Vale StylesPath out (`styles_folder`, nu58 #2),
and says so under -v; the nearest cases stay as they were: a file in it named
on the command line is linted, a folder of the same name elsewhere is walked,
and a StylesPath that holds its own `.vale.ini` (the project) is walked."""
from __future__ import annotations

import json

import pytest

from vale_helpers import vale_project

STORY = ("---\ntitle: Council approves budget\ndate: 2025-03-04\n---\n\n"
         "The council approved the budget on Tuesday, the mayor said.\n")
INI = "StylesPath = styles\nVocab = Desk\n[*]\nBasedOnStyles = newslint\n"
ACCEPT = "styles/config/vocabularies/Desk/accept.txt"


def project(tmp_path, ini=INI, **files):
    return vale_project(tmp_path, ini, None, {"content/story.md": STORY, ACCEPT: "Lakeshore\nNewsML\n", **files})


def paths(res) -> list[str]:
    return sorted({f["path"] for f in json.loads(res.stdout)})


def test_check_v_says_the_stylespath_was_left_out(run_cli, tmp_path):
    res = run_cli("check", "--no-cache", "-v", ".", cwd=project(tmp_path))
    assert "skipped styles/ (the Vale StylesPath of .vale.ini" in res.stderr, res.stderr
    assert res.exit_code == 0, res.stdout


def test_a_vocab_list_named_on_the_command_line_is_linted_as_before(run_cli, tmp_path):
    res = run_cli("check", "--no-cache", "--format", "json", ACCEPT, cwd=project(tmp_path))
    assert paths(res) == [ACCEPT]


def test_a_folder_named_styles_that_is_not_the_stylespath_is_walked(run_cli, tmp_path):
    root = project(tmp_path, **{"content/styles/notes.txt": "Lakeshore\nNewsML\n"})
    res = run_cli("check", "--no-cache", "--format", "json", ".", cwd=root)
    assert paths(res) == ["content/styles/notes.txt"]


def test_a_stylespath_holding_its_own_ini_is_walked(run_cli, tmp_path):
    ini = "StylesPath = .\n[*]\nBasedOnStyles = newslint\n"
    root = vale_project(tmp_path / "site", ini, None, {"notes.txt": "Lakeshore\nNewsML\n"})
    res = run_cli("check", "--no-cache", "--format", "json", "--config", "site/.vale.ini", ".", cwd=tmp_path)
    assert paths(res) == ["site/notes.txt"], root


# qa294 #3: the pre-commit hooks run `check --force-exclude` on each staged file,
# and --force-exclude leaves out a staged `_layouts/` template (a walk leaves it
# out); a staged Vocab list, which the walk leaves out too, was still linted:
# nu58 #2's own case (commit an edit to accept.txt -> the hook fails). fx431.
def test_force_exclude_leaves_a_named_vocab_list_out(run_cli, tmp_path):
    res = run_cli("check", "--no-cache", "--force-exclude", "--format", "json", ACCEPT, cwd=project(tmp_path))
    assert (res.exit_code, json.loads(res.stdout or "[]")) == (0, []), res.stdout


# fx431, the nearest cases: -v says how to lint the list left out; a story
# named with --force-exclude is linted; so is a file in a StylesPath that holds
# its own .vale.ini (the project itself).
def test_force_exclude_says_how_to_lint_the_vocab_list(run_cli, tmp_path):
    res = run_cli("check", "--no-cache", "-v", "--force-exclude", ACCEPT, cwd=project(tmp_path))
    assert f"skipped {ACCEPT} (the Vale StylesPath of .vale.ini" in res.stderr, res.stderr
    assert "drop --force-exclude to lint it" in res.stderr, res.stderr


def test_force_exclude_lints_a_named_story(run_cli, tmp_path):
    res = run_cli("check", "--no-cache", "--force-exclude", "--format", "json", "content/story.md",
                  "--published", "2025-03-04", cwd=project(tmp_path, **{"content/story.md": STORY + "TK\n"}))
    assert [f["rule"] for f in json.loads(res.stdout)] == ["hygiene.placeholder"], res.stdout


def test_force_exclude_lints_a_file_of_a_stylespath_holding_its_own_ini(run_cli, tmp_path):
    ini = "StylesPath = .\n[*]\nBasedOnStyles = newslint\n"
    vale_project(tmp_path / "site", ini, None, {"notes.txt": "Lakeshore\nNewsML\n"})
    res = run_cli("check", "--no-cache", "--force-exclude", "--format", "json", "site/notes.txt", cwd=tmp_path)
    assert paths(res) == ["site/notes.txt"], res.stdout


# qa300 #2: a `.vale.ini` inside the StylesPath (a style package or vendored
# project that ships its own) makes `styles_holder` ask that ini, not the one
# that names the StylesPath, so `--force-exclude` (the pre-commit hooks, the
# editor) lints a file the walk leaves out with the whole StylesPath.
@pytest.mark.xfail(strict=True, reason="taken back (fx443, qa306 #1-#3): asking every ini above a named file "
                   "skipped copy check . lints; qa300 #2 stays open")
def test_force_exclude_leaves_out_a_file_under_an_ini_inside_the_stylespath(run_cli, tmp_path):
    root = project(tmp_path, **{"styles/Pkg/.vale.ini": "[*]\nBasedOnStyles = newslint\n",
                                "styles/Pkg/notes.txt": "Lakeshore\nNewsML\n"})
    walked = run_cli("check", "--no-cache", "--format", "json", ".", cwd=root)
    assert "styles/Pkg/notes.txt" not in paths(walked), walked.stdout
    res = run_cli("check", "--no-cache", "--force-exclude", "--format", "json", "styles/Pkg/notes.txt", cwd=root)
    assert (res.exit_code, json.loads(res.stdout or "[]")) == (0, []), res.stdout


# fx443, the nearest cases of qa300 #2. A `.vale.ini` beside the copy (a desk's
# own, outside the StylesPath) leaves its files linted by --force-exclude: only
# an ini above whose StylesPath holds the file leaves it out.
def test_force_exclude_lints_a_story_under_a_nested_ini_outside_the_stylespath(run_cli, tmp_path):
    root = project(tmp_path, **{"content/desk/.vale.ini": "[*]\nBasedOnStyles = newslint\n",
                                "content/desk/notes.txt": "Lakeshore\nNewsML\n"})
    res = run_cli("check", "--no-cache", "--force-exclude", "--format", "json", "content/desk/notes.txt", cwd=root)
    assert paths(res) == ["content/desk/notes.txt"], res.stdout


# A StylesPath outside the repository (`../house-styles`): a story of the repo
# is linted under --force-exclude; a file of the StylesPath, named from its
# parent, is linted as a walk of that parent lints it (no ini above it names it).
def test_a_stylespath_outside_the_repo_leaves_the_repo_linted(run_cli, tmp_path):
    ini = "StylesPath = ../house-styles\n[*]\nBasedOnStyles = newslint\n"
    vale_project(tmp_path / "repo", ini, None, {"content/notes.txt": "Lakeshore\nNewsML\n"})
    vale_project(tmp_path / "house-styles" / "Pkg", "[*]\nBasedOnStyles = newslint\n", None,
                 {"notes.txt": "Lakeshore\nNewsML\n"})
    named = run_cli("check", "--no-cache", "--force-exclude", "--format", "json", "content/notes.txt",
                    cwd=tmp_path / "repo")
    assert paths(named) == ["content/notes.txt"], named.stdout
    outside = run_cli("check", "--no-cache", "--force-exclude", "--format", "json",
                      "house-styles/Pkg/notes.txt", cwd=tmp_path)
    walked = run_cli("check", "--no-cache", "--format", "json", ".", cwd=tmp_path)
    assert paths(outside) == ["house-styles/Pkg/notes.txt"], outside.stdout
    assert "house-styles/Pkg/notes.txt" in paths(walked), walked.stdout


# qa306 #1: an ini above names as its StylesPath a folder inside a nested
# project (`desk/styles`), but the desk has its own `.vale.ini` (no StylesPath),
# and a walk reaches `desk/styles` under the desk's ini, so it lints the story
# there (main's --force-exclude did too). fx443's --force-exclude asked every ini
# up to `/` and left it out, so the two disagreed again (taken back).
def test_force_exclude_lints_what_the_walk_lints_under_a_nested_ini(run_cli, tmp_path):
    root = vale_project(tmp_path, "StylesPath = desk/styles\n[*]\nBasedOnStyles = newslint\n", None,
                        {"desk/.vale.ini": "[*]\nBasedOnStyles = newslint\n", "desk/styles/story.md": STORY.replace("The council", "The the council")})
    walked = run_cli("check", "--no-cache", "--format", "json", ".", cwd=root)
    assert "desk/styles/story.md" in paths(walked), walked.stdout
    named = run_cli("check", "--no-cache", "--force-exclude", "--format", "json", "desk/styles/story.md", cwd=root)
    assert paths(named) == ["desk/styles/story.md"], (named.stdout, named.stderr)


# qa306 #2: a style package developed in its own repository inside a project's
# StylesPath (`styles/Pkg`, its own `.vale.ini`). From the package's folder,
# `check .` lints its docs, and main's --force-exclude (the pre-commit hooks)
# did too; fx443 asked the project's ini above the cwd and left them out (taken back).
def test_force_exclude_from_a_package_folder_lints_what_its_walk_lints(run_cli, tmp_path):
    root = project(tmp_path, **{"styles/Pkg/.vale.ini": "[*]\nBasedOnStyles = newslint\n",
                                "styles/Pkg/docs/story.md": STORY.replace("The council", "The the council")})
    pkg = root / "styles" / "Pkg"
    walked = run_cli("check", "--no-cache", "--format", "json", ".", cwd=pkg)
    assert paths(walked) == ["docs/story.md"], walked.stdout
    named = run_cli("check", "--no-cache", "--force-exclude", "--format", "json", "docs/story.md", cwd=pkg)
    assert paths(named) == ["docs/story.md"], (named.stdout, named.stderr)


# qa306 #3: fx443's `styles_holder` loaded the config of every folder up to `/` (taken back),
# beyond the project's own. A broken `.newslint.yaml` in a folder above the
# project, which neither `check .` nor main's --force-exclude ever read, makes
# `check --force-exclude story.md` (the pre-commit hooks) exit 2 under it.
def test_force_exclude_does_not_read_a_config_above_the_project(run_cli, tmp_path):
    (tmp_path / ".newslint.yaml").write_text("rules: [unclosed\n")
    root = project(tmp_path / "proj")
    walked = run_cli("check", "--no-cache", "--format", "json", ".", cwd=root)
    named = run_cli("check", "--no-cache", "--force-exclude", "--format", "json", "content/story.md", cwd=root)
    assert walked.exit_code == 0, walked.stderr
    assert (named.exit_code, named.stderr) == (0, ""), named.stderr
