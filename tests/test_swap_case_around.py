"""A swap's replacement standing around its match in another case (qa108 #4):
`The gov. said` for `gov: Gov.`, `the supreme court` for `supreme court: the
Supreme Court`. That whole text is reported, and its fix rewrites it in the
case the fix would write there (`kinds.substitution._fix_place`), never the
match alone (`Gov..`, `Joe Joe Biden`). Text already in that case is
left alone. Synthetic input only, under tmp_path."""
from __future__ import annotations

import pytest

HED = "# Hed\n\n"
SWAPS = "  supreme court: the Supreme Court\n  gov: Gov.\n  Biden: Joe Biden\n  op: co-op\n"


def _rule(tmp_path, swaps: str = SWAPS, ignorecase: bool = True) -> None:
    (tmp_path / "r" / "house").mkdir(parents=True)
    (tmp_path / "r" / "house" / "x.yaml").write_text(
        'extends: substitution\nmessage: "use {replacement}, not %s"\n'
        + "ignorecase: true\n" * ignorecase + "swap:\n" + swaps, encoding="utf-8")


def _fix(run_cli, tmp_path, text: str):
    story = tmp_path / "s.md"
    story.write_text(HED + text + "\n", encoding="utf-8")
    result = run_cli("check", "--no-cache", "--rules", "r", "--select", "house", "--fix", "s.md", cwd=tmp_path)
    return story.read_text(encoding="utf-8")[len(HED):-1], result


@pytest.mark.parametrize("text, fixed", [
    ("The gov. said no.", "The Gov. said no."),
    ("We saw the supreme court rule.", "We saw the Supreme Court rule."),
    ("The supreme court ruled.", "The Supreme Court ruled."),          # a sentence's capital kept
    ("THE SUPREME COURT ruled.", "The Supreme Court ruled."),
    ("We met JOE Biden and joe biden.", "We met Joe Biden and Joe Biden."),
    ("The CO-OP opened.", "The Co-op opened."),
    ("We saw the supreme\ncourt rule.", "We saw the Supreme\nCourt rule."),   # its line break kept
])
def test_fix_writes_the_whole_replacement_in_its_case_once(run_cli, tmp_path, text, fixed):
    _rule(tmp_path)
    written, result = _fix(run_cli, tmp_path, text)
    assert written == fixed
    assert "unfixed" not in result.stderr and "did not settle" not in result.stderr


def test_a_case_sensitive_swap_mends_its_replacement_in_another_case_whole(run_cli, tmp_path):
    """Without ignorecase the key `Biden` matches in `JOE Biden`; its fix wrote `JOE Joe Biden`."""
    _rule(tmp_path, "  Biden: Joe Biden\n", ignorecase=False)
    written, result = _fix(run_cli, tmp_path, "We met JOE Biden and Biden.")
    assert written == "We met Joe Biden and Joe Biden."
    assert "unfixed" not in result.stderr


@pytest.mark.parametrize("text", [
    "The Gov. said no.", "We saw the Supreme Court rule.", "The Supreme Court ruled.",
    "We met Joe Biden.", "Co-op members met the co-op.", "We saw the Supreme\nCourt rule.",
])
def test_control_text_in_the_case_the_fix_writes_is_not_reported(run_cli, tmp_path, text):
    _rule(tmp_path)
    (tmp_path / "s.md").write_text(HED + text + "\n", encoding="utf-8")
    result = run_cli("check", "--no-cache", "--rules", "r", "--select", "house", "s.md", cwd=tmp_path)
    assert (result.exit_code, result.stdout) == (0, "No problems found.\n"), result.stdout


def test_the_finding_and_its_fix_are_over_the_whole_miscased_text(tmp_path):
    """The text the fix rewrites is the text reported, so a tool that applies a
    finding's fix over its own span (JSON's `fix` has only the replacement)
    writes `the Supreme Court`, never `the the Supreme Court`."""
    from lint.config import Config
    from lint.engine import active_rules, lint_bytes

    _rule(tmp_path)
    config = Config(select=("house",), rule_dirs=(str(tmp_path / "r"),))
    source = HED + "We saw the supreme court rule.\n"
    result = lint_bytes("s.md", source.encode(), config, active_rules(config))
    [d] = result.diagnostics
    whole = source.index("the supreme court")
    end = whole + len("the supreme court")
    assert (d.line, d.column, d.offset, d.end_offset) == (3, 8, whole, end)
    assert (d.fix.start, d.fix.end, d.fix.replacement) == (whole, end, "the Supreme Court")
    assert d.message == "use the Supreme Court, not the supreme court"
