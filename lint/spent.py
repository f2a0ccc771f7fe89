"""The rules whose patterns timed out in this run, skipped on the files after.

A house rule's pattern that backtracks catastrophically spends its whole time
budget (`kinds.base.RULE_BUDGET`, 2 s of CPU) on every file it is given: a
2,000-file archive took over an hour (qa84). Once a rule has timed out on
`SKIP_AFTER` different files (an export is one file, so a slow article costs
its other articles nothing: qa86 #11), the engine skips it for the rest of
the run's files in this process, and each
of those files carries the same one line (`said`), which the run prints once
(reports keep each problem line once), so each file is still counted as not
fully checked (exit 2, its result never cached) and the user reads one
warning naming the rule file, the line of the pattern when its kind compiled
it with a place (`kinds.base.compile_pattern`), and the file it timed out on.

A run is a `Session`'s life: a new one, or `Session.refresh()` (a rule file
edited in an editor), forgets what timed out (`forget`); the editor server
forgets before each document it lints (qa86 #6). Worker processes
each keep their own. Imports nothing of newslint's but `kinds.base` and `safeload`.
"""
from __future__ import annotations

from .kinds.base import RULE_BUDGET, pattern_place

SKIP_AFTER = 3     # different files a rule must time out on before the run skips it
# the end of the line said for a rule the run now skips (`cli_output` refuses a baseline)
SKIPPING = "so it is skipped for every later file in this run"

# id(checker) -> (the checker, kept so the id is not reused; the paths it timed out on; the
# line said once it is skipped, else "")
_SPENT: dict[int, tuple[object, set, str]] = {}


def said(rule) -> str | None:
    """The line to carry for `rule` (a `ruleset.Rule`) when it timed out on
    `SKIP_AFTER` different files earlier in this run and is to be skipped;
    None when it runs."""
    got = _SPENT.get(id(rule.checker))
    return got[2] or None if got is not None and got[0] is rule.checker else None


def timed_out(rule, path: str, exc: TimeoutError, article: str = "") -> str:
    """Record that `rule` timed out on the file `path` (on its `article`, an
    export's article's id, "line N" when it has none) and return the one line
    for it. `exc`, the timeout, names the pattern when it knows it:
    `house/h/x.yaml:4:1: rule h.x: pattern timed out on a.md (...); its
    findings in that file are missing`, and on the `SKIP_AFTER`th different
    file `...; it timed out on 3 files, so it is skipped for every later file
    in this run`. An export counts as one file, however many of its articles
    time out: the rule still runs on its other articles (qa86 #11)."""
    where = rule.path
    at = pattern_place(rule.checker, getattr(exc, "pattern", None))
    if at is not None:
        from .safeload import marks_of      # only a timeout reads the rule file's marks

        marks = marks_of(rule.path)
        spot = marks.at(at) if marks is not None else None
        where = f"{rule.path}:{spot[0]}:{spot[1]}" if spot is not None else where
    got = _SPENT.get(id(rule.checker))
    paths = got[1] if got is not None and got[0] is rule.checker else set()
    paths.add(path)
    on = path if not article else f"{path} ({article})" if article.startswith("line ") \
        else f"{path} (article {article})"
    line = (f"{where}: rule {rule.id}: pattern timed out on {on} (over the "
            f"{RULE_BUDGET:g} s a rule may spend on one file; catastrophic backtracking?); ")
    if len(paths) < SKIP_AFTER:
        line += "its findings in that file are missing"
        _SPENT[id(rule.checker)] = (rule.checker, paths, "")
        return line
    line += f"it timed out on {len(paths)} files, {SKIPPING}"
    _SPENT[id(rule.checker)] = (rule.checker, paths, line)
    return line


def skipped_rules(problems) -> list[str]:
    """The ids of the rules the problem lines `problems` say a run skipped
    after they timed out (`timed_out`'s line ending in `SKIPPING`), sorted."""
    return sorted({p.split(": rule ", 1)[1].split(":", 1)[0] for p in problems
                   if SKIPPING in p and ": rule " in p})


def forget() -> None:
    """A new run (a `Session`), a rule file edited, or a document linted in
    the editor (each its own run): every rule runs again."""
    _SPENT.clear()
