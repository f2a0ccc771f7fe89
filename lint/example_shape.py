"""The shape of a rule file's `examples:` list (see `examples` for what each
key means), checked by `ruleset` when it loads a rule.

Kept apart from `ruleset` so it stays under 400 lines, and light: every
run checks every built-in example (some 480) while it loads the rules, so
`problem` asks each only what it must (no sets or lists built per example;
`at`, `message` and `count` are read only when one is there).
"""
from __future__ import annotations

from .did_you_mean import hint
from .marks import KEY
from .value_words import shown

EXAMPLE_KEYS = {"pass", "fail", "fix", "name", "published", "format", "at", "message", "count",
                "options"}


def problem(value) -> tuple[str, str, tuple | None] | None:
    """What is wrong with `value`, a rule's `examples:`, if anything: (the
    problem, its key in messages, its key path in the file), else None."""
    if not isinstance(value, list):
        return "must be a list of {pass: TEXT} / {fail: TEXT} items", "examples", None
    for i, ex in enumerate(value):
        key, at = f"examples[{i}]", ("examples", i)
        if not isinstance(ex, dict) or ("pass" in ex) == ("fail" in ex):
            words = ex if isinstance(ex, dict) else ()
            return "each example needs exactly one of pass or fail" + _meant(words, ("pass", "fail")), key, at
        if not EXAMPLE_KEYS.issuperset(ex):
            extra = next(k for k in ex if k not in EXAMPLE_KEYS)
            said = f"unknown example key {shown(extra)}{_meant([extra], EXAMPLE_KEYS)}"
            return said, key, at + (extra, KEY)
        if "fail" not in ex:
            for name in ("fix", "at", "message", "count"):
                if name in ex:
                    return f"{name} goes with a fail example", key, at + (name, KEY)
        for name in ("pass", "fail", "fix", "name", "format"):
            if name in ex and not isinstance(ex[name], str):
                return f"{name}: must be text (quote it in the YAML)", key, at + (name,)
        if "at" in ex or "message" in ex or "count" in ex:
            claim = _claims(ex)
            if claim:
                return claim, key, at
        if "options" in ex and not isinstance(ex["options"], dict):
            return "options must map option names to values", key, at + ("options",)
    return None


def _meant(words, keys) -> str:
    """' (did you mean fail?)' for the first of an example's keys `words`
    that is none of EXAMPLE_KEYS and is near one of `keys` (`- fial: oops`,
    `att: foo`: nu59 #9, as a rule's `mesage:` gets, `did_you_mean.hint`),
    else ''. Asked on a refusal only."""
    for k in words:
        if k not in EXAMPLE_KEYS and (near := hint(str(k), keys)):
            return f" ({near.rstrip()})"
    return ""


def _claims(ex: dict) -> str | None:
    """What is wrong with an example's `at`, `message` and `count`, if anything."""
    at, message, count = ex.get("at"), ex.get("message"), ex.get("count")
    spots = at if isinstance(at, list) else [at] if "at" in ex else []
    if "at" in ex and (not spots or not all(
            isinstance(a, str) and a or isinstance(a, int) and not isinstance(a, bool) and a > 0
            for a in spots)):
        return "at must be the flagged text, a column (1 or more), or a list of them"
    texts = message if isinstance(message, list) else [message] if "message" in ex else []
    if "message" in ex and (not texts or not all(isinstance(m, str) and m for m in texts)):
        return "message must be a piece of the message, or a list of them"
    if "count" in ex and (isinstance(count, bool) or not isinstance(count, int) or count < 1):
        return "count must be a whole number, 1 or more"
    sizes = {len(v) for v in (at, message) if isinstance(v, list)} | ({count} if "count" in ex else set())
    if len(sizes) > 1:
        return "at, message and count disagree on the number of findings"
    return None
