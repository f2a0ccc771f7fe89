"""The folders a static-site generator's config moves away from the defaults,
read from the config's text: `sites` uses them to skip the right build output
and templates. Hugo's and Jekyll's configs are data (TOML, YAML, JSON), read
safely (`config_folders`).

Eleventy's config is JavaScript, which newslint never runs. It reads only the
plain forms the docs give (11ty.dev/docs/config "Input directory", "Output
directory"): a `dir: { input: "src", output: "dist" }` object literal, or
Eleventy 3's `eleventyConfig.setInputDirectory("src")` and
`setOutputDirectory("dist")` (likewise includes and layouts). A value must be
one string literal (no `${}`, no expression) naming a relative folder inside
the site; comments are ignored; a key given two different values is not used.
Anything else keeps the default, which at worst lints a build folder as before.
"""
from __future__ import annotations

import posixpath
import re

LIMIT = 256 << 10      # bytes of a config read; a larger one is not a hand-written config

# Strings are kept (a "//" inside a URL is not a comment); comments become a space.
_TOKENS = re.compile(r'"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'|`(?:\\.|[^`\\$])*`'
                     r"|//[^\n]*|/\*.*?\*/", re.DOTALL)
_DIR_OBJECT = re.compile(r"\bdir[\"']?\s*:\s*\{([^{}]*)\}")      # dir: or "dir": (JSON-style)
_STRING = r"""(?:"([^"\\\n]*)"|'([^'\\\n]*)'|`([^`\\$\n]*)`)"""
_KEYS = ("input", "output", "includes", "layouts")
_PAIR = re.compile(r"(?:^|[,{\s])[\"']?(" + "|".join(_KEYS) + r")[\"']?\s*:\s*" + _STRING + r"\s*(?=[,}]|$)")
_SETTER = re.compile(r"\.set(Input|Output|Includes|Layouts)Directory\(\s*" + _STRING + r"\s*\)")


def _code(text: str) -> str:
    """`text` with its comments blanked out, strings kept."""
    return _TOKENS.sub(lambda m: " " if m[0][0] == "/" else m[0], text)


def folder(value: str) -> str | None:
    """`value` as a relative folder inside the site ("./dist/" -> "dist"), or
    None for ".", an absolute path, one that climbs out ("../x") or a drive."""
    value = value.strip().replace("\\", "/")
    if not value or value.startswith("/") or ":" in value:
        return None
    norm = posixpath.normpath(value)
    if norm in (".", "") or norm == ".." or norm.startswith("../"):
        return None
    return norm


def eleventy_dirs(path: str) -> dict[str, str]:
    """{key: folder} for the keys of `_KEYS` an Eleventy config at `path` sets
    plainly (see the module doc); {} when it cannot be read. `input` may be
    "." (the site root) and is then left out."""
    from .regular_files import read_regular

    try:
        text = read_regular(path, LIMIT)    # never blocks on a FIFO; too large raises
    except OSError:
        return {}
    code = _code(text.decode("utf-8", "replace"))
    found: dict[str, set[str]] = {}
    for body in _DIR_OBJECT.findall(code):
        for m in _PAIR.finditer(body):
            found.setdefault(m[1], set()).add(m[2] or m[3] or m[4] or "")
    for m in _SETTER.finditer(code):
        found.setdefault(m[1].lower(), set()).add(m[2] or m[3] or m[4] or "")
    out = {}
    for key, values in found.items():
        if len(values) == 1 and (value := folder(values.pop())) is not None:
            out[key] = value
    return out


def config_folder(path: str, key: str) -> str | None:
    """The folder a TOML, YAML or JSON site config at `path` (by its extension)
    gives under the top-level `key` (`config_folders`), else None."""
    return config_folders(path, (key,)).get(key)


def config_folders(path: str, keys) -> dict[str, str]:
    """{key: folder} for each of `keys` that a TOML, YAML or JSON site config
    at `path` (by its extension, read once) sets at its top level (matched
    case-insensitively, as Hugo does) to a relative folder inside the site
    (`folder`); a key unset, of another type or out of the site is left out,
    and an unreadable or broken config gives {}: the generator's defaults.
    Hugo's `publishDir`, `layoutDir`, ... (gohugo.io/configuration/all),
    Jekyll's `destination`, `source`, ... (jekyllrb.com/docs/configuration/options)."""
    data = config_data(path)
    out = {}
    for key in keys if data is not None else ():
        value = setting(data, key)
        if isinstance(value, str) and (found := folder(value)) is not None:
            out[key] = found
    return out


def config_data(path: str) -> dict | None:
    """A TOML, YAML or JSON site config at `path` (by its extension) as a
    mapping, read safely and bounded; None when it cannot be read, is broken
    or is no mapping."""
    import json

    from .safeload import LoadError, load_yaml, read_text
    from .toml_load import load_toml

    try:
        text = read_text(path, "site config").removeprefix("\ufeff")     # tomllib and json refuse a BOM
        ext = path.rsplit(".", 1)[-1].lower()
        data = load_toml(text) if ext == "toml" else json.loads(text) if ext == "json" \
            else load_yaml(text)
    except (OSError, LoadError, ValueError, RecursionError):
        return None
    return data if isinstance(data, dict) else None


def setting(data: dict, key: str):
    """`data[key]`, the key matched case-insensitively as Hugo matches it; None when absent."""
    return next((v for k, v in data.items() if isinstance(k, str) and k.lower() == key.lower()), None)
