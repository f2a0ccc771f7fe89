"""`vale-substitution`: Vale's `substitution` kind (https://vale.sh/docs/checks/substitution).

Each `swap` key is a pattern and its value the preferred form. A match whose
text differs from the preferred form (exactly, for a plain term; by a full
regex match, for a pattern) is flagged with the message's first `%s` as the
preferred form and the second as the text found. With `action: replace`, a
value `a|b` lists choices, shown as `'a' or 'b'`.

The fix is Vale's: a preferred form that is one plain phrase (no `|` choices,
no pattern) replaces the text found; a sentence's, quotation's or lead's
first word keeps its capital (`It is` -> `It's`, `_swaps.match_case`) and a
line in capitals stays in capitals (`IT IS` -> `IT'S`), with `ignorecase` or
where a case-sensitive swap's form starts in lower case (`E-mail` -> `Email`,
nu69 #1; `_takes_case`), where Vale writes the form as given and a sentence
lost its capital (nu68 #11); mid-sentence the form is written as given (`Web
site` -> `website`, `Slack/E-mail` -> `Slack/email`; `_opens_sentence`). A
Vale style asks for it with `action:
replace`; a newslint rule file, which has no `action:`, with `fix: true` (off
by default, as in Vale; the `substitution` kind fixes by default). A Vale
style's `fix:` key is not Vale's and is ignored there.
"""
from __future__ import annotations

from functools import lru_cache

import regex

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
                    cased = _takes_case(self.opts["ignorecase"], self.repl[at], observed)
                    if cased and (start in quoting or _opens_sentence(text, start, self.opts["ignorecase"])):
                        # the capital of a sentence's, a quotation's or a lead's first word is
                        # kept (nu68 #11, qa358 #1-#3, nu69 #1); elsewhere the form is written as
                        # given, whose point may be its lower case (`Web site` -> `website`, qa354
                        # #6; `Slack/E-mail` -> `Slack/email`, qa368 #6)
                        fix = match_case(self.repl[at], observed, self.keys[at])
                    if cased and _shouted(text, start, end):
                        fix = self.repl[at].upper()      # a line in capitals: `IT IS` -> `IT'S` (qa368 #5)
                    fix = None if fix == observed else fix
            yield start, end, self.message(expected, observed, template=template), fix


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


def _takes_case(ignorecase: bool, form: str, observed: str) -> bool:
    """Whether a fix may take the case of the text it replaces: any
    `ignorecase` swap's; a case-sensitive swap's (Vale's default) only where
    the text opens with a capital and the form with a lower-case letter, so
    Google.WordList's `E-mail: email` writes `Email the mayor.` (nu69 #1),
    while a form whose case is its point (`Javascript: JavaScript`) is
    written as given."""
    return ignorecase or (observed[:1].isupper() and form[:1].islower())


# What a sentence's start may follow: a stop, question or exclamation mark or
# an ellipsis, then closing marks, then space (`He left.” It is`); a
# colon and space (`holds: It is`, AP); or a dateline's dash (`LONDON
# (Reuters) - It is`, `LAKESHORE, Ill. (LNS) — It is`, qa358 #2). Not an
# initialism's or a title's stop (`the U.S. Web site`, `Mr. It`, qa358 #4);
# a firm's or a name's (`Acme Inc. E-mail him.`) may end a sentence.
_SENTENCE_END = regex.compile(r"(?:(?:(?<!\b(?:\p{Lu}\.)+\p{Lu}|\b(?:"
                              + "|".join((*TITLE_ABBREVIATION_WORDS, "No", "vs")) + r")|\b(?:e\.g|i\.e|cf|viz))\.|[!?\u2026])"
                              r"[\"\u201d\u2019')\]\u00bb\u203a*_]*\s+|:\s+)\Z")
_DATELINE = regex.compile(r"\A\s*(?:\p{Lu}[\p{Lu}\s.'\u2019-]*(?:,[\p{L}\s.]{1,30})?)?"
                          r"(?:\([^()\n]{1,40}\))?\s*[-\u2013\u2014]\s+\Z")
_OPENING_QUOTES = "\"'\u201c\u2018\u00ab\u2039\u201e\u201a`"
_DASHED = regex.compile(r"(?:\s-|[\u2013\u2014])\s*\Z")
_CURLY_OPENING = "\u201c\u2018\u00ab\u2039\u201e\u201a"     # marks that never close (a straight one may)
_TURNED_OPENING = "\u201d\u2019"     # closing marks, read as opening only after white space
_BLANKS = " \t\r\n\u00a0\u202f\u2002\u2003\u2007\u2008\u2009\u200a\u200b"
_OPENERS = "([{*_"        # an opening bracket or emphasis mark directly before the word
# a line's list or quotation mark, where the reader leaves it in the text (a .txt file's `* E-mail the clerk.`)
_ITEM_LINE = regex.compile(r"[ \t]*(?:[-*+\u2022\u2023\u25e6\u2043]|\d{1,3}[.)])[ \t]+\S")   # a line that opens an item
_LINE_MARK = regex.compile(r"(?:\A|\n)[ \t]*(?:[-*+>\u2022\u2023\u25e6\u2043]|\d{1,3}[.)])[ \t]+\Z")


def _opens_sentence(text: str, start: int, loose: bool = False) -> bool:
    """Whether offset `start` of a block's `text` opens a sentence (the
    block's start, or after `_SENTENCE_END`) or a quotation (right after an
    opening quote mark: `said, "It is`, `rule: "E-mail`); an opening bracket
    before it is passed over (`Why? (It is`). Anything else is mid-sentence:
    after a word, a comma, a slash, a closing quote or bracket (`Slack/E-mail`,
    `"smart" E-mail`, `(City Hall) E-mail`, qa368 #6) or a line break inside
    the paragraph (qa360 #2). `loose` (an `ignorecase` swap, whose capital is
    the copy's own) also reads the word after a dash or an opening bracket as
    the writer's sentence (`said \u2014 It is late`, `The plan (It is not
    new)`, qa360); a case-sensitive key that matches a capital names it as
    part of the wrong form (`E-mail`), so there `\u2014 E-mail, phone` is
    mid-sentence. Looks back at most 80 characters."""
    at = start
    while at > 0 and text[at - 1] in _OPENERS:
        at -= 1
    if at > 0 and text[at - 1] in _OPENING_QUOTES and (at == 1 or not text[at - 2].isalnum()):
        return True                                  # a quotation's first word
    if at > 0 and text[at - 1] in _TURNED_OPENING and (at == 1 or text[at - 2].isspace()):
        return True                                  # a closing mark typed to open: `said ”It is` (qa380 #7)
    blank = at
    while blank > 0 and text[blank - 1] in _BLANKS:
        blank -= 1
    if blank < at and blank > 0 and text[blank - 1] in _CURLY_OPENING and (blank == 1 or not text[blank - 2].isalnum()):
        return True          # a curly mark that only opens, then a break or no-break space (qa372 guard)
    if blank < at and blank > 0 and text[blank - 1] in _TURNED_OPENING and (blank == 1 or text[blank - 2].isspace()):
        return True
    if loose and (at < start and text[at] in "([{" or _DASHED.search(text[max(0, at - 3):at])):
        return True
    before = text[max(0, at - 80):at]
    if at == 0 or (at <= 80 and not before.strip()):
        return True                                  # the block's first word
    if _LINE_MARK.search(before) is not None and (at <= 80 or "\n" in before) and _item_opens(text, at):
        return True                                  # a list item's or quoted line's first word
    return _SENTENCE_END.search(before) is not None or (at <= 80 and _DATELINE.search(before) is not None)


def _item_opens(text: str, at: int) -> bool:
    """Whether the line mark before offset `at` (`_LINE_MARK`) opens an item
    rather than marking a hard-wrapped line of one sentence (qa375 #2): on
    the block's first line, or after a blank one, it does; a `>` (a quoted line) does after a line
    that ends a sentence; a list mark does after a line that holds an item
    too (`* Wi-Fi` over `* E-mail the clerk.`), not after running prose
    (`were down` over `- E-mail, phone and fax - for hours.`)."""
    line = text.rfind("\n", 0, at)
    if line < 0:
        return True
    previous = text[text.rfind("\n", 0, line) + 1:line]
    if not previous.strip():
        return True                                  # after a blank line: a block's first line
    if text[line + 1:at].lstrip()[:1] == ">":
        return _SENTENCE_END.search(previous.rstrip() + " ") is not None or not previous.strip(" \t>")
    return _ITEM_LINE.match(previous) is not None


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
