"""Dataclass methods compiled once, kept between runs in the rule-set cache.

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
        cache = rule_cache.current()
        if type(source) is not str or cache is None:
            return run(source, globals, locals)
        key = ("exec", source)
        blob = cache.pattern(key)
        code = None
        if blob is not None:
            try:
                code = marshal.loads(blob)
            except (EOFError, ValueError, TypeError):   # a damaged entry: compile as usual
                code = None
        if type(code) is not CodeType:
            code = compile(source, "<string>", "exec", dont_inherit=True)
            cache.put_pattern(key, marshal.dumps(code))
        return run(code, globals, locals)

    dataclasses.exec = exec
    _installed = True
    return True


def _calls_exec(module) -> bool:
    """Whether some function of `module` calls `exec` by its global name."""
    return any("exec" in getattr(getattr(f, "__code__", None), "co_names", ())
               for f in vars(module).values())
