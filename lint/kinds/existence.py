"""`existence`: flag any of a list of tokens (Vale's kind of the same name)."""
from __future__ import annotations

from functools import cached_property

from .base import Finding, Kind, Option, matches, word_alternation
from ._literals import any_required, fold


class Existence(Kind):
    name = "existence"
    description = "Flags every occurrence of any listed token."
    options = {
        "tokens": Option(list, required=True, non_empty=True,
                         help="regexes to flag; matched as whole words unless `nonword`"),
        "ignorecase": Option(bool, False, help="match without regard to case"),
        "nonword": Option(bool, False, help="do not require word boundaries around tokens"),
        "exceptions": Option(list, [], help="matched texts that are never flagged"),
    }

    def setup(self) -> None:
        o = self.opts
        self.pattern = word_alternation("tokens", o["tokens"], o["ignorecase"], o["nonword"])
        fold = str.lower if o["ignorecase"] else str
        self.exceptions = {fold(e) for e in o["exceptions"]}
        self.fold = fold

    @cached_property
    def literals(self) -> frozenset[str] | None:
        """Plain strings one of which every match contains (None: unknown);
        read on first use, not at start-up."""
        return any_required(self.opts["tokens"])

    def check(self, doc, parts):
        if self.literals is not None:     # most copy holds none: skip the scan
            text = fold("".join([p.text for p in parts]))
            if not any(map(text.__contains__, self.literals)):
                return
        for part in parts:
            for m in matches(self.pattern, part.text, self.trusted):
                if self.fold(m.group()) not in self.exceptions:
                    yield Finding(part, m.start(), m.end())


KIND = Existence
