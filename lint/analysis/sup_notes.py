"""Footnote figures a `<sup>` holds, which a reader of times and decades
reads as no word: `7pm<sup>1</sup>.` and `1990's<sup>1,2</sup>` reach the
readers as `7pm1.` and `1990's1,2`, which hide the time and the decade a
Markdown `[^1]` (left out of the text by its reader) does not hide (qa408
#3, qa426 #3, #4).

The figures are written over, one character for one, so every offset of
the text stays the part's and a finding or fix placed on the rewritten text
is placed on the source's own characters; no fix can reach into the
`<sup>`, whose figures are not the text's any more. The `<sup>` spans are
the readers' inline `superscript` marks (`Part.attrs["inline"]`: HTML,
Markdown's raw HTML, NITF and NewsML-G2's inline NITF).
"""
from __future__ import annotations

import re

__all__ = ["NO_WORD", "SUPERSCRIPT_FIGURES", "has_superscript_figures", "unread", "unread_superscripts",
           "unread_years"]

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


# A year right before a <sup> (four figures, no figure before them; maybe the comma or stop
# after it, as a fix of a year's comma writes it: `2023,<sup>1</sup> at`), and what may follow
# the </sup> for the figure to be a footnote's: a space, a stop or a closing mark, an em dash
# (`2023<sup>1</sup>—officials said`: qa448 #2) or a hyphen or en dash no figure follows; never
# a figure nor a hyphen or en dash before one, which would join a range (`2023<sup>1</sup>-24`).
_YEAR_BEFORE = re.compile(r"(?<![0-9])(?:1[0-9]|20)[0-9]{2}[,.]?")
_AFTER_NOTE = re.compile(r"\s|[,.;:!?)\]\"'\u201d\u2019\u2014\u2015]|[-\u2010\u2011\u2013](?![-\u2010\u2011\u2013]*[0-9])|$")
# Unicode's superscript figures right after a year (`Dec. 1, 2023¹ at`: qa448 #3).
_YEAR_SUPERSCRIPTS = re.compile(r"(?<=[0-9,.])[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+")


def _after_year(text: str, s: int) -> bool:
    """Whether a year (`_YEAR_BEFORE`) ends at `s`."""
    return s >= 4 and bool(_YEAR_BEFORE.fullmatch(text, s - 4, s)
                           or s >= 5 and _YEAR_BEFORE.fullmatch(text, s - 5, s))


def _year_mark(text: str, s: int, e: int) -> bool:
    """Whether text[s:e], a <sup>'s, is a footnote mark after a year: a
    figure or list of them, or a lower-case letter mark (`2023<sup>a</sup>`,
    read as `unread` reads one after a time; not an ordinal's letters)."""
    return bool(_FIGURES.fullmatch(text, s, e) or (
        _LETTERS.fullmatch(text, s, e) and text[s:e].rstrip(" \u00a0,") not in _ORDINALS))


def unread_years(part, text: str) -> str:
    """`text` (the part's, str) with each footnote mark right after a year
    written as `NO_WORD`s, the offsets kept, so the year ends where the
    mark starts: `Sept. 10, 2023<sup>1</sup>, officials said` is read
    `Sept. 10, 2023, officials said` (qa441 #1), and no date read so spans
    the mark. A mark is a `<sup>`'s figure, list or letter mark, or a run
    of them with nothing between (`2023<sup>1</sup><sup>2</sup>`: qa448
    #1), or a run of Unicode superscript figures (`2023¹`: qa448 #3); a
    space, stop, closing mark, em dash, or hyphen or en dash no figure
    follows comes after it (qa448 #2).
    A mark after a day (`Sept. 10<sup>1</sup>`) is read as written: a day
    runs into its figure (qa434). Returns `text` itself when there is
    none."""
    sups = sorted((s, e) for kind, s, e in part.attrs.get("inline", ()) if kind == "superscript" and e > s)
    i = 0
    while i < len(sups):
        s, e = sups[i]
        j = i + 1
        while j < len(sups) and sups[j][0] == sups[j - 1][1]:     # a run of <sup>s glued together
            j += 1
        run = sups[i:j]
        i = j
        end = run[-1][1]
        if (_after_year(text, s) and all(_year_mark(text, a, b) for a, b in run)
                and _AFTER_NOTE.match(text, end)):
            text = text[:s] + NO_WORD * (end - s) + text[end:]
    for m in _YEAR_SUPERSCRIPTS.finditer(text) if has_superscript_figures(text) else ():
        if _after_year(text, m.start()) and _AFTER_NOTE.match(text, m.end()):
            text = text[:m.start()] + NO_WORD * (m.end() - m.start()) + text[m.end():]
    return text


# Unicode's superscript figures right after a letter (`September¹, 2023`, as CMS exports write a
# footnote figure): the month-year check reads them as a <sup>'s (qa441 #7).
SUPERSCRIPT_FIGURES = re.compile(r"(?<=[^\W\d_])[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+")


_SUPERSCRIPT_CHARS = "\u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078\u2079"


def has_superscript_figures(text: str) -> bool:
    """Whether `text` holds a Unicode superscript figure at all. Every part
    is asked (the date readers and date_form), and the patterns above
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
