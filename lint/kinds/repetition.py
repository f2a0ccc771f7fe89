"""`repetition`: the same word twice in a row ("the the"), with a fix that drops one."""
from __future__ import annotations

from .base import Finding, Kind, Option, compile_pattern, matches


class Repetition(Kind):
    name = "repetition"
    description = "Flags a word repeated straight after itself."
    fixable = True
    options = {
        "tokens": Option(str, r"[\p{L}\p{N}'’]+", help="regex for one word"),
        "ignorecase": Option(bool, True, help="`The the` counts as a repetition"),
        "exceptions": Option(list, [], help="words that may legitimately repeat (`had had`)"),
    }

    def setup(self) -> None:
        tok = self.opts["tokens"]
        compile_pattern("tokens", tok)
        # Same-line whitespace only: a repeat across a line break is usually a
        # wrapped heading or list, and a space-only gap keeps the fix trivial.
        # `\b` lets the engine skip ahead faster than a lookbehind; atomic groups
        # stop backtracking into a word; case-folding only the back-reference is
        # several times faster than a global IGNORECASE.
        again = "(?i:(?P=w))" if self.opts["ignorecase"] else "(?P=w)"
        self.pattern = compile_pattern(
            "tokens", rf"\b(?<!['’])(?>(?P<w>{tok}))(?>[ \t]+){again}(?![\w'’])")
        self.exceptions = {e.lower() for e in self.opts["exceptions"]}

    def check(self, doc, parts):
        for part in parts:
            for m in matches(self.pattern, part.text, self.trusted):
                word = m.group("w")
                if word.lower() in self.exceptions or word.isdigit():
                    continue
                yield Finding(part, m.start(), m.end(), fix=word, args={"word": word})


KIND = Repetition
