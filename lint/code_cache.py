"""Dataclass methods, named tuples' constructors and forward references compiled once, kept between runs in the rule-set cache.

`@dataclass` writes the source of `__init__`, `__repr__`, `__eq__` (and more)
for each class and compiles it with `exec` while the module is imported. A
`check` run defines about 45 dataclasses (ours, markdown-it's), and compiling
their 180 small functions was about 15 ms of every start, more than
everything else those decorators do.

`install()` gives the `dataclasses` module its own `exec`, which looks the
source text up in the rule-set cache (see `rule_cache`; the file's name and
format carry Python's full version) and runs the code object marshalled
there, or compiles the text exactly as the built-in `exec` would (file name
`<string>`, no `from __future__` flags: `dataclasses` has none) and keeps it.
The class built is the same either way; only the compile is skipped. Like
the standard-library patterns of `regex_cache`, this uses a cache already
open; the same classes make the same text, so a warm run saves nothing. Classes made before
`install()` are not seen.

`typing` compiles each string annotation of a `NamedTuple` (ours are all
strings: `from __future__ import annotations`) into a `ForwardRef` with
`compile(text, "<string>", "eval")`: about 70 expressions a start, 2% of the
instructions of a one-article run. `install()` gives `typing` its own
`compile` that keeps those code objects the same way (key `("eval", text)`);
any other call, and a text that does not compile (the SyntaxError `typing`
turns into its own), goes to the built-in as before. `collections.namedtuple`
likewise compiles each class's `__new__` from text with `eval` (30 a start);
it gets its own `eval`, keeping that code under the same key.

Before a cache is open (or after `rule_cache.reset()`, as the language server
does), `dataclasses`' text is compiled with no inherited `__future__` flags,
as the built-in compiles it when `dataclasses` calls it. Handed to the
built-in from here, it took this module's `annotations` flag, and a class
made then had `__init__` annotations `'_type_x'` and `'_return_type'`
(the names of the types, not the types).
"""
from __future__ import annotations

import builtins
import marshal
from types import CodeType

_installed = False


def install() -> bool:
    """Route `dataclasses`' code generation through the rule-set cache (once per
    process). Returns False when `dataclasses` has no module-level `exec` call to
    route (another Python), leaving it as it was."""
    global _installed
    if _installed:
        return True
    import dataclasses

    if "exec" in vars(dataclasses) or not _calls_exec(dataclasses):
        return False  # pragma: no cover - a Python whose dataclasses we do not know
    from . import rule_cache

    run = builtins.exec

    def exec(source, globals=None, locals=None, /):   # noqa: A001 - the name dataclasses calls
        if type(source) is not str:
            return run(source, globals, locals)
        cache = rule_cache.current()
        if cache is None:   # compiled as `dataclasses` would: the built-in takes this frame's flags
            return run(builtins.compile(source, "<string>", "exec", dont_inherit=True), globals, locals)
        return run(_kept(cache, "exec", source), globals, locals)

    dataclasses.exec = exec
    _route_typing(rule_cache)
    _route_namedtuple(rule_cache)
    _installed = True
    return True


def _route_typing(rule_cache) -> bool:
    """Give `typing` a `compile` that reads a forward reference's code from the
    cache (see the module docstring). False, leaving `typing` as it was, when
    its `ForwardRef` does not call `compile` by its global name (another Python)."""
    import typing

    init = getattr(getattr(typing, "ForwardRef", None), "__init__", None)
    if "compile" in vars(typing) or "compile" not in getattr(getattr(init, "__code__", None),
                                                           "co_names", ()):
        return False  # pragma: no cover - a Python whose typing we do not know

    def compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1, **kw):  # noqa: A001
        run = builtins.compile
        cache = rule_cache.current()
        if (type(source) is not str or filename != "<string>" or mode != "eval" or flags
                or optimize != -1 or kw or cache is None):
            return run(source, filename, mode, flags, dont_inherit, optimize, **kw)
        return _kept(cache, "eval", source)      # (`typing` has no __future__ flags to inherit)

    typing.compile = compile
    return True


def _route_namedtuple(rule_cache) -> bool:
    """Give `collections` an `eval` that reads the code of a named tuple's
    `__new__` (`lambda _cls, a, b: _tuple_new(_cls, (a, b))`, compiled for
    each class `namedtuple` or `typing.NamedTuple` makes: 30 a one-article
    run) from the cache, key `("eval", text)` as `typing`'s, kept `quiet`
    (saved only with other news): a warm `--jobs 2` run after `--jobs 1`
    runs first makes the named tuples of `concurrent.futures`, `selectors`
    and `shutil`, and keeping them rewrote the whole cache for three small
    compiles (qa350 #3); a cold run saves them with its rules. False, leaving
    `collections` as it was, when `namedtuple` does not call `eval` by its
    global name (another Python)."""
    import collections

    if "eval" in vars(collections) or "eval" not in getattr(getattr(collections.namedtuple, "__code__", None),
                                                           "co_names", ()):
        return False  # pragma: no cover - a Python whose collections we do not know

    def eval(source, globals=None, locals=None, /):   # noqa: A001 - the name namedtuple calls
        if type(source) is not str:
            return builtins.eval(source, globals, locals)
        cache = rule_cache.current()     # compiled as from `collections`, which has no __future__ flags
        code = builtins.compile(source, "<string>", "eval", dont_inherit=True) if cache is None \
            else _kept_if_free(cache, "eval", source, quiet=True)
        return builtins.eval(code, globals, locals)

    collections.eval = eval
    return True


def _kept_if_free(cache, mode: str, source: str, quiet: bool = False) -> CodeType:
    """`_kept`, unless another thread holds the cache: then compiled and not
    kept. A save holds it and may import `tempfile` (`cache_dir.write_atomic`),
    while another thread's first import of `tempfile` (`shutil`'s named tuples)
    holds that module's import lock and would wait here for the cache: each
    waited for the other (qa116; pf29's named-tuple route was reverted for it)."""
    if not cache.lock.acquire(blocking=False):
        return builtins.compile(source, "<string>", mode, dont_inherit=True)
    try:
        return _kept(cache, mode, source, quiet)
    finally:
        cache.lock.release()


def _kept(cache, mode: str, source: str, quiet: bool = False) -> CodeType:
    """`source` compiled in `mode` ("exec" or "eval") as the built-in `exec`
    or `typing` compiles it (file name `<string>`, no inherited `__future__`
    flags), read from `cache` when kept there, else compiled and kept
    (`quiet`: saved only with other news, `RuleSetCache.put_pattern`)."""
    key = (mode, source)
    blob = cache.pattern(key)
    if blob is not None:
        try:
            code = marshal.loads(blob)
        except (EOFError, ValueError, TypeError):   # a damaged entry: compile as usual
            code = None
        if type(code) is CodeType:
            return code
    code = builtins.compile(source, "<string>", mode, dont_inherit=True)
    cache.put_pattern(key, marshal.dumps(code), quiet=quiet)
    return code


def _calls_exec(module) -> bool:
    """Whether some function of `module` calls `exec` by its global name."""
    return any("exec" in getattr(getattr(f, "__code__", None), "co_names", ())
               for f in vars(module).values())
