"""Rewrite every fixture's `.expected` file from the current output.

With no arguments it also refreshes the README's example output. Run after a
deliberate change, then read `git diff` before committing:
    python tests/update_goldens.py [FIXTURE...]
"""
from __future__ import annotations

import sys
from pathlib import Path

from golden import ARTICLE_SUFFIXES, ROOT, expected_path, golden_output, update_readme


def main(argv: list[str]) -> None:
    targets = [Path(a).resolve() for a in argv] or sorted(
        p for p in (ROOT / "fixtures").rglob("*") if p.suffix in ARTICLE_SUFFIXES)
    for article in targets:
        expected_path(article).write_text(golden_output(article), encoding="utf-8")
        print(f"updated {expected_path(article).relative_to(ROOT)}")
    if not argv:
        update_readme()
        print("updated the example output in README.md")


if __name__ == "__main__":
    main(sys.argv[1:])
