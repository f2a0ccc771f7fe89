"""`conditional`: Vale's kind for "X needs Y" (https://vale.sh/docs/checks/conditional).

Every match of `first` (its first capture group, e.g. an acronym) must also
appear as a match of `second`'s first group somewhere in the file (e.g. the
acronym's definition, `Portable Document Format (PDF)`); otherwise it is
flagged. `exceptions` are never flagged.
"""
from __future__ import annotations

from .. import rx as regex

from ..kinds._empty_match import empty_at
from ..kinds.base import Option, OptionError
from ..value_words import as_written
from ..vale.rulebase import ValeKind, compile_vale, exceptions_regex


class Conditional(ValeKind):
    name = "conditional"
    description = "Vale's conditional: a match of `first` needs a match of `second` in the file."
    options = {
        "first": Option(str, required=True, help="pattern whose group 1 needs a definition"),
        "second": Option(str, required=True, help="pattern whose group 1 defines it"),
        "ignorecase": Option(bool, False, help="match without regard to case"),
        "exceptions": Option(list, [], help="matches that never need a definition"),
        "vocab": Option(bool, True, help="treat the Vocab's accepted terms as exceptions"),
    }

    def setup(self) -> None:
        # a flag, not a `(?i)` before it: a refusal quotes the pattern as written, at its own positions
        flags = regex.IGNORECASE if self.opts["ignorecase"] else 0
        self.first = _not_empty("first", self.opts["first"], flags, "would be flagged between characters")
        self.second = _not_empty("second", self.opts["second"], flags, "would define no word")
        accepted = self.vale.accepted if self.opts["vocab"] else ()
        self.excepted = exceptions_regex(list(self.opts["exceptions"]) + list(accepted))

    def check(self, doc, parts):
        self.prepare()
        self._defined = set()
        for b in self.selected(doc, parts):
            for m in self.second.finditer(b.text, timeout=2.0):
                self._defined.add(m.group(1) if self.second.groups else m.group())
        return super().check(doc, parts)

    def run(self, text):
        for m in self.first.finditer(text, timeout=2.0):
            g = 1 if self.first.groups else 0
            word = m.group(g)
            if word is None or word in self._defined:
                continue
            if self.excepted is not None and self.excepted.fullmatch(word):
                continue
            s, e = m.span(g)
            yield s, e, self.message(word)


def _not_empty(key: str, pattern: str, flags: int, why: str) -> "regex.Pattern":
    """`pattern` compiled, or OptionError at `key` when it (its group 1,
    which `run` takes, if it has groups) matches empty text: all of it (`''`,
    `x?`) or between characters (`(?=a)`, `\\b`; `_empty_match` says how
    far that is tried): an empty `first` flagged every character with an
    empty message."""
    compiled = compile_vale(key, pattern, flags)
    if (where := empty_at(compiled, 1 if compiled.groups else 0)) is not None:
        raise OptionError(key, f"regex {as_written(pattern, cut=False)} matches empty text{where}, so it {why}; "
                               "make it match at least one character")
    return compiled


KIND = Conditional
