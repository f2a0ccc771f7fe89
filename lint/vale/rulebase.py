"""What every Vale kind shares: scope matching over Vale blocks, message
templates, Vocab exceptions and the per-file ignores.

A Vale kind (`lint/kinds/vale_*.py`, `occurrence.py`, ...) implements
`run(text) -> [(start, end, message)]` over one block's text; `ValeKind.check`
walks the document's blocks (`scope.py`), keeps those its scope selects, and
turns each result into a `Finding` on the block's part, so the engine places
it with the reader's offsets. The loader (`styles.py`) passes the rule's Vale
settings as `opts["_vale"]`, a `ValeContext`.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable

import regex

from ..kinds.base import Finding, Kind, OptionError
from .scope import Block, Scope, blocks

WORD_TEMPLATE = r"\b(?:%s)\b"           # Vale's default; `WordTemplate` in the config replaces it
_GO_VERB = regex.compile(r"%(?:\[(\d+)\])?([sv%dq])")
_SPACES = regex.compile(r" +")
_INLINE = frozenset({"link", "strong", "emphasis"})


@dataclass
class ValeContext:
    """A Vale rule's settings that are not the kind's own keys."""

    message: str
    scope: Scope = field(default_factory=lambda: Scope([]))
    limit: int = 0                        # at most this many alerts per file (0: no limit)
    accepted: tuple[str, ...] = ()        # Vocab accept.txt entries (exceptions)
    word_template: str = ""


def format_message(template: str, *subs: str) -> str:
    """Go's Sprintf as Vale uses it: `%s` takes the next value, `%[2]s` the
    second, `%%` is a percent sign; missing values are empty. Newlines and
    runs of spaces in the result become one space, as in Vale's output."""
    index = 0

    def repl(m: regex.Match) -> str:
        nonlocal index
        if m.group(2) == "%":
            return "%"
        if m.group(1):
            i = int(m.group(1)) - 1
            index = i + 1
        else:
            i = index
            index += 1
        return subs[i] if 0 <= i < len(subs) else ""

    out = _GO_VERB.sub(repl, template)
    return _SPACES.sub(" ", out.replace("\n", " "))


def compile_vale(key: str, pattern: str, flags: int = 0) -> "regex.Pattern":
    """Compile a pattern from a Vale style (Go RE2/regexp2 syntax) or name the key."""
    pattern = pattern.replace(r"\z", r"\Z")
    try:
        return regex.compile(pattern, flags | regex.VERSION0)
    except regex.error as exc:
        raise OptionError(key, f"regex {pattern!r} does not compile: {exc}") from None


def word_pattern(body: str, *, template: str = "", nonword: bool = False) -> str:
    """`body` inside Vale's word template (`\\b(?:%s)\\b`) unless `nonword`."""
    return body if nonword else (template or WORD_TEMPLATE).replace("%s", body, 1)


def word_regex(key: str, body: str, *, template: str = "", nonword: bool = False,
               ignorecase: bool = False) -> "regex.Pattern":
    """`word_pattern`, compiled (multi-line, as Vale's `(?m)`)."""
    pattern = word_pattern(body, template=template, nonword=nonword)
    return compile_vale(key, ("(?i)" if ignorecase else "") + "(?m)" + pattern)


def exceptions_regex(items: Iterable[str], ignorecase: bool = False) -> "regex.Pattern | None":
    """One alternation of exception terms, longest first (Vale's greedy order)."""
    terms = sorted({t for t in items if t.strip()}, key=len, reverse=True)
    if not terms:
        return None
    good = []
    for t in terms:
        try:
            regex.compile(t)
            good.append(t)
        except regex.error:
            good.append(regex.escape(t))
    body = "|".join(good)
    try:
        return regex.compile(("(?i)" if ignorecase else "") + rf"\b(?:{body})\b")
    except regex.error:
        return None


def is_phrase(term: str) -> bool:
    """Vale's test for a Vocab entry that is a plain term, not a pattern."""
    return not any(ch in term for ch in "[]()*+?{}|\\^$.")


class ValeKind(Kind):
    """Base for Vale's kinds. Subclasses set `options` and implement `run`."""

    default_scope = ("all",)
    vale_only = True          # configured by the Vale loader, not from newslint rule files

    def __init__(self, rule_id, opts, trusted=False):
        self.vale: ValeContext = opts.get("_vale") or ValeContext(message="%s")
        self.ready = not opts.get("_lazy")
        if self.ready:
            super().__init__(rule_id, opts, trusted)
        else:       # validated on an earlier run (rule cache): compile on first use
            self.rule_id, self.opts, self.trusted = rule_id, opts, trusted

    def prepare(self) -> None:
        if not self.ready:
            self.setup()
            self.ready = True

    @property
    def template(self) -> str:
        return self.vale.word_template

    def message(self, *subs: str) -> str:
        return format_message(self.vale.message, *subs)

    def run(self, text: str) -> Iterable[tuple[int, int, str]]:
        raise NotImplementedError

    def run_block(self, block: Block, doc) -> Iterable[tuple[int, int, str]]:
        return self.run(block.text)

    def selected(self, doc) -> list[Block]:
        scope = self.vale.scope
        return [b for b in blocks(doc) if scope.matches(b)]

    def finding(self, part, start: int, end: int, message: str) -> Finding:
        return Finding(part, start, end, message=message, final=True)

    def check(self, doc, parts):
        self.prepare()
        ignored = doc.cache.get("vale.ignored", ())
        count = 0
        for block in self.selected(doc):
            for start, end, message in self.run_block(block, doc):
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
                yield self.finding(block.part, s, e, message)


def _overlaps(part, start: int, end: int, spans) -> bool:
    s, e = part.source_span(start, end)
    return any(a < max(e, s + 1) and s < b for a, b in spans)
