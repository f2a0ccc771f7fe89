"""`vale-consistency`: Vale's `consistency` kind (https://vale.sh/docs/checks/consistency).

Each `either` pair names two forms of which a file should use one. Once both
have appeared anywhere in the file (blocks are read in order), a block that
uses either form is flagged once, at its last use of the pair.
"""
from __future__ import annotations

from ..kinds.base import Option
from ..vale.rulebase import ValeKind, word_regex


class ValeConsistency(ValeKind):
    name = "vale-consistency"
    description = "Vale's consistency: flags a file that uses both forms of a pair."
    options = {
        "either": Option(dict, {}, help="form -> other form; a file should use one of each pair"),
        "ignorecase": Option(bool, False, help="match without regard to case"),
        "nonword": Option(bool, False, help="drop the word boundaries"),
    }

    def setup(self) -> None:
        self.steps = []
        for a, b in self.opts["either"].items():
            body = f"(?P<a>{a})|(?P<b>{b})"
            self.steps.append(word_regex("either", body, template=self.template,
                                         nonword=self.opts["nonword"],
                                         ignorecase=self.opts["ignorecase"]))

    def check(self, doc, parts):
        self.prepare()
        self._seen: list[set] = [set() for _ in self.steps]
        return super().check(doc, parts)

    def run(self, text):
        for i, pattern in enumerate(self.steps):
            last = None
            for m in pattern.finditer(text, timeout=2.0):
                name = "a" if m.group("a") is not None else "b"
                self._seen[i].add(name)
                last = m.span(name)
            if last is not None and len(self._seen[i]) == 2:
                yield last[0], last[1], self.message(text[last[0]:last[1]])


KIND = ValeConsistency
