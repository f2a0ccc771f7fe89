"""Compiled patterns kept between runs, through the rule-set cache.

The `regex` module parses and optimises a pattern in Python before its C
engine sees it: a few hundred patterns (rule kinds, the credit grammar, the
date scanner) cost about a tenth of a second at every start. A compiled
pattern pickles as its compiled program: `regex` registers a reducer (for
`pickle` and `copy`) that gives the engine's arguments, and rebuilds the pattern
from them with no parsing. Once a pattern has been compiled, those arguments
(plain ints, strings, lists and dicts) are kept in the rule-set cache, and
later runs rebuild it in microseconds. Nothing is unpickled: the cache holds
marshalled data only.

`install()` routes `regex`'s one compile entry point (`regex._main._compile`,
behind `regex.compile`, `regex.search`, `regex.sub`, ...) through that cache.
The key is the pattern, its flags, `ignore_unused`, its named lists and
`regex.DEFAULT_VERSION`, so any change compiles afresh; locale-dependent
patterns (`regex.LOCALE`) and bytes patterns are never kept. If `regex`
changes shape, `install()` does nothing and patterns compile as before.
"""
from __future__ import annotations

import copyreg
import marshal

_installed = False
_MAX_LIVE = 4096       # compiled patterns held in this process (regex keeps 500)
_live: dict = {}       # key -> compiled pattern, this process


def install() -> bool:
    """Route regex compilation through the rule-set cache (once per process).
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
    if names != ("pattern", "flags", "ignore_unused", "kwargs", "cache_it"):
        return False  # pragma: no cover - a regex release we do not know
    from . import rule_cache

    live = _live
    locale_flag = int(regex.LOCALE)
    empty = original("", 0, False, {}, False)
    reduce = copyreg.dispatch_table.get(type(empty))
    if reduce is None:
        return False  # pragma: no cover - a regex release without its reducer
    build = reduce(empty)[0]     # regex's own `_regex.compile`

    def _compile(pattern, flags, ignore_unused, kwargs, cache_it):
        if not cache_it or type(pattern) is not str:
            return original(pattern, flags, ignore_unused, kwargs, cache_it)
        key = (pattern, int(flags), bool(ignore_unused), _lists(kwargs) if kwargs else (),
               int(_main.DEFAULT_VERSION))
        compiled = live.get(key)
        if compiled is not None:
            return compiled
        cache = rule_cache.shared()
        blob = cache.pattern(key)
        if blob is not None:
            try:
                compiled = build(*marshal.loads(blob))
            except Exception:   # a damaged entry: compile as usual
                compiled = None
        if compiled is None:
            compiled = original(pattern, flags, ignore_unused, kwargs, False)
            if not compiled.flags & locale_flag:
                saved = _arguments(reduce, compiled)
                if saved is not None:
                    cache.put_pattern(key, saved)
        if len(live) >= _MAX_LIVE:
            live.clear()
        live[key] = compiled
        return compiled

    _main._compile = _compile
    _installed = True
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
