"""The rule-set cache: what start-up builds from rule and data files, kept between runs.

Before it can lint, newslint parses its rule files (and a Vale config's
styles), its data files (`lint/data/*.yaml`, `idf.json`) and compiles a few
hundred regular expressions; on a quiet machine that was most of a one-file
run. This cache keeps, in one file of the cache folder (see `cache_dir`):

- each rule or data file's parsed content, keyed by its path and checked
  against its size and modification time on every use, so an edited, added or
  removed file is read afresh (`load`), and against those of the code that
  parsed or built it (`code_stamp.files_of`: a git upgrade keeps the version);
- each compiled pattern's program as the `regex` module builds it, keyed by
  the pattern, its flags and named lists (see `regex_cache`).

Each entry also keeps the day a run last used it: one no run has used for
`STALE_DAYS` (another checkout's rule files, a Vale style since dropped, a
pattern no rule compiles any more) is left out at the next save, so the file
does not grow by a checkout's worth of rules with every clone and worktree
(8.2 MB seen, and a large file is slow to open on every run); a run that
uses an entry marked more than `REFRESH_DAYS` ago saves once to mark it
again. Days alone did not bound it: on a day of many runs (other formats,
other corpora, throwaway configs in /tmp, libraries' patterns built from
sets, other programs' dataclasses) a file grew from 1.6 MB to 2.2-3.4 MB
and cost each run about 17M instructions to read (pf62). So the file also
counts its saves, and each entry keeps the save that last marked it: one no
run has used in `KEEP_SAVES` saves is left out too, and a run that uses an
entry marked `REFRESH_SAVES` or more saves ago saves once to mark it again
(an LRU by saves, not by size: what a run used is never dropped by its own
save, so a second run of the same check compiles and writes nothing). A save also removes other versions' cache files and leftover
temporary files nobody has written for `STALE_DAYS` (a running newer or
older newslint keeps its own file fresh).

The file's name carries newslint's and Python's versions and a stamp of the
installed regex (`_regex_version`), so an
upgrade starts a new cache, and a hash of the installation's folder, so two
checkouts or environments on one machine never read each other's entries.
Entries are marshalled bytes (`marshal_dates`: YAML's dates kept too),
decoded on use, so a caller can change what it gets without changing the
cache. A missing, stale or broken file is rebuilt silently; the cache is
saved at exit, written atomically, and only when something was added.
"""
from __future__ import annotations

import atexit
import marshal
import os
import sys
import threading
import time

from . import cache_dir, code_stamp, marshal_dates
from .code_stamp import stamp
from .__about__ import __version__

MAX_FILES = 4000        # parsed files kept (several projects' Vale styles)
MAX_PATTERNS = 6000     # compiled patterns kept; beyond, only this run's are
RACY_NS = 2_000_000_000  # a file modified this recently is not cached: a second edit
                         # in the same clock tick could keep its size and mtime
LAYOUT = 5              # this file's layout (2: a CRC-32 after the marshalled data; 3: dates
                        # placed by path, `marshal_dates`; 4: an entry's code files; 5: marks)
STALE_DAYS = 30         # an entry (or another version's file) unused this long is dropped
REFRESH_DAYS = 7        # an entry in use is marked used again (a save) this often
KEEP_SAVES = 24         # an entry no run used in this many saves of the file is dropped
REFRESH_SAVES = 6       # an entry in use marked this many saves ago is marked again (a save)
DAY = 86400


def _today() -> int:
    """Days since the epoch (UTC): the unit of an entry's last use."""
    return int(time.time() // DAY)


def _format() -> str:
    """Everything a cache file depends on besides the files it describes."""
    return f"{LAYOUT}|{__version__}|{sys.version}|{_regex_version()}|{marshal.version}"


def _regex_version() -> str:
    return code_stamp.regex_stamp()


def _file_name() -> str:
    """`rules-<newslint>-py<X.Y>-regex<stamp>-<where>.marshal`: an upgrade starts a new
    file (the full `_format()` is checked inside it too), and so does another
    installation (`_where`)."""
    py = f"{sys.version_info[0]}.{sys.version_info[1]}"
    name = f"rules-{__version__}-py{py}-regex{_regex_version()}-{_where()}.marshal"
    return "".join(c if c.isalnum() or c in "-._" else "_" for c in name)


def _where() -> str:
    """Eight hex digits naming the folder newslint runs from (a virtual
    environment's, a checkout's). Each installation keeps its own file, so a
    run reads only the entries its own rules made: one file shared by the 16
    checkouts of a development machine had grown to 6 MB (827 rule files, of
    which a run reads 52), and reading it was 36M of the 469M instructions of
    a one-article run."""
    import zlib   # (loaded already: `cache_dir.unseal` checks a CRC-32)

    here = os.path.dirname(os.path.abspath(__file__))
    return f"{zlib.crc32(os.fsencode(here)):08x}"


def files_under(folder: str):
    """(folder, name) of every file under `folder`, in a stable order, for the
    stamps rules and results are cached by. Links to folders are followed, as
    `rule_layout.rule_files` follows a pack linked into a rules folder (os.walk's
    default left its files out, so an edit to them went unseen), each real
    folder once: a link back up the tree is not walked round for ever."""
    seen = set()
    for root, dirs, names in os.walk(folder, followlinks=True):
        try:
            st = os.stat(root)
        except OSError:
            continue
        if (st.st_dev, st.st_ino) in seen:
            dirs[:] = []
            continue
        seen.add((st.st_dev, st.st_ino))
        dirs.sort()
        for name in sorted(names):
            yield root, name


class RuleSetCache:
    """One cache file: `files` (path + tag -> (stamp of the file and its code
    files, `code_stamp.joined`; marshalled content; path; code files)) and
    `patterns` (pattern key -> the compiled pattern's pickle, see `regex_cache`)."""

    def __init__(self, path: str | None):
        self.path = path
        self.files: dict = {}
        self.patterns: dict = {}
        self.used: set = set()          # pattern keys this process used
        self.seen: dict = {}            # file or pattern key -> day last used (`_today`)
        self.marks: dict = {}           # file or pattern key -> save that last marked it used
        self.saves = 0                  # saves of the file read (this run's will be saves + 1)
        self.today = _today()
        self.dirty = False
        # re-entrant: `_save` holds it while `write_atomic` may import a module that
        # compiles a pattern or makes a class, whose cache hooks take it again (pf57)
        self.lock = threading.RLock()
        body = cache_dir.unseal(cache_dir.read_bytes(path)) if path else None
        if body is not None:
            try:
                data = marshal.loads(body)
                files, patterns, seen = data["files"], data["patterns"], data.get("seen", {})
                marks, saves = data.get("marks", {}), data.get("saves", 0)
                if data.get("format") == _format() and isinstance(files, dict) \
                        and isinstance(patterns, dict) and isinstance(seen, dict) \
                        and isinstance(marks, dict) and type(saves) is int:
                    self.files = {k: e for k, e in files.items() if _well_formed(e)}
                    self.patterns = cache_dir.typed(patterns, bytes)
                    self.seen = cache_dir.typed(seen, int)
                    self.marks = cache_dir.typed(marks, int)
                    self.saves = saves
            except (EOFError, ValueError, TypeError, KeyError, AttributeError):
                pass    # a broken cache is an empty one; the next save replaces it

    def _touch(self, key) -> None:
        """Mark an entry used today and at this run's save; one last marked
        `REFRESH_DAYS` or `REFRESH_SAVES` saves ago (or never: a file written
        before entries had days or marks) makes this run save."""
        last, mark = self.seen.get(key), self.marks.get(key)
        if last is None or self.today - last >= REFRESH_DAYS \
                or mark is None or self.saves - mark >= REFRESH_SAVES:
            self._mark(key)
            self.dirty = True

    def _mark(self, key) -> None:
        """Mark an entry used today and at this run's save (the file's next)."""
        self.seen[key] = self.today
        self.marks[key] = self.saves + 1

    def get(self, path: str, tag: str = "", code: tuple = ()):
        """The content cached for the file at `path` if it and the `code` files
        that made it are unchanged, else None. `tag` names one of several
        things built from the same file."""
        path = os.path.abspath(path)
        hit = self.files.get(path + tag)
        if hit is None:
            return None
        try:
            if tuple(hit[0]) == code_stamp.joined(stamp(path), code):
                self._touch(path + tag)
                return marshal_dates.loads(hit[1])
        except (EOFError, ValueError, TypeError, IndexError, KeyError):
            pass        # a broken entry (a date's path that leads nowhere, say) is a miss
        return None

    def put(self, path: str, content, at: tuple[int, ...] | None, tag: str = "",
            code: tuple = ()) -> None:
        """Record the content parsed from `path` by `code` when it had the stamp
        `at` (taken before reading, so a file edited meanwhile is never cached stale).
        Content marshal cannot keep (a YAML date, say) is simply not cached."""
        now = time.time_ns()
        if at is None or self.path is None or now - at[0] < RACY_NS \
                or any(now - m < RACY_NS for m, *_ in code_stamp.stamps(code)):
            return
        path = os.path.abspath(path)
        try:
            blob = marshal_dates.dumps(content)
        except ValueError:
            return
        with self.lock:
            self.files[path + tag] = (code_stamp.joined(at, code), blob, path, code)
            self._mark(path + tag)
            self.dirty = True

    def pattern(self, key) -> bytes | None:
        """The bytes kept for a compiled pattern (see `regex_cache`), or None."""
        with self.lock:
            blob = self.patterns.get(key)
            if blob is not None:
                self.used.add(key)
                self._touch(key)
        return blob

    def put_pattern(self, key, blob: bytes, quiet: bool = False) -> None:
        """Keep a compiled pattern. A `quiet` one is saved only with other news:
        a library's pattern built from a set differs from run to run, and must
        not rewrite the cache on every run."""
        if self.path is None:
            return
        with self.lock:
            self.patterns[key] = blob
            self.used.add(key)
            self._mark(key)
            self.dirty = self.dirty or not quiet

    def save(self) -> None:
        """Write the cache if this process added to it: files that changed or
        went away are dropped, so are entries unused for `STALE_DAYS` or
        `KEEP_SAVES` saves, and past MAX_PATTERNS only this run's patterns kept.
        Never raises: a cache that cannot be written only means a slower start."""
        try:
            self._save()
        except Exception:  # pragma: no cover - e.g. a full disk; the cache is optional
            pass

    def _save(self) -> None:
        if not (self.dirty and self.path):
            return
        with self.lock:
            today, seen, now, marks = self.today, self.seen, self.saves + 1, self.marks

            def recent(k) -> bool:      # (an unmarked entry gets a grace: it is marked now)
                return today - seen.get(k, today) <= STALE_DAYS and now - marks.get(k, now) <= KEEP_SAVES
            files = {k: e for k, e in self.files.items()
                     if recent(k) and tuple(e[0]) == code_stamp.joined(stamp(e[2]), e[3])}
            if len(files) > MAX_FILES:
                files = dict(list(files.items())[-MAX_FILES:])
            patterns = {k: v for k, v in self.patterns.items() if recent(k)}
            if len(patterns) > MAX_PATTERNS:
                patterns = {k: v for k, v in patterns.items() if k in self.used}
            kept = (*files, *patterns)
            try:
                data = marshal.dumps({"format": _format(), "files": files, "patterns": patterns,
                                      "seen": {k: seen.get(k, today) for k in kept}, "saves": now,
                                      "marks": {k: marks.get(k, now) for k in kept}})
            except ValueError:  # pragma: no cover - every entry was marshalled already
                return
            if cache_dir.write_atomic(self.path, cache_dir.seal(data)):
                self.dirty = False
        prune_stale_files(os.path.dirname(self.path), os.path.basename(self.path))


def prune_stale_files(folder: str, keep: str, now: float | None = None) -> int:
    """Other versions' cache files and leftovers unwritten for `STALE_DAYS` removed
    (`cache_dir.prune_stale`); how many."""
    return cache_dir.prune_stale(folder, keep, STALE_DAYS * DAY, now)


def _well_formed(entry) -> bool:
    return (isinstance(entry, tuple) and len(entry) == 4 and isinstance(entry[0], tuple)
            and isinstance(entry[1], bytes) and isinstance(entry[2], str)
            and isinstance(entry[3], tuple) and all(isinstance(f, str) for f in entry[3]))


_shared: RuleSetCache | None = None
_shared_lock = threading.Lock()


def shared() -> RuleSetCache:
    """This process's rule-set cache (read on first use, saved at exit). With
    `NEWSLINT_NO_CACHE` it keeps nothing."""
    global _shared
    with _shared_lock:
        if _shared is None:
            path = None
            if not cache_dir.disabled():
                path = os.path.join(cache_dir.base_dir(), _file_name())
            _shared = RuleSetCache(path)
            atexit.register(_shared.save)
        return _shared


def current() -> RuleSetCache | None:
    """This process's rule-set cache if it has been opened, else None."""
    return _shared


def never_save() -> None:
    """Keep this process's rule-set cache, if it has been opened, from being
    written or pruning anything: `newslint clean` empties the folder it would
    save into at exit (qa83 #6). Later uses still parse, they record nothing;
    one not opened yet opens as with `NEWSLINT_NO_CACHE`."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = RuleSetCache(None)
        with _shared.lock:
            _shared.path = None
            _shared.dirty = False


def reset() -> None:
    """Save and forget this process's cache (the next use reads it again, from
    the folder the environment names then). For tests and long-lived servers."""
    global _shared
    with _shared_lock:
        if _shared is not None:
            _shared.save()
        _shared = None


def load(path, parse, tag: str = ""):
    """The parsed content of the rule or data file at `path`: from the cache
    when the file is unchanged, else `parse(path)` (recorded for the next run).
    Whatever `parse` raises propagates, and nothing is recorded then. `tag`
    keeps apart several things built from one file."""
    path = os.path.abspath(str(path))
    cache = shared()
    code = code_stamp.files_of(parse)
    hit = cache.get(path, tag, code)
    if hit is not None:
        return hit
    at = stamp(path)
    content = parse(path)
    cache.put(path, content, at, tag, code)
    return content


DATA_FOLDER = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")


def load_data(name, build=None) -> object:
    """A data file, parsed and cached: the file name of one in `lint/data/`
    (no folder: `../` never walks out of it, FileNotFoundError) or an absolute
    path (`.json`, else YAML through libyaml when installed). Ours are trusted;
    the newsroom's own are read under the limits of its rule files
    (`_parse_data`). With `build`, what is cached is `build(parsed content)`, a
    table derived from the file. Errors: `data_errors.data_error` words them."""
    name = str(name)
    if not os.path.isabs(name):
        if os.path.basename(name) != name or name in ("", ".", ".."):
            raise FileNotFoundError(2, "no data file of newslint's (those are file names)", name)
        name = os.path.join(DATA_FOLDER, name)
    if build is None:
        return load(name, _parse_data)
    return load(name, lambda path: build(_parse_data(path)), "\0" + build.__qualname__)


def _parse_data(path: str):
    """A data file's content. A newsroom's own file (not in lint/data) is read
    as its rule and config files are (`safeload`): 1 MB at most, YAML under
    the depth limit, JSON nested too deeply refused, each a LoadError. A
    50 MB names list took gigabytes and never ended; a JSON one of 200,000
    nested lists was a RecursionError, said as newslint's internal error
    (tb3). Not a rule file's 100,000 values: the size bounds a list, and
    110,000 short names fit in 1 MB; aliases, which 1 MB does not bound,
    still count against one value a byte. A key given twice keeps the
    last, as PyYAML's load did before (qa261 #1, #2)."""
    own = os.path.dirname(path) == DATA_FOLDER
    if own:
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
    else:
        from .safeload import read_text
        text = read_text(path, "data file")
    if path.endswith(".json"):
        import json
        try:
            return json.loads(text)
        except RecursionError:
            from .safeload import LoadError
            raise LoadError("invalid JSON: nested too deeply") from None
    if not own:
        from .safeload import MAX_BYTES, load_yaml
        return load_yaml(text, max_nodes=MAX_BYTES, last_key_wins=True)
    import yaml
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))

