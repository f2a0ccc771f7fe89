"""Load rule YAML files, validate them against their kind, compile them once.

A rule is `<folder>/<pack>/<name>.yaml` and its id is `<pack>.<name>`
(`rule_layout` finds and names the files). Every
problem is a `RuleError` naming the file and the key, so a newsroom editing
its own rules gets one clear line instead of a traceback. A config's
`options:` for a rule are laid over its file by `rule_overrides`.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from .diagnostic import LEVELS
from .did_you_mean import hint, nearest
from .document import PART_KINDS, SCOPE_ALIASES, SCOPE_PICKS, expand_scope
from . import marshal_dates, rule_cache
# module-level, not lazy: `code_stamp.files_of` follows global names only, so
# the rule-set cache's entries stay stamped with the examples check (qa239 #1)
from .example_shape import problem as examples_problem
from .kinds import Kind, OptionError, registry
from .kinds.base import data_paths
from .marks import KEY, first_written
from .rule_options import RuleError, checked_options, unfilled, unknown_key
from .safeload import LoadError, load_yaml, marks_of, read_text
from .value_words import shown, written

COMMON_KEYS = {"extends", "message", "level", "scope", "description", "link", "examples", "yields-to",
               "skip-quotes"}


def _not_text(value: str) -> str:
    """The problem of a `message:`, `description:` or `link:` YAML read as no
    text, naming `value` as written (`yes`, not the `true` YAML read it as)."""
    return f"must be text, not {value} (quote it in the YAML)"


def _text_refused(display: str, key: str, value: object) -> RuleError:
    """The error for `key:` (message, description, link) YAML read as no
    text: a list or a mapping is named so, with no quoting advice, which
    mends no block list (qa93 #6); a scalar as written (`_not_text`)."""
    if isinstance(value, (list, dict)):
        what = "a list" if isinstance(value, list) else "a mapping"
        return RuleError(display, f"must be text, not {what}: write it as one text "
                                  "(it may go on over lines indented under the key)", key)
    return RuleError(display, _not_text(written(value)), key, reword=_not_text)


class _Encoded:
    """A rule file's `examples:` as the rule-set cache keeps them (`marshal_dates`
    bytes), not decoded yet; `path`, the rule file, is read again should they not decode."""
    __slots__ = ("blob", "path")

    def __init__(self, blob: bytes, path: str):
        self.blob, self.path = blob, path

    def decode(self) -> list:
        try:
            return marshal_dates.loads(self.blob)
        except (EOFError, ValueError, TypeError, IndexError, KeyError):
            return _parse_rule(self.path).get("examples", [])


class _Examples:
    """`Rule.examples`, decoded on first read: `check` never reads them (`explain`,
    `rules`, `test` and the language server's hover do), and they were two thirds of
    the rule content every run decoded from the rule-set cache (246 of 363 KB; pf39).
    An `_Encoded` value is decoded by the first read, once; any other is kept as set.
    Read on the class it raises AttributeError, so `@dataclass` sees no default."""

    def __get__(self, rule, owner=None):
        if rule is None:
            raise AttributeError("examples")
        value = rule.__dict__["_examples"]
        if type(value) is _Encoded:
            value = rule.__dict__["_examples"] = value.decode()
        return value

    def __set__(self, rule, value) -> None:
        rule.__dict__["_examples"] = value


@dataclass
class Rule:
    """A validated rule: its YAML file's fields, with `checker` the kind built
    from its options. (A docstring also spares `@dataclass` computing one from
    the signature with `inspect` at every start.)"""

    id: str
    kind: str
    message: str
    level: str
    scope: tuple[str, ...]
    description: str
    link: str
    examples: list[dict] = _Examples()   # a list of mappings (`pass:`/`fail:` ...), read lazily
    options: dict[str, Any]
    path: str
    checker: Kind = field(repr=False, default=None)
    yields_to: tuple[str, ...] = ()   # rule ids whose finding over the same text replaces this one's
    skip_quotes: bool = False         # `skip-quotes: true`: no finding inside a direct quotation

    @property
    def pack(self) -> str:
        return self.id.split(".", 1)[0]

    @property
    def fixable(self) -> bool:
        return bool(self.checker.fixable)

    def skip_notice(self, where: str) -> str | None:
        """The run's one line for a rule this install cannot run (its kind's
        `unavailable()`: the `spelling` extra missing), `where` (a path, or ""
        for Vale's built-in rules) before its id; None when it can run."""
        why = self.checker.unavailable()
        if why is None:
            return None
        return f"{where + ': ' if where else ''}{self.id}: not available: {why}; the rule is skipped"


def builtin_rules_dir():
    """The shipped rules (a `pathlib.Path`; see `builtin_rules_folder`)."""
    from pathlib import Path   # here only: a `check` run never imports pathlib
    return Path(builtin_rules_folder())


def builtin_rules_folder() -> str:
    """The shipped rules' folder (inside the wheel, or the checkout's `rules/`), a string:
    rules load with `os`; importing `pathlib` was some 4% of a one-article run."""
    here = os.path.dirname(os.path.realpath(__file__))
    packaged = os.path.join(here, "_builtin_rules")
    return packaged if os.path.isdir(packaged) else os.path.join(os.path.dirname(here), "rules")


def builtin_packs() -> frozenset[str]:
    """The names of newslint's own packs (`hygiene`, `dates`, ...)."""
    folder = builtin_rules_folder()
    return frozenset(n for n in os.listdir(folder) if os.path.isdir(os.path.join(folder, n)))


def load_rule(rule_id: str, path, overrides: dict | None = None,
              overrides_from: str = "") -> Rule:
    """Read, validate and compile one rule file. `overrides` are the option
    values a config sets for this rule (`options: {id: {...}}`); a problem with
    one of them is blamed on `overrides_from`, the config the user edited."""
    display = _display(path)
    try:
        data, examples_wrong, encoded = rule_cache.load(path, _parse_checked)
    except LoadError as exc:
        raise RuleError(exc.where(display), exc.message, exc.key) from None
    except OSError as exc:
        from .read_errors import unread     # an unreadable rule file only
        raise RuleError(display, f"cannot read rule file: {unread(path, exc, display)}") from None
    if not isinstance(data, dict):
        raise RuleError(display, "a rule file must be a YAML mapping",
                        at=()).placed(marks_of(str(path)))
    if encoded:
        data["examples"] = _Encoded(data["examples"], str(path))
    try:     # with overrides, only checked here: the checker is built once, with them (fx116 #4)
        rule = _build(rule_id, path, display, data, checker=not overrides, examples_wrong=examples_wrong)
    except RuleError as exc:
        raise exc.placed(marks_of(str(path))) from None
    if not overrides:
        return rule
    from .rule_overrides import build_overridden    # a config's `options:` only
    return build_overridden(rule_id, rule.kind, path, display, data, overrides, overrides_from,
                            lambda merged, **how: _build(rule_id, path, display, merged, trusted=False, **how))


def _parse_rule(path: str):
    return load_yaml(read_text(path, "rule file"))


_UNCHECKED = object()


def _parse_checked(path: str) -> list:
    """[a rule file's content, what is wrong with its `examples:`
    (`example_shape.problem`: None when nothing, or when the content is no
    mapping), whether the content's `examples:` is encoded], kept together in
    the rule-set cache: checking the shape of the built-in rules' some 480
    examples took 1.5 ms of every run (an entry made by other code, such as
    the bare content before this, never matches its code stamps:
    `code_stamp.files_of`). Examples of the right shape are kept as
    `marshal_dates` bytes in their key's place (encoded: True), decoded only
    when `Rule.examples` is read (`_Examples`); any others as they are, for
    their error. A list, not a tuple: `marshal_dates` finds YAML dates (an
    example's `published:`) inside lists and mappings only. Whatever
    `_parse_rule` raises propagates."""
    data = _parse_rule(path)
    if not isinstance(data, dict):
        return [data, None, False]
    wrong = examples_problem(data.get("examples", []))
    if wrong is not None or "examples" not in data:
        return [data, wrong, False]
    try:
        blob = marshal_dates.dumps(data["examples"])
    except ValueError:         # a date as a key: not cached at all (`RuleSetCache.put`)
        return [data, None, False]
    return [{**data, "examples": blob}, None, True]


def _build(rule_id: str, path, display: str, data: dict, trusted: bool | None = None,
           checker: bool = True, examples_wrong=_UNCHECKED, fixed_message: bool = False) -> Rule:
    """The rule `data` gives, checked; its `checker` built too unless told not
    to (`load_rule` builds it with a config's overrides merged in).
    `examples_wrong`: `example_shape.problem` of its examples when already
    known (`_parse_checked`; a config's overrides never set examples).
    `fixed_message`: a `{name}` the message names and no option fills is
    advised as a config user can mend it (`unfilled`'s `fixed`)."""
    kind_name = data.get("extends")
    kinds = registry()
    if not kind_name:
        if "extends" not in data and (wrong := _misnamed_extends(data)) is not None:
            raise RuleError(display, "not a rule key; did you mean extends? (it names the rule "
                                     "kind)", wrong, (wrong, KEY))
        table = "" if "extends" in data or set(data) - {"names"} else (   # qa64 #7: a names: table
            "; a data table in a pack folder is read as a rule: put it in a subfolder, as <pack>/data/")
        raise RuleError(display, "missing; name the rule kind ('newslint rules --kinds' lists "
                                 f"them){table}", "extends", None if "extends" in data else ())
    if not isinstance(kind_name, str):
        raise RuleError(display, f"must be a string (one kind's name), got "
                                 f"{type(kind_name).__name__}", "extends")
    if kind_name not in kinds:
        raise RuleError(display, f"unknown kind {shown(kind_name)} ({hint(str(kind_name), kinds)}'newslint rules "
                                 "--kinds' lists every kind)", "extends")
    kind = kinds[kind_name]
    settable = kind.user_options()
    unknown = [k for k in data if k not in COMMON_KEYS and k not in settable]
    if unknown:
        raise unknown_key(display, kind_name, unknown[0], COMMON_KEYS | set(settable))
    message = data.get("message")
    if message is not None and not isinstance(message, str):     # qa84 #6: `message: 5`
        raise _text_refused(display, "message", message)
    if not isinstance(message, str) or not message.strip():
        raise RuleError(display, "missing; every rule needs a message", "message",   # at 1:1 when
                        None if "message" in data else ())     # left out, as extends: (qa104 #10)
    level = data.get("level", "warning")
    if not isinstance(level, str) or level not in LEVELS:
        raise RuleError(display, f"{shown(level)} is not one of {', '.join(LEVELS)}", "level")
    for key in ("description", "link"):
        if not isinstance(data.get(key, ""), str):
            raise _text_refused(display, key, data[key])
    if len(data.get("link", "").split()) > 1:    # prose run on from the line above or below
        raise RuleError(display, "must be one address (SARIF's helpUri), with no spaces", "link")
    scope = _scope(display, data.get("scope", list(kind.default_scope)))
    examples = data.get("examples", [])
    if type(examples) is _Encoded:     # of the right shape (`_parse_checked`)
        wrong = None
    else:
        wrong = examples_wrong
        if wrong is _UNCHECKED:      # a config's overrides or a test's data: not from `_parse_checked`
            wrong = examples_problem(examples)
    if wrong is not None:
        raise RuleError(display, *wrong)
    try:      # a path the rule file gives is beside it (a config's were made absolute: `load_rule`)
        data = data_paths(kind.options, data, os.path.dirname(os.path.abspath(path)))
    except OptionError as exc:
        raise RuleError(display, str(exc), exc.key, exc.at) from None
    options = checked_options(display, kind, data)
    yields = data.get("yields-to", [])
    if not isinstance(yields, list) or not all(isinstance(y, str) and "." in y for y in yields):
        raise RuleError(display, "must be a list of rule ids (pack.name)", "yields-to")
    skip_quotes = data.get("skip-quotes", False)
    if not isinstance(skip_quotes, bool):
        raise RuleError(display, f"must be true or false, not {shown(skip_quotes)}", "skip-quotes")
    rule = Rule(rule_id, kind_name, message, level, scope, data.get("description", ""),
                data.get("link", ""), examples, options, str(path), yields_to=tuple(yields),
                skip_quotes=skip_quotes)
    if not checker:
        return rule
    if trusted is None:
        trusted = _is_builtin(path)
    try:
        rule.checker = kind(rule_id, {**options, **kind.loader_options(message)}, trusted)
    except OptionError as exc:
        exc = first_written(exc, marks_of(str(path))) if exc.also else exc
        raise RuleError(display, str(exc), exc.key, exc.at) from None
    checker = rule.checker
    if (problem := unfilled(message, checker.fills(), kind_name, checker.fills_some(),
                            fixed_message)) is not None:
        raise RuleError(display, problem, "message")     # qa99 #3: a `{name}` no finding fills
    for key, names in kind.message_placeholders.items():     # `message-unread` (qa104 #7)
        if isinstance(text := options.get(key), str) and (problem := unfilled(text, names, kind_name)):
            raise RuleError(display, problem, key)
    return rule


MISNAMED_EXTENDS = ("kind", "type", "extend", "base", "inherits", "rule")


def _misnamed_extends(data: dict) -> str | None:
    """The key of a rule without `extends:` that was probably meant to be it."""
    keys = [k for k in data if isinstance(k, str)]
    return next((k for k in keys if k.lower() in MISNAMED_EXTENDS), None) or nearest("extends", keys, 0.75)


def _is_builtin(path) -> bool:
    """Whether the rule file lies in the shipped rules' folder once every link
    is resolved. A file that is no link lies where its folder does, and each
    folder is resolved once per `load_rules` call (resolving each of 45 files
    took 1.5 ms: a `stat` per component of each path)."""
    try:
        if os.path.islink(path):
            return _inside(os.path.realpath(path), _builtin_real())
        return _builtin_folder(os.path.dirname(os.path.abspath(path)))
    except OSError:
        return False


@lru_cache(maxsize=64)
def _builtin_folder(folder: str) -> bool:
    return _inside(os.path.realpath(folder), _builtin_real())


def _inside(path: str, folder: str) -> bool:
    """Is the resolved `path` `folder` or under it? (`PurePath.is_relative_to`)"""
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


@lru_cache(maxsize=1)
def _builtin_real() -> str:
    """The shipped rules' folder with every link resolved (it never moves while
    newslint runs; resolving it for each of 45 rules was a millisecond)."""
    return os.path.realpath(builtin_rules_folder())


def _scope(display: str, value) -> tuple[str, ...]:
    names = [value] if isinstance(value, str) else value
    if not isinstance(names, list) or not names:
        raise RuleError(display, "must be a part name or a list of them", "scope")
    known = set(PART_KINDS) | set(SCOPE_ALIASES) | set(SCOPE_PICKS)
    for i, name in enumerate(names):
        if not isinstance(name, str) or name not in known:
            near = hint(name, known) if isinstance(name, str) else ""
            raise RuleError(display, f"unknown part {shown(name)} ({near}known: "
                                     f"{', '.join(sorted(known))})", "scope",
                            ("scope", i) if isinstance(value, list) else None)
    return expand_scope(names)


def _display(path) -> str:
    """The path as messages show it: relative to the working folder when it
    lies below it. Asked for every rule at every load (for the messages a
    broken rule would get), so it is kept per path and folder: `relpath` was
    a tenth of `load_rules` from the rule-set cache."""
    return _relative(str(path), os.getcwd())


@lru_cache(maxsize=256)
def _relative(path: str, cwd: str) -> str:
    try:
        rel = os.path.relpath(path, cwd)
        return rel if not rel.startswith("..") else path
    except ValueError:
        return path
