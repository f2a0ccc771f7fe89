"""A one-rule house pack the Vale-style rule tests share (fx506, qa367,
qa374), written once.

`house(tmp_path, rule, text, path)`: writes `rule` (a rule file's YAML) as
the `courier` pack's only rule under tmp_path/house and lints `text` as
`path` with that pack alone; gives [(line, column, end_line, end_column,
message)], 1-based. `source_at(src, finding)`: the text of `src` a finding
of that shape covers, so a test checks the span against the source itself.

Synthetic input only."""
from __future__ import annotations

from lint import lint_text
from lint.config import Config


def house(tmp_path, rule: str, text: str, path: str = "s.txt") -> list[tuple]:
    pack = tmp_path / "house" / "courier"
    pack.mkdir(parents=True, exist_ok=True)
    (pack / "rule.yaml").write_text(rule, encoding="utf-8")
    return [(d.line, d.column, d.end_line, d.end_column, d.message)
            for d in lint_text(text, path, config=Config(select=("courier",)),
                               rule_dirs=[str(tmp_path / "house")])]


def source_at(src: str, finding: tuple) -> str:
    """The source text between a finding's line:column and end_line:end_column."""
    lines = src.splitlines(keepends=True)

    def offset(line, col):
        return sum(len(x) for x in lines[:line - 1]) + col - 1
    return src[offset(finding[0], finding[1]):offset(finding[2], finding[3])]
