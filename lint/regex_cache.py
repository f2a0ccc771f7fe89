"""Compiled patterns kept between runs, through the rule-set cache.

The `regex` module parses and optimises a pattern in Python before its C
engine sees it: a few hundred patterns (rule kinds, the credit grammar, the
date scanner) cost about a tenth of a second at every start. A compiled
pattern pickles as its compiled program: `regex` registers a reducer (for
`pickle` and `copy`) that gives the engine's arguments, and rebuilds the pattern
from them with no parsing. Once a pattern has been compiled, those arguments
(plain ints, strings, lists and dicts) are kept in the rule-set cache, and
later runs rebuild it in microseconds (one with a long program at its first
use, `Deferred`: a run uses about two in five of the patterns its modules
define). Nothing is unpickled: the cache holds marshalled data only.

`install()` routes `regex`'s one compile entry point (`regex._main._compile`,
behind `regex.compile`, `regex.search`, `regex.sub`, ...) through that cache.
The key is the pattern, its flags, `ignore_unused`, its named lists and
`regex.DEFAULT_VERSION`, so any change compiles afresh; locale-dependent
patterns (`regex.LOCALE`) and bytes patterns are never kept. If `regex`
changes shape, `install()` does nothing and patterns compile as before.
newslint's modules compile through `rx`, which builds a cached pattern with
the engine alone and imports the package (and installs this) only on a miss.

The standard library's `re` also parses in Python (the date scanner's
patterns, and click's, json's and dataclasses' own: several milliseconds a
start). Its compiler ends in `_sre.compile(pattern, flags, code, groups,
groupindex, indexgroup)`, the same call from Python 3.10 to 3.13; `install()`
keeps those arguments for each str or bytes pattern (six bytes patterns,
the readers' encoding sniffers, tokenize's and platform's, were parsed at
every start), keyed by the pattern and its
flags (the cache file's name carries the Python version), and only once the
pattern they rebuild is equal to the one `re` compiled (same code, flags,
groups and group names). Any library compiles with `re`, at any time, so
that hook only uses a cache already open (`install()` opens it), and a new
`re` pattern alone never makes a run save the cache (some libraries build
patterns from sets, which differ from run to run). Patterns compiled before
`install()` are not seen.
"""
from __future__ import annotations

import copyreg
import marshal
import threading

_installed = False
_re_installed = False
_busy = threading.local()   # set while the rule-set cache is being opened
_MAX_LIVE = 4096       # compiled patterns held in this process (regex keeps 500)
_live: dict = {}       # key -> compiled pattern, this process

# `regex`'s `concurrent` argument at the hottest built-in calls, always given by
# position: `p.match(text, pos, endpos, SERIAL)` (match, search, fullmatch),
# `p.finditer(text, pos, endpos, False, SERIAL)` and `p.findall(...)` (the
# False is `overlapped`). By default `regex` lets go of the GIL and takes it
# back around every call on a str, at every step of a finditer and whenever
# its backtracking stack grows: about 1,100 instructions a call (callgrind),
# 3% of a run. False keeps it; a run matches in one thread (`--jobs` forks).
# As a keyword it costs more to parse than it saves. Users' patterns, which
# run with a timeout (`kinds.base.matches`), keep the default.
SERIAL = False
# A cached program this long or longer is built at its pattern's first use
# (`Deferred`); a shorter one at once, as the pattern is made. See `Deferred`.
DEFER_BYTES = 400
# A `regex` match reads a group by name (`m["day"]`, `m.start("day")`) only
# after trying the name as a number, which raises and clears a TypeError with
# a formatted message: about 3,000 instructions a look-up, against 600 by
# number (callgrind). The hottest matches are read by number instead
# (`m.groups()` unpacked in group order in `kinds._date_form_scan.scan` and
# `kinds.time_form.scan`; a day after a month by `_date_form_scan.DAY_G`/`ORD_G`);
# tests/test_regex_groups.py pins the order. `re`'s matches read names at the
# cost of a number.


def start() -> None:
    """Route `re` through the rule-set cache and open it, at start-up. `regex`'s
    hook (`install`) waits for the package's first import (`rx._package`)."""
    if _install_re():
        _shared()


def install() -> bool:
    """Route regex (and `re`) compilation through the rule-set cache (once per process).
    Returns whether the cache is in use."""
    global _installed
    if _installed:
        return True
    try:
        import regex
        from regex import _main
        original = _main._compile
        names = original.__code__.co_varnames[:5]
    except (ImportError, AttributeError):  # pragma: no cover - another regex
        return False
    finally:
        if _install_re():    # after regex is imported: the cache's file name carries its version
            _shared()
    if names != ("pattern", "flags", "ignore_unused", "kwargs", "cache_it"):
        return False  # pragma: no cover - a regex release we do not know
    live = _live
    locale_flag = int(regex.LOCALE)
    empty = original("", 0, False, {}, False)
    reduce = copyreg.dispatch_table.get(type(empty))
    if reduce is None:
        return False  # pragma: no cover - a regex release without its reducer
    build = reduce(empty)[0]     # regex's own `_regex.compile`

    def _fresh(pattern, flags, ignore_unused, kwargs, key):
        """Compile as `regex` does, and keep the program for the next run."""
        compiled = original(pattern, flags, ignore_unused, kwargs, False)
        if not compiled.flags & locale_flag:
            saved = _arguments(reduce, compiled)
            cache = _shared()
            if saved is not None and cache is not None:
                cache.put_pattern(key, saved)
        return compiled

    def _compile(pattern, flags, ignore_unused, kwargs, cache_it):
        if not cache_it or type(pattern) is not str:
            if type(pattern) is Deferred:    # `regex.compile(PATTERN)`, `regex.sub(PATTERN, ...)`
                pattern = pattern.built()
            return original(pattern, flags, ignore_unused, kwargs, cache_it)
        key = (pattern, int(flags), bool(ignore_unused), _lists(kwargs) if kwargs else (),
               int(_main.DEFAULT_VERSION))
        compiled = live.get(key)
        if compiled is not None:
            return compiled
        cache = _shared()
        if cache is None:            # opening the cache compiled this: no cache yet
            return original(pattern, flags, ignore_unused, kwargs, cache_it)
        blob = cache.pattern(key)
        if blob is not None and len(blob) >= DEFER_BYTES:   # built at its first use
            compiled = Deferred(build, blob, (pattern, flags, ignore_unused, kwargs, key))
        elif blob is not None:
            try:
                compiled = build(*marshal.loads(blob))
            except Exception:   # a damaged entry: compile as usual
                compiled = _fresh(pattern, flags, ignore_unused, kwargs, key)
        else:
            compiled = _fresh(pattern, flags, ignore_unused, kwargs, key)
        if len(live) >= _MAX_LIVE:
            live.clear()
        live[key] = compiled
        return compiled

    _main._compile = _compile
    Deferred.fresh = staticmethod(_fresh)
    _installed = True
    return True


class Deferred:
    """A pattern found in the rule-set cache with a long program
    (`DEFER_BYTES`), built from it at its first use. A one-article start
    rebuilt 498 patterns and the article used 189 (the rest are other
    formats', stories' and rules' shapes); the long programs are the costly
    builds and, the unused ones, mostly cold.

    Reading any attribute builds the pattern (`regex`'s own, as before, from
    the same marshalled program; a damaged entry compiles afresh, `fresh`)
    and keeps that attribute on this object when it is a method or a string
    or int, so a later `PATTERN.match` is one instance-dict look-up of the
    bound method. That look-up cannot be specialised as a method call on the
    pattern itself is: about 330 instructions more a call (callgrind), so a
    short program, cheap to build and among the hottest (a name run, a
    possessive), is built at once and never stands behind this.
    One object stands for each pattern key, as one pattern did (`_live`), so
    identity, equality and hashing are the same as the pattern's; copying
    gives the same object, as `regex`'s patterns do; pickling gives the built
    pattern. `isinstance(x, regex.Pattern)` is False, and a match's `re` is
    the built pattern, not this stand-in: newslint relies on neither
    (tests/test_qa153_regressions.py)."""

    fresh = None        # (pattern, flags, ignore_unused, kwargs, key) -> compiled (`install`)

    def __init__(self, build, blob: bytes, source: tuple):
        self._build, self._blob, self._source = build, blob, source

    def built(self):
        """The `regex` pattern this stands for (built now, once, if need be)."""
        state = self.__dict__
        real = state.get("_real")
        if real is None:
            try:
                real = state["_build"](*marshal.loads(state["_blob"]))
            except Exception:   # a damaged entry: compile as usual
                real = Deferred.fresh(*state["_source"])
            state["_real"] = real
        return real

    def __getattr__(self, name):       # only for names not on this object yet
        if name.startswith("__"):      # special names go to the type, not here
            raise AttributeError(name)
        value = getattr(self.built(), name)
        if callable(value) or type(value) in (str, int):   # groupindex is a new dict each time
            self.__dict__[name] = value
        return value

    def __repr__(self) -> str:
        return repr(self.built())

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce_ex__(self, protocol):
        import importlib
        importlib.import_module("regex")      # the package registers its patterns' reducer
        return copyreg.dispatch_table[type(self.built())](self.built())


_rule_cache = None     # the `rule_cache` module, once `_shared` has imported it


def _shared():
    """This process's rule-set cache, or None while it is being opened (the
    imports that takes may compile patterns of their own). One already open
    is found by `rule_cache.current()` alone: the import statement and the
    thread-local flag were some 2 us of each of the 600 patterns a run
    compiles."""
    global _rule_cache
    if _rule_cache is not None:
        cache = _rule_cache.current()
        if cache is not None:
            return cache
    from . import rule_cache

    _rule_cache = rule_cache
    if getattr(_busy, "on", False):
        return None
    _busy.on = True
    try:
        return rule_cache.shared()
    finally:
        _busy.on = False


def _install_re() -> bool:
    """Route the standard library's pattern compiler through the cache (once)."""
    global _re_installed
    if _re_installed:
        return True
    try:
        import re
        import _sre
        compiler = getattr(re, "_compiler", None)
        if compiler is None:  # pragma: no cover - Python 3.10
            import sre_compile as compiler
            import sre_parse as parser
        else:
            parser = re._parser
        original, code_of, parse = compiler.compile, compiler._code, parser.parse
        build, debug = _sre.compile, int(re.DEBUG)
    except (ImportError, AttributeError):  # pragma: no cover - another Python
        return False

    def arguments(pattern: str, flags: int) -> tuple:
        p = parse(pattern, flags)
        indexgroup = [None] * p.state.groups
        for name, i in p.state.groupdict.items():
            indexgroup[i] = name
        return (int(flags | p.state.flags), [int(c) for c in code_of(p, flags)], p.state.groups - 1,
                dict(p.state.groupdict), tuple(indexgroup))

    from . import rule_cache

    def compile(p, flags=0):
        if type(p) not in (str, bytes) or flags & debug:
            return original(p, flags)
        cache = rule_cache.current()
        if cache is None:
            return original(p, flags)
        key = ("re", p, int(flags))
        blob = cache.pattern(key)
        if blob is not None:
            try:
                return build(p, *marshal.loads(blob))
            except Exception:   # a damaged entry: compile as usual
                pass
        compiled = original(p, flags)
        try:
            args = arguments(p, int(flags))
            again = build(p, *args)
            if again == compiled and again.groupindex == compiled.groupindex \
                    and again.groups == compiled.groups:
                cache.put_pattern(key, marshal.dumps(args), quiet=True)
        except Exception:  # pragma: no cover - a compiler we do not know: keep nothing
            pass
        return compiled

    compiler.compile = compile
    _re_installed = True
    return True


def _arguments(reduce, compiled) -> bytes | None:
    """The engine's arguments for `compiled`, marshalled (flags as plain ints)."""
    try:
        args = reduce(compiled)[1]
        return marshal.dumps(tuple(int(a) if isinstance(a, int) else a for a in args))
    except (ValueError, TypeError, IndexError):  # pragma: no cover
        return None


def _lists(kwargs: dict) -> tuple:
    """Named lists (`\\L<name>`) as part of the key: each name with its sorted items."""
    return tuple((name, tuple(sorted(str(v) for v in kwargs[name]))) for name in sorted(kwargs))
