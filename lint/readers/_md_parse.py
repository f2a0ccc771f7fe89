"""markdown-it set up for newslint, and the inline pass with its work budgets.

Blocks are parsed by markdown-it (CommonMark plus tables), each inline run
by `_md_positions.PositionedInline` so every token carries its span.
markdown-it's inline parser is linear but costly on syntax a fuzzer writes:
it scans a link label per `[`, up to the nesting limit deep (`![![![...`:
80 steps per opener, 6 s for 0.5 MB), and takes some 7 us per emphasis mark
(`*a*a*a...`: 18 s for 2.4 MB). Both are counted per file: past
`LABEL_STEPS`, the rest of the file is read with links and images as plain
text; past `INLINE_STEPS`, with no inline syntax at all. Either says where
in a `file.markdown` notice. Articles stay thousands of times below both.
"""
from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.rules_core.normalize import normalize
from markdown_it.token import Token

from ..document import Document, Notice
from ._md_notes import with_notes
from ._md_positions import PositionedInline, install

# Steps one file may take. Label scans: articles take under 300 (at most 23
# per KB in the Markdown repositories); a million is about 0.7 s of CPU.
# Inline steps (a token or a character of text): articles take under 800,
# 11 per KB in the Markdown repositories and at most 50 (10 MB of typical
# Markdown: some 120,000); the costliest syntax, emphasis marks, takes
# about 3.5 s for 500,000.
LABEL_STEPS = 1_000_000
INLINE_STEPS = 500_000
_LABELS, _STEPS = "newslint.label-steps", "newslint.inline-steps"   # env: [steps left]
_PLAIN = "newslint.plain"            # env: "links" or "all", once a budget is spent
_DEEP = "newslint.too-deep"          # env: (line, column) of the first text nested too deep
# Block levels markdown-it reads (a `>` is one, a list item two: its list's and
# its own); deeper text it drops, and `too_deep_notice` says where.
MAX_NESTING = 100


class BudgetSpent(Exception):
    """A file's inline parsing went over one of its budgets (`what` it was)."""

    def __init__(self, what: str):
        super().__init__(what)
        self.what = what


class BudgetedInline(PositionedInline):
    """The positioned inline parser, counting its steps and the steps of its
    label scans in the parse's env (one per file); past a budget it stops."""

    def skipToken(self, state) -> None:
        _spend(state.env, _LABELS, "links")
        super().skipToken(state)

    def step(self, state) -> None:
        _spend(state.env, _STEPS, "all")


def _spend(env: dict, key: str, what: str) -> None:
    left = env.get(key)
    if left is not None:
        left[0] -= 1
        if left[0] < 0:
            raise BudgetSpent(what)


def _parser(mdx: bool = False, inline_only: bool = False) -> MarkdownIt:
    md = install(MarkdownIt("commonmark").enable("table"),
                 BudgetedInline if inline_only else PositionedInline)
    # The commonmark preset stops at 20 levels and drops what lies deeper unsaid
    # (a 20-deep `>` chain of a forwarded e-mail); CommonMark sets no limit, and
    # markdown-it's default preset's 100 stays well inside Python's recursion limit.
    md.options["maxNesting"] = MAX_NESTING
    md.block.tokenize = _said_too_deep(md.block.tokenize)
    md.disable("text_join")   # keep escapes and entities as tokens that carry their source form
    md.core.ruler.at("normalize", _normalize)
    md.disable("inline")      # inline runs are parsed by `_inline_tokens`, plain ones without the parser
    if mdx:
        md.disable("code")    # MDX has no indented code blocks
    if inline_only:
        # Inline runs get the commonmark preset's limit (links in labels, images
        # in alts): the label scan costs that many steps per unclosed `[`, so
        # 100 made such a paragraph 5x slower, and no prose nests links 20 deep.
        md.options["maxNesting"] = 20
    return md


def _said_too_deep(block_tokenize):
    """markdown-it's block `tokenize`, except at `MAX_NESTING` levels deep.
    There markdown-it drops the rest of the range without a word, and a
    list item's range runs to the end of the file, so the text after the
    deep list was lost too (qa94 #9). This one drops only the lines the
    nested block holds (those indented to it, as `tokenize` ends a block),
    and notes in the env where the first such text starts: (its line,
    0-based from the body; its column after the `>` and list marks)."""
    def tokenize(state, start_line: int, end_line: int) -> None:
        if state.level < state.md.options.maxNesting:
            return block_tokenize(state, start_line, end_line)
        line = stop = state.skipEmptyLines(start_line)
        while stop < end_line and (state.isEmpty(stop) or state.sCount[stop] >= state.blkIndent):
            stop += 1
        if stop > line and _DEEP not in state.env:
            at = state.bMarks[line] + state.tShift[line]
            state.env[_DEEP] = (line, at - state.src.rfind("\n", 0, at) - 1)
        state.line = stop
    return tokenize


TOO_DEEP = (f"Markdown nested over {MAX_NESTING} levels deep (a '>' is one level, a list item "
            "two): the text nested this deep is not read, so it is not linted")


def _normalize(state) -> None:
    """markdown-it's `normalize` (CRLF and CR to LF, NUL to U+FFFD: CommonMark
    2.1 and 2.3) when the text holds a CR or a NUL; without either it gives
    the text back unchanged after two passes over it, and most files hold
    neither (the reader has made each lone CR a LF: `lone_cr_as_lf`)."""
    if "\r" in state.src or "\0" in state.src:
        normalize(state)


_MD, _MDX, _INLINE = _parser(), _parser(mdx=True), _parser(inline_only=True)
_NO_LINKS = _parser(inline_only=True).disable(["link", "image"])
# The characters at which an enabled inline rule other than text and newline
# can fire (escape, code, emphasis, link, image, autolink, HTML, entity).
_INLINE_MARKUP = re.compile(r"[\\`*_\[!<&]")
_SET = "newslint.inline"             # env: (inline parser, one without links) for the file
_NOTED: dict[bool, tuple[MarkdownIt, MarkdownIt, MarkdownIt]] = {}   # footnote readers, by mdx


def _parsers(mdx: bool, notes: bool) -> tuple[MarkdownIt, MarkdownIt, MarkdownIt]:
    """(block parser, inline parser, inline parser without links) for a file;
    with `notes` (it holds a `[^`) they read footnotes (`_md_notes`), made
    for the first such file."""
    if not notes:
        return (_MDX if mdx else _MD), _INLINE, _NO_LINKS
    made = _NOTED.get(mdx)
    if made is None:
        made = _NOTED[mdx] = (with_notes(_parser(mdx=mdx)), with_notes(_parser(inline_only=True)),
                              with_notes(_parser(inline_only=True)).disable(["link", "image"]))
    return made


def parse(text: str, body: int, mdx: bool) -> tuple[list[Token], tuple[int, int] | None]:
    """markdown-it's tokens for text[body:] (the masked source after front
    matter), inline runs parsed with their spans; a run where a budget was
    spent carries it in `meta["budget_spent"]` (see `budget_notice`). With
    them, where the first text nested past `MAX_NESTING` starts, (line from
    `body`, 0-based; column, 0-based, in characters), or None (say it: `TOO_DEEP`)."""
    block, *inline = _parsers(mdx, text.find("[^", body) >= 0)
    env: dict = {_LABELS: [LABEL_STEPS], _STEPS: [INLINE_STEPS], _SET: inline}
    tokens = block.parse(text[body:], env)
    for tok in tokens:
        if tok.type == "inline":
            tok.children = _inline_tokens(tok, env)
    return tokens, env.get(_DEEP)


def _inline_tokens(tok: Token, env: dict) -> list[Token]:
    """What markdown-it's inline parser gives for one inline run, each token
    with its span (`_md_positions`); once a budget is spent, what is left of
    the file is read with less inline syntax (`parse`)."""
    content = tok.content
    plain = env.get(_PLAIN)
    if plain == "all" or not _INLINE_MARKUP.search(content):
        return _plain_tokens(content)
    md = env[_SET][1] if plain else env[_SET][0]
    try:
        return md.inline.parse(content, md, env, [])
    except BudgetSpent as spent:
        env[_PLAIN] = spent.what
        # said by the reader (`budget_notice`), which knows where the run's
        # first character lies inside `> ` and list-item marks
        tok.meta["budget_spent"] = spent.what
        return _inline_tokens(tok, env)


def budget_notice(doc: Document, tok: Token, at: int) -> None:
    """The `file.markdown` notice at `at` (source offset of the first
    character of the run where a budget was spent), if one was spent there;
    past the inline budget, no fix from `at` on."""
    what = tok.meta.get("budget_spent")
    if what is None:
        return
    doc.notices.append(Notice("file.markdown", "warning", _spent(what), at))
    if what == "all":
        _protect_from(doc, at)


def _protect_from(doc: Document, at: int) -> None:
    """No fix from `at` on: the text there is read as written, so a finding
    may lie in markup (a code span, a URL) that a fix must not rewrite. Spans
    stay sorted and disjoint, as `Document.is_protected` needs them."""
    start = min([at] + [a for a, b in doc.protected if b > at])
    doc.protected[:] = [(a, b) for a, b in doc.protected if b <= start] + \
        [(start, len(doc.source))]


def _spent(what: str) -> str:
    if what == "links":
        return (f"link and image syntax too costly to parse (over {LABEL_STEPS:,} steps, as "
                "in a run of unclosed '['): from this paragraph on, links and images are "
                "read as plain text")
    return (f"inline syntax too costly to parse (over {INLINE_STEPS:,} steps, as in "
            "thousands of emphasis marks): from this paragraph on, the text is read as "
            "written, markup and all")


def _plain_tokens(content: str) -> list[Token]:
    """The tokens of a run read without inline syntax: text split by soft and
    hard line breaks, as markdown-it's `newline` rule makes them. Most runs
    hold no markup at all, and this is several times faster than running
    every inline rule per character."""
    out: list[Token] = []
    pos = 0
    lines = content.split("\n")
    last = len(lines) - 1
    for i, line in enumerate(lines):
        start = pos
        if i:
            stripped = line.lstrip(" \t")       # spaces opening a continuation line
            start += len(line) - len(stripped)
            line = stripped
        end_of_line = pos + len(lines[i])
        if i == last:
            if line:
                out.append(_token("text", line, start))
            break
        if line.endswith("  "):
            line, brk = line.rstrip(" "), "hardbreak"
        else:
            line, brk = (line[:-1] if line.endswith(" ") else line), "softbreak"
        if line:
            out.append(_token("text", line, start))
        out.append(_token(brk, "", end_of_line, 1))
        pos = end_of_line + 1
    return out


def _token(kind: str, content: str, at: int, length: int | None = None) -> Token:
    tok = Token(kind, "br" if kind != "text" else "", 0, content=content)
    tok.meta["span"] = (at, at + (len(content) if length is None else length))
    return tok

