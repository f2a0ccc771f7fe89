"""Where newslint keeps its caches, and how it writes them.

Two caches live under one folder: the rule-set cache (`rule_cache`: parsed
rule and data files and compiled patterns, so start-up skips YAML and regex
compilation) and the result cache (`result_cache`: each unchanged article's
findings). The folder is `$NEWSLINT_CACHE_DIR` when set, else the user's cache
folder as platformdirs names it (`~/.cache/newslint` on Linux,
`~/Library/Caches/newslint` on macOS, `%LOCALAPPDATA%\\newslint\\Cache` on
Windows). `NEWSLINT_NO_CACHE=1` turns both off. `newslint clean` empties it.

Every file is written to a temporary name and renamed into place, so a run
that is killed never leaves half a file, and a file that cannot be read back
is treated as absent: a cache only ever makes a run faster.
"""
from __future__ import annotations

import os
import sys

ENV_DIR = "NEWSLINT_CACHE_DIR"
ENV_OFF = "NEWSLINT_NO_CACHE"


def disabled() -> bool:
    """Whether `NEWSLINT_NO_CACHE` turns caching off (any value but '', 0, false, no)."""
    return os.environ.get(ENV_OFF, "").strip().lower() not in ("", "0", "false", "no")


def base_dir() -> str:
    """The cache folder (not created): `$NEWSLINT_CACHE_DIR`, else the user cache folder."""
    forced = os.environ.get(ENV_DIR)
    if forced:
        return os.path.abspath(forced)
    plain = _xdg_cache_dir()
    if plain is not None:
        return plain
    from platformdirs import user_cache_dir   # only a run that uses a cache needs it
    return user_cache_dir("newslint", appauthor=False)


def _xdg_cache_dir() -> str | None:
    """The user cache folder on a plain Linux system, as platformdirs names it
    there (XDG Base Directory spec: an absolute `$XDG_CACHE_HOME`, else
    `$HOME/.cache`), without importing platformdirs (and pathlib, tempfile and
    shutil with it: 7 ms of a one-file run). None elsewhere, and whenever
    platformdirs might answer differently (Android, a relative or unset
    `$HOME`, a relative `$XDG_CACHE_HOME`): it then decides."""
    if sys.platform != "linux" or hasattr(sys, "getandroidapilevel") \
            or "ANDROID_DATA" in os.environ or "ANDROID_ROOT" in os.environ:
        return None
    xdg = os.environ.get("XDG_CACHE_HOME", "")
    if xdg:
        return os.path.join(xdg, "newslint") if os.path.isabs(xdg) else None
    home = os.environ.get("HOME", "")
    if not os.path.isabs(home):
        return None
    return os.path.join(home.rstrip("/") or "/", ".cache", "newslint")


def write_atomic(path: str, data: bytes) -> bool:
    """Write `data` to `path` through a temporary file and a rename (creating the
    folder). Returns False, and leaves no temporary file, on any OS error."""
    import tempfile

    folder = os.path.dirname(path)
    try:
        os.makedirs(folder, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".tmp-", suffix=".part")
    except OSError:
        return False
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
        return True
    except OSError:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        return False


def seal(data: bytes) -> bytes:
    """`data` followed by its CRC-32 (4 bytes, little-endian), for `unseal`."""
    import zlib

    return data + zlib.crc32(data).to_bytes(4, "little")


def typed(values: dict, kind: type) -> dict:
    """`values` without the entries whose value is not exactly a `kind` (a
    damaged or foreign cache file's), as the rule-set cache keeps them;
    `values` itself when every one is, as in every file newslint writes,
    told in one pass in C (a dict comprehension over a start's 2,000 or so
    entries was ~3M instructions, 0.5% of a one-article run)."""
    if set(map(type, values.values())) <= {kind}:
        return values
    return {k: v for k, v in values.items() if type(v) is kind}


def unseal(raw: bytes | None) -> memoryview | None:
    """What `seal` sealed, or None when `raw` is missing, too short or damaged
    (a flipped bit, a cut-off or foreign file): the CRC-32 that ends it is
    not its content's. Marshal reads many damaged files without an error, and
    what it then returns is wrong: a cached finding, a token, a program."""
    import zlib

    if raw is None or len(raw) <= 4:
        return None
    body = memoryview(raw)[:-4]
    return body if zlib.crc32(body) == int.from_bytes(raw[-4:], "little") else None


def read_bytes(path: str, limit: int = 256 * 1024 * 1024) -> bytes | None:
    """A cache file's bytes, or None when it is missing, unreadable, over
    `limit` or no regular file (`regular_files.read_regular`: a FIFO in the cache
    folder is never opened, fx70)."""
    from .regular_files import read_regular
    try:
        return read_regular(path, limit)
    except OSError:           # TooLarge and NotRegular too
        return None


def clean(folder: str | None = None, results: str | None = None) -> tuple[int, int, list[str]]:
    """Empty the caches: the rule-set cache and the result cache in `folder` (the
    default cache folder when None), and a result cache kept elsewhere
    (`--cache-dir`) in `results`. Returns (files, bytes) removed and the errors
    of the files that could not be (a read-only folder). Only files newslint
    writes are removed (`rules-*.marshal`, `<xx>/<digest>.marshal`, the
    `.tmp-*.part` leftovers of `write_atomic`), and only the folders this
    clean emptied, so a mistyped folder loses nothing else: a user's
    `.tmp-draft.md` or an empty `de/` stays (qa77 #9)."""
    folder = folder or base_dir()
    files = size = 0
    errors: list[str] = []
    targets = [(folder, True), (os.path.join(folder, "results"), False)]
    if results:
        targets.append((results, False))
    for where, top in targets:
        f, b = _clean_one(where, top, errors)
        files, size = files + f, size + b
    return files, size, errors


def _is_hex(name: str) -> bool:
    return all(c in "0123456789abcdef" for c in name)


def is_leftover(name: str) -> bool:
    """A temporary file `write_atomic` left (mkstemp's `.tmp-XXXXXXXX.part`):
    what `clean` and the rule-set cache's stale prune remove, never a user's
    `.tmp-draft.md` (qa77 #9, qa83 #7)."""
    middle = name[len(".tmp-"):-len(".part")] if name.endswith(".part") else ""
    return name.startswith(".tmp-") and len(middle) >= 6 and all(
        c.isascii() and (c.isalnum() or c == "_") for c in middle)


def _clean_one(folder: str, top: bool, errors: list[str]) -> tuple[int, int]:
    removed = []
    try:
        names = os.listdir(folder)
    except OSError:
        return 0, 0
    for name in names:
        path = os.path.join(folder, name)
        if os.path.islink(path):
            continue
        if is_leftover(name) or (top and _is_rule_set_file(name)):
            removed.append(path)
        elif top and name == "vale" and os.path.isdir(path):   # the Vale-only cache of 0.1
            removed += [os.path.join(path, f) for f in os.listdir(path)
                        if f.endswith((".marshal", ".tmp"))]
        elif len(name) == 2 and _is_hex(name) and os.path.isdir(path):
            removed += [os.path.join(path, f) for f in os.listdir(path)
                        if (f.endswith(".marshal") and _is_hex(f[:-8])) or is_leftover(f)]
    files = size = 0
    emptied = set()
    for path in removed:
        try:
            got = os.path.getsize(path)
            os.unlink(path)
        except FileNotFoundError:       # another run's clean got there first
            continue
        except OSError as exc:
            errors.append(f"{path}: {exc.strerror or exc}")
            continue
        files, size = files + 1, size + got
        emptied.add(os.path.dirname(path))
    # the folders files were removed from, tried when empty now; never `folder` itself
    # (spelled as dirname gives it, without a trailing slash)
    for path in emptied - {os.path.dirname(os.path.join(folder, "_"))}:
        try:
            os.rmdir(path)
        except OSError:                 # something else is in it: kept
            pass
    return files, size


def prune_stale(folder: str, keep: str, max_age: float, now: float | None = None) -> int:
    """Remove the rule-set cache files of other versions (`rules-*.marshal`)
    and leftover temporary files (`.tmp-*.part`, a killed run's: the names
    `is_leftover` gives, as `clean` removes; qa83 #7) in `folder` that
    nothing has written for `max_age` seconds (the rule-set cache's
    `STALE_DAYS`); never `keep` (this run's file), a symlink or any other file. A concurrent run of another version keeps its
    file fresh by saving it, and a temporary file being written is seconds
    old. Returns how many were removed; errors are ignored (a file another
    run's prune removed first, a read-only folder)."""
    import stat
    import time

    now = time.time() if now is None else now
    removed = 0
    try:
        names = os.listdir(folder)
    except OSError:
        return 0
    for name in names:
        if name == keep or not (is_leftover(name) or _is_rule_set_file(name)):
            continue
        path = os.path.join(folder, name)
        try:
            st = os.lstat(path)
            if stat.S_ISREG(st.st_mode) and now - st.st_mtime > max_age:
                os.unlink(path)
                removed += 1
        except OSError:
            continue
    return removed


def _is_rule_set_file(name: str) -> bool:
    """Whether `name` is a rule-set cache file's (`rules-*.marshal`, any version's)."""
    return name.startswith("rules-") and name.endswith(".marshal")
