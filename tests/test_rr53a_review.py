"""Review rr53a's findings on session 52 (51c68894..lead52) that change
behaviour, as strict xfails for a mend. Synthetic input only."""
from __future__ import annotations

import pytest


def _vale_project(tmp_path, key: str, pattern: str):
    styles = tmp_path / "styles" / "S"
    styles.mkdir(parents=True)
    (styles / "R.yml").write_text("extends: existence\nmessage: x\ntokens: [foo]\n", encoding="utf-8")
    (tmp_path / ".vale.ini").write_text(
        f"StylesPath = styles\n[*]\nBasedOnStyles = S\n{key} = {pattern}\n", encoding="utf-8")
    (tmp_path / ".newslint.yaml").write_text("vale: .vale.ini\n", encoding="utf-8")
    story = tmp_path / "a.txt"
    story.write_text("The foo story.\n", encoding="utf-8")
    return story


@pytest.mark.xfail(strict=True, reason="rr53a #1: a .vale.ini TokenIgnores/BlockIgnores pattern is compiled "
                                       "by plain regex.compile (vale/config.py:266, vale/__init__.py:323), "
                                       "not regex_size.compile_counted: `(?:ab|cd){200000}` kills check "
                                       "with SIGSEGV (exit 139)")
@pytest.mark.parametrize("key", ["TokenIgnores", "BlockIgnores"])
def test_vale_ini_ignore_pattern_counts_are_limited(run_cli, tmp_path, key):
    # a{150000}: over regex_size.LIMIT, yet quick to compile, so the unmended run
    # lints (exit 0 or 1) rather than crashing the test process
    story = _vale_project(tmp_path, key, "a{150000}")
    result = run_cli("check", "--no-cache", story, cwd=tmp_path)
    assert result.exit_code == 2, result.stdout + result.stderr
    assert "counted repeats" in result.stderr and key in result.stderr, result.stderr
