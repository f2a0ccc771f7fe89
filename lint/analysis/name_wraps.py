"""Names and titles read across a soft line wrap or a no-break space.

A wire story is hard-wrapped and a CMS keeps "Sen.&nbsp;Carl" together, so a
name or a title may straddle a break the page does not show (qa148 #1);
`flat` gives the names reader that text as one line, offset for offset."""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from .. import rx as regex

from ..document import Part
from .name_titles import title_word
from .no_break import plain_spaces
from .sentence_ends import LINE_BREAK

__all__ = ["flat"]


# A space a title or a name is read across as a plain one (qa148 #1): a
# no-break space (`&nbsp;` after "Sen.", `no_break.NO_BREAK_SPACES`), and a line break
# between a word's last character and a letter or a figure (an age in
# apposition wrapped off its name, "Hendricks," / "54, said": nu42 H1). A
# line break after a space (a Markdown hard break) or before a space or a
# mark (a list item's dash) stays one. LF, CRLF and a lone CR alike (fx385).
_LINE_BREAK = regex.compile(rf"(?<=\S){LINE_BREAK}(?=[\p{{L}}\d])")
# In Markdown and HTML the indentation after such a break is part of the one
# space a reader sees (pretty-printed source: "Deputy\n      Mayor", qa155).
_INDENTED_BREAK = regex.compile(rf"(?<=\S){LINE_BREAK}[ \t]*(?=[\p{{L}}\d])")


# Plain text wraps its lines at 60-80 characters (readers._text_lines): a
# shorter line that would take the next word ends a line of its own.
_WRAP_LEAST = 60


def flat(part: Part, plain: bool = False) -> Part:
    """`part` with its no-break spaces and soft line wraps plain spaces, one
    character for one, so every offset still maps into the source (the same
    `segments`); the part itself when it has none. A wrap at a CRLF loses
    its CR (`_without`: the segments move with it), so that it is one space,
    as a wrap at LF is: a name or a title read across it is one run
    ("Brent\r\nBeesely", "Deputy\r\nMayor Doe": fx385). In Markdown and HTML a
    line break inside a paragraph is a space, and so is the indentation
    after it (pretty-printed HTML). In `plain` text a line may be
    a line of its own (a heading, a list of headlines, a caption line over
    the story), so a break is a wrap only where the next word would not
    have fitted on the line (a hard-wrapped block's lines are as long as its
    longest but for the word: the longest of all but its first and last
    line, since a wire dateline lengthens the first; and at least
    `_WRAP_LEAST`), or where a title runs on over it ("Deputy" / "Mayor") or
    a title and one name word are followed by another name word ("Mayor
    Thomas" / "Hendricks"). A line ending in a whole title is no wrap by that
    alone: a list line ("Irena Kowalczyk, Deputy Mayor" / "Tom Reed, Mayor")
    or an all-capitals heading ("INTERVIEW WITH THE MAYOR") ends so too
    (qa155 #1)."""
    text = part.text
    spaced = plain_spaces(text)
    crs: list[int] = []
    if "\n" in text or "\r" in text:
        wraps = [m.span() for m in (_LINE_BREAK if plain else _INDENTED_BREAK).finditer(spaced)]
        hard = part.attrs.get("hard_breaks")
        if hard and wraps:
            wraps = [(at, end) for at, end in wraps if part.source_offset(at) not in hard]
        if wraps and plain:
            lines = spaced.split("\n")
            inner = lines[1:-1] if len(lines) > 2 else lines   # the first may hold a dateline
            widest = max(_WRAP_LEAST, *(len(x.rstrip()) for x in inner))
            wraps = [(at, end) for at, end in wraps if _soft_wrap(spaced, at, end, widest)]
        if wraps:
            chars = list(spaced)
            for at, end in wraps:
                chars[at:end] = " " * (end - at)
            crs = [at for at, _ in wraps if spaced.startswith("\r\n", at)]
            spaced = "".join(chars)
    if crs:
        return _without(part, spaced, crs)
    return part if spaced == text else replace(part, text=spaced)


def _without(part: Part, text: str, drops: list[int]) -> Part:
    """`part` read as `text` less its characters at `drops` (sorted offsets
    in `text`), with segments so that each character left maps to its own
    source character as before: sorted, one start each (a segment that
    started at a dropped character starts at the one after it)."""
    cuts = set(drops)
    points = sorted(({t for t, _ in part.segments} | {d + 1 for d in drops}) - cuts)
    segments = tuple((p - bisect_left(drops, p), part.source_offset(p)) for p in points if p < len(text))
    kept = "".join(c for i, c in enumerate(text) if i not in cuts)
    return replace(part, text=kept, segments=segments)


# The first word of a line (after a line break).
_FIRST_WORD = regex.compile(r"\S+")


def _soft_wrap(text: str, at: int, end: int, widest: int) -> bool:
    """Whether the line break text[at:end] in plain text wraps a line (`flat`),
    in a block whose lines are at most `widest` long."""
    line = text[text.rfind("\n", 0, at) + 1:at].rstrip()
    word = _FIRST_WORD.match(text, end)
    if len(line) + 1 + len(word[0]) > widest:
        return True
    words = line.split()
    if not words or line.isupper():
        return False
    last, nxt = words[-1].rstrip("."), word[0].rstrip(".,;:")
    if title_word(last) is not None:    # a title runs on: "Deputy" / "Mayor Kowalczyk"
        return title_word(nxt) is not None
    return (len(words) > 1 and last[:1].isupper() and nxt[:1].isupper()
            and title_word(words[-2].rstrip(".")) is not None)   # "Mayor Thomas" / "Hendricks"
