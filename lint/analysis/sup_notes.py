"""Footnote marks a `<sup>` holds, or Unicode superscripts, which the
readers of times, decades and dates read as no word: `7pm<sup>1</sup>.`,
`1990's<sup>1,2</sup>` and `Feb. 3<sup>1</sup>` reach the readers as
`7pm1.`, `1990's1,2` and `Feb. 31`, which hide the time and the decade and
misread the day, where a Markdown `[^1]` (left out of the text by its
reader) does not (qa408 #3, qa426 #1, #3, #4, nu76 #3).

The marks are written over, one character for one, so every offset of
the text stays the part's and a finding or fix placed on the rewritten text
is placed on the source's own characters; no fix can reach into the
`<sup>`, whose figures are not the text's any more. The `<sup>` spans are
the readers' inline `superscript` marks (`Part.attrs["inline"]`: HTML,
Markdown's raw HTML, NITF and NewsML-G2's inline NITF). `unread` serves
the time and decade readers (a mark after a letter), `unread_marks` the
date readers (a mark after a figure, through `dated_text`, once a part).
"""
from __future__ import annotations

import re

__all__ = ["NO_WORD", "SUPERSCRIPT_FIGURES", "dated_text", "has_superscript_figures", "has_superscripts", "unread",
           "unread_marks", "unread_superscripts", "without_marks"]

# What a figure is written as: an invisible separator (U+2063), no word
# character, no space and no stop the readers part a sentence at.
NO_WORD = "\u2063"
# One footnote figure, or a list or a range of them: "1", "12", "1,2", "1, 2", "1-3", "1–3",
# with a space, a no-break space or a comma the writer left inside the <sup> after it ("1 ",
# "1&nbsp;", "1,": qa441 #3).
_FIGURES = re.compile(r"[0-9]{1,3}(?:(?:, ?|[-\u2013])[0-9]{1,3}){0,4}[ \u00a0,]{0,2}")
# A letter footnote mark ("a", "b", "aa"), so padded; read only after a word that holds a figure
# (`_after_figure`), where a letter is no exponent ("x<sup>n</sup>") nor a word's own mark.
_LETTERS = re.compile(r"[a-z]{1,3}[ \u00a0,]{0,2}")
# Ordinal suffixes: a <sup> that holds one is the day's or the number's ("10<sup>th</sup>").
_ORDINALS = frozenset({"st", "nd", "rd", "th", "d"})


def unread(part, text: str, after_stop: bool = False) -> str:
    """`text` (the part's, str) with each footnote mark a `<sup>` holds right
    after a letter written as `NO_WORD`s, the offsets kept: a figure or list
    of them (`7pm<sup>1,2</sup>`, `1990's<sup>1 </sup>`), or a lower-case
    letter mark after a word with a figure in it (`7pm<sup>a</sup>`, not
    `colour<sup>x</sup>`, `10<sup>th</sup>`: qa441 #4); with `after_stop`,
    one right after a letter's stop too (`12 p.m.<sup>1</sup> to vote`,
    read `12 p.m. to vote`). A mark after a space, a figure or other mark
    (`x 2<sup>2</sup>`) is read as written. Returns `text` itself when
    there is none."""
    for kind, s, e in part.attrs.get("inline", ()):
        if kind != "superscript" or s < 1:
            continue
        before = text[s - 1]
        if not (before.isalpha() or (after_stop and before == "." and s > 1 and text[s - 2].isalpha())):
            continue
        if _FIGURES.fullmatch(text, s, e) or (
                _LETTERS.fullmatch(text, s, e) and text[s:e].rstrip(" \u00a0,") not in _ORDINALS
                and _after_figure(text, s)):
            text = text[:s] + NO_WORD * (e - s) + text[e:]
    return text


def _after_figure(text: str, at: int) -> bool:
    """Whether the word ending at `at` (back to a space), or with a.m.'s or
    p.m.'s stop the word before it too (`7 p.m.<sup>a</sup>`), holds a
    figure: a time's or a decade's."""
    start = at
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    if text[start:at].lower() in ("a.m.", "p.m.") and start > 0:
        start -= 1
        while start > 0 and not text[start - 1].isspace():
            start -= 1
    return any(c.isdigit() for c in text[start:at])


# What may follow a footnote mark for it to be one: a space, a stop or a closing mark, an em
# dash (`2023<sup>1</sup>—officials said`: qa448 #2) or a hyphen or en dash no figure follows;
# never a figure nor a hyphen or en dash before one, which would join a range (`2023<sup>1</sup>-24`).
_AFTER_NOTE = re.compile(r"\s|[,.;:!?)\]\"'\u201d\u2019\u2014\u2015]|[-\u2010\u2011\u2013](?![-\u2010\u2011\u2013]*[0-9])|$")
# What a <sup> after a figure holds when it is a footnote mark (maybe a space first, and a space,
# no-break space or comma the writer left after it, `_FIGURES`): figures, a list or a range of
# them; one to three letters (`2023<sup>a</sup>`, `<sup>A</sup>`: qa449 #4; an ordinal's are no
# mark, `_ORDINALS`); a bracketed or parenthesised mark (`<sup>[1]</sup>`, `<sup>(a)</sup>`); or
# one to three reference symbols (`*`, `†`, `‡`, `§`, `¶`: qa449 #1).
_ITEM = r"(?:[0-9]{1,3}|[A-Za-z]{1,3})"
_NOTE_MARK = re.compile(r"[ \u00a0]?(?:[0-9]{1,3}(?:(?:, ?|[-\u2013])[0-9]{1,3}){0,4}|[A-Za-z]{1,3}"
                        rf"|\[{_ITEM}(?:(?:, ?|[-\u2013]){_ITEM}){{0,4}}\]|\({_ITEM}(?:(?:, ?|[-\u2013]){_ITEM}){{0,4}}\)"
                        r"|[*\u2020\u2021\u00a7\u00b6]{1,3})[ \u00a0,]{0,2}")
# Unicode's superscript figures, parentheses and small letters (`2023¹`, `Feb. 3²`, `2023ᵃ`):
# a run of them is a mark as a <sup>'s is, but an ordinal's letters (`1ˢᵗ`, `2ⁿᵈ`, `3ʳᵈ`, `4ᵗʰ`).
_SUPERSCRIPTS = ("\u00b9\u00b2\u00b3\u2070\u2074-\u207f\u02b0-\u02b8\u02e1-\u02e3"
                 "\u1d2c-\u1d61\u1d9b-\u1dbf")
_SUPERSCRIPT_RUN = re.compile(f"[{_SUPERSCRIPTS}]+")
_ANY_SUPERSCRIPT = re.compile(f"[{_SUPERSCRIPTS}]")
_SUPERSCRIPT_ORDINALS = frozenset({"\u02e2\u1d57", "\u207f\u1d48", "\u02b3\u1d48", "\u1d57\u02b0", "\u1d48"})


def has_superscripts(text: str) -> bool:
    """Whether `text` holds a Unicode superscript figure, parenthesis or
    small letter (`_SUPERSCRIPTS`) at all: an ASCII text (`isascii`, in C)
    has none and pays no scan."""
    return not text.isascii() and _ANY_SUPERSCRIPT.search(text) is not None


def _after_figure_end(text: str, s: int) -> bool:
    """Whether a figure ends at `s`, maybe with its ordinal's letters
    (`5th`, `2d`) and then a comma or stop (`2023,`, `5.`): the day or the
    year a footnote mark at `s` is glued to."""
    i = s
    if i > 1 and text[i - 1] in ",.":
        i -= 1
    if i > 2 and text[i - 2:i].lower() in ("st", "nd", "rd", "th") and "0" <= text[i - 3] <= "9":
        i -= 2
    elif i > 1 and text[i - 1] == "d" and "0" <= text[i - 2] <= "9":
        i -= 1
    return i > 0 and "0" <= text[i - 1] <= "9"


def _is_note_mark(text: str, s: int, e: int) -> bool:
    """Whether text[s:e], a <sup>'s, is a footnote mark (`_NOTE_MARK`), no
    ordinal's letters (`10<sup>th</sup>`)."""
    return (_NOTE_MARK.fullmatch(text, s, e) is not None
            and text[s:e].strip(" \u00a0,").lower() not in _ORDINALS)


def _runs(text: str, marks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The marks (sorted (start, end) spans) joined into runs: marks glued
    together (`2023<sup>1</sup><sup>2</sup>`, `2023<sup>1</sup>²`: qa448 #1,
    qa449 #2) or one space or no-break space apart
    (`2023<sup>1</sup> <sup>2</sup>`: qa449 #3) are one run."""
    runs: list[tuple[int, int]] = []
    for s, e in marks:
        if runs and (runs[-1][1] == s or s - runs[-1][1] == 1 and text[s - 1] in " \u00a0"):
            runs[-1] = (runs[-1][0], max(e, runs[-1][1]))
        else:
            runs.append((s, e))
    return runs


def _list_commas(text: str, sups: list[tuple[int, int]], marks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The `<sup>`s (spans in `sups`) that hold a comma alone, maybe
    spaced, glued between two marks (spans in `marks`): a Word export's
    list of notes superscripts its comma apart (`3<sup>1</sup><sup>,</sup><sup>2</sup>`,
    qa452 #8), one run with the marks."""
    ends, starts = {e for _, e in marks}, {s for s, _ in marks}
    return [(s, e) for s, e in sups if s in ends and e in starts and text[s:e].strip(" \u00a0") == ","]


def _glued_end(marks: list[tuple[int, int]], s: int) -> int | None:
    """Where the marks glued together from `s` end, or None when that is
    where the spaced run they open ends too (no shorter run to try)."""
    ends = {a: b for a, b in marks}
    e = ends[s]
    while e in ends:
        e = ends[e]
    return e if any(a == e + 1 for a, _ in marks) else None


def unread_marks(part, text: str) -> str:
    """`text` (the part's, str) with each footnote mark glued to a figure,
    a day's or a year's, written as `NO_WORD`s, one for one, so every
    offset stays the part's and the day or year ends where the mark starts:
    `Sept. 10, 2023<sup>1</sup>, officials said` reads `Sept. 10, 2023,
    officials said` (qa441 #1), `Feb. 3<sup>1</sup>` is Feb. 3, not Feb. 31,
    and `Monday, Jan. 1<sup>[2]</sup>, 2024` is Jan. 1, 2024 (qa426 #1,
    nu76 #3, #4). The source marks a figure run as a superscript, never as
    a day's or year's: a mark is a `<sup>` the reader marked
    (`Part.attrs["inline"]`, HTML, Markdown's raw HTML, NITF) whose text is
    a note mark (`_NOTE_MARK`: figures, letters, bracketed, symbols; no
    ordinal), or a run of Unicode superscripts (`_SUPERSCRIPTS`, `2023¹`:
    qa448 #3). Marks glued or one space apart are one run (`_runs`); a run
    is read so when it is glued to a figure (maybe its ordinal's letters,
    comma or stop between: `_after_figure_end`) and a space, stop, closing
    mark, em dash, or hyphen or en dash no figure follows comes after it
    (qa448 #2); but one figure on a ten a word follows is a power of ten
    (`_power_of_ten`: `December 10<sup>3</sup> workers`, qa452 #7). Returns
    `text` itself when there is none.

    The date readers read a part through `dated_text`, once a document."""
    sups = [(s, e) for kind, s, e in part.attrs.get("inline", ()) if kind == "superscript" and e > s]
    marks = [(s, e) for s, e in sups if _is_note_mark(text, s, e)]
    if len(marks) > 1:
        marks += _list_commas(text, sups, marks)
    if has_superscripts(text):
        marks += [m.span() for m in _SUPERSCRIPT_RUN.finditer(text) if m[0] not in _SUPERSCRIPT_ORDINALS]
    if not marks:
        return text
    marks.sort()
    for s, e in _runs(text, marks):
        if not _after_figure_end(text, s) or _power_of_ten(text, s, e):
            continue
        if not _AFTER_NOTE.match(text, e):
            e = _glued_end(marks, s)    # a spaced run a figure follows: its glued marks alone, if so
            if e is None or not _AFTER_NOTE.match(text, e):
                continue
        text = text[:s] + NO_WORD * (e - s) + text[e:]
    return text


_ONE_FIGURE = frozenset("0123456789\u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078\u2079")


def _power_of_ten(text: str, s: int, e: int) -> bool:
    """Whether the mark text[s:e], one figure (a `<sup>`'s or a Unicode
    superscript), is the exponent of a `10` right before it that a word
    follows, not a note on a day (`December 10<sup>3</sup> workers struck`,
    10³ workers: qa452 #7). A note on a day ten stands before a comma, a
    year, a stop or a closing mark far more often than before a word."""
    return (e - s == 1 and text[s] in _ONE_FIGURE and text[s - 2:s] == "10" and (s == 2 or not text[s - 3].isdigit())
            and text[e:e + 1] in (" ", "\u00a0") and text[e + 1:e + 2].isalpha())


def without_marks(doc, part, start: int, end: int) -> str | None:
    """part.text[start:end] with the footnote marks in it that the date
    readers' shared reading (`dated_text`) left out, for a date kind's
    message to quote the date a reader reads (`'Sept. 11, 2023'`, not
    `'Sept. 111, 2023'`: qa434 #4), or None when the span holds none (most
    spans: a test of the part's <sup> spans and, for a text not ASCII, of
    `has_superscripts`). Only the date kinds quote so
    (`kinds._read_dates`); other rules quote the text as written (qa452 #2)."""
    inside = any(kind == "superscript" and start < s < end for kind, s, _ in part.attrs.get("inline", ()))
    if not inside and not has_superscripts(part.text[start:end]):
        return None
    read = dated_text(doc, part)[start:end]
    return read.replace(NO_WORD, "") if NO_WORD in read else None


def dated_text(doc, part) -> str:
    """`part.text` as the date readers read it (`unread_marks`), built once
    per part and document (`Document.per_part`): the date mentions
    (`dates`) and the AP date forms (`date_form`) share it."""
    return doc.per_part("sup_notes.dated_text", part, lambda text: unread_marks(part, text))


# Unicode's superscript figures right after a letter (`September¹, 2023`, as CMS exports write a
# footnote figure): the month-year check reads them as a <sup>'s (qa441 #7).
SUPERSCRIPT_FIGURES = re.compile(r"(?<=[^\W\d_])[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+")


_SUPERSCRIPT_CHARS = "\u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078\u2079"


def has_superscript_figures(text: str) -> bool:
    """Whether `text` holds a Unicode superscript figure at all. Every part
    is asked (date_form's month-year test), and the patterns above
    cannot skip ahead to a figure as a literal prefix lets them: a scan of
    theirs costs about 25 us a kilobyte, this test about 4 (`isascii` and
    ten substring tests in C; lead62, 200 generated articles)."""
    return not text.isascii() and any(c in text for c in _SUPERSCRIPT_CHARS)


def unread_superscripts(text: str) -> str:
    """`text` with each run of Unicode superscript figures right after a
    letter written as `NO_WORD`s, one for one (`September¹, 2023` is read
    `September, 2023`)."""
    if not has_superscript_figures(text):
        return text
    return SUPERSCRIPT_FIGURES.sub(lambda m: NO_WORD * len(m[0]), text)
