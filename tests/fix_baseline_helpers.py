"""What the `--fix --baseline` tests share (test_fix_baseline,
test_fix_baseline_holds, test_qa113_regressions): a story's front matter,
the arguments that check a.md against the rules under rules/, two house
rules, a baseline of house.apos's findings and the next `check --baseline`
run. Every file is written under the test's tmp_path."""
from __future__ import annotations

from rule_file_helpers import write

HEAD = "---\ntitle: Council votes\n---\n\n"
ARGS = ("a.md", "--no-cache", "--rules", "rules")


def house(tmp_path, level: str = "warning") -> None:
    """rules/house: apos swaps 'wont' at `level` (the finding a baseline
    records); spell, at warning, swaps 'in order to' (a fix that may join
    lines) and 'colour'."""
    write(tmp_path / "rules" / "house" / "apos.yaml",
          f'extends: substitution\nlevel: {level}\nmessage: "use {{replacement}}"\nswap:\n  wont: will not\n')
    write(tmp_path / "rules" / "house" / "spell.yaml",
          'extends: substitution\nlevel: warning\nmessage: "use {replacement}"\n'
          'swap:\n  in order to: to\n  colour: color\n')


def write_baseline(tmp_path, run_cli, text: str) -> None:
    """a.md holds `text` (written as given, no newline translation); b.json
    records its house.apos findings only."""
    (tmp_path / "a.md").write_text(text, encoding="utf-8", newline="")
    made = run_cli("check", *ARGS, "--select", "house.apos", "--write-baseline", "b.json", cwd=tmp_path)
    assert made.exit_code == 0, made.output


def next_run(tmp_path, run_cli):
    """`check --baseline b.json` of a.md with every house rule, as JSON (the
    findings the baseline does not hide on stdout; its notes on stderr)."""
    return run_cli("check", *ARGS, "--select", "house", "--baseline", "b.json", "--format", "json",
                   cwd=tmp_path)
