"""`vale-existence`: Vale's `existence` kind (https://vale.sh/docs/checks/existence).

Flags every match of `tokens` (joined into one alternation inside the word
template `\\b(?:…)\\b` unless `nonword`), with `raw` pieces joined before
(or, with `append`, after) them. A match that is an exception, or a Vocab
accept entry while `vocab` is on, is skipped. The message's `%s` is the
whole match and `$1`… its capture groups.
"""
from __future__ import annotations

from .. import rx as regex

from ..kinds.base import Option, OptionError
from ..vale.rulebase import (ValeKind, compile_vale, exceptions_regex, name_failing, raw_failing,
                             word_pattern)

_GROUP_REF = regex.compile(r"\$(\d)")


class ValeExistence(ValeKind):
    name = "vale-existence"
    description = "Vale's existence: flags each match of its tokens."
    options = {
        "tokens": Option(list, [], help="patterns, joined into one alternation"),
        "raw": Option(list, [], help="pattern pieces concatenated as they are"),
        "append": Option(bool, False, help="put `raw` after the tokens instead of before"),
        "ignorecase": Option(bool, False, help="match without regard to case"),
        "nonword": Option(bool, False, help="drop the word boundaries around the tokens"),
        "exceptions": Option(list, [], help="matches that are never flagged"),
        "vocab": Option(bool, True, help="treat the Vocab's accepted terms as exceptions"),
    }

    def alternatives(self, opts):
        return None if opts.get("raw") else list(opts.get("tokens") or []) or None

    def setup(self) -> None:
        o = self.opts
        tokens = [t for t in o["tokens"] if str(t).strip()]
        raw = "".join(o["raw"])
        body = ""
        if tokens:
            joined = "|".join(tokens)
            body = word_pattern(joined, template=self.template, nonword=o["nonword"])
        body = body + raw if o["append"] else raw + body
        flags = regex.IGNORECASE if o["ignorecase"] else 0
        try:
            self.pattern = compile_vale("tokens", "(?m)" + body, flags)
        except OptionError as exc:     # the piece at fault, at its own line; of raw and tokens, the one written first
            found = []
            for failing, arg in ((self._token_failing, o["tokens"]), (raw_failing, o["raw"])):
                try:
                    failing(arg, flags)
                except OptionError as one:
                    found += [one, *one.also]
            if found:
                raise OptionError(found[0].key, str(found[0]), found[0].at, also=tuple(found[1:])) from None
            raise exc
        accepted = self.vale.accepted if o["vocab"] and not o["nonword"] else ()
        self.excepted = exceptions_regex(list(o["exceptions"]) + list(accepted))

    def _token_failing(self, tokens: list, flags: int) -> None:
        """`name_failing` over `tokens`, joined as `setup` joins them, without `raw`."""
        o = self.opts
        items = [(t, ("tokens", i)) for i, t in enumerate(tokens) if str(t).strip()]
        name_failing("tokens", items, lambda some: "(?m)" + word_pattern(
            "|".join(some), template=self.template, nonword=o["nonword"]), flags)

    def run(self, text):
        if not text:
            return
        for m in self.pattern.finditer(text, timeout=2.0):
            if m.end() == m.start():
                continue
            matched = m.group()
            if self.excepted is not None and self.excepted.search(matched.strip()):
                continue
            message = self.message(matched)
            if "$" in message and m.re.groups:
                message = _GROUP_REF.sub(lambda g: (m.group(int(g[1])) or "") if int(g[1]) <= m.re.groups
                                         else g[0], message)
            yield m.start(), m.end(), message


KIND = ValeExistence
