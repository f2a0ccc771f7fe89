"""The quote scan's stack of open quotes (`quotes._scan`), in a module of
its own so the scan's module stays small."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:                   # (quotes imports this module; types only)
    from .quotes import Quote


class Stack(list):
    """The open quotes, innermost last, counting the double ones so that "is a
    double quote open?" is answered at once, not by a walk down the stack (24,000
    nested marks made that walk quadratic)."""

    doubles = 0

    def append(self, q: Quote) -> None:
        super().append(q)
        self.doubles += q.mark == "double"

    def pop(self) -> Quote:
        q = super().pop()
        self.doubles -= q.mark == "double"
        return q
