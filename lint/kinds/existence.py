"""`existence`: flag any of a list of tokens (Vale's kind of the same name)."""
from __future__ import annotations

from .base import Finding, Kind, Option, matches, word_alternation


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

    def check(self, doc, parts):
        for part in parts:
            for m in matches(self.pattern, part.text, self.trusted):
                if self.fold(m.group()) not in self.exceptions:
                    yield Finding(part, m.start(), m.end())


KIND = Existence
