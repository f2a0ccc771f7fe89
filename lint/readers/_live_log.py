"""A live-update log: a developing story told in timed entries, newest
first (`UPDATE 8:42 p.m.: Hendricks says he will veto the plan.`,
`Update, 3:15 p.m.: The council voted 5-2.`). Each entry opens as an update
note does (`update` is one of the `note_openers` of lint/data/dates.yaml),
so the checks that leave a correction or update note alone (a surname
there is no first reference; a note is dated after publication by nature)
would leave the whole story alone. When several paragraphs open with an
update's label and a clock time (`LOG_ENTRIES` or more, or two or more
that are most of the paragraphs), they are the story: each label becomes a
`heading` part (`update`), as a live blog sets its entries' times, and the
entry's paragraph goes on without it, at its exact place. One such
paragraph, or two among many, is still a note. The plain-text and Markdown
readers run `live_log` once the story is read."""
from __future__ import annotations

from functools import lru_cache

from .. import rx as regex

from ..analysis.calendar import MONTH_WORDS
from ..document import Document, Part
from ._stitch import sub_part, slice_segments
from ._text_stamps import CLOCK

@lru_cache(maxsize=1)
def _label() -> regex.Pattern:
    """An entry's label (group `label`) and the mark after it: `update` or
    `updated` in any case, then a clock time (a date may come first, `at`
    before either, a comma, a colon or the time in parentheses), then a
    colon or a dash before the entry's text: `UPDATE 8:42 p.m.:`, `Update,
    3:15 p.m.:`, `Updated at 9 a.m. ET —`, `UPDATE (Dec. 3, 8:42 p.m.):`. A
    clock time is what makes it a log's: a note stack (`Update, Dec. 3:`)
    names days. Compiled on first use (most stories hold no label)."""
    return regex.compile(
        rf"[ \t]*(?P<label>(?i:updated?)(?:\s*[,:(]\s*|\s+)(?:(?i:at)\s+)?"
        rf"(?:(?i:{MONTH_WORDS})\.?\s+\d{{1,2}}(?:,?\s+\d{{4}})?,?\s+(?:(?i:at)\s+)?)?{CLOCK}\)?)"
        r"\s*(?::|[—–]|--?)\s+(?=\S)")


# Entries that make a log whatever else the story holds.
LOG_ENTRIES = 3


def live_log(doc: Document) -> None:
    """Read the paragraphs of a live-update log (see the module's docstring)
    as the story: each entry's label a `heading` part, its paragraph without
    the label (`_drop_label`)."""
    paragraphs = [p for p in doc.parts if p.kind == "paragraph"]
    entries = [(p, m) for p in paragraphs if p.text[:1] in "Uu" and (m := _label().match(p.text)) is not None]
    if len(entries) < LOG_ENTRIES and not (len(entries) >= 2 and 2 * len(entries) > len(paragraphs)):
        return
    for part, m in entries:
        doc.add(sub_part(part, "heading", m.start("label"), m.end("label"), name="update"))
        _drop_label(part, m.end())


def _drop_label(part: Part, end: int) -> None:
    """Leave part.text[:end] out of `part`, in place (other parts may hold
    it): the text after keeps its exact source positions, and inline marks
    (`attrs["inline"]`) move with it."""
    text = part.text
    part.text = text[end:]
    part.segments = slice_segments(part.segments, end, len(text))
    part.__post_init__()
    if "inline" in part.attrs:
        part.attrs["inline"] = [(k, max(s - end, 0), max(e - end, 0)) for k, s, e in part.attrs["inline"]]
