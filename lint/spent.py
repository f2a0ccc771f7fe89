"""The rules whose patterns timed out in this run, skipped on the files after.

A house rule's pattern that backtracks catastrophically spends its whole time
budget (`kinds.base.RULE_BUDGET`, 2 s of CPU) on every file it is given: a
2,000-file archive took over an hour (qa84). Once a rule has timed out, the
engine skips it for the rest of the run's files in this process, and each
of those files carries the same one line (`said`), which the run prints once
(reports keep each problem line once), so each file is still counted as not
fully checked (exit 2, its result never cached) and the user reads one
warning naming the rule file, the line of the pattern when its kind compiled
it with a place (`kinds.base.compile_pattern`), and the file it timed out on.

A run is a `Session`'s life: a new one, or `Session.refresh()` (a rule file
edited in an editor), forgets what timed out (`forget`). Worker processes
each keep their own. Imports nothing of newslint's but `kinds.base` and `safeload`.
"""
from __future__ import annotations

from .kinds.base import RULE_BUDGET, pattern_place

# id(checker) -> (the checker, kept so the id is not reused; the line said)
_SPENT: dict[int, tuple[object, str]] = {}


def said(rule) -> str | None:
    """The line to carry for `rule` (a `ruleset.Rule`) when it timed out
    earlier in this run and is to be skipped; None when it runs."""
    got = _SPENT.get(id(rule.checker))
    return got[1] if got is not None and got[0] is rule.checker else None


def timed_out(rule, path: str, exc: TimeoutError) -> str:
    """Record that `rule` timed out on the file `path` (`exc`, the timeout,
    names the pattern when it knows it) and return the one line for it:
    `house/h/x.yaml:4:1: rule h.x: pattern timed out on a.md (...); the rule
    is skipped for this file and every later one in this run`."""
    where = rule.path
    at = pattern_place(rule.checker, getattr(exc, "pattern", None))
    if at is not None:
        from .safeload import marks_of      # only a timeout reads the rule file's marks

        marks = marks_of(rule.path)
        spot = marks.at(at) if marks is not None else None
        where = f"{rule.path}:{spot[0]}:{spot[1]}" if spot is not None else where
    line = (f"{where}: rule {rule.id}: pattern timed out on {path} (over the "
            f"{RULE_BUDGET:g} s a rule may spend on one file; catastrophic backtracking?); "
            "the rule is skipped for this file and every later one in this run")
    _SPENT[id(rule.checker)] = (rule.checker, line)
    return line


def forget() -> None:
    """A new run (a `Session`) or a rule file edited: every rule runs again."""
    _SPENT.clear()
