"""`vale-substitution`: Vale's `substitution` kind (https://vale.sh/docs/checks/substitution).

Each `swap` key is a pattern and its value the preferred form. A match whose
text differs from the preferred form (exactly, for a plain term; by a full
regex match, for a pattern) is flagged with the message's first `%s` as the
preferred form and the second as the text found. With `action: replace`, a
value `a|b` lists choices, shown as `'a' or 'b'`.

The fix is Vale's: a preferred form that is one plain phrase (no `|` choices,
no pattern) replaces the text found; with `ignorecase`, a sentence's,
quotation's or lead's first word keeps its capital (`It is` -> `It's`,
`_swaps.match_case`) and a line in capitals stays in capitals (`IT IS` ->
`IT'S`), where Vale writes the form as given and a sentence lost its capital
(nu68 #11); mid-sentence the form is written as given (`Web site` -> `website`). A Vale style asks for it with `action:
replace`; a newslint rule file, which has no `action:`, with `fix: true` (off
by default, as in Vale; the `substitution` kind fixes by default). A Vale
style's `fix:` key is not Vale's and is ignored there.
"""
from __future__ import annotations

from functools import lru_cache

from .. import rx as regex

from ..analysis.abbreviations import TITLE_ABBREVIATION_WORDS
from ..kinds._swaps import match_case, reads_as
from ..kinds.base import Option, OptionError
from ..marks import KEY
from ..regex_join import enclosed, over_limit
from ..regex_size import compile_counted, oversized
from ..vale.rulebase import ValeKind, exceptions_regex, is_phrase, name_failing, word_pattern, word_regex
from ..value_words import as_written


def to_sentence(words: list[str], conj: str = "or") -> str:
    """Vale's list in prose: 'a', 'a' or 'b', 'a', 'b', or 'c'."""
    quoted = [f"'{w}'" for w in words]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return f"{quoted[0]} {conj} {quoted[1]}"
    return ", ".join(quoted[:-1] + [f"{conj} {quoted[-1]}"])


class ValeSubstitution(ValeKind):
    name = "vale-substitution"
    description = "Vale's substitution: suggests the preferred form of each matched term."
    fixable = True
    fix_words = True
    fix_needs = "fix: true (a Vale style: action: replace)"
    options = {
        "swap": Option(dict, {}, help="pattern -> preferred form"),
        "ignorecase": Option(bool, False, help="match without regard to case"),
        "nonword": Option(bool, False, help="drop the word boundaries"),
        "exceptions": Option(list, [], help="matches that are never flagged"),
        "vocab": Option(bool, True, help="treat the Vocab's accepted terms as exceptions"),
        "capitalize": Option(bool, False, help="capitalize the suggestion after a capital"),
        "pos": Option(str, "", help="part-of-speech filter (not supported; ignored)"),
        "fix": Option(bool, False, help="in a newslint rule file, offer a preferred form that is one "
                                        "plain phrase as a fix (a Vale style's `action: replace`)"),
        "_replace": Option(bool, False, help="set by the loader from `action: replace`"),
        "_datelines": Option(bool, False, help="set by the loader for Vale.Terms: an all-capitals "
                                               "match in a dateline is AP style, not a case error"),
    }

    def __init__(self, rule_id, opts, trusted=False):
        super().__init__(rule_id, opts, trusted)
        # Vale fixes only with `action: replace`; a newslint rule file with `fix: true`
        self.fixable = bool(opts.get("_replace") or self.native and opts.get("fix"))

    def alternatives(self, opts):
        return list(opts.get("swap") or {}) or None

    def setup(self) -> None:
        o = self.opts
        keys = sorted(o["swap"], key=lambda k: len(str(k)), reverse=True)
        self.keys = [str(k) for k in keys]
        self.repl = []
        pieces = []
        for i, key in enumerate(keys):
            value = o["swap"][key]
            if not isinstance(value, (str, int, float)) or isinstance(value, bool):
                raise OptionError("swap", f"preferred form for {as_written(str(key), cut=False)} must be a string")
            pieces.append(enclosed(str(key), name=f"s{i}"))
            self.repl.append(str(value))
        flags = regex.IGNORECASE if o["ignorecase"] else 0
        try:
            if (over := over_limit(self.keys)) is not None:     # each key read alone (`regex_join`)
                raise OptionError("swap", over[1])       # placed at its key by `name_failing`
            self.pattern = word_regex("swap", "|".join(pieces) or "(?!)", template=self.template,
                                      nonword=o["nonword"], ignorecase=o["ignorecase"], sized=True)
        except OptionError:     # the key at fault, at its own line (qa338 #1, qa348 #1, #3)
            # in the file's order (the join's is by length): the key found is the file's first
            name_failing("swap", [(str(k), ("swap", str(k), KEY)) for k in o["swap"]], lambda some: "(?m)" + word_pattern(
                "|".join(enclosed(k, name=f"s{i}") for i, k in enumerate(some)) or "(?!)",
                template=self.template, nonword=o["nonword"]), flags, noun="keys")
            raise
        self.names = [f"s{i}" for i in range(len(keys))]
        accepted = self.vale.accepted if o["vocab"] else ()
        self.excepted = exceptions_regex(list(o["exceptions"]) + list(accepted))
        self.template_msg = self.vale.message
        if o["_replace"]:
            for spec in ("'%s'", '"%s"'):
                if self.template_msg.count(spec) == 2:
                    self.template_msg = self.template_msg.replace(spec, "%s", 1)

    def _same(self, expected: str, observed: str) -> bool:
        if is_phrase(expected):
            return expected == observed
        pattern = _whole(expected, regex.IGNORECASE if self.opts["ignorecase"] else 0)
        if pattern is None:     # a count too large (rr53a #1) is read as text, as a wrong pattern is
            return expected == observed
        return pattern.fullmatch(observed) is not None

    def run_block(self, block, doc):
        """`run`'s findings, less (for Vale.Terms, `_datelines`) a match written
        in capitals whose source lies inside a dateline part: AP writes the city
        so (`LAKESHORE, Ill. (LNS) —`), and the Vocab's `Lakeshore` flagged it
        on every local story at error level (nu27 #7). The dateline may be a
        block of its own (NITF's `<dateline>`) or open a paragraph block
        (Markdown), so its place is compared in source offsets. Any other case
        inside it (`LakeShore`) is still found."""
        found = self.run(block.text, _quotation_starts(block))
        if not self.opts.get("_datelines"):
            return found
        spans = doc.analysis("vale.datelines", _dateline_spans)
        if not spans:
            return found
        text, part, at = block.text, block.part, block.start
        return [f for f in found if not (text[f[0]:f[1]].isupper() and _inside(
            part.source_span(at + f[0], at + f[1], doc.source), spans))]

    def run(self, text, quoting=()):
        """(start, end, message, fix) of each match in `text`; `quoting`: the
        offsets where a quotation element (`<q>`) starts, a sentence's start
        to the fix's case as a typed quote mark before it is."""
        for m in self.pattern.finditer(text, timeout=2.0):
            name = next((n for n in self.names if m.group(n) is not None), None)
            if name is None:
                continue
            start, end = m.span(name)
            if end == start:
                continue
            at = int(name[1:])
            expected = self.repl[at]
            observed = m.group(name).strip()
            if self._same(expected, observed):
                continue
            if self.excepted is not None and self.excepted.search(observed):
                continue
            template = self.vale.message
            fix = None
            if self.opts["_replace"] and "|" in expected:
                expected, template = to_sentence(expected.split("|")), self.template_msg
            else:
                if self.opts["capitalize"] and observed[:1].isupper():
                    expected = expected[:1].upper() + expected[1:]
                if (self.fixable and is_phrase(expected) and m.group(name) == observed
                        and not reads_as(text, start, end, expected,
                                                      ignorecase=self.opts["ignorecase"])):
                    fix = expected        # Vale's `action: replace` with one choice; not its own fix again
                    if self.opts["ignorecase"] and (start in quoting or not _mid_sentence(text, start)):
                        # the capital of a sentence's, a quotation's or a lead's first word is
                        # kept (nu68 #11, qa358 #1-#3); mid-sentence the form is written as given,
                        # whose point may be its lower case (`Web site` -> `website`, qa354 #6)
                        fix = match_case(self.repl[at], observed, self.keys[at])
                    if self.opts["ignorecase"] and _shouted(text, start, end):
                        fix = self.repl[at].upper()      # a line in capitals: `IT IS` -> `IT'S`
                    fix = None if fix == observed else fix
            yield start, end, self.message(expected, observed, template=template), fix


# Mid-sentence: after a word (`the city's Web site`), a comma or semicolon, or an
# abbreviation's stop (`the U.S. Web site`, `Mr. It`, qa358 #4). A sentence's,
# a quotation's (`said, "It is`), a dateline's (`(Reuters) - It is`) or a
# colon's (`holds: It is`, AP) first word is not.
_MID_SENTENCE = regex.compile(r"(?:[\p{L}\p{N},;%]|\b(?:\p{Lu}\.){2,}|\b(?:"
                              + "|".join((*TITLE_ABBREVIATION_WORDS, "Jr", "Sr", "No", "vs")) + r")\.)"
                              r"\s*\Z")          # a line break inside the paragraph too (qa360 #2)


def _quotation_starts(block) -> list[int]:
    """The offsets in `block.text` of each quotation element's (`<q>`'s)
    first character other than white space: its first word opens a
    quotation, whose marks the page shows (qa360 #6), after a line break or
    an `&nbsp;` too (`<q>&nbsp;It is`, qa372 #4)."""
    text, out = block.part.text, []
    for k, s, e in block.part.attrs.get("inline", ()):
        if k == "quotation":
            while s < e and text[s].isspace():
                s += 1
            if s < e and block.start <= s < block.end:
                out.append(s - block.start)
    return out


def _mid_sentence(text: str, start: int) -> bool:
    """Whether offset `start` of `text` follows a word within its sentence
    (looked at within 40 characters before it)."""
    return _MID_SENTENCE.search(text[max(0, start - 40):start]) is not None


def _shouted(text: str, start: int, end: int) -> bool:
    """Whether the match `text[start:end]` is in a line of capitals: its
    letters all capitals, three or more, and a word of capitals beside it or
    in it (`IT IS`, `THE SIGN READ IT IS`), not an acronym alone (`the CEO`,
    qa358 #5)."""
    found = text[start:end]
    letters = [c for c in found if c.isalpha()]
    if len(letters) < 3 or not all(c.isupper() for c in letters):
        return False
    if len(found.split()) > 1:
        return True
    before, after = text[max(0, start - 30):start].split()[-1:], text[end:end + 30].split()[:1]
    return any(sum(c.isalpha() for c in w) > 1 and w.upper() == w for w in before + after)


def _dateline_spans(doc) -> list[tuple[int, int]]:
    """The source [start, end) of each dateline part of `doc`."""
    return [p.source_span(0, len(p.text), doc.source) for p in doc.parts_of(("dateline",))]


def _inside(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(s <= span[0] and span[1] <= e for s, e in spans)


KIND = ValeSubstitution


@lru_cache(maxsize=256)
def _whole(expected: str, flags: int) -> "regex.Pattern | None":
    """A swap's pattern `expected` as `_same` matches it whole, compiled
    once per pattern and flags, not per finding (qa301 #5: `compile_counted`
    scans the size first); None when it does not compile or is too large."""
    try:
        if oversized(expected, flags=flags) is not None:     # sized alone: `(?:` would hide a leading (?x)
            return None
        return compile_counted(enclosed(expected, flags), flags, sized=True)
    except regex.error:
        return None
