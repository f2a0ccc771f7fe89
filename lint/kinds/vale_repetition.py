"""`vale-repetition`: Vale's `repetition` kind (https://vale.sh/docs/checks/repetition).

Walks the matches of `tokens` in order and flags a match that repeats the one
before it (`the the`), from the first's start to the second's end, unless
the pair spans two sentences. `alpha` ignores tokens that are not all
letters; `max` allows that many repeats first.
"""
from __future__ import annotations

from .. import rx as regex

from ..kinds.base import Option, OptionError
from ..regex_join import verbose_at_end
from ..vale.rulebase import ValeKind, compile_vale, exceptions_regex, name_failing
from ..vale.sentences import split_sentences


class ValeRepetition(ValeKind):
    name = "vale-repetition"
    description = "Vale's repetition: flags a token repeated back to back."
    options = {
        "tokens": Option(list, [r"[^\s]+"], help="patterns whose matches are compared"),
        "max": Option(int, 0, help="repeats allowed before one is flagged"),
        "ignorecase": Option(bool, False, help="compare without regard to case"),
        "alpha": Option(bool, False, help="only compare tokens made of letters"),
        "exceptions": Option(list, [], help="repeats that are never flagged"),
        "vocab": Option(bool, True, help="treat the Vocab's accepted terms as exceptions"),
    }

    def setup(self) -> None:
        o = self.opts
        flags = regex.IGNORECASE if o["ignorecase"] else 0
        try:
            self.pattern = compile_vale("tokens", ("(?i)" if o["ignorecase"] else "") + _joined(o["tokens"], flags))
        except OptionError:     # the token at fault, at its own line (qa338 #1, qa348 #1)
            name_failing("tokens", [(t, ("tokens", i)) for i, t in enumerate(o["tokens"])],
                         lambda some: _joined(some, flags), flags)
            raise
        accepted = self.vale.accepted if o["vocab"] else ()
        self.excepted = exceptions_regex(list(o["exceptions"]) + list(accepted))

    def run_block(self, block, doc):
        # A code span (left out of the text) stands between words as Vale's
        # masked `***` does: `the `the` the` repeats nothing.
        codes = [s - block.start for k, s, _ in block.part.attrs.get("inline", ())
                 if k == "code" and block.start <= s <= block.end]
        return self.run(block.text, codes)

    def run(self, text, codes=()):
        prev, ploc, count = "", None, 0
        fold = str.casefold if self.opts["ignorecase"] else (lambda s: s)
        for m in self.pattern.finditer(text, timeout=2.0):
            curr = m.group().strip()
            hit = curr != "" and fold(curr) == fold(prev)
            if hit and codes and any(ploc < c <= m.start() for c in codes):
                hit = False
            hit = hit and (not self.opts["alpha"] or curr.isalpha())
            if hit:
                count += 1
            if hit and count > self.opts["max"] and ploc is not None:
                span = text[ploc:m.end()]
                if len(split_sentences(span)) == 1 and not (
                        self.excepted is not None and self.excepted.search(span)):
                    yield ploc, m.end(), self.message(curr)
                    count = 0
            ploc, prev = m.start(), curr


def _joined(tokens: list[str], flags: int = 0) -> str:
    """Vale's `(` + tokens joined by `|` + `)`, a token ending where VERBOSE
    is on followed by a line break, so a `# comment` it ends in does not
    swallow the `|` or `)` after it (qa348 #2). Not `enclosed`: in Vale's
    regexp2, as in `regex`, an inline flag holds to the end of the group it
    is in, so a `(?i)` token reaches the tokens after it; a group of its own
    would stop it there. Under VERBOSE the line break is white space."""
    return "(" + "|".join(t + "\n" if verbose_at_end(t, flags) else t for t in tokens) + ")"


KIND = ValeRepetition
