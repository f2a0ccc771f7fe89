"""What every Vale kind shares: scope matching over Vale blocks, message
templates, Vocab exceptions and the per-file ignores.

A Vale kind (`lint/kinds/vale_*.py`, `occurrence.py`, ...) implements
`run(text) -> [(start, end, message)]` over one block's text; `ValeKind.check`
walks the blocks its scope selects and turns each result into a `Finding` on
the block's part, so the engine places it with the reader's offsets. Both
loaders give the kind its rule's message and scope as `opts["_vale"]`, a
`ValeContext`: the Vale loader (`styles.py`) with Vale's scope selectors over
Vale's blocks (`scope.py`), a newslint rule file (`ruleset.py`, through
`ValeKind.loader_options`) with none, when each part of the rule's own
`scope:` the engine passes is one block (a front-matter headline too).
"""
from __future__ import annotations

import html
from dataclasses import dataclass, field
from typing import Callable, ClassVar, Iterable, Iterator, Sequence

from .. import rx as regex

from ..kinds.base import Finding, Kind, OptionError
from ..regex_join import alternation, longest_first, over_limit
from ..regex_size import compile_counted, countless, not_compiling, oversized
from ..source_markup import ENTITY
from ..value_words import shown
from .literals import literals
from .messages import format_message, shortened
from .scope import Block, Scope, blocks

WORD_TEMPLATE = r"\b(?:%s)\b"           # Vale's default; `WordTemplate` in the config replaces it
_INLINE = frozenset({"link", "strong", "emphasis"})
_APOSTROPHES = frozenset("'\u2019\u2018")


@dataclass
class ValeContext:
    """A Vale rule's settings that are not the kind's own keys."""

    message: str
    # Vale's selectors over Vale's blocks; None: a newslint rule file's, whose
    # `scope:` names parts (the engine passes them), each one block.
    scope: Scope | None = field(default_factory=lambda: Scope([]))
    limit: int = 0                        # at most this many alerts per file (0: no limit)
    accepted: tuple[str, ...] = ()        # Vocab accept.txt entries (exceptions)
    word_template: str = ""


def compile_vale(key: str, pattern: str, flags: int = 0, sized: bool = False,
                 at: tuple | None = None) -> "regex.Pattern":
    """Compile a pattern from a Vale style (Go RE2/regexp2 syntax) or name the key
    (OptionError at `at`, the pattern quoted as written); `sized`: its terms were
    sized alone (`regex_join`), not the whole."""
    try:
        return compile_counted(pattern.replace(r"\z", r"\Z"), flags | regex.VERSION0, sized)
    except regex.error as exc:
        raise OptionError(key, not_compiling(pattern, exc), at) from None


def name_failing(key: str, terms: Sequence[tuple[str, tuple]], joined: Callable[[list[str]], str],
                 flags: int = 0, noun: str = "tokens") -> None:
    """After the join of a rule's terms (`tokens:`, `swap:` keys) failed to
    compile: OptionError at the term that breaks it, quoted as written, or
    nothing when none does (the frame, a word template, is at fault: the
    caller's own error stands). `terms`: (term, key path) in the file's
    order; `joined(terms)`: the pattern of those terms alone; `noun`: what
    the terms are called (`keys`). Terms that add up past the size limit are
    refused at the one that passes it, as `regex_join.over_limit` reads
    them. Only a failed join pays (`breaking`)."""
    texts = [t for t, _ in terms]
    if (over := over_limit(texts, flags)) is not None:     # sized alone and added up, as the join is
        term, why = texts[over[0]], over[1]
        raise OptionError(key, not_compiling(term, why) if oversized(term, flags=flags) is not None
                          else f"the {noun} up to {shown(term)} together: {why}", terms[over[0]][1])
    if (found := breaking(texts, joined, flags)) is not None:
        raise OptionError(*_refusal(key, *terms[found[0]], found[1], flags, noun))


def breaking(terms: Sequence[str], joined: Callable[[list[str]], str], flags: int = 0) -> tuple[int, str] | None:
    """(index, why) of the term whose joining stops the join compiling: the
    join of the terms before it compiles, with it it does not (qa348 #1:
    `\\2c` after `(a)(b)` is fine there, though not alone; `d(` after it is
    the culprit). Found by halving (a dozen compiles for 5,000 terms, not a
    compile a term: seconds, then minutes); a join, once failed, fails on
    as terms are added unless one closes what another opened (`a(` then
    `)b`), where the term found is one such boundary, not always the first.
    None when the join of no term fails too (the frame is at fault) or of all compiles."""
    def failing(k: int) -> str | None:
        return _why_not(joined(list(terms[:k])), flags, sized=True)

    if failing(0) is not None or (why := failing(len(terms))) is None:
        return None
    return _halved(failing, 0, len(terms), why)


def _why_not(pattern: str, flags: int, sized: bool = False) -> str | None:
    """Why `pattern`, in a Vale style's syntax (`\\z`), does not compile, or
    None when it does (`sized`: as `compile_counted` takes it)."""
    try:
        compile_counted(pattern.replace(r"\z", r"\Z"), flags | regex.VERSION0, sized)
    except regex.error as exc:
        return getattr(exc, "msg", None) or str(exc)
    return None


def _halved(failing: Callable[[int], str | None], good: int, bad: int, why: str) -> tuple[int, str]:
    """(index, why) of the term at a boundary between `good` (its first
    `good` terms compile: `failing(good)` is None) and `bad` (they fail with
    `why`), found by halving."""
    while bad - good > 1:
        mid = (good + bad) // 2
        if (failed := failing(mid)) is None:
            good = mid
        else:
            bad, why = mid, failed
    return bad - 1, why


def _refusal(key: str, term: str, at: tuple, why: str, flags: int, noun: str) -> tuple[str, str, tuple]:
    """OptionError's arguments for `term`, which breaks its join: its own
    error when it fails alone, else the join's (no position: it is the join's)."""
    try:
        compile_vale(key, term, flags, at=at)
    except OptionError as exc:
        return key, str(exc), at
    return key, not_compiling(term, f"joined after the {noun} before it: {why}"), at


def raw_failing(pieces: Sequence[str], flags: int = 0) -> None:
    """After a Vale existence pattern failed to compile: OptionError at the
    `raw:` piece to blame when the pieces, concatenated, do not compile
    alone: the piece after which no longer concatenation compiles (a piece
    may open a group a later one closes, `\\b(?:`, `)\\b`), looked for
    among the last 64, then by halving (`_halved`), so a long list costs
    no compile a piece; or the first at which their counted repeats pass
    the limit. Nothing when they compile."""
    if (why := oversized("".join(pieces), flags=flags)) is not None:     # more pieces write out more
        i, why = _halved(lambda k: oversized("".join(pieces[:k]), flags=flags), 0, len(pieces), why)
        raise OptionError("raw", not_compiling(pieces[i], why) if oversized(pieces[i], flags=flags) is not None
                          else f"the raw pieces up to {shown(pieces[i])} together: {why}", ("raw", i))

    def failing(k: int) -> str | None:
        return _why_not("".join(pieces[:k]), flags)

    bad = len(pieces)
    if (why := failing(bad)) is None:
        return
    for k in range(bad - 1, max(bad - 65, -1), -1):     # the last 64 first (a compile each), then halving
        if (failed := failing(k)) is None:
            break
        bad, why = k, failed
    else:
        k, why = _halved(failing, 0, bad, why)
    raise OptionError(*_refusal("raw", pieces[k], ("raw", k), why, flags, "raw pieces"))


def word_pattern(body: str, *, template: str = "", nonword: bool = False) -> str:
    """`body` inside Vale's word template (`\\b(?:%s)\\b`) unless `nonword`."""
    return body if nonword else (template or WORD_TEMPLATE).replace("%s", body, 1)


def word_regex(key: str, body: str, *, template: str = "", nonword: bool = False,
               ignorecase: bool = False, sized: bool = False) -> "regex.Pattern":
    """`word_pattern`, compiled (multi-line, as Vale's `(?m)`); `sized`: the
    body's terms were sized alone, and are taken so where the template holds no count."""
    pattern = word_pattern(body, template=template, nonword=nonword)
    sized = sized and countless(word_pattern("", template=template, nonword=nonword))
    return compile_vale(key, ("(?i)" if ignorecase else "") + "(?m)" + pattern, sized=sized)


def exceptions_regex(items: Iterable[str], ignorecase: bool = False) -> "regex.Pattern | None":
    """One alternation of exception terms, longest first (Vale's greedy order).
    `items`: the rule's `exceptions:`, then the Vocab's accepted terms (each
    refused at its line when read, `vocab.vocabulary`). A term that does not
    compile is matched as written; one whose counted repeats write out too
    much (`regex_size`) is OptionError at its item, and so are terms that do
    together (`joined_exceptions`), not compiled (qa292 #1)."""
    items = list(items)
    for i, t in enumerate(items):
        if (why := oversized(t)) is not None:
            raise OptionError("exceptions", not_compiling(t, why), ("exceptions", i))
    terms = sorted({t for t in items if t.strip()}, key=longest_first)
    if not terms:
        return None
    terms = [as_term(t) for t in terms]
    return joined_exceptions(("(?i)" if ignorecase else "") + rf"\b{alternation(terms)}\b", terms)


def as_term(term: str) -> str:
    """An exception term as a pattern joins it: itself when it compiles
    (`compile_counted`), else escaped, matched as written."""
    try:
        compile_counted(term)
        return term
    except regex.error:
        return regex.escape(term)


class JoinedOversized(OptionError):
    """`joined_exceptions`' refusal: the terms are each allowed, not together
    (so its caller may name the Vocab's accepted terms joined to them)."""


def joined_exceptions(pattern: str, terms: list[str]) -> "regex.Pattern | None":
    """`pattern`, the alternation (`regex_join.alternation`) of a rule's
    exception `terms` in a frame without counts, compiled, or None when it
    does not; JoinedOversized at `exceptions:` when the terms' counted
    repeats, each allowed and read alone, add up past `regex_size.LIMIT`
    (qa292 #2: twenty `a{90000}` took 760 MB)."""
    if (over := over_limit(terms)) is not None:
        raise JoinedOversized("exceptions", f"the terms together: {over[1]}", ("exceptions",))
    try:
        return compile_counted(pattern, sized=True)
    except regex.error:
        return None


def is_phrase(term: str) -> bool:
    """Vale's test for a Vocab entry that is a plain term, not a pattern."""
    return not any(ch in term for ch in "[]()*+?{}|\\^$.")


class ValeKind(Kind):
    """Base for Vale's kinds. Subclasses set `options` and implement `run`."""

    default_scope = ("prose",)     # a newslint rule file's default, as for every kind
    # Each finding is about its whole block (a count), placed at a match only to point
    # there: `Finding.whole`, so `skip-quotes` keeps it when that match is quoted.
    counts_blocks: ClassVar[bool] = False

    def __init__(self, rule_id, opts, trusted=False):
        self.vale: ValeContext = opts.get("_vale") or ValeContext(message="%s", scope=None)
        self.ready = not opts.get("_lazy")
        self.literals = literals(self.alternatives(opts)) if not self.ready else None
        if self.ready:
            super().__init__(rule_id, opts, trusted)
        else:       # validated on an earlier run (rule cache): compile on first use
            self.rule_id, self.opts, self.trusted = rule_id, opts, trusted

    def alternatives(self, opts) -> list[str] | None:
        """The patterns any match must come from (kinds built on one
        alternation say so), for the literal pre-check; None: no pre-check."""
        return None

    @classmethod
    def loader_options(cls, message: str) -> dict:
        """A newslint rule file's context: its message, formatted here as
        Vale formats it (`format_message`), and no Vale scope."""
        return {"_vale": ValeContext(message=message, scope=None)}

    @property
    def native(self) -> bool:
        """Loaded from a newslint rule file (its scope names parts), not from a Vale style."""
        return self.vale.scope is None

    def prepare(self) -> None:
        if not self.ready:
            self.setup()
            self.ready = True

    @property
    def template(self) -> str:
        return self.vale.word_template

    def message(self, *subs: str, template: str | None = None) -> str:
        """The rule's message (or `template`) filled with `subs`; in a
        newslint rule file each value is cut as the native kinds' `%s` is
        (`shortened`), while a Vale style's is whole, as Vale prints it."""
        if self.native:
            subs = tuple(shortened(s) for s in subs)
        return format_message(self.vale.message if template is None else template, *subs)

    def run(self, text: str) -> Iterable[tuple]:
        """(start, end, message) or (start, end, message, replacement) per
        finding, offsets into `text`."""
        raise NotImplementedError

    def run_block(self, block: Block, doc) -> Iterable[tuple[int, int, str]]:
        return self.run(block.text)

    def selected(self, doc, parts) -> list[Block]:
        """The blocks the rule checks: for a Vale style, the document's Vale
        blocks its scope selects; for a newslint rule file, each of `parts`
        (the engine's, of the rule's `scope:`) whole."""
        scope = self.vale.scope
        if scope is None:
            return [Block(p, 0, len(p.text), frozenset((p.kind,)), frozenset((p.kind,))) for p in parts]
        return [b for b in blocks(doc) if scope.matches(b)]

    def finding(self, part, start: int, end: int, message: str) -> Finding:
        return Finding(part, start, end, message=message, final=True, whole=self.counts_blocks)

    def check(self, doc, parts):
        if not self.ready and self.literals is not None:
            # Not compiled yet: skip the compile while no literal the rule
            # needs occurs in the file (most rules, for most short files).
            hay = doc.analysis("vale.haystack", _haystack)
            if not any(lit in hay for lit in self.literals):
                return
        self.prepare()
        if self.native:
            yield from self._native(doc, parts)
            return
        ignored = doc.cache.get("vale.ignored", ())
        count = 0
        for block in self.selected(doc, parts):
            for start, end, message, *fix in self.run_block(block, doc):
                if start < 0:     # nothing to point at: the file's first line, as Vale does
                    count += 1
                    yield self.finding(blocks(doc)[-1].part, 0, 0, message)
                    continue
                s, e = block.start + start, block.start + end
                if ignored and not block.sections & _INLINE and _overlaps(block.part, s, e, ignored):
                    continue
                count += 1
                if self.vale.limit and count > self.vale.limit:
                    return
                found = self.finding(block.part, s, e, message)
                found.fix = fix[0] if fix else None
                if not block.part.is_verbatim(doc.source, s, e):
                    # Vale places a match by finding its text again in the
                    # source; text that spans markup or an entity is not there,
                    # and Vale's line output gives the first column of its line.
                    # An apostrophe entity's is its own (anchored at itself: a
                    # baseline reads either as once placed, `baseline_entries`).
                    found.anchor = block.part.source_offset(s) if _found_again(block.part, s, e, doc.source) \
                        else doc.lines.line_start(doc.lines.position(block.part.source_offset(s))[0])
                yield found

    def _native(self, doc, parts) -> Iterator[Finding]:
        """`check` for a newslint rule file: each part of its scope is a
        block, findings keep their exact place (no TokenIgnores, `limit` or
        Vale's line-start placing), one with nothing to point at (too few
        matches) is at its part's start, and an inline object (a code span)
        quoted in the message shows as its source, not as U+FFFC."""
        for block in self.selected(doc, parts):
            for start, end, message, *fix in self.run_block(block, doc):
                start, end = (max(start, 0), max(end, 0))
                found = self.finding(block.part, start, end, block.part.shown_objects(
                    message, start, end, doc.source))
                found.fix = fix[0] if fix else None
                yield found


def _found_again(part, start: int, end: int, source: str) -> bool:
    """Is text[start:end] written in the source as it reads: verbatim, or but
    for apostrophe entities (`That&#039;s`: a CMS writes one in every
    contraction, and Vale reads `&rsquo;` as an apostrophe, its `Sanitize`)?
    Not across markup or another entity (`&#160;`): qa421 #8."""
    if part.is_verbatim(source, start, end):
        return True
    a, b = part.source_span(start, end, source)
    written = source[a:b]
    return "&" in written and ENTITY.sub(
        lambda m: c if (c := html.unescape(m[0])) in _APOSTROPHES else m[0], written) == part.text[start:end]


def _haystack(doc) -> str:
    """Every text a Vale block can hold (parts and source), in lower case."""
    return (doc.source + "\n" + "\n".join(p.text for p in doc.parts)).lower()


def _overlaps(part, start: int, end: int, spans) -> bool:
    s, e = part.source_span(start, end)
    return any(a < max(e, s + 1) and s < b for a, b in spans)
