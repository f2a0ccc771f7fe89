"""What a partition could not check, kept beside its findings:
`_problems/part-NNNNN.json` under OUT, a list of the problem lines its
worker said (a rule that timed out or crashed, a rule skipped after timing
out on `spent.SKIP_AFTER` files), written before the partition's findings
(whose presence marks it done) and only when there are some.

So a `--resume` says them again and exits 2 for partitions written before
it, and the summary (`_summary.parquet`'s metadata, `METADATA`) records them:
an audit is finished once every partition is written, and a rule the run
skipped is not run again by `--resume` (it would time out again on the same
text; mend it and audit again into a new folder), so the dataset says it.
"""
from __future__ import annotations

import json
import uuid

from .listing import listed

FOLDER = "_problems"
METADATA = b"newslint.problems"      # _summary.parquet's key: the lines, a JSON list


def save(fs, root: str, name: str, problems: list[str]) -> None:
    """Write a partition's problem lines as `_problems/NAME.json` (through a
    scratch name in `_tmp`, so it is whole or absent), or remove one a
    failed try left when there are none."""
    final = f"{root}/{FOLDER}/{name}.json"
    if not problems:
        if fs.exists(final):
            fs.rm(final)
        return
    fs.makedirs(f"{root}/{FOLDER}", exist_ok=True)
    scratch = f"{root}/_tmp/{name}.{uuid.uuid4().hex}.problems.json"
    with fs.open(scratch, "w") as f:
        json.dump(list(dict.fromkeys(problems)), f)
    fs.mv(scratch, final)


def load(fs, root: str, names: list[str]) -> list[str]:
    """Every partition's problem lines, in plan order, each once; a file
    that cannot be read is a line of its own."""
    out: list[str] = []
    there = {p.rstrip("/").split("/")[-1] for p in listed(fs, f"{root}/{FOLDER}", "part-*.json")}
    for name in names:
        if f"{name}.json" not in there:
            continue
        try:
            with fs.open(f"{root}/{FOLDER}/{name}.json", "r") as f:
                lines = json.load(f)
            out += [str(line) for line in lines] if isinstance(lines, list) else []
        except (OSError, ValueError) as exc:
            out.append(f"{FOLDER}/{name}.json: cannot be read ({exc}); that partition's problems are unknown")
    return list(dict.fromkeys(out))
