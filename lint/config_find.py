"""Where a file's config is: the nearest `.newslint.yaml` (or `.yml`), a
`pyproject.toml` that sets `tool.newslint`, or a Vale config, at or above its
folder (`find_config_file`). Reading one is `config.load_file`'s.
"""
from __future__ import annotations

import os
import re
from functools import lru_cache

from .regular_files import present
from .safeload import MAX_BYTES, LoadError
from .vale.names import find_in as find_vale_config

CONFIG_NAMES = (".newslint.yaml", ".newslint.yml")


def find_config_file(directory: str) -> str | None:
    """The nearest config file at or above `directory` (read afresh: `Session`
    caches): newslint's own first, then Vale's (`.vale.ini`, `_vale.ini`, `.vale`,
    `_vale`) in the same folder. One that is no regular file (a FIFO) is
    found all the same (`present`), so loading it names it; a folder is not
    one. A pyproject.toml counts only when it names `tool.newslint`, so one
    that cannot be read (a FIFO) is none."""
    d = os.path.abspath(directory)
    while True:
        for name in CONFIG_NAMES:
            candidate = os.path.join(d, name)
            if present(candidate):
                return candidate
        pyproject = os.path.join(d, "pyproject.toml")
        if os.path.isfile(pyproject) and _has_tool_section(pyproject):
            return pyproject
        vale = find_vale_config(d)
        if vale:
            return vale
        parent = os.path.dirname(d)
        if parent == d:
            return None
        d = parent


def passed_over(path: str) -> list[str]:
    """The configs of newslint's own that sit beside `path` (one
    `find_config_file` found) and are never read: it wins by the order
    `.newslint.yaml`, `.newslint.yml`, a pyproject.toml with `tool.newslint`,
    and configs are not merged (qa92 #6). A Vale config beside it is
    `vale_beside`'s. Nor is another name of `path` itself (a `.newslint.yml`
    linked to it)."""
    folder, name = os.path.split(path)
    order = [*CONFIG_NAMES, "pyproject.toml"]
    if name not in order:
        return []
    later = [os.path.join(folder, n) for n in order[order.index(name) + 1:]]
    return [p for p in later if (present(p) if not p.endswith(".toml")
                                 else os.path.isfile(p) and _has_tool_section(p))
            and not _same_file(p, path)]


def vale_beside(path: str) -> str | None:
    """The Vale config (`.vale.ini`, ...) in the folder of `path`, newslint's
    own config that `find_config_file` found and that wins over it, or None
    (also when `path` is no config of newslint's own). Whether the config's
    `vale:` names it, and so reads it after all, is the caller's (nu68 #4)."""
    folder, name = os.path.split(path)
    if name not in (*CONFIG_NAMES, "pyproject.toml"):
        return None
    vale = find_vale_config(folder)
    return vale if vale is not None and not _same_file(vale, path) else None


def vale_above(path: str) -> str | None:
    """The Vale config a folder above `path`'s would use had newslint's own
    config `path` not been there (the next config up is a `.vale.ini`), or
    None. Configs are not merged, so its style does not run for the files
    `path` covers unless `vale:` names it (nu74 #6)."""
    folder, name = os.path.split(path)
    if name not in (*CONFIG_NAMES, "pyproject.toml"):
        return None
    parent = os.path.dirname(os.path.abspath(folder))
    if parent == os.path.abspath(folder):
        return None
    up = find_config_file(parent)
    return up if up is not None and os.path.basename(up) not in (*CONFIG_NAMES, "pyproject.toml") else None


def _same_file(a: str, b: str) -> bool:
    """`a` is `b` under another name (a symlink to it, a hard link): the
    config used, so not a second one never read (qa96 #8)."""
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _has_tool_section(pyproject: str) -> bool:
    """Whether pyproject.toml sets anything under `tool.newslint`: a
    `[tool.newslint]` header, but also only `[tool.newslint.levels]`, a dotted
    `tool.newslint.select = ...` or `newslint = {...}` under `[tool]` (TOML 1.0,
    'Keys' and 'Table'); each was passed over as no config at all. A file with
    no key or table named `newslint` (a mere dependency on it) is not parsed.
    One that is no valid TOML (or UTF-8) counts when a header or dotted key
    names the table, so `load_file` says what is wrong with it instead of its
    settings being dropped unsaid; one saved as UTF-16 or UTF-32 is searched
    in the encoding its BOM names, so `load_file` names that BOM (qa291 #1)."""
    try:
        st = os.stat(pyproject)
    except OSError:
        return False
    return _sets_tool_newslint(pyproject, st.st_mtime_ns, st.st_size)


# Blanks as the hand read takes them: spaces, tabs and the spaces a desk cannot see (a NBSP
# pasted from a page, a stray BOM, a joiner, a direction mark; `toml_pieces._UNSEEN`, qa400 #1, #3,
# qa412 #3, qa425 #3),
# in UTF-8; and a line start after LF or a lone CR (a classic Mac file, qa390 #6).
_SP = rb"(?:[ \t]|\xc2\xa0|\xd8\x9c|\xe2\x80[\x80-\x8f\xaa-\xaf]|\xe2\x81[\x9f\xa0\xa6-\xa9]|\xe3\x80\x80|\xef\xbb\xbf)*"
_BOL = rb"(?:^|(?<=\r))"


def _quick(pattern: bytes) -> re.Pattern:
    return re.compile(pattern.replace(b"<sp>", _SP).replace(b"<bol>", _BOL), re.M)


# Where TOML 1.0 ('Keys', 'Table', 'Inline Table') can name a key `newslint`,
# bare or quoted, with blanks around: after a dot (`[tool.newslint]`,
# `tool . "newslint" = 1`) or as an inline table's key (after `{` or `,`:
# `tool = { newslint = {...} }`, pf61) or on a header's line (`[tool]newslint =`, qa412 #4).
# Whatever follows is let through as toml_pieces reads it (a key broken before its `=`:
# `newslint:`, `newslint {`, `newslint` NBSP `select`, a line break: qa412 #1, #2, qa425 #1),
# but a quoted name that a `,` or `]` follows is a list's string (`['x', 'newslint']`).
_NAME = rb"""(?:newslint(?![\w-])|(?:"newslint"|'newslint')(?!<sp>[,\]]))"""
_KEYED = _quick(rb"""\{<sp>["']?newslint(?![\w-])|[.,\]]<sp>""" + _NAME + rb"""|\.<sp>["']?newslint["']?<sp>\]""")
# A key at a line's start (`newslint = {`, `newslint.select =`) is in `tool`
# only in a file that opens a table `tool` (a `[tool]` header, one left open at
# its line's end, qa412 #7, `tool = {`): `[project.scripts]`'s `newslint = ...`
# alone loads no tomllib (pf61).
_LINE_KEYED = _quick(rb"<bol><sp>" + _NAME)
_TOOL_TABLE = _quick(rb"""<bol><sp>\[<sp>["']?tool["']?<sp>(?:[]#\r\n]|\Z)|(?:<bol>|[{,])<sp>["']?tool["']?<sp>=""")
# a basic string key may spell either name in escapes (`"newsl\u0069nt"`)
_ESCAPED = re.compile(rb'"[^"\n]*\\[uU]')
# a header left open (`[tool.newslint`, `[tool.newslint }`): newslint's broken table (qa349 #3)
_OPEN_HEADER = _quick(rb"""<bol><sp>\[\[?<sp>["']?tool["']?<sp>\.<sp>["']?newslint["']?(?![\w-])""")


def _names_table(data: bytes) -> bool:
    """Whether TOML that tomllib refuses (or too big to load) sets
    `tool.newslint` beyond doubt, so it is refused as newslint's config
    rather than run with the defaults unsaid (qa339 #1); a file broken in
    another tool's table runs as before (qa343 #2, #3). tomllib reads it
    piece by piece, only each broken statement by hand (`toml_pieces`)."""
    from .toml_pieces import names_table

    return names_table(data.decode("utf-8", errors="replace"))


def _may_name_table(data: bytes) -> bool:
    """Whether the TOML in `data` may set `tool.newslint`, for tomllib to
    decide: False only when none of the ways TOML writes that key path is
    there (`tests/test_config_find_keyed.py` generates them)."""
    return (_KEYED.search(data) is not None or _ESCAPED.search(data) is not None
            or _OPEN_HEADER.search(data) is not None
            or _LINE_KEYED.search(data) is not None and _TOOL_TABLE.search(data) is not None)


@lru_cache(maxsize=64)
def _sets_tool_newslint(pyproject: str, mtime_ns: int, size: int) -> bool:
    """`_has_tool_section` for one version of the file (a run asks once per folder)."""
    from .regular_files import read_regular

    try:
        data = read_regular(pyproject, 16 * MAX_BYTES)
    except OSError:         # unreadable, not a regular file, huge: no config, as before
        return False
    data = data.removeprefix(b"\xef\xbb\xbf")      # a UTF-8 BOM, which `load_file` reads away (qa123 #5)
    from .readers._encoding import wide_bom
    if (wide := wide_bom(data)) is not None:        # UTF-16/32: searched as such, so load_file names its BOM
        data = data.decode(wide, errors="replace").removeprefix("\ufeff").encode("utf-8")     # (qa291 #1)
    if not _may_name_table(data):     # no key or table named newslint in `tool`: no tomllib
        return False
    if len(data) > MAX_BYTES:      # load_file refuses it, naming the size
        return _names_table(data)
    from .toml_load import load_toml
    try:
        tool = load_toml(data.decode("utf-8")).get("tool")
    except (UnicodeDecodeError, LoadError):
        return _names_table(data)
    return isinstance(tool, dict) and "newslint" in tool
