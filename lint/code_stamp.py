"""Stamps of newslint's own code, so a cache notices a code change (qa42 #4).

`__version__` stays the same between releases, and an editable install, a
git checkout or a `PYTHONPATH` run changes code without changing it: a cache
keyed on the version, the config and the data files served findings (or a
table built from a data file) made by code since replaced.

- `package()`: (path relative to the package, size, modification time) of
  every `.py` file of the `lint` package, for the result cache, whose entries
  depend on every reader and kind. Walking ~220 files costs a millisecond or
  two, so it is taken once per process and only when that cache is used.
- `files_of(func)` and `stamps(files)`: for the rule-set cache, opened on
  every start, only the files whose code made an entry: the one defining the
  function that parsed or built it and, through the names its code uses, the
  `lint` functions, classes and modules it calls, followed to their own
  names (a method called on an object is not followed). A handful of stats.
"""
from __future__ import annotations

import os
import sys
import types

PACKAGE = os.path.dirname(os.path.abspath(__file__))

_package: tuple | None = None
_files: dict = {}
_stamps: dict = {}
_flat: dict = {}


def package() -> tuple:
    """(relative path, size, mtime in ns, ctime in ns, inode) of every `.py`
    file under `PACKAGE`, sorted; taken once per process."""
    global _package
    if _package is None:
        out = []
        for root, dirs, names in os.walk(PACKAGE):
            dirs[:] = [d for d in dirs if d != "__pycache__"]
            for name in names:
                if name.endswith(".py"):
                    path = os.path.join(root, name)
                    try:
                        st = os.stat(path)
                    except OSError:
                        continue
                    out.append((os.path.relpath(path, PACKAGE), st.st_size, st.st_mtime_ns,
                                st.st_ctime_ns, st.st_ino))
        _package = tuple(sorted(out))
    return _package


def _ours(obj) -> str | None:
    """The source file of a `lint` function, class or module, else None."""
    name = obj.__name__ if isinstance(obj, types.ModuleType) else getattr(obj, "__module__", None)
    if not isinstance(name, str) or not (name == "lint" or name.startswith("lint.")):
        return None
    module = obj if isinstance(obj, types.ModuleType) else sys.modules.get(name)
    path = getattr(module, "__file__", None)
    return os.path.abspath(path) if isinstance(path, str) else None


def files_of(func) -> tuple[str, ...]:
    """The `lint` source files `func`'s result depends on (see the module
    docstring), sorted; () for a function that is not ours and calls none of ours."""
    cells = tuple(c.cell_contents for c in (getattr(func, "__closure__", None) or ())
                  if _has_contents(c))
    key = (getattr(func, "__code__", func),
           tuple(c.__code__ for c in cells if isinstance(c, types.FunctionType)))
    got = _files.get(key)
    if got is None:
        found: set = set()
        _follow(func, found, set())
        got = _files[key] = tuple(sorted(found))
    return got


def _has_contents(cell) -> bool:
    try:
        cell.cell_contents
    except ValueError:      # an empty cell
        return False
    return True


def _follow(obj, found: set, seen: set) -> None:
    if id(obj) in seen:
        return
    seen.add(id(obj))
    path = _ours(obj)
    if isinstance(obj, types.FunctionType):
        if path is None and not obj.__closure__:
            return
        if path is not None:
            found.add(path)
        for cell in obj.__closure__ or ():
            if _has_contents(cell):
                _follow(cell.cell_contents, found, seen)
        _follow_code(obj.__code__, obj.__globals__, found, seen)
    elif path is not None:      # a class or module of ours: its file, not further
        found.add(path)


def _follow_code(code: types.CodeType, names: dict, found: set, seen: set) -> None:
    for name in code.co_names:
        if name in names:
            _follow(names[name], found, seen)
    for const in code.co_consts:            # lambdas, comprehensions, nested functions
        if isinstance(const, types.CodeType):
            _follow_code(const, names, found, seen)


def stamp(path: str) -> tuple[int, int, int, int] | None:
    """(modification time in ns, size, change time in ns, inode) of `path`, or
    None when it is gone. The change time and inode catch an edit that keeps the
    size and restores the modification time (`touch -r`, `rsync -a`, `cp -p`).
    The rule-set cache stamps its data files with it too."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_mtime_ns, st.st_size, st.st_ctime_ns, st.st_ino


def stamps(files: tuple[str, ...]) -> tuple:
    """((mtime in ns, size, ctime in ns, inode) of each of `files`; (0, -1) for
    one that cannot be read), taken once per process: the code this process
    runs. The change time and inode catch a copy that keeps the mtime and size
    (`cp -p`, `rsync -a`: qa43), as the rule files' stamps do."""
    got = _stamps.get(files)
    if got is None:
        got = _stamps[files] = tuple(stamp(path) or (0, -1) for path in files)
    return got


def joined(at: tuple | None, files: tuple[str, ...]) -> tuple | None:
    """A data file's stamp `at` followed by those of the code `files` that read
    it, flat (the rule-set cache's check; None when the file is gone)."""
    if at is None:
        return None
    got = _flat.get(files)
    if got is None:
        got = _flat[files] = tuple(x for pair in stamps(files) for x in pair)
    return tuple(at) + got


def forget() -> None:
    """Take every stamp afresh (for tests)."""
    global _package
    _package = None
    _files.clear()
    _stamps.clear()
    _flat.clear()


def regex_stamp() -> str:
    """The installed `regex`, named without importing it (`rx` builds cached
    patterns with its engine alone): eight hex digits of the stamps of the
    package's Python files and its engine, so a reinstall or an upgrade names
    a new rule-set cache (and result cache). "none" when it cannot be found."""
    global _regex_named
    if _regex_named is None:
        import zlib   # (loaded already: `cache_dir.unseal` checks a CRC-32)
        from importlib.machinery import PathFinder
        try:
            package = PathFinder.find_spec("regex")
            engine = PathFinder.find_spec("regex._regex", package.submodule_search_locations)
            folder = os.path.dirname(package.origin)
            files = tuple(os.path.join(folder, name) for name in
                          ("__init__.py", "_main.py", "_regex_core.py")) + (engine.origin,)
        except Exception:  # pragma: no cover - no regex, or one laid out otherwise
            _regex_named = "none"
        else:
            _regex_named = f"{zlib.crc32(repr((files, stamps(files))).encode()):08x}"
    return _regex_named


_regex_named = None
