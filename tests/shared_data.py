"""Where the project's shared, read-only data sets are (`../shared` beside a
checkout, as README's "Data" section has it), for the tests that read them.

`shared(*parts)` is the first of `$NEWSLINT_SHARED/<parts>`,
`<repo>/../shared/<parts>` and `<repo>/../../shared/<parts>` that exists (a
checkout's sibling, or a worktree's one level further out), else None, so a
test skips cleanly on a fresh clone without the data.
"""
from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def shared(*parts: str) -> Path | None:
    """The shared folder `parts` (e.g. "corpora", "bbc"), or None when absent."""
    roots = [os.environ.get("NEWSLINT_SHARED", ""), ROOT.parent / "shared", ROOT.parent.parent / "shared"]
    return next((Path(r, *parts) for r in roots if r and Path(r, *parts).is_dir()), None)
