"""`occurrence`: Vale's kind that counts a token per block (https://vale.sh/docs/checks/occurrence).

Flags a block in which `token` matches more than `max` or fewer than `min`
times: at the first match, or at the block's start when there is none. The
message's `%s` (or `%d`) is the number of matches in the block, as current
Vale fills it (its check/occurrence.go passes the count; qa64 #11). Each
finding is about the whole block, so `skip-quotes` keeps it when its first
match is quoted (`ValeKind.counts_blocks`): the count is not "inside a quote".
"""
from __future__ import annotations

from .. import rx as regex

from ..kinds.base import Option, OptionError, not_negative
from ..vale.rulebase import ValeKind, compile_vale
from ..value_words import as_written


# Words, digits, marks and line ends, where a token that matches empty text only
# beside a character (a word boundary, a line's start, a lookahead) shows it.
_PROBE = "Aa bb, 12.\n’c-d (e) f's: \"G\" h!\n"


class Occurrence(ValeKind):
    name = "occurrence"
    description = "Vale's occurrence: too many or too few matches of a token in a block."
    options = {
        "token": Option(str, required=True, help="the pattern to count"),
        "max": Option(int, 0, check=not_negative, help="flag more matches than this (0: no maximum)"),
        "min": Option(int, 0, check=not_negative, help="flag fewer matches than this (0: no minimum)"),
        "ignorecase": Option(bool, False, help="match without regard to case"),
    }
    counts_blocks = True     # a finding is the block's count, wherever its first match is

    def setup(self) -> None:
        """The token compiled as written (`ignorecase` as a flag, not a
        wrapper the error would quote: qa99 #8); OptionError at `token:` when
        it matches empty text, so it would be counted in every gap between
        two characters ('a*': `Text.` held it 6 times, qa99 #9), alone or
        only between two (`\\b`, `^`, `(?=s)`: tried on `_PROBE`, qa104 #11)."""
        flags = regex.IGNORECASE if self.opts["ignorecase"] else 0
        self.pattern = compile_vale("token", self.opts["token"], flags)
        if self.pattern.fullmatch("") or any(m.end() == m.start() for m in self.pattern.finditer(_PROBE)):
            raise OptionError("token", f"regex {as_written(self.opts['token'], cut=False)} matches empty text, so it would be "
                                       "counted between characters; make it match at least one")

    def run(self, text):
        spans = [m.span() for m in self.pattern.finditer(text, timeout=2.0)]
        n = len(spans)
        o = self.opts
        if (o["max"] > 0 and n > o["max"]) or (o["min"] > 0 and n < o["min"]):
            start, end = spans[0] if spans else (-1, -1)   # none: the file's first line
            yield start, end, self.message(str(n))


KIND = Occurrence
