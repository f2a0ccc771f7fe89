"""How each config key's value is read and checked, and the error that names
a wrong one (`ConfigError`). `config` builds a Config from these; they are
apart so each key's rules read on their own."""
from __future__ import annotations

import math
import os
import re
from functools import partial

from .marks import KEY, PlacedError, joined
from .readers.options import ROLES
from .value_words import key_not_text, shown, written


class ConfigError(PlacedError):
    """A config (or command-line) value is wrong (`marks.PlacedError`): `at` is
    the key path of the offending value in the file (`("select", 0)`), placed
    at its line and column in a YAML config. `config`: the Config of the
    rest of a wrong config file, when its ids can be checked (nu51 #4)."""

    config = None


def id_hint(rid: str, names) -> str:
    """' (did you mean X?)' with the id of `names` nearest to a misspelt
    `rid` (`suppress_ids.nearest_id`, as a directive's is found), or a pointer
    to `newslint rules` when none is near."""
    from .suppress_ids import nearest_id   # a misspelt id only: start-up stays light
    near = nearest_id(rid, names)
    return f" (did you mean {near}?)" if near else " (`newslint rules` lists them)"


def str_list(path: str, key: str, value) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [v for v in value.replace(",", " ").split() if v]
    if not isinstance(value, list):
        raise ConfigError(path, "must be a list of strings", key)
    for i, item in enumerate(value):
        if isinstance(item, (list, dict)):
            raise ConfigError(path, f"must be a list of strings, not {shown(item)}", key, (key, i))
        if not isinstance(item, str):     # `on`, `1`: YAML read no word
            raise ConfigError(path, f"must be a list of strings: {key_not_text(item, 'item')}",
                              key, (key, i), lambda text: "must be a list of strings: "
                                                          f"{key_not_text(item, 'item', text)}")
    return tuple(dict.fromkeys(value))      # repeats add nothing


def patterns(path: str, value) -> tuple[str, ...]:
    """The `exclude` patterns, each checked to compile as a gitignore line."""
    patterns = str_list(path, "exclude", value)
    if patterns:
        import pathspec   # only a config with excludes pays for it
    for i, pattern in enumerate(patterns):
        try:
            pathspec.GitIgnoreSpec.from_lines([pattern])
        except (ValueError, TypeError) as exc:   # GitIgnorePatternError is a ValueError
            at = ("exclude", value.index(pattern)) if isinstance(value, list) else None
            raise ConfigError(path, f"{shown(pattern)} is not a gitignore pattern: {exc}",
                              "exclude", at) from None
    return patterns


MAX_FILE_SIZE_MB = 1024 * 1024      # a terabyte: beyond it the setting is a typo


def as_written(path: str, key: str, value, problem, at: tuple | None = None) -> ConfigError:
    """The ConfigError `problem(said)` for a wrong `value` of `key`, `said`
    as written: a null or bool is reworded from the text at its mark (`'~'`,
    `'off'`, "an empty value"); one with no mark (brought by `<<`) in YAML's
    word (`'null'`, `'false'`), never Python's None or False (qa291 #3,
    qa298 #4); anything else is `shown`."""
    def said(text) -> str:
        return "an empty value" if text == "" and value is None else shown(text)
    word = str(value).lower() if isinstance(value, bool) else "null" if value is None else None
    if word is None:
        return ConfigError(path, problem(shown(value)), key, at)
    return ConfigError(path, problem(said(word)), key, at, reword=lambda text: problem(said(text)))


class Limit(int):
    """max-file-size in whole bytes (at least one) that keeps the megabytes
    as the config wrote them (`written`: "0.123456789", "10"), for
    `file.too-large` to say: many decimals give one byte count, so the
    bytes alone cannot give them back (qa401 #5)."""

    written: str

    def __new__(cls, size: int, written: str) -> "Limit":
        limit = super().__new__(cls, size)
        limit.written = written
        return limit

    def __repr__(self) -> str:     # in repr(Config), the caches' key: the words said differ
        return f"Limit({int(self)}, {self.written!r})"

    def __str__(self) -> str:      # the bytes, as the int reads in a message (qa413 #6)
        return int.__repr__(self)

    def __reduce__(self):
        return Limit, (int(self), self.written)


# A YAML 1.2 float in E notation that PyYAML (YAML 1.1: a dot and a signed
# exponent) reads as text: `1e-3`, `1.0e3`, as TOML and JSON read a number.
_E_NOTATION = re.compile(r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+")


def max_file_size(path: str, size, quoted: bool = False) -> Limit:
    """max-file-size's megabytes (`size`, as the config at `path` gives them)
    as a `Limit`; a YAML config's plain `1e-3` is the number it spells
    (qa413 #5), as pyproject's `1e-3` is, but not one written `quoted`
    (`"1e-3"` is text, as `"10"` is: qa428 #5). ConfigError for any other
    no-number, or one out of range."""
    if isinstance(size, str) and not quoted and not path.endswith(".toml") and _E_NOTATION.fullmatch(size):
        size = float(size)
    if (not isinstance(size, (int, float)) or isinstance(size, bool) or not math.isfinite(size)
            or not 0 < size <= MAX_FILE_SIZE_MB):
        raise as_written(path, "max-file-size", size, lambda said: "must be a positive number of "
                         f"megabytes (at most {MAX_FILE_SIZE_MB:,}), not {said}")
    whole = int(size * 1024 * 1024)     # under a byte is one: said as the byte it is
    return Limit(max(1, whole), plain_number(size) if whole else "")


def plain_number(value: int | float) -> str:
    """A config's number in plain digits, as a person writes it: the
    shortest decimal that reads back as the same float ("1e-05" is
    "0.00001", 10.0 is "10")."""
    from decimal import Decimal
    text = format(Decimal(repr(value)), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def word_keys(path: str, key: str, value, under: str | None = None) -> None:
    """Refuse a key of a mapping of names (rule ids, fields, a rule's options
    `under` its id) that YAML read as no text (`yes:` -> true, `1:` -> 1): it
    would never match a name."""
    if isinstance(value, dict):
        bad = next((k for k in value if not isinstance(k, str)), "")
        if not isinstance(bad, str):
            if under is None:
                raise ConfigError(path, key_not_text(bad), key, (key, bad, KEY),
                                  partial(key_not_text, bad, "key"))
            raise ConfigError(path, f"{under}: {key_not_text(bad)}", key, (key, under, bad, KEY),
                              lambda text: f"{under}: {key_not_text(bad, 'key', text)}")


def rule_dirs(path: str, base: str, value) -> tuple[str, ...]:
    """`rules:` folders, relative to the config's folder; each must exist (a
    typo would otherwise be blamed on the absolute path, far from the config)."""
    dirs = []
    for name in str_list(path, "rules", value):
        folder = os.path.normpath(os.path.join(base, name))
        if not os.path.isdir(folder):
            at = ("rules", value.index(name)) if isinstance(value, list) else None
            raise ConfigError(path, f"folder {shown(name)} does not exist (relative to the "
                                    "config's folder)", "rules", at)
        dirs.append(folder)
    return tuple(dirs)


def jsonl(path: str, value) -> tuple[tuple[str, str], ...]:
    """`jsonl:` maps newslint's JSON Lines fields (readers.jsonl.FIELDS) to a dump's keys.
    The reader is imported only for a config that sets the key: it brings the
    embedded-body stack (trafilatura, markdown-it, the XML readers), and every
    `.newslint.yaml` without `jsonl:` imported it at start-up."""
    if value is None:
        return ()
    from .readers.jsonl import FIELDS

    if not isinstance(value, dict):
        raise ConfigError(path, "must map JSON Lines fields to key names, e.g. "
                                "{headline: title, body: content}", "jsonl")
    for key, name in value.items():
        if key not in FIELDS:
            raise ConfigError(path, f"{shown(key)} is not one of {', '.join(FIELDS)}", "jsonl",
                              ("jsonl", key, KEY))
        if not isinstance(name, str):     # `5`, `yes`, a list: no key of a dump (nu49 #10)
            raise ConfigError(path, _not_a_key_name(written(name)), f"jsonl.{key}", ("jsonl", key),
                              _not_a_key_name)
    return tuple(sorted(value.items()))


def _not_a_key_name(text: str) -> str:
    return f"{text or 'null'} is not a key name; give the dump's key as a string"


def figures(path: str, value) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """`figures:` is a list of figure-like shortcode/include names, or a mapping of
    each name to the roles of its positional parameters (`image: [src, alt]`)."""
    if value is None:
        return ()
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple((v, ()) for v in value)
    if isinstance(value, dict):
        out = []
        for name, roles in value.items():
            roles = roles or []
            if not isinstance(name, str) or not isinstance(roles, list) or \
                    not all(isinstance(r, str) for r in roles):
                raise ConfigError(path, f"{name}: must list the roles of the positional "
                                  f"parameters ({', '.join(ROLES)}, or any other name)", "figures",
                                  ("figures", name))
            out.append((name, tuple(roles)))
        return tuple(out)
    raise ConfigError(path, "must be a list of shortcode/include names, or map each name to "
                      "its positional parameters' roles", "figures")


def image_fields(path: str, value) -> tuple[tuple[str, str], ...]:
    """`image-fields:` maps a front-matter key (dotted: `hero.photog`) to a role."""
    if value is None:
        return ()
    if not isinstance(value, dict):
        raise ConfigError(path, f"must map front-matter keys to one of {', '.join(ROLES)}",
                          "image-fields")
    for key, role in value.items():
        if role not in ROLES:
            raise ConfigError(path, f"{key}: {shown(role)} is not one of {', '.join(ROLES)}",
                              "image-fields", ("image-fields", key))
    return tuple(sorted(value.items()))


def packs_of(rule_dirs) -> tuple[str, ...]:
    """The packs (sub-folders) of rules folders, sorted: the styles a Vale
    config's `BasedOnStyles` may name besides newslint's own packs."""
    return tuple(sorted({name for folder in rule_dirs if os.path.isdir(folder) for name in os.listdir(folder)
                         if os.path.isdir(os.path.join(folder, name))}))


def vale_config(path: str, base: str, value, rule_dirs: tuple[str, ...] = (), cli_packs: tuple[str, ...] = ()):
    """`vale:` names a Vale config (`.vale.ini`, relative to the config file
    at `path`, whose folder is `base`) whose sections pick the rules, with its
    styles and Vocab, while this file's own keys (rules folders, options,
    levels, exclude, published, fail-level, ...) still apply: one run with a
    desk's Vale style and its newslint settings (nu27 #8). None when unset. A
    bad value is a ConfigError at the key; a broken .vale.ini names itself.
    The packs of `rule_dirs` (this file's `rules:`) count as styles its
    `BasedOnStyles` may name, as newslint's own packs do; `cli_packs` (the
    command line's `--rules` packs) are no missing styles in its error."""
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(path, f"must be the path of a Vale config (.vale.ini), not {shown(value)}",
                          "vale")
    target = os.path.join(base, os.path.expanduser(value))
    if not os.path.isfile(target):
        raise ConfigError(path, f"{shown(value)}: {_not_a_file(target)}", "vale")
    lexical = os.path.abspath(target)       # (as the Vale config's loader names it)
    if not (os.path.isfile(lexical) and os.path.samefile(lexical, target)):
        # a `..` past a symlinked folder: the file the system reads (qa421 #5), by its folder's
        # real path, so a .vale.ini linked in reads StylesPath from beside the link (qa427 #2)
        target = os.path.join(os.path.realpath(os.path.dirname(target)), os.path.basename(target))
    from .vale import config as vale_ini   # only a config that names one pays for it
    try:
        return vale_ini.load_file(target, packs_of(rule_dirs), cli_packs)
    except vale_ini.ValeConfigError as exc:
        raise vale_error(exc) from None


def _not_a_file(target: str) -> str:
    """Why `target`, a `vale:` value, is no file to read: what is there instead
    (a FIFO, a device, a folder) or why a link leads nowhere (a loop); a FIFO
    was said to be "no such file" (tb5)."""
    from .read_errors import unread
    from .regular_files import what_is
    try:
        return f"{what_is(os.stat(target).st_mode)}, not a Vale config file"
    except OSError as exc:
        if os.path.islink(target):
            return unread(target, exc, target)
    return "no such file (a path relative to this config)"


def vale_error(exc: Exception) -> ConfigError:
    """A Vale config's or style's error (`vale.config.load`, `vale.styles.load`:
    one line for each wrong value, `file:line:col: problem`) as one
    ConfigError, one for each line, its str() the error's text. A line
    with no ": " (a file name holding a line break) makes the whole text
    one error, split at its first ": "; a text with none (no loader writes
    one) is the error's str() as written, once (rr52a #6: it read `X: X`)."""
    text = str(exc)
    if ": " not in text:
        error = ConfigError(text, text)
        error.args = (text,)
        return error
    lines = text.splitlines()
    if not all(": " in line for line in lines):
        lines = [text]
    return joined([ConfigError(where, problem or where) for where, _, problem in
                   (line.partition(": ") for line in lines)])
