"""Lines of a plain text that the reader (lint/readers/text.py) reads as
blank, as no text of the story: a newslint directive on a line of its own
(`directive_lines`) and an end mark under the story (`end_marks`: `-30-`,
`###`, `# # #`, `-0-`, `ENDS`; `end_marks` in lint/data/plain_text.yaml),
which `add_end_marks` then adds as `end-mark` fields, so `newslint parse`
shows them and no rule lints them as prose; and a block's lines cut into
paragraphs at first-line indents (`indented_paragraphs`) and at the caption
lines a scraped story leaves in them (`split_at_captions`)."""
from __future__ import annotations

from functools import lru_cache

from .. import rx as regex

from ..document import Document, Notice, Part
from ..html_comments import comment_end
from ..rule_cache import load_data
from ..suppress import MARKER, find_directives
from ._stitch import sub_part
from .patterns import CAPTION_LINE


def trim(source: str, start: int, end: int) -> tuple[int, int]:
    """The span source[start:end] without the white space at either end."""
    while start < end and source[start].isspace():
        start += 1
    while end > start and source[end - 1].isspace():
        end -= 1
    return start, end


def directive_lines(doc: Document, src: str, start: int, end: int | None) -> frozenset[int]:
    """The starts of the lines that hold a newslint directive and nothing else
    (`<!-- newslint-disable-next-line hygiene -->`, each line of one whose
    comment runs over several), whose directives go to
    `doc.suppressions`; the reader reads those lines as blank, so they are
    never prose. Plain text has no comment syntax, so a directive counts only
    on a line of its own; one inside a line of text is words, printed with
    the story, and has no effect: a `file.directive` notice says so at it.
    Vale's comments (`<!-- vale off -->`) are left alone, as Vale reads none
    in a .txt file."""
    stop = len(src) if end is None else end
    if MARKER.search(src, start, stop) is None:
        return frozenset()
    found = []
    for d in find_directives(src, start, end):
        if d.vale:
            continue
        # only space out to the line's ends: walked, not sliced, so that thousands of
        # directives in one long line cost no more than the line (was quadratic)
        line_start, line_end = d.offset, comment_end(src, d.offset, stop)[1]    # the comment's end
        while line_start > start and src[line_start - 1] != "\n" and src[line_start - 1].isspace():
            line_start -= 1
        while line_end < stop and src[line_end] != "\n" and src[line_end].isspace():
            line_end += 1
        if (line_start == start or src[line_start - 1] == "\n") and (line_end == stop or src[line_end] == "\n"):
            doc.suppressions.append(d)
            found.append(line_start)
            nl = src.find("\n", line_start, line_end)
            while nl != -1:              # a comment over several lines: each of its lines is blank
                found.append(nl + 1)
                nl = src.find("\n", nl + 1, line_end)
        else:
            doc.notices.append(Notice("file.directive", "warning", _IN_LINE, d.offset))
    return frozenset(found)


_IN_LINE = ("a newslint directive inside a line of plain text is printed copy and has no effect "
            "(plain text has no comments); put it on a line of its own, or delete it")


@lru_cache(maxsize=1)
def _end_mark() -> regex.Pattern:
    """A line that is only an end mark (`end_marks`), space around it."""
    marks = "|".join(regex.escape(m) for m in load_data("plain_text.yaml")["end_marks"])
    return regex.compile(rf"(?m)^[ \t]*(?P<mark>{marks})[ \t]*\r?$")


def end_mark_line(line: str) -> bool:
    """Whether a line is only an end mark (the Markdown reader's test: there
    `###` alone is an empty heading and `# # #` a heading of `#`)."""
    return _end_mark().fullmatch(line) is not None


def end_marks(src: str, start: int, end: int | None) -> dict[int, tuple[int, int]]:
    """{line start: (start, end) of the mark} for each line of src[start:end]
    that is only an end mark, below the text's first line (a mark opening
    the text ends no story). A mark inside a line (`"-30-" was his sign-off`,
    `30 people came`) is none."""
    stop = len(src) if end is None else end
    if not may_hold_end_mark(src, start, stop):
        return {}
    first = start
    while first < stop and src[first].isspace():
        first += 1
    return {m.start(): m.span("mark") for m in _end_mark().finditer(src, start, stop) if m.start() > first}


def may_hold_end_mark(src: str, start: int, stop: int) -> bool:
    """False when src[start:stop] surely holds no end mark: plain `find`s for
    each mark, far cheaper than a pattern per line (most texts have none)."""
    return any(src.find(mark, start, stop) != -1 for mark in _marks())


@lru_cache(maxsize=1)
def _marks() -> tuple[str, ...]:
    return tuple(load_data("plain_text.yaml")["end_marks"])


def add_end_marks(doc: Document, marks: dict[int, tuple[int, int]]) -> None:
    """Add each end mark (`end_marks`) as a field named `end-mark`."""
    for m_start, m_end in marks.values():
        doc.add(Part.from_slice("field", doc.source, m_start, m_end, name="end-mark"))


def md_end_mark(text: str, body_start: int, lines: tuple[int, int], line_span, opener) -> tuple[int, int] | None:
    """The (start, end) of a Markdown block's end mark (`end_mark_line`), as
    the text reader reads marks: the block is the mark alone (a paragraph,
    or `###` and `# # #`, which are ATX headings there; a setext heading's
    `ENDS` over `===` is a heading), or a paragraph's last line is one (a
    mark glued under the story's last line); never on the body's first line
    (a mark opening the text ends no story). `lines`: the block's first line
    and the line after it; `line_span(n)`: line n's (start, end) in `text`."""
    if opener.markup in ("=", "-") or lines[1] - lines[0] > 1 and opener.type != "paragraph_open":
        return None
    m = _end_mark().fullmatch(text, *line_span(lines[1] - 1))     # the body's start read only for a mark
    return m.span("mark") if m is not None and text[body_start:line_span(lines[0])[0]].strip() else None


def before_mark(part: Part | None, mark: int):
    """`part` cut before a source offset `mark` (a glued end mark's), space
    before it dropped; None when nothing is left."""
    if part is None:
        return None
    end = 0
    for i in range(len(part.text)):
        if part.source_offset(i) >= mark:
            break
        if not part.text[i].isspace():
            end = i + 1
    return sub_part(part, part.kind, 0, end, name=part.name, attrs=part.attrs) if end else None


# A line ending in one of these ends its sentence (or its caption).
LINE_ENDS = frozenset(".!?:;\"”’')]…")


def indented_paragraphs(src: str, line_spans: list[tuple[int, int]]):
    """The line spans of a block, cut into paragraphs where a line is indented
    deeper than the block's least indented line and the line before ends a
    sentence: typed and wire copy (Reuters, ANPA 1312) marks a paragraph with
    a first-line indent, not a blank line. A block whose every line is
    indented alike, or a hard-wrapped sentence, is never cut."""
    if len(line_spans) == 1:       # (most blocks: one line, nothing to cut)
        yield line_spans
        return
    indents = [_indent(src, s, e) for s, e in line_spans]
    least = min(indents)
    run = [line_spans[0]]
    for k in range(1, len(line_spans)):
        before = src[run[-1][0]:run[-1][1]].rstrip()
        if indents[k] >= least + 2 and before and before[-1] in LINE_ENDS:
            yield run
            run = []
        run.append(line_spans[k])
    yield run


def _indent(src: str, start: int, end: int) -> int:
    """Columns of space before a line's text (a tab counts as a paragraph
    indent of its own); a blank line has none."""
    k, cols = start, 0
    while k < end and src[k] in " \t":
        cols += 4 if src[k] == "\t" else 1
        k += 1
    return cols if k < end else 0


def split_at_captions(src: str, line_spans: list[tuple[int, int]], end: int):
    """(start, end, kind) of the paragraphs and caption lines of a block that
    opens with prose. Scraped stories leave caption and credit lines inside
    paragraphs. So that a hard-wrapped sentence is never cut, a line counts
    as one only when it does not open in lower case and the line before it
    ends a sentence; in a block that is not hard-wrapped, also when the line
    before is short or the line is a credit alone with no full stop
    ("... told" / "Reuters." ends a wrapped sentence)."""
    if len(line_spans) == 1:       # (most blocks: one line, which the test never cuts)
        p_start, p_end = trim(src, line_spans[0][0], end)
        if p_start < p_end:
            yield p_start, p_end, "paragraph"
        return
    para_start, prev_ends = line_spans[0][0], False
    # Wire copy wraps every line near one width; scraped copy puts a paragraph on a line.
    widths = sorted(e - s for s, e in line_spans[:-1])
    wrapped = (len(line_spans) >= 3 and widths[-1] <= _WRAP_MAX
               and widths[len(widths) // 2] >= _WRAP_MIN)
    for k, (l_start, l_end) in enumerate(line_spans):
        t_start, t_end = trim(src, l_start, l_end)
        line = src[t_start:t_end]
        if k and line and not line[0].islower() and CAPTION_LINE.match(line) and (
                prev_ends or not wrapped and CAPTION_LINE.alone(line) and line[-1] != "."):
            p_start, p_end = trim(src, para_start, line_spans[k - 1][1])
            if p_start < p_end:
                yield p_start, p_end, "paragraph"
            yield t_start, t_end, "caption"
            para_start = line_spans[k + 1][0] if k + 1 < len(line_spans) else end
            prev_ends = True
            continue
        prev_ends = bool(line) and (line[-1] in LINE_ENDS or not wrapped and len(line) < _WRAPPED)
    p_start, p_end = trim(src, para_start, end)
    if p_start < p_end:
        yield p_start, p_end, "paragraph"


# A shorter line than this is no hard-wrapped line (they wrap at 60-80).
_WRAPPED = 60
# A block is hard-wrapped when no line (but the last) is longer than the
# maximum and the median line is at least the minimum.
_WRAP_MIN, _WRAP_MAX = 40, 80
