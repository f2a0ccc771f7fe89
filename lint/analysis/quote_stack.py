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

    def enter(self) -> tuple[list, int]:
        """Empty the stack for the marks typed inside a quotation element
        (`quote_elements.Frames`); what it held, for `leave`."""
        saved = (list(self), self.doubles)
        self.clear()
        self.doubles = 0
        return saved

    def leave(self, saved: tuple[list, int]) -> None:
        """Hold again what `enter` saved (the element's quote on top)."""
        self[:] = saved[0]
        self.doubles = saved[1]
