"""qa453: review of pf71 (7f321e0b..d10666bd): `rx.expand` joins a substitution's
group template from items kept in the rule-set cache, and `config_cache` keeps
a clean `.newslint.yaml` parse there too, so a warm run imports neither the
`regex` package's Python nor PyYAML.

The danger is a warm run that does not see what an uncached one sees. Every
test runs the public CLI (`python -m lint check`) in fresh processes sharing
one cache folder of the test's own: a run with `NEWSLINT_NO_CACHE=1` is the
reference, then a cold and a warm run, and an edit between runs. Plain tests
guard what held up; the strict xfail states what is wrong today."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LONG_AGO = time.time() - 3600       # older than rule_cache.RACY_NS: a config that may be kept
STORY = "Council backs budget\n\nThe the council met on Monday with Mayor Ana Reyes.Council members voted.\n"
QUIET = "ignore: [hygiene.doubled-word]\n"          # 31 characters
LOUD = "select: [hygiene.doubled-word]\n"           # the same size: only the doubled word


def _write(path: Path, text: str, when: float = LONG_AGO) -> Path:
    path.write_bytes(text.encode("utf-8"))
    os.utime(path, (when, when))
    return path


def _run(cwd: Path, cache: Path, *args: str, uncached: bool = False) -> tuple[int, str]:
    """(exit code, stdout + stderr) of `python -m lint check --no-progress --no-cache ARGS`
    in a fresh process, with the rule-set cache in `cache` (none with `uncached`)."""
    env = dict(os.environ, NO_COLOR="1", PYTHONPATH=str(ROOT), NEWSLINT_CACHE_DIR=str(cache))
    env.pop("NEWSLINT_NO_CACHE", None)
    if uncached:
        env["NEWSLINT_NO_CACHE"] = "1"
    done = subprocess.run([sys.executable, "-m", "lint", "check", "--no-progress", "--no-cache", *args],
                          cwd=cwd, env=env, capture_output=True, text=True, timeout=300)
    assert "Traceback" not in done.stderr, done.stderr
    return done.returncode, done.stdout + done.stderr


def _project(tmp_path: Path, config: str | None = QUIET) -> Path:
    folder = tmp_path / "project"
    folder.mkdir()
    _write(folder / "story.txt", STORY)
    if config is not None:
        _write(folder / ".newslint.yaml", config)
    return folder


def _same_three_ways(folder: Path, cache: Path, *args: str) -> tuple[int, str]:
    """The uncached run's result, asserting a cold and then a warm run say the same."""
    want = _run(folder, cache, *args, uncached=True)
    assert _run(folder, cache, *args) == want          # cold: parses and keeps
    assert _run(folder, cache, *args) == want          # warm: from the rule-set cache
    return want


# --- config_cache: an edit of any kind is seen on the next run (held up) ---

def test_an_edit_keeping_size_and_mtime_is_seen(tmp_path):
    folder, cache = _project(tmp_path), tmp_path / "cache"
    assert "doubled word" not in _same_three_ways(folder, cache, "story.txt")[1]
    _write(folder / ".newslint.yaml", LOUD)             # same size, same mtime: only ctime tells
    assert _run(folder, cache, "story.txt") == _run(folder, cache, "story.txt", uncached=True)
    assert "doubled word" in _run(folder, cache, "story.txt")[1]


def test_a_config_replaced_by_a_symlink_or_retargeted_is_seen(tmp_path):
    folder, cache = _project(tmp_path, LOUD), tmp_path / "cache"
    _same_three_ways(folder, cache, "story.txt")
    quiet, loud = _write(tmp_path / "quiet.yaml", QUIET), _write(tmp_path / "loud.yaml", LOUD)
    (folder / ".newslint.yaml").unlink()
    (folder / ".newslint.yaml").symlink_to(quiet)
    assert "doubled word" not in _same_three_ways(folder, cache, "story.txt")[1]
    (folder / ".newslint.yaml").unlink()
    (folder / ".newslint.yaml").symlink_to(loud)
    assert "doubled word" in _run(folder, cache, "story.txt")[1]
    _write(loud, QUIET)                                 # the target edited in place, its mtime kept
    assert "doubled word" not in _run(folder, cache, "story.txt")[1]


def test_a_project_moved_then_edited_and_moved_back_is_seen(tmp_path):
    folder, cache = _project(tmp_path), tmp_path / "cache"
    _same_three_ways(folder, cache, "story.txt")
    moved = tmp_path / "moved"
    folder.rename(moved)
    assert "doubled word" not in _run(moved, cache, "story.txt")[1]
    _write(moved / ".newslint.yaml", LOUD)
    moved.rename(folder)
    assert "doubled word" in _run(folder, cache, "story.txt")[1]


def test_nested_configs_each_edit_and_a_removal_are_seen(tmp_path):
    folder, cache = _project(tmp_path), tmp_path / "cache"
    inner = folder / "inner"
    inner.mkdir()
    _write(inner / "story.txt", STORY)
    _write(inner / ".newslint.yaml", LOUD)
    both = ("story.txt", "inner/story.txt")
    said = _same_three_ways(folder, cache, *both)[1]
    assert "inner/story.txt:3:1" in said and "\nstory.txt:3:1" not in "\n" + said
    _write(inner / ".newslint.yaml", "select: [hygiene]\nxx: 1\n")     # now unknown key: exit 2
    assert _run(folder, cache, *both) == _run(folder, cache, *both, uncached=True)
    assert _run(folder, cache, *both)[0] == 2
    (inner / ".newslint.yaml").unlink()                 # the outer one applies again
    assert "doubled word" not in _run(folder, cache, *both)[1]


def test_a_refused_config_then_fixed_says_the_same_as_uncached_each_time(tmp_path):
    folder, cache = _project(tmp_path, "ignore: [a]\nignore: [b]\n"), tmp_path / "cache"
    code, said = _same_three_ways(folder, cache, "story.txt")
    assert code == 2 and ":2:1: ignore: given twice" in said
    _write(folder / ".newslint.yaml", QUIET)
    assert _same_three_ways(folder, cache, "story.txt")[0] == 0


CONFIGS = {
    "yes-key": "yes: 1\nselect: [hygiene]\n",
    "time-value": "markup: 12:00\n",
    "fail-level-yes": "fail-level: yes\n",
    "level-off": "levels:\n  hygiene.doubled-word: off\n",
    "bom": "\ufeffselect: [hygiene]\nfail-level: sometimes\n",
    "crlf": "select: [hygiene]\r\nfail-level: sometimes\r\n",
    "list-item-time": "select:\n  - hygiene\n  - 12:00\n",
    "datetime-zone": "published: 2024-05-01T10:00:00+05:30\nselect: [dates, hygiene]\n",
    "date-and-alias": "published: 2024-05-01\noptions:\n  hygiene.doubled-word: &o {nosuch: 1}\n",
    "merge-key": "_x: &b {select: [hygiene]}\n<<: *b\n",
    "unicode-key": "sélect: [hygiene]\n",
    "quoted-size": "max-file-size: \"10\"\n",
    "comment-only": "# nothing here\n",
    "top-list": "- a\n- b\n",
    "omap": "select: !!omap [{a: 1}]\n",
}


@pytest.mark.parametrize("name", sorted(CONFIGS))
def test_a_configs_findings_and_placed_errors_are_the_same_warm(tmp_path, name):
    folder = _project(tmp_path, CONFIGS[name])
    _same_three_ways(folder, tmp_path / "cache", "story.txt")


def test_a_damaged_or_read_only_cache_folder_never_serves_a_stale_config(tmp_path):
    folder, cache = _project(tmp_path), tmp_path / "cache"
    _same_three_ways(folder, cache, "story.txt")
    for f in cache.iterdir():                            # truncated: read as an empty cache
        f.write_bytes(f.read_bytes()[: f.stat().st_size // 2])
    assert "doubled word" not in _run(folder, cache, "story.txt")[1]
    _run(folder, cache, "story.txt")
    cache.chmod(0o500)
    try:
        _write(folder / ".newslint.yaml", LOUD)
        assert "doubled word" in _run(folder, cache, "story.txt")[1]
    finally:
        cache.chmod(0o700)


def test_a_config_given_by_a_relative_path_outside_the_folder_is_seen(tmp_path):
    folder, cache = _project(tmp_path, None), tmp_path / "cache"
    _write(tmp_path / "house.yaml", QUIET)
    assert "doubled word" not in _same_three_ways(folder, cache, "--config", "../house.yaml", "story.txt")[1]
    _write(tmp_path / "house.yaml", LOUD)
    assert "doubled word" in _run(folder, cache, "--config", "../house.yaml", "story.txt")[1]


def test_a_pyproject_config_is_the_same_warm(tmp_path):
    folder, cache = _project(tmp_path, None), tmp_path / "cache"
    _write(folder / "pyproject.toml", '[tool.newslint]\nignore = ["hygiene.doubled-word"]\n')
    assert "doubled word" not in _same_three_ways(folder, cache, "story.txt")[1]


# --- rx.expand: the same replacements and --fix results from a warm cache (held up) ---

SWAPS = """\
extends: substitution
message: "write {replacement}"
level: warning
scope: [headline, paragraph]
swap:
  '(\\p{Lu}\\p{Ll}+)-vs-(\\p{Lu}\\p{Ll}+)': '\\2 v. \\1'
  '(?P<n>\\d+) per ?cent(?P<s>s)?': '\\g<n>%\\g<s>'
  '(?|(colour)|(flavour))ful': '\\1-rich'
  '(\\w+) -- (\\w+)': '\\1\\N{EM DASH}\\2'
  'Pty (Ltd)': '\\g<0>\\x2e'
  '(é)tude': '\\1TUDE\\\\'
  '«(\\w+)»': '“\\g<1>”'
"""
ARTICLE = ("---\ntitle: Council backs budget\ndate: 2024-05-01\n---\n\n# Council backs budget\n\n"
           "Smith-vs-Jones ended. It rose 5 per cent. A colourful and flavourful day -- great.\n"
           "Acme Pty Ltd said étude and «bonjour».\n"
           "The council met.Reyes left. She said “no.”Then “Yes.”“Maybe” she said.\"Fine\" and 7 p.m.Then.\n")


def test_group_templates_and_their_fixes_are_the_same_warm(tmp_path):
    rules = tmp_path / "rules" / "house"
    rules.mkdir(parents=True)
    _write(rules / "swaps.yaml", SWAPS)
    cache, results = tmp_path / "cache", []
    for way in ("uncached", "cold", "warm"):
        folder = tmp_path / way
        folder.mkdir()
        _write(folder / "story.md", ARTICLE)
        said = _run(folder, cache, "--rules", str(tmp_path / "rules"), "story.md", uncached=way == "uncached")
        fixed = _run(folder, cache, "--rules", str(tmp_path / "rules"), "--fix", "story.md",
                     uncached=way == "uncached")
        results.append((said, fixed, (folder / "story.md").read_text(encoding="utf-8")))
    assert results[1] == results[0] and results[2] == results[0]
    text = results[0][2]
    assert "Jones v. Smith" in text and "5%" in text and "colour-rich" in text and "day—great" in text
    assert "Pty Ltd." in text and "éTUDE\\" in text and "“bonjour”" in text and "met. Reyes" in text


# --- #1 LOW (new): the speed history cites commits that are not in the history ---

def test_the_pf71_history_cites_commits_of_this_history():
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    text = (ROOT / "docs" / "speed-history.md").read_text(encoding="utf-8")
    para = text[text.index("pf71 (issue 15"):]
    para = para[: para.find("\n\n") if "\n\n" in para else len(para)]
    cited = re.findall(r"\(([0-9a-f]{8})\)", para)
    assert cited
    for sha in cited:
        done = subprocess.run(["git", "merge-base", "--is-ancestor", sha, "HEAD"], cwd=ROOT,
                              capture_output=True, text=True)
        assert done.returncode == 0, (sha, done.stderr)
