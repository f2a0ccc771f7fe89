"""`capitalization`: Vale's kind for the case of a whole block (https://vale.sh/docs/checks/capitalization).

`match` is `$title` (AP or Chicago `style`), `$sentence`, `$lower`, `$upper`
or a pattern the block must match. For `$title` and `$sentence` the block
passes when more than `threshold` (0.8) of its words fit; `exceptions` (and
the Vocab) always fit, and a word after one ending in an `indicators` suffix
(`:`) may start a new sentence. The whole block is flagged.
"""
from __future__ import annotations

from .. import rx as regex

from ..did_you_mean import hint
from ..kinds.base import Option, OptionError
from ..regex_join import enclosed
from ..vale.rulebase import ValeKind, compile_vale, exceptions_regex

_WORD = r"[\p{N}\p{L}*]+[^\s]*"
MATCHES = ("$title", "$sentence", "$lower", "$upper")
_KEYWORD = regex.compile(r"\$\w+")
# AP and Chicago keep these short words lower case inside a title.
_SMALL = {"AP": set("a an and at but by for in nor of on or so the to up yet".split()),
          "Chicago": set("a an and as at but by down for from in into like near nor of off on "
                         "onto or out over past so than the till to up upon with yet".split())}
_STYLES = {k.lower(): k for k in _SMALL}


def _prefix(prefix: str) -> "regex.Pattern":
    """`prefix` anchored at a block's start. Compiled alone first, so one
    that does not compile is refused as written, at its own positions
    (nu67: not the anchored pattern, four characters further on), and one
    that the anchoring would close (`a)(b`) is refused too."""
    compile_vale("prefix", prefix)
    return compile_vale("prefix", "^" + enclosed(prefix))


def title_case(text: str, style: str) -> str:
    small = _SMALL.get(style, _SMALL["AP"])
    words = list(regex.finditer(r"\S+", text))
    out, last = [], 0
    for i, m in enumerate(words):
        w = m.group()
        core = w.lower().strip(".,:;!?\"'()")
        if 0 < i < len(words) - 1 and core in small and not text[last:m.start()].rstrip().endswith(":"):
            new = w.lower()
        elif w[:1].isalpha() and w[1:] == w[1:].lower():
            new = w[:1].upper() + w[1:]
        else:
            new = w[:1].upper() + w[1:]
        out.append(text[last:m.start()] + new)
        last = m.end()
    out.append(text[last:])
    return "".join(out)


class Capitalization(ValeKind):
    name = "capitalization"
    description = "Vale's capitalization: the block must be in title, sentence, lower or upper case."
    options = {
        "match": Option(str, required=True, help="$title, $sentence, $lower, $upper or a pattern"),
        # any case: `style: ap` loaded before the value was checked, as AP (qa64 #8)
        "style": Option(str, "AP", check=lambda v: None if v.lower() in _STYLES else
                        f"{v!r} is not one of AP, Chicago", help="title style for $title: AP or Chicago"),
        "exceptions": Option(list, [], help="words that always fit"),
        "indicators": Option(list, [], help="suffixes after which a word may be capitalized"),
        "threshold": Option(float, 0.8, check=lambda v: None if 0 <= v <= 1 else "must be from 0 to 1",
                            help="share of words that must fit"),
        "prefix": Option(str, "", help="pattern stripped from the start of the block first"),
        "vocab": Option(bool, True, help="treat the Vocab's accepted terms as exceptions"),
    }

    def setup(self) -> None:
        o = self.opts
        accepted = self.vale.accepted if o["vocab"] else ()
        self.excepted = exceptions_regex(list(o["exceptions"]) + list(accepted))
        words = (self.excepted.pattern + "|" if self.excepted is not None else "") + _WORD
        self.words = regex.compile(words)
        self.threshold = o["threshold"] or 0.8
        self.prefix = _prefix(o["prefix"]) if o["prefix"] else None
        self.style = _STYLES[o["style"].lower()]
        m = o["match"]
        if m != m.strip() and _KEYWORD.fullmatch(m.strip()):
            # qa64 #8: `"$sentence "` was a pattern that matches nothing, so every block was flagged
            raise OptionError("match", f"{m!r} has spaces around {m.strip()}, which make it a pattern "
                                       f"that can match nothing (write {m.strip()!r})")
        if _KEYWORD.fullmatch(m) and m not in MATCHES:
            # A pattern `$word` can match nothing (an end, then more text): a
            # misspelt keyword, refused here rather than failing on every file.
            raise OptionError("match", f"{m!r} is not one of {', '.join(MATCHES)} ({hint(m, MATCHES)}a pattern "
                                       "starting with $ can match nothing)")
        self.pattern = None if m in MATCHES else compile_vale("match", m)

    def _except(self, word: str) -> bool:
        return self.excepted is not None and self.excepted.search(word) is not None

    def fits(self, s: str) -> bool:
        m = self.opts["match"]
        if m == "$lower":
            return s == s.lower() or self._except(s)
        if m == "$upper":
            return s == s.upper() or self._except(s)
        if m == "$title":
            return self._title(s)
        if m == "$sentence":
            return self._sentence(s)
        return bool(self.pattern.search(s)) or self._except(s)

    def _title(self, s: str) -> bool:
        expected = self.words.findall(title_case(s, self.style))
        count = words = 0
        for i, word in enumerate(self.words.findall(s)):
            if i >= len(expected) or word == expected[i] or self._except(word) or word == word.upper():
                count += 1
            words += 1
        return words == 0 or count / words > self.threshold

    def _sentence(self, s: str) -> bool:
        tokens = self.words.findall(s.rstrip("?!.:"))
        count = 0
        for i, w in enumerate(tokens):
            prev = tokens[i - 1] if i else ""
            for sep in ("-", "'", "’"):
                if sep in w:
                    w = w.split(sep)[0]
                    break
            if w == w.upper() or any(prev.endswith(x) for x in self.opts["indicators"]) \
                    or self._except(w):
                count += 1
            elif i == 0 and w != w[:1].upper() + w[1:].lower():
                return False
            elif i == 0 or w == w.lower():
                count += 1
        return not tokens or count / len(tokens) > self.threshold

    def run(self, text):
        start = 0
        if self.prefix is not None:
            m = self.prefix.match(text)
            if m:
                start = m.end()
        body = text[start:]
        if body.strip() and not self.fits(body):
            yield start, len(text), self.message(body)


KIND = Capitalization
