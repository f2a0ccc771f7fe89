"""Where a story's closing tagline stands, for the `existence` kind's
`closing` and `closing-after` options: the last line of the story (or the
line before a last credit line), one line or wrapped over a few lines of its
paragraph (nu25 #7, nu68 #3). Kept apart from `existence` so each module
stays small; the kind passes its compiled patterns in."""
from __future__ import annotations

from .. import rx as regex

from .base import REGEX_TIMEOUT, BudgetSpent, matches

_BREAK = regex.compile(r"[\r\n]")
_WRAPPED_LINES = 8     # the most lines a closing tagline is read over when wrapped (`_wrapped`)
# A line's text without the white space around it.
_LINE = regex.compile(r"[^\s](?:[^\n]*[^\s])?")


def closing_spans(doc, closing, closing_after, closing_from, trusted: bool) -> tuple:
    """(line, wrapped): where the story's closing tagline stands, in
    part-text offsets. `line` is the (part, start, end) closing line or
    None: the last line of the story's last paragraph (by source
    position), or the line before a last line `closing_after` matches
    (that line may be the last of the paragraph before), when `closing`
    matches it from its start. Lines are parted at line breaks; blank
    ones are skipped; white space around a line is no part of it.
    `wrapped` holds a (part, start, end) span for each of those two
    ends where the tagline is wrapped over lines of one part: from the
    earliest line of that part, of the `_WRAPPED_LINES` that end there,
    on which `closing_from` matches the lines up to the end, their line
    breaks read as spaces (`Copyright 2026 The Lakeshore⏎Ledger. All
    rights⏎reserved.`), to that end. Patterns may be None (no option)."""
    paragraphs = sorted((p for p in doc.parts if p.kind == "paragraph" and p.segments),
                        key=lambda p: p.segments[0][1])[-2:]
    lines = [(p, m.start(), m.end()) for p in paragraphs for m in _LINE.finditer(p.text)]
    if not lines:
        return None, ()
    line = None
    after = len(lines) > 1 and _holds(closing_after, lines[-1], trusted)
    if _holds(closing, lines[-1], trusted):
        line = lines[-1]
    elif after and _holds(closing, lines[-2], trusted):
        line = lines[-2]
    ends = (len(lines), len(lines) - 1) if after else (len(lines),)
    wrapped = (_wrapped(lines[max(end - _WRAPPED_LINES, 0):end], closing_from, trusted) for end in ends)
    return line, tuple(w for w in wrapped if w is not None)


def _wrapped(lines: list, closing_from, trusted: bool) -> tuple | None:
    """(part, start, end): from the earliest of `lines` in the last
    line's part where `closing_from` matches the text up to that line's end,
    each line break in it read as a space, to that end; or None. Each
    try may read to the end, so the lines are few: a long last
    paragraph of `Copyright` lines took 45 s for 8,000 lines, tried all."""
    if closing_from is None:
        return None
    part, _, end = lines[-1]
    text = None
    for p, start, _ in lines:
        if p is not part:
            continue
        text = text or _BREAK.sub(" ", part.text)     # (as long as the part's text: offsets hold)
        try:
            if closing_from.match(text, start, end, timeout=None if trusted else REGEX_TIMEOUT):
                return part, start, end
        except TimeoutError:
            raise BudgetSpent("regex timed out", closing_from) from None
    return None


def _holds(pattern, line: tuple, trusted: bool) -> bool:
    """Whether `pattern` (None: no pattern) matches the (part, start, end) line."""
    part, start, end = line
    return pattern is not None and next(matches(pattern, part.text[start:end], trusted), None) is not None


def spared(closing: tuple, part, m) -> bool:
    """Whether the match `m` in `part` stands in the closing tagline
    (`closing_spans`' (line, wrapped)): a match on one line inside the
    closing line; one that runs over a line break (a plain phrase's spaces
    match a wrap: nu68 #3) inside a wrapped tagline's span, as it would
    stand in the one line the tagline is when unwrapped."""
    line, wrapped = closing
    if _BREAK.search(m.group()) is None:
        return line is not None and line[0] is part and line[1] <= m.start() and m.end() <= line[2]
    return any(p is part and start <= m.start() and m.end() <= end for p, start, end in wrapped)
