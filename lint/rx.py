"""`regex` as newslint's modules use it (`from . import rx as regex`), without
importing the `regex` package when the rule-set cache holds the patterns.

Why: `import regex` runs its parser module, `regex._regex_core`, which builds
property tables at import: about a tenth of a warm one-article check (pf31),
spent even when every pattern is rebuilt from the cache, which needs only
the C engine, `regex._regex` (`regex_cache`). This module loads that engine
on its own and builds cached patterns with it; the package is imported
(`_package`, which also installs `regex_cache.install`'s hook) only:
- on a cache miss, or when the rule-set cache is not open (a cold run, a
  stale or damaged cache, a damaged entry): compiled as before, and kept;
- for patterns the cache never keeps: bytes, `LOCALE`, `DEBUG`,
  `cache_pattern=False` (a user's names, `_name_spans`) and anything not a
  str (but a pattern, given back as the package does); `regex.cache_all`
  is not consulted; users' rules compile through here too and miss on their first run;
- for any other name (`regex.error`, `regex.Pattern`, `regex.subf`, ...),
  by the module `__getattr__`; and by the engine itself for what it does in
  Python (a replacement template with escapes, `expand`, errors).
An unknown `regex` (the engine cannot be found, or `regex_cache.install`'s
shape check fails) writes no entry, so it always takes the package's way.
Entries are written only by that hook, into a file named after the installed
package (`code_stamp.regex_stamp`), so a cached program is one this engine's
own compiler made for this key.

Flags are plain ints with `regex.RegexFlag`'s values (the package's flags are
an `IntFlag`: patterns, keys and `.flags` see the same ints). The first
import of the package checks each against it (`_check_flags`) and raises
`ImportError` naming the flag if a release ever changes one; tests pin them.
`escape` is written here (the package's is Python) to the same contract.
"""
from __future__ import annotations

import copyreg
import marshal
import sys

from . import regex_cache as _rc

A = ASCII = 0x80
B = BESTMATCH = 0x1000
D = DEBUG = 0x200
E = ENHANCEMATCH = 0x8000
F = FULLCASE = 0x4000
I = IGNORECASE = 0x2        # noqa: E741
L = LOCALE = 0x4
M = MULTILINE = 0x8
P = POSIX = 0x10000
R = REVERSE = 0x400
S = DOTALL = 0x10
U = UNICODE = 0x20
V0 = VERSION0 = 0x2000
V1 = VERSION1 = 0x100
W = WORD = 0x800
X = VERBOSE = 0x40
T = TEMPLATE = 0x1
FLAGS = ("A", "ASCII", "B", "BESTMATCH", "D", "DEBUG", "E", "ENHANCEMATCH", "F", "FULLCASE",
         "I", "IGNORECASE", "L", "LOCALE", "M", "MULTILINE", "P", "POSIX", "R", "REVERSE",
         "S", "DOTALL", "U", "UNICODE", "V0", "VERSION0", "V1", "VERSION1", "W", "WORD",
         "X", "VERBOSE", "T", "TEMPLATE")
_DEFAULT_VERSION = VERSION0     # the package's `DEFAULT_VERSION` until someone sets it
_UNCACHED = LOCALE | DEBUG
_METACHARS = frozenset("()[]{}?*+|^$\\.-#&~")
_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")

_engine = None          # `regex._regex`, once loaded; False when it cannot be
_pattern_type = None    # the engine's pattern type, once a pattern is built


def _load_engine():
    """`regex._regex` (the C module), loaded without running the package's
    `__init__`, and registered under its own name, where the package finds
    it when it is imported. None when it cannot be found or loaded."""
    global _engine
    if _engine is None:
        engine = sys.modules.get("regex._regex")
        if engine is None and "regex" not in sys.modules:
            try:
                from importlib.machinery import PathFinder
                from importlib.util import module_from_spec
                package = PathFinder.find_spec("regex")
                spec = PathFinder.find_spec("regex._regex", package.submodule_search_locations)
                engine = module_from_spec(spec)
                spec.loader.exec_module(engine)
                engine.compile      # noqa: B018 - the entry point it must have
                sys.modules["regex._regex"] = engine
            except Exception:  # pragma: no cover - an installation we do not know
                engine = None
        if engine is None:
            engine = getattr(_package(), "_regex", None)
        _engine = engine if engine is not None else False
    return _engine or None


def _package():
    """The `regex` package, imported (once) with the cache's hook installed."""
    import regex
    if not getattr(_package, "done", False):
        _check_flags(regex)         # before `done`: a refused release is refused at every call
        _package.done = True
        if getattr(regex, "_regex", None) is None and "regex._regex" in sys.modules:
            regex._regex = sys.modules["regex._regex"]
        _rc.install()
    return regex


def _check_flags(package) -> None:
    """Raise ImportError if a flag here differs from the package's."""
    for name in FLAGS:
        if int(getattr(package, name)) != globals()[name]:
            raise ImportError(f"newslint: regex.{name} is {int(getattr(package, name))}, "
                              f"not {globals()[name]}: this regex release is not supported")


def _default_version() -> int:
    package = sys.modules.get("regex")
    version = getattr(package, "DEFAULT_VERSION", None) if package is not None else None
    return _DEFAULT_VERSION if version is None else int(version)


def compile(pattern, flags=0, ignore_unused=False, cache_pattern=None, **kwargs):
    """`regex.compile`: a pattern (`_regex.Pattern`, or `regex_cache.Deferred`
    standing for one). Raises `regex.error` for a bad pattern (the package's)."""
    if type(pattern) is str and not flags & _UNCACHED and cache_pattern is not False:
        key = (pattern, int(flags), bool(ignore_unused), _rc._lists(kwargs) if kwargs else (),
               _default_version())
        compiled = _rc._live.get(key)
        if compiled is not None:
            return compiled
        compiled = _from_cache(key, kwargs)
        if compiled is not None:
            return compiled
    elif not flags and type(pattern) is _rc.Deferred:
        return pattern.built()
    elif not flags and _pattern_type is not None and type(pattern) is _pattern_type:
        return pattern
    return _package().compile(pattern, flags, ignore_unused, cache_pattern, **kwargs)


def _from_cache(key, kwargs):
    """The pattern for `key` built from the rule-set cache, or None (a miss)."""
    global _pattern_type
    cache = _rc._shared()
    blob = cache.pattern(key) if cache is not None else None
    if blob is None:
        return None
    engine = _load_engine()
    if engine is None:  # pragma: no cover - see _load_engine
        return None
    if len(blob) >= _rc.DEFER_BYTES:
        if _rc.Deferred.fresh is None:
            _rc.Deferred.fresh = staticmethod(_fresh)
        compiled = _rc.Deferred(engine.compile, blob, key[:3] + (kwargs, key))
    else:
        try:
            compiled = engine.compile(*marshal.loads(blob))
        except Exception:   # a damaged entry: compiled by the package, and kept again
            return None
        if _pattern_type is None:
            _pattern_type = type(compiled)
            copyreg.dispatch_table.setdefault(_pattern_type, _reduce)
    live = _rc._live
    if len(live) >= _rc._MAX_LIVE:
        live.clear()
    live[key] = compiled
    return compiled


def _fresh(pattern, flags, ignore_unused, kwargs, key):
    """A damaged deferred entry: compiled by the package (its hook keeps it)."""
    _package()
    if _rc.Deferred.fresh is not _fresh:       # the hook's, which keeps the program
        return _rc.Deferred.fresh(pattern, flags, ignore_unused, kwargs, key)
    return _package().compile(pattern, flags, ignore_unused, False, **kwargs)  # pragma: no cover


def _reduce(pattern):
    """Pickling a pattern built here: the package's reducer (imported now)."""
    _package()
    return copyreg.dispatch_table[type(pattern)](pattern)


def escape(pattern, special_only=True, literal_spaces=False):
    """`regex.escape`: `pattern` (str or bytes) with a backslash before each
    metacharacter and white space (or, with `special_only` false, each
    character but an ASCII letter or digit); spaces kept with `literal_spaces`."""
    text = pattern.decode("latin-1") if isinstance(pattern, bytes) else pattern
    out = []
    for c in text:
        if c == " " and literal_spaces:
            out.append(c)
        elif (c in _METACHARS or c.isspace()) if special_only else c not in _ALNUM:
            out.append("\\" + c)
        else:
            out.append(c)
    joined = "".join(out)
    return joined.encode("latin-1") if isinstance(pattern, bytes) else joined


_templates: dict = {}   # template key -> its items (str literals, int group numbers), this process


def expand(match, template):
    """`match.expand(template)` (a `regex` match), reading the template
    without the package on a warm run. The engine reads a template that holds
    a backslash in the package's Python (`regex._main._compile_replacement_helper`),
    which imports the package: some 46M instructions, 8% of a one-article
    check, for one rule's `\\g<stop>\\g<close> \\g<open>\\g<next>`
    (hygiene.missing-space). The helper's result, a list of literal strings
    and group numbers, is kept in the rule-set cache (whose file is named
    after the installed regex) under ("replacement", pattern, flags,
    template), the helper's own key, and later runs join it here: a group
    that took no part gives "", as the engine's expand does. Kept only when
    that join equals the engine's expansion of the match at hand; anything
    else (a bytes template, an unknown helper, a bad template, which raises
    `regex.error` or IndexError as before) is the engine's `expand`."""
    if type(template) is str and "\\" not in template:
        return template         # no escape, no group: the helper gives it back as one literal
    pattern = getattr(match, "re", None)
    if type(template) is not str or type(getattr(pattern, "pattern", None)) is not str:
        return match.expand(template)
    key = ("replacement", pattern.pattern, int(pattern.flags), template)
    items = _templates.get(key)
    if items is None:
        items = _template_items(key)
    if items is None:
        return _learn_template(match, template, key)
    return _joined(match, items)


def _template_items(key):
    """The items kept in the rule-set cache for a template key, or None."""
    cache = _rc._shared()
    blob = cache.pattern(key) if cache is not None else None
    if blob is None:
        return None
    try:
        items = marshal.loads(blob)
    except (EOFError, ValueError, TypeError):     # a damaged entry: read afresh
        return None
    if type(items) is not tuple or not _items_ok(items):
        return None
    _templates[key] = items
    return items


def _learn_template(match, template: str, key) -> str:
    """Expand by the engine (importing the package) and keep the helper's items
    for `key` when joining them gives the same text."""
    expanded = match.expand(template)       # raises as it always did on a bad template
    helper = getattr(getattr(_package(), "_main", None), "_compile_replacement_helper", None)
    try:
        items = tuple(helper(match.re, template)) if helper is not None else ()
    except Exception:   # pragma: no cover - the engine expanded it, its helper should too
        return expanded
    if not items or not _items_ok(items):
        return expanded
    if _joined(match, items) != expanded:
        return expanded  # pragma: no cover - a helper whose items mean something else
    _templates[key] = items
    cache = _rc._shared()
    if cache is not None:
        cache.put_pattern(key, marshal.dumps(items))
    return expanded


def _items_ok(items) -> bool:
    """Whether a template's items are all literal strings or group numbers."""
    return all(type(i) in (str, int) for i in items)


def _joined(match, items) -> str:
    """The template's items filled from `match`: a group that took no part gives ""."""
    return "".join(i if type(i) is str else (match.group(i) or "") for i in items)


def group1(match) -> str:
    """A replacement: `match`'s first group, which must take part. Given as a
    function, not as the template `\\1`: the engine reads a template with a
    backslash in the package's Python, importing it."""
    return match[1]


# The package's module functions, with its signatures, through `compile`.
def match(pattern, string, flags=0, pos=None, endpos=None, partial=False, concurrent=None,
          timeout=None, ignore_unused=False, **kwargs):
    return _keyed(pattern, flags, ignore_unused, kwargs).match(string, pos, endpos, concurrent,
                                                               partial, timeout)


def fullmatch(pattern, string, flags=0, pos=None, endpos=None, partial=False, concurrent=None,
              timeout=None, ignore_unused=False, **kwargs):
    return _keyed(pattern, flags, ignore_unused, kwargs).fullmatch(string, pos, endpos, concurrent,
                                                                   partial, timeout)


def search(pattern, string, flags=0, pos=None, endpos=None, partial=False, concurrent=None,
           timeout=None, ignore_unused=False, **kwargs):
    return _keyed(pattern, flags, ignore_unused, kwargs).search(string, pos, endpos, concurrent,
                                                                partial, timeout)


def sub(pattern, repl, string, count=0, flags=0, pos=None, endpos=None, concurrent=None,
        timeout=None, ignore_unused=False, **kwargs):
    return _keyed(pattern, flags, ignore_unused, kwargs).sub(repl, string, count, pos, endpos,
                                                             concurrent, timeout)


def split(pattern, string, maxsplit=0, flags=0, concurrent=None, timeout=None,
          ignore_unused=False, **kwargs):
    return _keyed(pattern, flags, ignore_unused, kwargs).split(string, maxsplit, concurrent,
                                                               timeout)


def findall(pattern, string, flags=0, pos=None, endpos=None, overlapped=False, concurrent=None,
            timeout=None, ignore_unused=False, **kwargs):
    return _keyed(pattern, flags, ignore_unused, kwargs).findall(string, pos, endpos, overlapped,
                                                                 concurrent, timeout)


def finditer(pattern, string, flags=0, pos=None, endpos=None, overlapped=False, partial=False,
             concurrent=None, timeout=None, ignore_unused=False, **kwargs):
    return _keyed(pattern, flags, ignore_unused, kwargs).finditer(string, pos, endpos, overlapped,
                                                                  concurrent, partial, timeout)


def _keyed(pattern, flags, ignore_unused, kwargs):
    """The pattern a module function uses: cached always, as the package's do."""
    return compile(pattern, flags, ignore_unused, True, **kwargs)


def __getattr__(name: str):
    """Anything else (`error`, `Pattern`, `Match`, `subf`, `DEFAULT_VERSION`, ...)
    is the package's, imported now; `_regex` is the engine."""
    if name == "_regex":
        return _load_engine()
    if name.startswith("__"):
        raise AttributeError(name)
    return getattr(_package(), name)
