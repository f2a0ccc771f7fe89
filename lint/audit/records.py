"""What an audit keeps for baselines beside each partition's findings:
`_baseline/part-NNNNN.json` under OUT, written before the partition's
findings (whose presence marks it done), so the client reads every
partition's, those written before a `--resume` included (fx107).

With `--baseline FILE` it holds how many findings the partition hid, the
records it matched and the paths it linted: added up, they give `check`'s
two lines over the whole audit (`tally`). With `--write-baseline FILE` it
holds the baseline records of the partition's findings (`baseline.records`,
made where the documents are), which the client writes to FILE in `check`'s
format (`baseline.write_records`): one implementation of the format.
"""
from __future__ import annotations

import hashlib
import json
import os
import uuid
from collections import Counter

from ..baseline_paths import nothing_there

FOLDER = "_baseline"


def key(baseline, write_to: str | None) -> str:
    """What of the baselines the plan records, so `--resume` with another
    baseline (or none), or another choice of `--write-baseline` (or its
    folder, which the records' paths are relative to), is refused as a
    changed config is."""
    said = ""
    if baseline is not None:
        said += "+" + hashlib.sha256(repr(sorted(baseline.known.items())).encode("utf-8")).hexdigest()[:16]
    if write_to is not None:
        said += "+w" + hashlib.sha256(write_to.encode("utf-8", "surrogateescape")).hexdigest()[:16]
    return said


def changes(before: str, now: str) -> list[str]:
    """What differs between two plans' `config` keys (`run.config_key` and
    `key`), each as a clause for the refusal of `--resume`."""
    def split(said: str) -> tuple[str, str | None, str | None]:
        head, *rest = said.split("+")
        return (head, next((r for r in rest if not r.startswith("w")), None),
                next((r for r in rest if r.startswith("w")), None))

    def given(old, new) -> str:
        return "given then, not now" if new is None else "not given then" if old is None else "another file"

    (config, read, wrote), (config2, read2, wrote2) = split(before), split(now)
    out = ["the config changed since that audit"] if config != config2 else []
    if read != read2:
        out.append(f"--baseline changed since that audit ({given(read, read2)})")
    if wrote is None and wrote2 is not None:
        out.append("--write-baseline was not given when that audit began, so the partitions it "
                   "wrote kept no baseline records (the findings written lack the words around "
                   "each one that a record holds)")
    elif wrote != wrote2:
        out.append("--write-baseline changed since that audit ("
                   + ("given then, not now" if wrote2 is None else "a file in another folder") + ")")
    return out


def save(fs, root: str, name: str, kept: dict) -> None:
    """Write a partition's `kept` (`hidden`, `taken`, `linted`, `records`)
    as `_baseline/NAME.json` under `root`: to a scratch name in `_tmp`, then
    moved into place, so it is whole or absent."""
    fs.makedirs(f"{root}/{FOLDER}", exist_ok=True)
    scratch = f"{root}/_tmp/{name}.{uuid.uuid4().hex}.json"
    with fs.open(scratch, "w") as f:
        json.dump(kept, f)
    fs.mv(scratch, f"{root}/{FOLDER}/{name}.json")


def load(fs, root: str, names: list[str]) -> list[dict] | None:
    """Each partition's `kept`, in plan order; None when one has none (a
    partition written by an older newslint, before these were kept)."""
    out = []
    for name in names:
        path = f"{root}/{FOLDER}/{name}.json"
        if not fs.exists(path):
            return None
        with fs.open(path, "r") as f:
            out.append(json.load(f))
    return out


def tally(kept: list[dict] | None, baseline, result, settings, specs: list[str]) -> None:
    """`result.hidden` and `result.gone` over every partition, as `check
    --baseline` counts its one run: findings hidden, and records gone
    (fixed in the paths linted, or in a file gone from a local folder named:
    `Baseline.gone`). Without every partition's counts, `gone` is None."""
    if kept is None:
        return
    result.hidden = sum(k["hidden"] for k in kept)
    taken: Counter = Counter()
    for k in kept:
        for record, n in k["taken"]:
            taken[tuple(record)] += n
    baseline.matched_in_parts(taken)
    # a folder walked, or a named file where nothing is now: its records are gone with it (qa401 #1, #2)
    walked = [settings.where(s) for s in specs if "://" not in s and (
        os.path.isdir(settings.where(s)) or nothing_there(settings.where(s)))]
    linted = [settings.where(p) for k in kept for p in k["linted"]]
    result.gone = baseline.gone(linted, lambda path, rule: settings.config_for(path).is_selected(rule),
                                walked)


def write(file: str, kept: list[dict], settings) -> tuple[int, int]:
    """Write every partition's records to the baseline `file`, with the
    records of a baseline already there that the audit did not check
    (`baseline.unchecked`: files not read, as check's `read_through`, or
    not audited, and rules not run), as `check --write-baseline` keeps them;
    (how many findings recorded, how many old records kept)."""
    from ..baseline import unchecked, without_rechecked, write_records

    linted = [settings.where(p) for k in kept for p in k["linted"]]
    fresh = [r for k in kept for r in k["records"]]
    old = without_rechecked(unchecked(file, linted, lambda path, rule: settings.config_for(path).is_selected(rule)),
                            fresh)
    return write_records(file, fresh + old) - len(old), len(old)
