"""Propose new golden output for review; replace the goldens only when told.

    python tests/update_goldens.py [FIXTURE...]            # write *.expected.new, print the diff
    python tests/update_goldens.py --accept [FIXTURE...]   # replace *.expected with the output

Without `--accept` nothing a test reads is changed: each fixture whose output
differs gets `NAME.expected.new` beside its `NAME.expected`, and the unified
diff is printed, so a copy editor reads every changed finding before it
becomes the expected one. With no FIXTURE the README's example output is
checked too. A golden records what the output SHOULD be: if the diff shows a
wrong finding, fix the code (or the fixture), not the golden.
"""
from __future__ import annotations

import argparse
import difflib
import sys
from pathlib import Path

from golden import ARTICLE_SUFFIXES, ROOT, expected_path, golden_output, readme_with_example


def _show(old: str, new: str, name: str) -> str:
    return "".join(difflib.unified_diff(old.splitlines(keepends=True), new.splitlines(keepends=True),
                                        f"a/{name}", f"b/{name}"))


def _shown(path: Path) -> str:
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def review(target: Path, new: str, accept: bool) -> bool:
    """Compare `target` with `new`; write it (accept) or `target.new` (review). True if they differ."""
    old = target.read_text(encoding="utf-8") if target.exists() else ""
    proposal = target.with_name(target.name + ".new")
    name = _shown(target)
    if old == new:
        proposal.unlink(missing_ok=True)
        return False
    print(_show(old, new, name), end="")
    if accept:
        target.write_text(new, encoding="utf-8")
        proposal.unlink(missing_ok=True)
        print(f"accepted {name}")
    else:
        proposal.write_text(new, encoding="utf-8")
        print(f"proposed {_shown(proposal)}")
    return True


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--accept", action="store_true", help="replace the goldens with the output")
    parser.add_argument("fixtures", nargs="*", type=Path)
    args = parser.parse_args(argv)
    targets = [p.resolve() for p in args.fixtures] or sorted(
        p for p in (ROOT / "fixtures").rglob("*") if p.suffix in ARTICLE_SUFFIXES)
    changed = sum(review(expected_path(a), golden_output(a), args.accept) for a in targets)
    if not args.fixtures:
        readme = ROOT / "README.md"
        changed += review(readme, readme_with_example(readme.read_text(encoding="utf-8")), args.accept)
    verb = "replaced" if args.accept else "differ (review the *.new files, then --accept)"
    print(f"{changed} golden file{'s' if changed != 1 else ''} {verb}" if changed else "goldens are current")
    return 1 if changed and not args.accept else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
