"""When a birthday told beside a person's age falls (nu43 H6): one still to
come excuses no new age.

names.age-changed lets an age one more than the first stand where the story
tells of the person's birthday or of an age they turn ("Smith, 46, who
turned 46 Friday"). A birthday the story's date has not reached yet leaves
the old age right: on Monday, April 20, "Smith, 46, who turns 46 Friday"
and "who will turn 46 Friday" are still 45. `still_to_come` reads the tense
of the birthday's verb and the day its own clause names.
"""
from __future__ import annotations

from .. import rx as regex

from ..document import Document, Part
from .apposed_ages import WORD, lowered
from .date_mention import AHEAD
from .dates import WEEKDAY, date_mentions
from .verb_group import before_adverbs, will_before, words

# The verb before a birthday someone owns, read backwards: "will celebrate
# his 46th birthday", "celebrates", "marked", "is spending".
# A bare verb counts only after a future ("will", "to": `_future_before`):
# "would mark his birthday on Sunday" in reported speech is no reading
# (fx238 #3).
_OWNED_VERB_BEFORE = regex.compile(
    r"(?r)(?<![\p{L}\p{M}])(?:(?P<bare>(?i:celebrate|mark|spend|have))|"
    r"(?i:(?P<past>celebrated|marked|spent|had)|celebrat(?:es|ing)|mark(?:s|ing)|spend(?:s|ing)|has|having))\s+$")
# How far back from a verb its auxiliary and the adverbs between are read.
_AUX_REACH = 60
# The verb after a birthday: "whose birthday is Friday", "falls", "comes",
# "will be" (a future), else none read ("was Friday").
_BIRTHDAY_VERB = regex.compile(r"\s+(?i:(?P<will>will\s+be)|is|falls|comes)(?![\p{L}\p{M}])")
# The end of the birthday's clause: the day read is the one before it.
_CLAUSE_END = regex.compile(r"[,;:!?()\"“”]|\.(?:\s|$)")


def still_to_come(doc: Document, part: Part, start: int, end: int) -> bool:
    """Is the birthday or the age turned at part.text[start:end] (a match of
    names.age-changed's `_birthdays`: "turns 46", "his 46th birthday",
    "whose birthday") still to come on the story's date? It is in a future
    ("will turn 46", "is to turn 46", "whose birthday will be Friday", "will
    celebrate his 46th birthday"), or in the present ("turns 46", "is
    turning 46", "turning 46", "whose birthday is", "celebrates his 46th
    birthday") with a day in its own clause (up to a comma or the
    sentence's end) after the publication date: a date or a relative day
    resolved after it ("on April 24", "in May", "tomorrow", "next week"), a
    weekday with "next" or "this coming" (`date_mention.AHEAD`), or a weekday alone or with "this" other than the
    publication's own ("Friday" on a Monday: a present tense tells of the
    coming one). "turned", "was", "celebrated" and a past day ("last
    Friday", "today") are no future. Without a publication date only a
    future tense counts."""
    text = part.text
    verb = text[start:end].split(None, 1)[0].lower()
    will = present = False
    if verb.startswith("turn"):
        if verb == "turned":
            return False
        will = _future_before(text, start)
        present = True                          # "turns", "is turning", "turning"
    elif (before := _OWNED_VERB_BEFORE.search(text, max(0, start - 24), start)) is not None and (
            not before["bare"] or _future_before(text, before.start())):
        if before["past"]:
            return False
        will, present = bool(before["bare"]), True
    else:
        after = _BIRTHDAY_VERB.match(text, end)
        if after is None:
            return False
        will, present = bool(after["will"]), not after["will"]
        end = after.end()
    if will:
        return True
    published = doc.published
    if not present or published is None:
        return False
    close = _CLAUSE_END.search(text, end)
    stop = close.start() if close else len(text)
    for d in date_mentions(doc).get(part.index, ()):
        if not end <= d.start < stop:
            continue
        if d.kind == WEEKDAY and d.weekday is not None:
            return d.modifier in AHEAD or (d.modifier in ("", "this") and d.weekday != published.weekday())
        if d.first is not None:
            return d.first > published
    return False


def _future_before(text: str, at: int) -> bool:
    """Does a future stand before the verb at text[at]: the tense reader's
    future auxiliary past adverbs (`verb_group.will_before`: "will turn",
    "shall turn", "he'll turn", "will likely turn", "will also turn") or
    "to" ("is to turn", "is going to turn", "is set to turn")? Its words are
    lowered as the tense reader lowers them (`apposed_ages.lowered`), so
    every apostrophe reads alike: "He'll", "He’ll" and "He‘ll" turn."""
    start = max(0, at - _AUX_REACH)
    lows = lowered(WORD.findall(text, start, at), text.find("‘", start, at) >= 0)
    lows.append("")                             # the verb's place
    w, i = words(), len(lows) - 1
    j = before_adverbs(lows, i, w)
    return bool(will_before(lows, i, w)) or (j >= 0 and lows[j] == "to")
