"""What the site-folder and walk-skip tests (fx526, qa394, qa398) share,
written once: a one-paragraph page template with a `{{ content }}` slot
and a TK in its furniture (`TEMPLATE`), a tree writer and a reader of the
paths `check --format json` reported.

`write_tree(root, {relative path: text})` writes each file (parents made)
and returns `root`. `paths_of(result)`: the sorted distinct "path" values
of a `check --format json` run's findings ([] when it printed nothing).

Synthetic input only."""
from __future__ import annotations

import json

TEMPLATE = "<html><body><p>Share this article. The byline is TK.</p>{{ content }}</body></html>\n"


def write_tree(root, files):
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text)
    return root


def paths_of(r):
    return sorted({f["path"] for f in json.loads(r.stdout or "[]")})
