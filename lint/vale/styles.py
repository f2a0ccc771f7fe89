"""Load Vale styles as newslint rules: one `Style/Rule.yml` is rule `Style.Rule`.

A Vale rule keeps its id, message, level, link and keys; its kind is one of
newslint's kind modules (`existence` -> `vale-existence`, `occurrence`, ...),
so it runs through the same engine, readers and formatters as any rule.
Vale's built-in style `Vale` (Spelling, Repetition, and Terms/Avoid from the
Vocab) is made here. `script`, `sequence` and `readability` rules are not
supported: each is reported once, by name, and the rest run.

Keys as Vale reads them (https://vale.sh/docs/topics/styles): unknown keys
are ignored and scalars are converted ("true" -> true, a lone token -> a
list), as Vale's loose decoding does.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache


from ..diagnostic import LEVEL_RANK, LEVELS
from ..kinds import OptionError, registry
from ..ruleset import Rule
from ..marks import KEY, first_written
from ..safeload import LoadError, load_yaml, marks_of, read_text
from ..regex_join import over_limit
from ..regex_size import added
from ..value_words import key_not_text
from .. import code_stamp, rule_cache
from .config import ValeConfig, ValeConfigError, in_order
from .style_names import BUILTIN, missing_styles
from .rulebase import JoinedOversized, ValeContext, is_phrase
from .scope import Scope
from .vocab import accept_lists, vocabulary

KIND_FOR = {"existence": "vale-existence", "substitution": "vale-substitution",
            "repetition": "vale-repetition", "consistency": "vale-consistency",
            "occurrence": "occurrence", "conditional": "conditional",
            "capitalization": "capitalization", "metric": "metric", "spelling": "spelling"}
UNSUPPORTED = {
    "script": "runs Tengo scripts, which newslint does not",
    "sequence": "needs a part-of-speech tagger, which newslint does not ship",
    "readability": "is Vale's deprecated readability kind; use `metric`",
}
BUILTIN_WHERE = "<Vale built-in>"     # the path of Vale's own rules
# Every rule of Vale's own style, built here or not (Terms and Avoid only from
# a Vocab's terms): a switch naming one names a rule (vale.sh/docs/styles, qa96 #4).
BUILTIN_IDS = ("Vale.Spelling", "Vale.Repetition", "Vale.Terms", "Vale.Avoid")
_COMMON = {"extends", "message", "level", "scope", "link", "description", "limit", "action",
           "name", "code"}


@dataclass
class ValeRules:
    """Every rule a Vale config can turn on, plus what could not be loaded."""

    rules: dict[str, Rule] = field(default_factory=dict)
    styles: set[str] = field(default_factory=set)
    unsupported: list[str] = field(default_factory=list)
    skipped: set[str] = field(default_factory=set)      # ids of the rules `unsupported` names
    # the skipped rules that were built (a `spelling` rule without the extra): `rules` and
    # `explain` show them, marked (nu27 #1); never run
    unavailable: dict[str, Rule] = field(default_factory=dict)
    accepted: tuple[str, ...] = ()
    rejected: tuple[str, ...] = ()


def _coerce(value, opt):
    t = opt.type
    if t is bool:
        if isinstance(value, str):
            return value.strip().lower() in ("true", "yes", "1")
        return bool(value) if isinstance(value, (int, float)) else value
    if t is int and isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return int(value)
    if t is float and isinstance(value, (int, str)) and not isinstance(value, bool):
        try:
            return float(value)
        except ValueError:
            return value
    if t is list or (isinstance(t, tuple) and list in t and not isinstance(value, str)):
        if value is None:
            return []
        if not isinstance(value, list):
            value = [value]
        return ["" if v is None else (v if isinstance(v, str) else _scalar(v)) for v in value]
    if t is dict and isinstance(value, dict):
        return {_scalar(k): _scalar(v) for k, v in value.items()}
    if t is str and value is not None and not isinstance(value, (dict, list)):
        return _scalar(value)
    return value


def _check_words(path: str, key: str, words: dict) -> None:
    """Refuse a `swap:`/`either:` key that YAML read as true, false or null: Vale
    would turn it into "1", "0" or "" (its loose decoding), never the word
    written. A number is taken as its text, as Vale does, unless that text is
    a key too (`1` and `"1"`): one of the two would be lost unsaid."""
    texts = {k for k in words if isinstance(k, str)}
    for k in words:
        if isinstance(k, bool) or not isinstance(k, (str, int, float)):
            raise ValeConfigError(f"{path}: {key}: {key_not_text(k)}", (key, k, KEY),
                                  lambda text, k=k: f"{path}: {key}: {key_not_text(k, 'key', text)}")
        if not isinstance(k, str) and _scalar(k) in texts:
            raise ValeConfigError(f"{path}: {key}: {_scalar(k)} given twice (as a number and "
                                  "as text); write it once", (key, k, KEY))


def _scalar(v) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    return "" if v is None else str(v)


def build_rule(rule_id: str, data: dict, path: str, vc: ValeConfig | None,
               accepted: tuple[str, ...] = (), lazy: bool = False) -> Rule:
    """A newslint Rule from a Vale rule mapping. Raises ValeConfigError.
    `lazy`: the file loaded cleanly before (rule cache), so its patterns are
    compiled on first use instead of now."""
    extends = data.get("extends")
    if not extends:
        raise ValeConfigError(f"{path}: extends: missing; name the rule kind",
                              ("extends",) if "extends" in data else ())   # (): the mapping
    kind_name = KIND_FOR.get(str(extends))
    if kind_name is None:
        raise ValeConfigError(f"{path}: extends: {extends!r} is not one of "
                              f"{', '.join(sorted(set(KIND_FOR) | set(UNSUPPORTED)))}", ("extends",))
    message = data.get("message")
    if message is None:
        raise ValeConfigError(f"{path}: message: missing; every rule needs a message")
    level = dict(vc.levels).get(rule_id) if vc else None
    level = level or str(data.get("level", "warning"))
    if level not in LEVELS:
        raise ValeConfigError(f"{path}: level: {level!r} is not one of {', '.join(LEVELS)}",
                              ("level",))
    if data.get("code") is True:
        raise ValeConfigError(f"{path}: code: deprecated; use `scope: raw` instead", ("code",))
    scope = data.get("scope") or ["text"]
    scope = [scope] if isinstance(scope, str) else [str(s) for s in scope]
    if extends == "metric":
        scope = ["summary"]
    kind = registry()[kind_name]
    opts = {}
    for key, opt in kind.options.items():
        if key.startswith("_"):
            continue
        if key in data:
            if opt.type is dict and isinstance(data[key], dict):
                _check_words(path, key, data[key])
            opts[key] = _coerce(data[key], opt)
        elif opt.required:
            raise ValeConfigError(f"{path}: {key}: missing; required by `{extends}`")
        else:
            opts[key] = opt.default
        want = opt.type if isinstance(opt.type, tuple) else (opt.type,)
        if float in want and isinstance(opts[key], int) and not isinstance(opts[key], bool):
            opts[key] = float(opts[key])
        if not isinstance(opts[key], want):
            raise ValeConfigError(f"{path}: {key}: expected {'/'.join(t.__name__ for t in want)}, "
                                  f"got {type(opts[key]).__name__}", (key,))
    action = data.get("action")
    if "_replace" in kind.options:
        opts["_replace"] = isinstance(action, dict) and action.get("name") == "replace" \
            and not action.get("params")
    if "_datelines" in kind.options:      # Vale.Terms leaves AP's capital datelines alone
        opts["_datelines"] = path == BUILTIN_WHERE and rule_id == "Vale.Terms"
    if "_styles" in kind.options:
        opts["_styles"] = (vc.styles_path or "") if vc else ""
        opts["_base"] = os.path.dirname(path)
    try:
        limit = int(data.get("limit") or 0)
    except (TypeError, ValueError):
        raise ValeConfigError(f"{path}: limit: must be a whole number", ("limit",)) from None
    opts["_lazy"] = lazy
    opts["_vale"] = ValeContext(message=str(message), scope=Scope(scope), limit=limit,
                                accepted=accepted, word_template=vc.word_template if vc else "")
    rule = Rule(rule_id, kind_name, str(message), level, _all_parts(),
                str(data.get("description", "")), str(data.get("link", "")), [], opts, path)
    try:
        rule.checker = kind(rule_id, opts, False)
    except JoinedOversized as exc:
        raise ValeConfigError(f"{path}: {exc.key}: {exc}{_joined_to(vc, data, accepted)}",
                              exc.at or (exc.key,)) from None
    except OptionError as exc:
        if exc.also:
            exc = first_written(exc, marks_of(path))
        raise ValeConfigError(f"{path}: {exc.key}: {exc}", exc.at or (exc.key,)) from None
    return rule


def _all_parts() -> tuple[str, ...]:
    from ..document import PART_KINDS
    return PART_KINDS




def _placed(exc: ValeConfigError, path: str) -> ValeConfigError:
    """`exc` with the line and column of its value in the rule file at `path`."""
    marks = marks_of(path) if exc.at is not None else None
    spot = marks.at(exc.at) if marks is not None else None
    written = marks.written(exc.at) if spot is not None and exc.reword is not None else None
    text = str(exc) if written is None else exc.reword(written)
    if spot is None or not text.startswith(path + ": "):
        return exc
    return ValeConfigError(f"{path}:{spot[0]}:{spot[1]}: {text[len(path) + 2:]}")


def _read_yaml(path: str) -> dict:
    """A style's rule file, loaded as newslint's own are (`safeload`: size,
    alias and depth caps, never blocking on a FIFO)."""
    try:
        data = load_yaml(read_text(path, "rule file"))
    except LoadError as exc:
        key = f" {exc.key}:" if exc.key else ""
        raise ValeConfigError(f"{exc.where(path)}:{key} {exc.message}") from None
    except OSError as exc:
        raise ValeConfigError(f"{path}: cannot read rule: {exc.strerror or exc}") from None
    if not isinstance(data, dict):
        raise ValeConfigError(f"{path}: a rule file must be a YAML mapping")
    return data


def _joined_to(vc: ValeConfig | None, data: dict, accepted: tuple[str, ...]) -> str:
    """What a joined-size refusal adds when the rule's own exceptions are
    within the limit together, so the Vocab's accepted terms joined to them
    pass it: the accept lists by path (qa299 #2); else ""."""
    own = data.get("exceptions")
    own = [t for t in own if isinstance(t, str)] if isinstance(own, list) else []
    if vc is None or not any(added(t) for t in accepted) or over_limit(own) is not None:
        return ""
    return f" (joined with the accepted terms of {', '.join(accept_lists(vc))})"


def builtin_rules(vc: ValeConfig, accepted, rejected) -> dict[str, Rule]:
    """Vale's own style: Spelling and Repetition, Terms and Avoid from the Vocab."""
    where = BUILTIN_WHERE
    defs = {
        "Vale.Spelling": {"extends": "spelling", "message": "Did you really mean '%s'?",
                          "level": "error", "description": "Vale's built-in spelling check: a "
                          "word in no dictionary (Debian's en_US here) and not in the Vocab."},
        "Vale.Repetition": {"extends": "repetition", "message": "'%s' is repeated!",
                            "level": "error", "alpha": True, "tokens": [r"[^\s]+"],
                            "description": "Vale's built-in check for a word written twice "
                            "in a row."},
    }
    if accepted:
        swap = {}
        for term in accepted:
            if is_phrase(term):
                swap[term.lower()] = term
        defs["Vale.Terms"] = {"extends": "substitution", "message": "Use '%s' instead of '%s'.",
                              "level": "error", "ignorecase": True, "swap": swap, "vocab": False,
                              "description": "A term the Vocab accepts, written in another "
                              "case (Vale's built-in)."}
    if rejected:
        defs["Vale.Avoid"] = {"extends": "existence", "message": "Avoid using '%s'.",
                              "level": "error", "tokens": list(rejected), "vocab": False,
                              "description": "A term the Vocab rejects (Vale's built-in)."}
    return {rid: build_rule(rid, d, where, vc, accepted) for rid, d in defs.items()}


def _style_dir(vc: ValeConfig, style: str) -> str | None:
    if not vc.styles_path:
        return None
    p = os.path.join(vc.styles_path, style)
    return p if os.path.isdir(p) else None


def needed_styles(vc: ValeConfig) -> list[str]:
    names = list(vc.global_styles)
    for sec in vc.sections:
        names += list(sec.styles or ())
    for rid, _ in list(vc.global_checks) + [c for s in vc.sections for c in s.checks]:
        names.append(rid.split(".")[0])
    return list(dict.fromkeys(names))


@lru_cache(maxsize=16)
def load(vc: ValeConfig) -> ValeRules:
    """Every rule of every style the config names (errors name file and key)."""
    accepted, rejected = vocabulary(vc)
    named = set(vc.global_styles) | {s for sec in vc.sections for s in (sec.styles or ())}
    out = ValeRules(accepted=accepted, rejected=rejected)
    for rule_id, rule in builtin_rules(vc, accepted, rejected).items():
        if (notice := rule.skip_notice("")) is None:
            out.rules[rule_id] = rule
            continue
        out.skipped.add(rule_id)
        out.unavailable[rule_id] = rule
        if _named(vc, rule_id):     # Vale.Spelling: said only when the config turns it on
            out.unsupported.append(notice)
    places = {style: (vc.path, 0, 0) for style in named} | dict(vc.style_at)
    if missing := missing_styles(vc.styles_path, places, vc.packages, vc.house_packs):
        raise ValeConfigError(in_order(missing, vc.path))
    cache = rule_cache.shared()
    code = tuple(sorted(set(code_stamp.files_of(_read_yaml) + code_stamp.files_of(build_rule))))
    for style in needed_styles(vc):
        if style == BUILTIN:
            continue
        folder = _style_dir(vc, style)
        if folder is None:
            continue
        out.styles.add(style)
        for root, dirs, files in os.walk(folder):
            dirs.sort()
            for fname in sorted(files):
                if not fname.endswith(".yml") or fname.startswith("."):   # an editor's lock .#R.yml,
                    continue                                               # macOS's ._R.yml: no rules
                path = os.path.join(root, fname)
                rule_id = f"{os.path.basename(root)}.{fname[:-4]}"
                if rule_id in out.rules:
                    continue
                data = cache.get(path, code=code)
                lazy = data is not None
                if data is None:
                    at = rule_cache.stamp(path)
                    data = _read_yaml(path)
                if str(data.get("extends")) in UNSUPPORTED:
                    out.skipped.add(rule_id)
                    out.unsupported.append(f"{path}: {rule_id}: not supported: `{data['extends']}` "
                                           f"{UNSUPPORTED[str(data['extends'])]}; the rule is skipped")
                    continue
                try:
                    rule = build_rule(rule_id, data, path, vc, accepted, lazy=lazy)
                except ValeConfigError as exc:
                    raise _placed(exc, path) from None
                if (notice := rule.skip_notice(path)) is not None:
                    out.skipped.add(rule_id)
                    out.unavailable[rule_id] = rule
                    out.unsupported.append(notice)
                else:
                    out.rules[rule_id] = rule
                if not lazy:     # loaded cleanly: later runs may skip validating it
                    cache.put(path, data, at, code=code)
    return out


def _named(vc: ValeConfig, rule_id: str) -> bool:
    """Whether a config turns on one of Vale's own rules anywhere: its switch
    set to YES, or the `Vale` style named with the rule not switched off."""
    switches = [on for rid, on in list(vc.global_checks) + [c for s in vc.sections for c in s.checks]
                if rid == rule_id]
    if any(switches):
        return True
    styles = set(vc.global_styles) | {s for sec in vc.sections for s in (sec.styles or ())}
    return BUILTIN in styles and not switches


def rule_runs(rule_id: str, style_of: str, styles: tuple[str, ...], checks: dict[str, bool],
              global_checks: dict[str, bool]) -> bool:
    """Vale's decision: a section's switch, else a global switch, else the style."""
    if rule_id in checks:
        return checks[rule_id]
    if rule_id in global_checks:
        return global_checks[rule_id]
    return style_of in styles


def at_least(level: str, minimum: str) -> bool:
    return LEVEL_RANK[level] >= LEVEL_RANK[minimum]
