"""The result cache: an unchanged article is not linted again.

A CI job or an archive audit lints the same thousands of files run after run;
like ruff and ESLint, newslint keeps each file's findings and reuses them
while nothing they depend on has changed. An entry's key is a BLAKE2 digest of:

- the file's bytes and the path it was named by (the path is in every
  finding, and picks the reader);
- the effective config (`Config`, with the command-line options merged);
- the rule set: newslint's and Python's versions, a stamp of the installed regex, and the path, size,
  modification and change times and inode of every rule file the config can see, of newslint's
  data files, of those its rules name elsewhere (a `names:` table beside the config:
  `kinds.base.data_stamps`) and of a Vale config's styles, and whether spell-checking can run (a
  `spelling` rule is skipped until the extra is installed: nu27 #4);
- newslint's code: the path, size and modification time of every `.py` file
  of the `lint` package (`code_stamp.package`, taken once per run and only
  when the cache is used), as the version stays the same from one git or
  editable install to the next (qa42 #4).

What is kept is what a report needs: the findings (and those an inline
directive hid, with its reason, for SARIF), the `--verbose` notes and,
so baselines, SARIF and the HTML report see exactly what an uncached run
sees, how to rebuild the slim document (encoding, BOM, an HTML page's parts;
the source itself is the file's bytes, decoded again). Not kept: a result with
a problem (a rule timed out or crashed), one whose publication date was
refused as lying in the future (tomorrow it may not be), and a scheduled
post's, dated after today: its `-v` note says "a date still to come", which
is no longer true once the day passes (qa39 #9).

Entries live in `<cache folder>/results/<2 hex>/<digest>.marshal`, each written
atomically and ending with a CRC-32 of the rest (`cache_dir.seal`); an entry
that cannot be read, fails its check (a flipped bit that marshal would still
read as a different finding, a cut-off write) or cannot be decoded is a miss,
linted again and overwritten. `newslint
clean` empties the folder. `--fix` and `--diff` never use the cache.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import marshal
import os
import sys

from . import cache_dir, code_stamp
from .__about__ import __version__
from .analysis.calendar import refused_future
from .diagnostic import Diagnostic, Fix
from .document import Document, Part

LAYOUT = 11             # an entry's layout (2: a CRC-32 after the marshalled data; 3: `undated`;
                        # 4: `undated` a count, `date_refused` and `articles`; 5: `repeats` rows;
                        # 6: `unread`; 7: `suppressed` (row, reason) pairs; 8: `names`; 9: `format`;
                        # 10: a fix's `kept`; 11: `vale_column`)
_FIELDS = tuple(f.name for f in dataclasses.fields(Diagnostic))



def _blake2b(data: bytes = b""):
    try:  # hashlib's own BLAKE2, without loading OpenSSL for it
        from _blake2 import blake2b
    except ImportError:  # pragma: no cover - a Python built without it
        from hashlib import blake2b
    return blake2b(data, digest_size=20)


def default_folder() -> str:
    """`results/` in the cache folder (see `cache_dir`)."""
    return os.path.join(cache_dir.base_dir(), "results")


def stamps(folders) -> list:
    """(path, size, mtime, ctime, inode) of every file under `folders`, in a
    stable order (the change time and inode catch an edit that keeps the size
    and restores the modification time: `touch -r`, `rsync -a`, `cp -p`); links are
    followed (`rule_cache.files_under`)."""
    from .rule_cache import files_under

    out = []
    for root, name in (f for folder in folders for f in files_under(folder)):
        path = os.path.join(root, name)
        try:
            st = os.stat(path)
        except OSError:
            continue
        out.append((path, st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino))
    return out


def own_folders() -> list[str]:
    """newslint's own rules and data folders (absolute)."""
    from .ruleset import builtin_rules_folder
    return [builtin_rules_folder(), os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")]


def rule_folders(config) -> list[str]:
    """The folders of the files `config`'s rule set is built from, in the
    key's order: newslint's rules, the config's `rules:` folders, newslint's
    data, a Vale config's styles."""
    own, data = own_folders()
    folders = [own, *config.rule_dirs, data]
    if config.vale is not None and config.vale.styles_path:
        folders.append(config.vale.styles_path)
    return folders


def data_stamps(config) -> tuple:
    """`kinds.base.data_stamps` of the rules of `config`; () when they cannot be
    loaded (the error is reported when a file is linted)."""
    from .config import ConfigError
    from .engine import rules_for
    from .kinds.base import data_stamps as stamped
    from .ruleset import RuleError
    try:
        return stamped(rules_for(config))
    except (ConfigError, RuleError):
        return ()


def tool_stamp() -> tuple:
    """newslint's and Python's versions, the installed regex
    (`code_stamp.regex_stamp`), newslint's code (`code_stamp.package`) and whether spell-checking can run: what every
    result depends on besides the config and the rule files."""
    from .vale.hunspell import missing
    return (__version__, sys.version, code_stamp.regex_stamp(), code_stamp.package(), missing())


class ResultCache:
    """Per-file results under `folder`. `salt(config)` is computed once per
    config; `key(path, data, salt)` names an entry; `get` and `put` read and
    write one. Every method swallows OS and decoding errors: a broken cache is
    an empty one."""

    def __init__(self, folder: str):
        self.folder = folder
        self._salts: dict = {}

    def salt(self, config) -> bytes:
        """What every entry linted under `config` shares (see the module docstring)."""
        got = self._salts.get(config)
        if got is None:
            h = _blake2b(repr((LAYOUT, _FIELDS, repr(config), stamps(rule_folders(config)),
                               data_stamps(config), tool_stamp())).encode("utf-8", "surrogatepass"))
            got = self._salts[config] = h.digest()
        return got

    def key(self, path: str, data: bytes, salt: bytes) -> str:
        h = _blake2b(salt)
        h.update(path.encode("utf-8", "surrogatepass") + b"\0")
        h.update(data)
        return h.hexdigest()

    def _file(self, key: str) -> str:
        return os.path.join(self.folder, key[:2], key + ".marshal")

    def get(self, key: str, path: str, data: bytes, keep: bool):
        """The FileResult kept under `key` (with its slim document when `keep`,
        rebuilt from `data`), or None."""
        body = cache_dir.unseal(cache_dir.read_bytes(self._file(key), 64 * 1024 * 1024))
        if body is None:
            return None
        try:
            return _decode(marshal.loads(body), path, data, keep)
        except Exception:   # a damaged or foreign entry is a miss
            return None

    def put(self, key: str, result, document: Document | None) -> None:
        """Keep `result` (its full `document` gives the encoding and the parts)."""
        if result.problems or refused_future.get() or _ahead(document):
            return
        try:
            blob = marshal.dumps(_encode(result, document))
        except ValueError:  # pragma: no cover - every value is a plain one
            return
        cache_dir.write_atomic(self._file(key), cache_dir.seal(blob))


def _ahead(document: Document | None) -> bool:
    """A publication date after today, in the file or one of its articles."""
    today = dt.date.today()
    return document is not None and any(d.published is not None and d.published > today
                                        for d in (document, *document.articles))


def _encode(result, document: Document | None) -> dict:
    rows = [_row(d) for d in result.diagnostics]
    doc = None
    if document is not None:
        parts = [(p.kind, p.text, tuple(p.segments), p.name) for p in document.parts] \
            if document.format == "html" else []
        doc = (document.format, document.encoding, document.bom, parts)
    return {"layout": LAYOUT, "diagnostics": rows, "notes": list(result.notes), "document": doc,
            "undated": result.undated, "date_refused": result.date_refused, "articles": result.articles,
            "format": result.format,
            "unread": result.unread, "names": list(result.names),
            "suppressed": [(_row(d), reason) for d, reason in result.suppressed.items()]}


def _decode(entry: dict, path: str, data: bytes, keep: bool):
    from .engine import FileResult

    if entry["layout"] != LAYOUT:
        return None
    diagnostics = [_diagnostic(row) for row in entry["diagnostics"]]
    suppressed = {_diagnostic(row): reason for row, reason in entry.get("suppressed") or ()}
    if None in diagnostics or None in suppressed:
        return None
    result = FileResult(path, diagnostics=diagnostics, notes=list(entry["notes"]),
                        undated=int(entry.get("undated") or 0), date_refused=int(entry.get("date_refused") or 0),
                        articles=int(entry.get("articles") or 1), format=str(entry.get("format") or ""),
                        names=tuple(map(str, entry.get("names") or ())),
                        unread=unread if isinstance(unread := entry.get("unread"), tuple) else None,
                        suppressed=suppressed)
    if keep and entry["document"] is not None:
        from .readers import decode
        fmt, encoding, bom, parts = entry["document"]
        source = decode(data)[0]
        result.document = Document(path=path, source=source, format=fmt, encoding=encoding,
                                   bom=bom, parts=[Part(k, t, tuple(map(tuple, s)), name=n)
                                                   for k, t, s, n in parts])
    return result


def _row(d: Diagnostic) -> tuple:
    """`d` as plain values for marshal: its fix a tuple, its repeats rows."""
    row = [getattr(d, name) for name in _FIELDS]
    if d.fix is not None:
        row[_FIELDS.index("fix")] = (d.fix.start, d.fix.end, d.fix.replacement, d.fix.kept)
    row[_FIELDS.index("repeats")] = tuple(_row(r) for r in d.repeats)
    return tuple(row)


def _diagnostic(row) -> Diagnostic | None:
    """`_row`'s inverse; None for a row of another shape."""
    if len(row) != len(_FIELDS):
        return None
    values = list(row)
    fix_at, repeats_at = _FIELDS.index("fix"), _FIELDS.index("repeats")
    if values[fix_at] is not None:
        values[fix_at] = Fix(*values[fix_at])
    values[repeats_at] = tuple(_diagnostic(r) for r in values[repeats_at])
    if None in values[repeats_at]:
        return None
    return Diagnostic(*values)
