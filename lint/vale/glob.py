"""Vale's section globs (`[*.md]`, `[*.{md,txt}]`, `[docs/**/*.md]`, `[!*.py]`).

Vale compiles section names with gobwas/glob and no separators, so `*` and
`**` match any run of characters (slashes included), `?` one character,
`[abc]`/`[!abc]` a class and `{a,b}` alternatives; a leading `!` negates the
whole pattern. A section matches a file when it matches the path as given
relative to the config's folder or the file's own name.
"""
from __future__ import annotations

import os
from functools import lru_cache

from .. import rx as regex


class GlobError(ValueError):
    pass


def _translate(pat: str) -> str:
    out, i, depth = [], 0, 0
    while i < len(pat):
        ch = pat[i]
        if ch == "*":
            while i + 1 < len(pat) and pat[i + 1] == "*":
                i += 1
            out.append(".*")
        elif ch == "?":
            out.append(".")
        elif ch == "[":
            close = pat.find("]", i + 2)
            if close < 0:
                raise GlobError(f"unclosed '[' in glob {pat!r}")
            body = pat[i + 1:close]
            if body.startswith("!"):
                body = "^" + body[1:]
            out.append("[" + body.replace("\\", "\\\\") + "]")
            i = close
        elif ch == "{":
            depth += 1
            out.append("(?:")
        elif ch == "}" and depth:
            depth -= 1
            out.append(")")
        elif ch == "," and depth:
            out.append("|")
        elif ch == "\\" and i + 1 < len(pat):
            i += 1
            out.append(regex.escape(pat[i]))
        else:
            out.append(regex.escape(ch))
        i += 1
    if depth:
        raise GlobError(f"unclosed '{{' in glob {pat!r}")
    return "".join(out)


class Glob:
    """A compiled section glob. `match(path)` takes a path with `/` separators."""

    def __init__(self, pattern: str):
        self.pattern = pattern
        body = pattern.strip()
        self.negated = body.startswith("!")
        if self.negated:
            body = body[1:]
        try:
            self._re = regex.compile(_translate(body), regex.DOTALL)
        except regex.error as exc:
            raise GlobError(f"glob {pattern!r} does not compile: {exc}") from None

    def match(self, path: str) -> bool:
        return bool(self._re.fullmatch(path)) != self.negated

    def match_file(self, path: str, root: str) -> bool:
        """True when the glob matches `path` relative to `root`, or its name."""
        rel = os.path.relpath(os.path.abspath(path), root).replace(os.sep, "/")
        name = os.path.basename(path)
        if self.negated:
            return self.match(rel) and self.match(name)
        return self.match(rel) or self.match(name)


@lru_cache(maxsize=512)
def compile_glob(pattern: str) -> Glob:
    return Glob(pattern)
