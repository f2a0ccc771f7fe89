"""The plain-text test for a line that is a photo caption or credit.

Plain text has no markup, so the reader asks of every line whether it opens
with a credit or caption lead-in, is only a credit or an image file name,
or ends in a credit (`... on Monday.  AP Photo/Jane Roe`). Scraped stories
put these lines anywhere in the running text. The test runs on every line,
so it tries plain string tests first and a regex only where a credit can
start. The grammar is `credit_grammar`'s.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .credit_grammar import LOOKAHEAD, Grammar, grammar

# Cheap prefilters (the standard library's `re` is quicker per call than `regex`).
_FIRST_WORD = re.compile(r"[^\W\d_]+")
# Where a credit may start after caption text: a sentence end (glued or not),
# the copyright sign, or a capitalised label with a colon ("... 1974 Photo: Lego";
# NYT's "... Credit Jane Doe/The New York Times").
_CREDIT_START = re.compile(r"[.!?”’)]\s*|\s(?=©)|\s(?=[Vv]ia\s)"
                           r"|\s(?=(?:Photo|Picture|Image|Credit)\s*:|Credit\s+[A-Z])")
_SLASH = re.compile(r"[^\W\d_]\s*/\s*[^\W\d]")   # Name/Agency, not 1/2 or 9/11
# A stop inside an initialism, a capital on each side ("U." of "U.S."): the
# capital after it is the initialism's, no credit's first initial.
_INITIALISM_STOP = re.compile(r"(?<![^\W\d_])[A-Z]\.(?=[A-Z]\.)")
_NOTE = re.compile(r"\b(?:photo|image|picture|screen ?shot|screen ?grab|\.com)\b")
_GLUED_AGENCY = re.compile(r"[a-z][.!?][A-Z][\w.-]*\W*$")
# Strings a line end must contain to hold a credit (plain `in` tests), with
# each credit phrase's first word.
_HINTS = (":", "/", "…", "...", "via ", " for ", "©", "[", "(")


def _first_words(word: str, spellings: frozenset) -> set[str]:
    """A line's first word, lowercased, and its start before an inner capital
    when that is an agency as the list spells it ("GettyKim" -> {"gettykim",
    "getty"}; "CenTrust" -> {"centrust"}): a credit glued to the caption."""
    low = word.lower()
    if word[1:].islower():      # (most words: no inner capital, no character-by-character walk)
        return {low}
    inner = next((k for k in range(1, len(word)) if word[k].isupper()
                  and (word[k - 1].islower() or word[k + 1:k + 2].islower())), 0)
    return {low, low[:inner]} if inner and word[:inner] in spellings else {low}


class CaptionLine:
    """`match(line)` is truthy for a line that is a caption or a credit.

    Used like a compiled pattern's `match`. Short lines (`caption_line_max`)
    may end in any credit; lines up to `strong_caption_line_max` only in a
    strong one (an agency lead-in with its slash, a lead-in word, Name/Agency).
    """

    def __init__(self, g: Grammar, tail_max: int, strong_max: int, short: int,
                 hints: tuple[str, ...], leads: frozenset[str]):
        self.g, self.tail_max, self.strong_max, self.short = g, tail_max, strong_max, short
        self.hints, self.leads = hints, leads

    def match(self, line: str) -> bool:
        s = line.strip()
        if not s:
            return False
        g = self.g
        first = _FIRST_WORD.match(s, 1 if s[0] in "([©" else 0)
        if ((s[0] in "([©" or (first and _first_words(first[0], g.spellings) & g.firsts)
             or s[-6:].lower().endswith(g.exts)) and g.head.match(s) and not g.gallery.match(s)):
            return True
        n = len(s)
        if n > self.strong_max:
            return False
        short, weak_ok = n <= self.short, n <= self.tail_max
        # (A bare credit has no "(" in it: `bare` cannot take one, and failing
        # on a caption line that ends in a bracketed credit cost it 50 µs.)
        if short and (s[0].isupper() or s[0] == "©") and self.may_credit(s) and "(" not in s \
                and g.bare.match(s):
            return True
        lo = max(0, n - LOOKAHEAD - 30)
        # An agency alone ends a short line, or any caption-length line it is
        # glued to ("... in Scotland.Reuters"). (Only its truth is read; the
        # end is tested first: a fifth of the glue search's time, and seldom true.)
        agency = (short or weak_ok) and s.rstrip(" .)]")[-40:].lower().endswith(g.agency_names) \
            and (short or _GLUED_AGENCY.search(s, lo) is not None)
        i = max(s.rfind("(", lo), s.rfind("[", lo))
        if i > 0 and (agency and g.agency.match(s, i)
                      or self.may_credit(s[i + 1:], bracket=True) and self._ends(s, i, weak_ok)):
            return True
        if not agency and not self.hinted(s[lo:]):
            return False
        for m in _CREDIT_START.finditer(s, lo):
            at = m.end()
            if m.start() and _INITIALISM_STOP.match(s, m.start() - 1):
                continue        # "U.S. via Mexico": no credit starts inside "U.S." (qa151 #7)
            if at < n and ((agency and g.agency.match(s, at))
                           or self.may_credit(s[at:]) and self._ends(s, at, weak_ok, sentence=True)):
                return True
        return False

    def may_credit(self, rest: str, bracket: bool = False) -> bool:
        """Could `rest` (a line end) be a credit? Plain string tests that rule
        out most prose before a credit pattern runs: a credit opens with a
        lead-in word, or holds a slash, "via", the copyright sign or "for" and
        a capital, and is at most a credit's length (or is a bracketed note)."""
        if len(rest) > LOOKAHEAD + 20:
            return False
        first = _FIRST_WORD.search(rest)
        if first and first[0].lower() in self.leads:
            return True
        low = rest.lower()
        if "via " in low or "©" in rest or "/" in rest and _SLASH.search(rest):
            return True
        if bracket and (_NOTE.search(low) or low.rstrip(" .)]").endswith(self.g.agency_names)):
            return True
        at = rest.find(" for ")
        return at > 0 and rest[at + 5:at + 6].isupper()

    def alone(self, line: str) -> bool:
        """The line is a credit and nothing else ("Jane Doe/Getty Images", "(Facebook)")."""
        return bool(self.g.alone.fullmatch(line))

    def _ends(self, s: str, at: int, weak_ok: bool, sentence: bool = False) -> bool:
        """A credit runs from `at` to the line end; past `tail_max` it must be strong."""
        if not weak_ok:
            return bool(self.g.strong.match(s, at))
        return bool((self.g.sentence if sentence else self.g.paren).match(s, at))

    def hinted(self, tail: str) -> bool:
        """Could a credit be in this line end? (plain `in` tests: far cheaper than a regex)"""
        return any(map(tail.lower().__contains__, self.hints))


@lru_cache(maxsize=1)
def caption_line_pattern() -> CaptionLine:
    """The plain-text reader's test for a line that is a caption or a credit."""
    from .credit_grammar import vocabulary
    v = vocabulary()
    phrases = sorted({str(p).split()[0].lower() for p in v["phrases"]})
    leads = {re.match(r"[^\W\d_]+", str(w))[0].lower()
             for key in ("labels", "phrases", "agency_leads") for w in v[key]} - {"the"}
    hints = _HINTS + tuple(phrases)
    # A hint holding another ("photos", "photo") adds no `in` test that can answer yes.
    hints = tuple(h for h in hints if not any(o != h and o in h for o in hints))
    return CaptionLine(grammar(), int(v["caption_line_max"]),
                       int(v.get("strong_caption_line_max", v["caption_line_max"])),
                       int(v["phrase_line_max"]), hints, frozenset(leads))
