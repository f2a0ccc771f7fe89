"""Check a rule file's keys against its kind: each option's type, items,
choices and checks (`checked_options`), an unknown key (`unknown_key`, with
the key meant), and a message's `{name}` placeholders against those the
kind's findings fill (`unfilled`). Kept apart from `ruleset` so it stays
under 400 lines; every problem is a `RuleError` placed at its key.
"""
from __future__ import annotations

import re
from functools import partial

from .did_you_mean import hint
from .kinds import Kind
from .kinds.base import PLACEHOLDER
from .marks import KEY, PlacedError
from .value_words import key_not_text, shown


class RuleError(PlacedError):
    """A rule file is wrong (`marks.PlacedError`): `at` is the key path of the
    offending value, placed at its line and column. `errors` holds every
    rule file's error of one load when there were several (`marks.joined`)."""


def unknown_key(display: str, kind_name: str, key, allowed: set) -> RuleError:
    """The error for a rule file's key that neither its kind nor every rule
    has: the key meant when one is close (`mesage` -> message, qa99 #11),
    then every key allowed."""
    return RuleError(display, f"unknown key for kind {kind_name!r} ({hint(str(key), allowed)}allowed: "
                              f"{', '.join(sorted(allowed))})", str(key), (key, KEY))


_FIXED = ("; a config cannot set message:, so to print other text write a rule file "
          "of your own")
_SPEC = re.compile(r"\{([^\W\d]\w*)[:!][^{}]*\}")     # `{count:d}`, `{word!r}`


def unfilled(message: str, fills: frozenset | None, kind_name: str,
             some: frozenset = frozenset(), fixed: bool = False) -> str | None:
    """The problem with `message` when it holds a `{name}` that `fills` (the
    names a kind's findings fill, `Kind.fills`) lacks, with the nearest one:
    such a name was printed as written in every finding (qa99 #3,
    `{replacment}`); `some` holds names only some findings fill (a named
    group one swap key lacks, qa104 #8), and a `{name:spec}` is refused too,
    as nothing reads a spec (qa104 #9). None when all are filled, or when the
    kind declares none to check (Vale's kinds print braces as Vale does).
    `fixed`: the message cannot change where the value is written (a config's
    `swap:` override: a config sets no `message:`), so the advice is the
    named group to capture, `(?P<name>...)`, not an edit of the message (nu45 M4)."""
    if fills is None:
        return None
    if spec := _SPEC.search(PLACEHOLDER.sub(lambda m: "" if m[1] is None else m[0], message)):
        return (f"{spec[0]} has a format spec, which is not read (it was printed as written); "
                f"write {{{spec[1]}}}")     # qa104 #9
    for m in PLACEHOLDER.finditer(message):
        if m[1] is None or m[1] in fills:      # `{{`, `}}`: a brace (qa104 #5)
            continue
        if m[1] in some:
            return (f"{{{m[1]}}} is a named group of only some swap keys, so the others' findings "
                    "would print it as written; give every key the group"
                    + (f" (?P<{m[1]}>...)" + _FIXED if fixed else ", or leave it out"))
        near = hint(m[1], fills, lambda name: "{" + name + "}")
        have = ", ".join(f"{{{n}}}" for n in sorted(fills)) or "none"
        if fixed:
            return (f"{{{m[1]}}} is not filled by these swap keys (they fill: {have}); capture it "
                    f"in every key as a named group, (?P<{m[1]}>...){_FIXED}")
        return (f"{{{m[1]}}} is not filled by kind {kind_name!r} ({near}it fills: {have}); "
                "write %s for the text found")
    return None


def checked_options(display: str, kind: type[Kind], data: dict) -> dict:
    options = {}
    for key, opt in kind.options.items():
        if key not in data:
            if opt.required:     # placed as a missing `extends:` is, at the file's start (qa99 #14)
                raise RuleError(display, f"missing; required by kind {kind.name!r}", key, ())
            options[key] = opt.default
            continue
        value = data[key]
        if isinstance(opt.type, tuple):
            ok = isinstance(value, opt.type)
        else:
            ok = isinstance(value, opt.type) and not (opt.type is int and isinstance(value, bool))
        if opt.type is float and isinstance(value, int) and not isinstance(value, bool):
            value, ok = float(value), True
        if not ok:
            want = opt.type.__name__ if isinstance(opt.type, type) else "/".join(
                t.__name__ for t in opt.type)
            raise RuleError(display, f"must be {_article(want)}, got {type(value).__name__}", key)
        if isinstance(value, list) and opt.items is not None:     # `list` or `(list, str)`
            bad = [i for i, v in enumerate(value) if not isinstance(v, opt.items)]
            if bad:
                item = value[bad[0]]
                if opt.items is str and not isinstance(item, (list, dict)):
                    raise RuleError(display, f"every item must be a string: "
                                    f"{key_not_text(item, 'item')}", key, (key, bad[0]),
                                    lambda text: "every item must be a string: "
                                                 f"{key_not_text(item, 'item', text)}")
                raise RuleError(display, f"every item must be {_article(opt.items.__name__)}: "
                                         f"got {type(item).__name__}", key, (key, bad[0]))
        if opt.type is dict and opt.items is str:
            bad = [k for k in value if not isinstance(k, str)]
            if bad:
                raise RuleError(display, key_not_text(bad[0]), key, (key, bad[0], KEY),
                                partial(key_not_text, bad[0], "key"))
        if opt.choices is not None and value not in opt.choices:
            raise RuleError(display, f"{shown(value)} is not one of {', '.join(map(str, opt.choices))}", key)
        if opt.non_empty and not value:
            raise RuleError(display, "must not be empty", key)
        if opt.check and (problem := opt.check(value)):
            raise RuleError(display, problem, key)
        options[key] = value
    return options


def _article(word: str) -> str:
    return {"list": "a list", "dict": "a mapping", "str": "a string", "bool": "true or false",
            "int": "a whole number", "float": "a number"}.get(word, word)
