"""fx436: the mend of rr53a #1 (user-written patterns compiled past the
`regex_size` guard) and #4 (a StylesPath that is a link). Synthetic input only."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import regex
from test_rr53a_review import _vale_project

ROOT = Path(__file__).resolve().parents[1]
CRASHES = "(?:ab|cd){200000}"      # segfaulted `regex` (rr53a #1), so only run in a child process


def _check_in_child(tmp_path, story):
    """`newslint check` in a process of its own: a crash is its exit code, not the test run's."""
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT), "NEWSLINT_CACHE_DIR": str(tmp_path / "cache")}
    return subprocess.run([sys.executable, "-m", "lint", "check", "--no-cache", str(story)], cwd=tmp_path,
                          env=env, capture_output=True, text=True, timeout=300)


@pytest.mark.parametrize("key", ["TokenIgnores", "BlockIgnores"])
def test_ignore_pattern_too_large_is_refused_in_one_line_at_its_ini_line(tmp_path, key):
    story = _vale_project(tmp_path, f"StylesPath = styles\n[*]\nBasedOnStyles = S\n{key} = {CRASHES}\n")
    done = _check_in_child(tmp_path, story)
    assert done.returncode == 2, (done.returncode, done.stderr)
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"newslint: {tmp_path / '.vale.ini'}:4:"), done.stderr
    assert key in lines[0] and "counted repeats" in lines[0], done.stderr


def test_ignore_pattern_with_a_small_count_still_takes_text_out(run_cli, tmp_path):
    story = _vale_project(tmp_path, "StylesPath = styles\n[*]\nBasedOnStyles = S\nTokenIgnores = fo{2}\n")
    result = run_cli("check", "--no-cache", story, cwd=tmp_path)
    assert result.exit_code == 0 and "No problems found" in result.stdout, result.stdout + result.stderr


def test_prepared_ignore_pattern_is_guarded_too():
    from lint.vale import _compiled
    with pytest.raises(regex.error, match="counted repeats"):
        _compiled("a{150000}")
    assert _compiled("fo{2}").search("the foo") is not None


def test_substitution_value_too_large_is_read_as_text_not_compiled(tmp_path):
    rule = f'extends: substitution\nmessage: "Use %s, not %s"\nswap:\n  foo: "{CRASHES}"\n'
    story = _vale_project(tmp_path, "StylesPath = styles\n[*]\nBasedOnStyles = S\n", rule)
    done = _check_in_child(tmp_path, story)
    assert done.returncode == 0, (done.returncode, done.stderr)
    assert f"[S.R] Use {CRASHES}, not foo" in done.stdout, done.stdout


def test_substitution_value_that_is_a_small_pattern_still_matches(run_cli, tmp_path):
    rule = 'extends: substitution\nmessage: "Use %s, not %s"\nswap:\n  foo: "fo{2}|bar"\n'
    story = _vale_project(tmp_path, "StylesPath = styles\n[*]\nBasedOnStyles = S\n", rule)
    result = run_cli("check", "--no-cache", story, cwd=tmp_path)
    assert "No problems found" in result.stdout, result.stdout + result.stderr


def test_folder_named_as_the_link_target_elsewhere_is_still_walked(run_cli, tmp_path):
    _vale_project(tmp_path, "StylesPath = styles\n[*]\nBasedOnStyles = S\n")
    (tmp_path / "styles").rename(tmp_path / "vale-styles")
    (tmp_path / "styles").symlink_to("vale-styles")
    other = tmp_path / "desk" / "vale-styles"
    other.mkdir(parents=True)
    (other / "b.txt").write_text("The foo story.\n", encoding="utf-8")
    result = run_cli("check", "--no-cache", "-v", ".", cwd=tmp_path)
    assert "b.txt: config" in result.stderr, result.stderr          # not the StylesPath: linted
    assert "skipped vale-styles/" in result.stderr, result.stderr    # the StylesPath itself: left out
