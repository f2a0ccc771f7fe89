"""`existence`: flag any of a list of tokens (Vale's kind of the same name)."""
from __future__ import annotations

from functools import cached_property

from ..analysis.words import is_common
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
        "ordinary": Option(list, [], help="names of groups in the tokens that must hold an ordinary "
                           "English word: a match whose group holds a name (a word not common in "
                           "news copy, 'Maxx') is not flagged; a group that took no part in the "
                           "match, or that no token has, is no test"),
    }

    def setup(self) -> None:
        o = self.opts
        self.pattern = word_alternation("tokens", o["tokens"], o["ignorecase"], o["nonword"])
        fold = str.lower if o["ignorecase"] else str
        self.exceptions = {fold(e) for e in o["exceptions"]}
        self.fold = fold
        # A group no token has is no test: a config that overrides a built-in
        # rule's `tokens` keeps the rule's `ordinary` (hygiene.placeholder's).
        self.ordinary = tuple(g for g in o.get("ordinary") or () if g in self.pattern.groupindex)

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
                if self.fold(m.group()) not in self.exceptions and not self._names(m):
                    yield Finding(part, m.start(), m.end())

    def _names(self, m) -> bool:
        """True when one of the `ordinary` groups holds a word that is no
        ordinary one: a name, so the match is not what the token means."""
        return any(m.group(g) and not is_common(m.group(g)) for g in self.ordinary)


KIND = Existence
