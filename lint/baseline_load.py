"""Reading a baseline's records (`baseline.Baseline`): each is checked, so a
damaged baseline is one line naming its file, never an internal error
(qa87 #9, #11), and an older baseline's keys are resolved as today's are
(`baseline_paths.resolver`), without hiding more than its records hold
(qa87 #12)."""
from __future__ import annotations

from collections import Counter

from .baseline_paths import resolver
from .fingerprint import normalise

# what each record must hold, and of what type: a record without them was
# never written by newslint (a hand edit gone wrong, another tool's list)
_NEEDED = ("path", "rule", "fingerprint")


def checked(findings) -> list[dict]:
    """The records of a baseline's `findings`, each an object whose path,
    rule and fingerprint (and article, when it has one) are text; ValueError
    naming the first that is not (1-based), which `Baseline` says is no
    newslint baseline, as main said of a record missing a key."""
    if not isinstance(findings, list):
        raise ValueError(f"its findings are {type(findings).__name__}, not a list of records")
    for n, f in enumerate(findings, 1):
        if not isinstance(f, dict):
            raise ValueError(f"record {n} is {type(f).__name__}, not an object")
        for key in _NEEDED:
            if not isinstance(f.get(key), str):
                raise ValueError(f"record {n} has no {key} text" if key not in f else
                                 f"record {n}'s {key} is {type(f[key]).__name__}, not text")
        if not isinstance(f.get("article", ""), str):
            raise ValueError(f"record {n}'s article is {type(f['article']).__name__}, not text")
    return findings


def resolved_keys(findings: list[dict], folder: str) -> tuple[list[dict], dict]:
    """An older baseline's records (no `paths_resolved`) with today's keys,
    and the spellings of each key that two or more spellings share:
    {key: {spelled path: Counter((article, rule, print))}}. One file
    recorded through a symlinked folder and again through the real one
    (qa84 #1's fault) holds each record twice; summed under one key they
    would hide as many again (qa87 #12), so `Baseline` counts one spelling's
    records: the one the run names the file by, as main matched it."""
    resolve = resolver(folder)
    out, first, shared = [], {}, set()       # a key's first spelling; keys spelled twice
    for f in findings:
        key = resolve(f["path"])
        out.append({**f, "path": key})
        if first.setdefault(key, f["path"]) != f["path"]:
            shared.add(key)
    spellings: dict = {}
    for f, new in zip(findings, out) if shared else ():
        if new["path"] in shared:
            spellings.setdefault(new["path"], {}).setdefault(f["path"], Counter())[
                (f.get("article", ""), f["rule"], f["fingerprint"])] += 1
    return out, spellings


def counts(findings: list[dict], spellings: dict) -> Counter:
    """How many findings each (path, article, rule, print) hides: its
    records, or where several spellings of a file share a key (`resolved_keys`)
    the most any one spelling holds, so merging never hides more than one
    spelling's records did."""
    known = Counter((f["path"], f.get("article", ""), f["rule"], f["fingerprint"]) for f in findings)
    for key, by in spellings.items():
        for rest in {rest for c in by.values() for rest in c}:
            known[(key, *rest)] = max(c[rest] for c in by.values())
    return known


def near(findings: list[dict]) -> dict:
    """Per (path, article, rule, print): (its flagged text normalised, its
    context words (before, after), the lines it was recorded on, whether it
    was written before context words were kept), what a finding whose print
    an edit beside it changed is matched by (`same_side`, `same_line`,
    `recorded_bare`)."""
    out: dict = {}
    for f in findings:
        if isinstance(f.get("text"), str):
            key = (f["path"], f.get("article", ""), f["rule"], f["fingerprint"])
            lines = out[key][2] if key in out else []
            sides = tuple(f.get(k) if isinstance(f.get(k), str) else "" for k in ("before", "after"))
            line = f.get("line")
            old = "before" not in f and "after" not in f    # written before they were kept
            out[key] = (normalise(f["text"]), sides, lines + ([line] if type(line) is int else []), old)
    return out


def same_side(slot: list, entry: dict) -> bool:
    """The words before the finding, or those after it, are the recorded ones
    (an edge of a paragraph, no words, says nothing)."""
    before, after = slot[1]
    return bool(before and before == entry.get("before") or after and after == entry.get("after"))


def recorded_bare(slot: list, entry: dict) -> bool:
    """A print from a baseline written before the context words were kept
    matches its rule and text anywhere in the file, as it did then, so an
    upgrade brings back no known finding (qa43 #2); `--write-baseline` again
    makes it match only near its place."""
    return slot[3]


def same_line(slot: list, entry: dict) -> bool:
    """The finding is within a line of where a recorded one was."""
    return any(abs(line - entry["line"]) <= 1 for line in slot[2])
