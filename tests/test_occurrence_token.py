"""`occurrence`'s token is compiled as written, `ignorecase` a flag and no
wrapper (qa99 #8), and one that matches empty text is refused (qa99 #9), also
only beside characters (qa104 #11)."""
from __future__ import annotations

import pytest

RULE = 'extends: occurrence\nmessage: "%s times"\nscope: paragraph\nmax: 1\nignorecase: true\ntoken: {}\n'


def _run(run_cli, tmp_path, token: str, text: str):
    target = tmp_path / "r" / "house" / "x.yaml"
    target.parent.mkdir(parents=True)
    target.write_text(RULE.format(token), encoding="utf-8")
    (tmp_path / "s.md").write_text(f"# Hed\n\n{text}\n", encoding="utf-8")
    return run_cli("check", "--no-cache", "--rules", "r", "s.md", cwd=tmp_path)


def test_an_ignorecase_token_that_does_not_compile_is_quoted_as_written(run_cli, tmp_path):
    result = _run(run_cli, tmp_path, "'(the'", "Text.")
    assert "x.yaml:6:8: token: regex '(the' does not compile: missing ) at position 4" in result.stderr, \
        result.stderr


def test_an_empty_token_is_refused(run_cli, tmp_path):
    result = _run(run_cli, tmp_path, "''", "Text.")
    assert result.exit_code == 2 and "x.yaml:6:8: token: regex '' matches empty text" in result.stderr, \
        result.stderr


def test_control_an_ignorecase_token_counts_either_case(run_cli, tmp_path):
    result = _run(run_cli, tmp_path, "'the'", "The cat saw the dog.")
    assert "s.md:3:1: warning [house.x] 2 times" in result.stdout, (result.stdout, result.stderr)


@pytest.mark.parametrize("token", ["'\\b'", "'(?=s)'", "'(?<=e)'"])
def test_a_token_matching_empty_text_only_beside_characters_is_refused(run_cli, tmp_path, token):
    """qa104 #11: `\\b` does not match "" alone, but counted every word's two edges."""
    result = _run(run_cli, tmp_path, token, "Text here and there.")
    assert result.exit_code == 2 and "x.yaml:6:8: token: regex" in result.stderr \
        and "matches empty text" in result.stderr, result.stderr
