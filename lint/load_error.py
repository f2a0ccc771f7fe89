"""The error every bounded load raises (`safeload`, `yaml_scalars`): one
refused input, said with the place it was found."""
from __future__ import annotations

from .value_words import SHOWN


class LoadError(ValueError):
    """Input refused. `line` and `column` are 1-based (None when unknown); `key`
    is the dotted path of the offending value (None at the top level)."""

    def __init__(self, message: str, line: int | None = None, key: str | None = None,
                 column: int | None = None):
        super().__init__(message)
        if key is not None and len(key) > SHOWN:
            key = key[: SHOWN - 1] + "…"
        self.message, self.line, self.key, self.column = message, line, key, column

    def where(self, path: str) -> str:
        """`path:line:column`, `path:line` or `path`, as much as is known."""
        if not self.line:
            return path
        return f"{path}:{self.line}:{self.column}" if self.column else f"{path}:{self.line}"
