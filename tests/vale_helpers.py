"""Build small Vale set-ups (config, styles, documents) in a temporary folder."""
from __future__ import annotations

import os
import textwrap
from pathlib import Path


def vale_project(root: Path, config: str, rules: dict[str, str] | None = None,
                 docs: dict[str, str] | None = None, files: dict[str, str] | None = None) -> Path:
    """`.vale.ini` from `config`; `rules` maps `Style/Rule` to its YAML;
    `docs` and `files` map relative paths to their text."""
    root.mkdir(parents=True, exist_ok=True)
    (root / ".vale.ini").write_text(textwrap.dedent(config).lstrip(), encoding="utf-8")
    for rid, body in (rules or {}).items():
        p = root / "styles" / f"{rid}.yml"
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(textwrap.dedent(body).lstrip(), encoding="utf-8")
    for rel, text in {**(docs or {}), **(files or {})}.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")
    return root


def lines(result) -> list[str]:
    """The `--format vale` lines of a CLI result."""
    return [ln for ln in result.stdout.splitlines() if ln.strip()]


def has_en_us() -> bool:
    try:
        import hunspell  # noqa: F401  (chunspell)
    except ImportError:
        return False
    from lint.vale.hunspell import DEFAULT_NAME, find_dictionary, search_dirs
    return find_dictionary(DEFAULT_NAME, search_dirs()) is not None


