"""docs/rules.md is `newslint rules --format markdown` (nu25 #13: a copy chief
wanted what each rule catches, with one example, before the long sections)."""
from __future__ import annotations

from pathlib import Path

from lint.config import Config
from lint.engine import rules_for
from lint.rules_table import _code, _shown, markdown_table

DOC = Path(__file__).resolve().parents[1] / "docs" / "rules.md"


def test_docs_rules_md_is_the_generated_table(run_cli):
    result = run_cli("rules", "--format", "markdown")
    assert result.exit_code == 0
    assert DOC.read_text(encoding="utf-8") == result.stdout, (
        "docs/rules.md is stale: run `newslint rules --format markdown > docs/rules.md`")


def test_every_built_in_rule_shows_an_example_and_its_finding():
    rules = rules_for(Config())
    rows = [line for line in markdown_table(rules).splitlines() if line.startswith("| `")]
    assert len(rows) == len(rules)
    for row in rows:
        cells = [c.strip() for c in row.strip("|").split(" | ")]
        assert len(cells) == 6, row
        assert cells[4] and cells[5], f"no example or finding shown: {row}"


def test_a_rule_with_no_usable_example_shows_empty_cells(tmp_path, run_cli):
    pack = tmp_path / "rules" / "house"
    pack.mkdir(parents=True)
    (pack / "no-tk.yaml").write_text(
        "extends: existence\nmessage: \"house: '%s'\"\nlevel: warning\n"
        "description: House rule against TKTK.\ntokens: [TKTK]\n"
        "examples:\n  - fail: \"The cost is high.\"\n  - pass: \"Fine.\"\n", encoding="utf-8")
    result = run_cli("rules", "--format", "markdown", "--rules", tmp_path / "rules")
    row = next(line for line in result.stdout.splitlines() if line.startswith("| `house.no-tk`"))
    assert row == "| `house.no-tk` | warning |  | House rule against TKTK. |  |  |"


def test_a_code_span_holds_backticks_and_pipes():
    assert _code("plain") == "`plain`"
    assert _code("a `b` c") == "`` a `b` c ``"
    assert _code("x | y") == "`x \\| y`"
    assert _code("") == ""


def test_a_long_example_shows_the_line_of_its_finding_around_the_column():
    text = "Hed line\n\n" + "word " * 40 + "FLAGGED " + "word " * 40
    shown = _shown(text, 3, text.split("\n")[2].index("FLAGGED") + 1)
    assert "FLAGGED" in shown and shown.startswith("…") and shown.endswith("…")
    assert _shown("One.\n\nTwo.", 1, 1) == "One. ↵ Two."
