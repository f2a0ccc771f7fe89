"""`relative-weekday`: a weekday that points outside the week around
publication ("last Tuesday", "next Friday", "Monday of next week").

News copy uses a weekday alone for the seven days either side of the
publication date, and the date beyond them; `last`/`next` with a weekday is
either redundant or a day more than a week away that the reader must count.
After a determiner the weekday is counted from the story's own time or within
a month ("they came back the next Wednesday", "the last Friday of the month"):
it names no day around publication, so it is left alone. `that` after a verb
of saying or thinking opens a clause and is no determiner ("police said that
last Friday a man was shot"): the day is still counted from publication.
A weekday that opens a dated pair or list ("next Monday and Tuesday, March 3
and 4", `weekday_pairs.weekday_pair`) is dated by the text, as "next
Monday, March 3" is: it is left alone (qa138 #9). In an update note
dated after publication (`Update, May 9, 2024:`), a Markdown footnote's
paragraphs or a paragraph of the story so labelled, or right after a label
set as a paragraph of its own, in every format alike (a page's update:
qa410 #5, #7; a Markdown story's own update paragraph: nu76 #5),
the day named is counted from the note's date (`note_dates`, qa395 #7),
and the message's `{since}` names it (qa410 #8); elsewhere `{since}` is
"publication".
"""
from __future__ import annotations

from .. import rx as regex

from ..analysis.date_scan import names
from ..analysis.date_mention import weekday_from
from ..analysis.dates import DATE, WEEKDAY, date_mentions
from ..analysis.note_dates import label_day, note_day, note_days
from ..analysis.weekday_pairs import weekday_pair
from ..analysis.speech_cues import lexicon
from .base import Finding, Kind
from ._read_dates import quoted_as_read

WEEK_AFTER = regex.compile(r",?\s+(?:of\s+)?(?:last|next|the\s+(?:previous|following))\s+week\b",
                           regex.IGNORECASE)
# The words WEEK_AFTER can span (`, of the following week`): it is matched in
# them only, since `regex` looks ahead for the "week" after `\s+` as far as the
# text goes, and a long paragraph of weekdays was quadratic (0.8 s at 195 KB).
_WINDOW = regex.compile(r"[,\s]*(?:\S+\s+){0,3}\S+")
# The word right before, spaces only between: `that. Next Friday` and `that, next
# Tuesday` have no determiner (`And that was that. Next Friday the board votes.`).
_WORD_BEFORE = regex.compile(r"(\p{L}+)\s+", regex.REVERSE)
# The three words before `that`: a cue verb (attribution.yaml's cue_verbs:
# said, told, announced, hoped...) or one of `that_clause_heads` (dates.yaml)
# among them makes it a conjunction (`said that next Tuesday ...`, `told the
# council that last Friday ...`).
_BEFORE_THAT = regex.compile(r"((?:\p{L}+[\s,]+){1,3})that\s+$", regex.IGNORECASE)


def _counted_from_story(text: str, start: int) -> bool:
    """Does a determiner before the `next`/`last` at `start` (`weekday_determiners`
    in lint/data/dates.yaml) count the weekday from the story's own time
    (`came back the next Wednesday`)?"""
    lists = names()
    det = _WORD_BEFORE.match(text, max(0, start - 40), start)
    word = det[1].lower() if det else ""
    if word != "that":
        return word in lists["weekday_determiners"]
    head = _BEFORE_THAT.search(text, max(0, start - 80), start)
    words = regex.findall(r"\p{L}+", head[1].lower()) if head else ()
    return not any(w in lists["that_clause_heads"] or w in lexicon().cues for w in words)


class RelativeWeekday(Kind):
    name = "relative-weekday"
    placeholders = frozenset({"date", "since"})
    description = "Flags a weekday with last/next, or of last/next week."

    @quoted_as_read      # a footnote mark the date readers dropped is not quoted (qa452 #2)
    def check(self, doc, parts):
        found = date_mentions(doc)
        notes = None                  # `note_days`: each note paragraph's day, read when first needed
        for part in parts:
            openers = None            # `_pair_openers` of the part, read when first needed
            if part.kind == "footnote":      # the latest label of its note up to it (qa410 #5, qa424 #4)
                if notes is None:
                    notes = note_days(doc.parts, found, doc.published)
                noted = notes.get(part.index)
            else:                     # an update paragraph of the story, in any format (nu76 #5)
                noted = note_day(part, found.get(part.index, ()), doc.published, True) or \
                    label_day(doc.parts, part, found, doc.published)
            for m in found.get(part.index, ()):
                if m.kind != WEEKDAY:
                    continue
                after = part.text[m.end:m.end + 1]
                if not m.modifier and after != "," and not after.isspace():
                    continue              # "on Friday.": WEEK_AFTER opens with a comma or a space
                window = _WINDOW.match(part.text, m.end)
                tail = WEEK_AFTER.match(part.text, m.end, window.end() if window else m.end)
                if not (m.modifier or tail):
                    continue
                if m.modifier in ("next", "last") and _counted_from_story(part.text, m.start):
                    continue
                if m.modifier and "weekday" in m.spans:
                    if openers is None:
                        openers = _pair_openers(found.get(part.index, ()))
                    if m.spans["weekday"][0] in openers:
                        continue
                end = tail.end() if tail and not m.modifier else m.end
                day = m.date if noted is None or not m.date else weekday_from(m, noted)
                when = f" ({day:%A, %B} {day.day})" if day and not tail else ""
                since = "publication" if noted is None else f"the note's date ({noted:%B} {noted.day})"
                yield Finding(part, m.start, end, args={"date": when, "since": since})


def _pair_openers(mentions) -> set[int]:
    """Where the first weekday of each dated pair or list among a part's
    date mentions starts: the date the text writes holds for it."""
    return {pair.start for m in mentions
            if m.kind == DATE and "weekday" in m.spans and (pair := weekday_pair(m)) is not None}


KIND = RelativeWeekday
