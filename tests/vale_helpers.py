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


DESK_INI = "StylesPath = styles\n\n[*]\nBasedOnStyles = Desk\n"
IT_IS_INI = "StylesPath = styles\nMinAlertLevel = suggestion\n[*]\nBasedOnStyles = Desk\n"
IT_IS = ('extends: substitution\nmessage: "Use %s instead of %s."\nlevel: warning\nignorecase: true\n'
         "action:\n  name: replace\nswap:\n  it is: it's\n")

# The head of Google's Contractions rule (a suggestion, `action: replace`) up to
# its `swap:` key; the new-user reviews (nu68, nu69, nu74) add their own swaps.
CONTRACTIONS_HEAD = """extends: substitution
message: "Use '%s' instead of '%s'."
level: suggestion
ignorecase: true
action:
  name: replace
swap:
"""

# The House rules of the SkippedScopes and Vale-above tests (fx559, qa421): one
# that flags 'i.e.' (so a finding's line says which block Vale let through) and one 'We'.
LATIN = """extends: substitution
message: "Use '%s' instead of '%s'."
level: error
nonword: true
swap:
  '\\bi\\.e\\.': that is
"""
WE = """extends: existence
message: "Avoid '%s'."
level: warning
ignorecase: true
tokens:
  - we
"""


def desk(root: Path, style: str, file: str = "Words.yml", ini: str = DESK_INI, exist_ok: bool = False) -> None:
    """A `Desk` style of one rule (`style`, its YAML, as `styles/Desk/<file>`)
    and a `.vale.ini` (`ini`) that bases every file on it, in `root`; the
    swap tests' set-up (fx509, qa368, qa375). FileExistsError where
    styles/Desk is there already, unless `exist_ok`."""
    (root / "styles" / "Desk").mkdir(parents=True, exist_ok=exist_ok)
    (root / "styles" / "Desk" / file).write_text(style, encoding="utf-8")
    (root / ".vale.ini").write_text(ini, encoding="utf-8")


def desk_fix(run_cli, root: Path, style: str, body, name: str = "a.md", exist_ok: bool = False):
    """`check --fix` on `body` (str or bytes, written as `name` in `root`) with
    `style` as the Desk's one rule (`desk`); (the file after the fix, as
    text, and the CLI result). A traceback on stderr fails the test."""
    desk(root, style, exist_ok=exist_ok)
    path = root / name
    path.write_bytes(body if isinstance(body, bytes) else body.encode("utf-8"))
    result = run_cli("check", "--fix", name, cwd=root)
    assert "Traceback" not in result.stderr, result.stderr
    return path.read_bytes().decode("utf-8"), result


def it_is_desk(root: Path) -> None:
    """The `<q>` and quote-capital tests' Desk (fx513, qa372, qa379, qa380): one
    ignorecase swap `it is: it's` that --fix applies, alerts from suggestion up."""
    desk(root, IT_IS, "S.yml", IT_IS_INI)


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


