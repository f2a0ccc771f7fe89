"""An age set off after a name, read as no part of the verb after it.

"Jane Roe, 84, died Dec. 5": the figure before "died" is her age, not the name
of a period ("fiscal 1985/86 ended March 31"), which the tense reading
(`lint.analysis.tense`) would otherwise take it for (nu28 #2, qa64 #11).
"""
from __future__ import annotations

import re
from itertools import compress

# A word as the tense reading splits text (`lint.analysis.tense` reads with it too):
# an apostrophe between letters, straight, U+2019 or U+2018 typed for it
# ("He‘ll", "Mary‘ll": qa171 #6-#7), keeps one word.
WORD = re.compile(r"[^\W\d_][^\W\d_'’‘]*(?:['’‘][^\W\d_]+)*(?:-[^\W\d_]+)*|\d+")
# U+2018 typed for an apostrophe, read as U+2019, which the word lists hold.
_TURNED = str.maketrans("‘", "’")
_BRACKETED = re.compile(r"(?<=\s)\(\d{1,3}\)(?=,?\s)")  # "Jane Roe (84) died", "a teacher (84), died"


def lowered(words: list[str], turned: bool) -> list[str]:
    """`words` (WORD matches) lower-cased, as the tense reading and its word
    lists read them; when `turned` (their text holds a U+2018) each U+2018
    in a word reads as U+2019 ("He‘ll" as "he’ll", qa171 #6-#7)."""
    lows = [t.lower() for t in words]
    return [t.translate(_TURNED) for t in lows] if turned else lows


def bracketed(text: str, a: int, b: int) -> set[int]:
    """Indices among the tense reading's tokens of text[a:b] (`WORD` matches)
    of bracketed numbers of 1-3 figures ("Jane Roe (84) died"; a comma may
    follow: "a teacher (84), died"). A span with no "(" holds none: `re`
    cannot search for the pattern's opening lookbehind by a literal, so it
    tried every position (14M instructions over 200 articles)."""
    if text.find("(", a, b) < 0:
        return set()
    return {len(WORD.findall(text, a, m.start())) for m in _BRACKETED.finditer(text, a, b)}


def unset_ages(seq: list[str], lows: list[str], commas: list[bool], bracketed: set[int]) -> None:
    """Mark in `lows` a number of at most three figures set off by commas
    after a name, an age in apposition ("Jane Roe, 84, died Dec. 5"), so that
    the verb after it is read as a verb: a number right before a verb in -ed
    otherwise names a period ("fiscal 1985/86 ended March 31", `cue`), and the
    obituary lede went unread (nu28 #2); so after `age`, `aged`, `who was` or
    a name's appositive ("Jane Roe, a retired teacher, 84, died", qa64 #11),
    and in brackets after a name ("Jane Roe (84) died": `bracketed`, indices
    into `seq`) or closing a name's appositive before a comma ("Jane Roe, a
    teacher (84), died"). Its low form gets a trailing comma, which no word
    list holds. Mutates `lows`; `seq` is only read. Outside brackets only a
    number with a comma after it is marked, so with none bracketed only the
    tokens before a comma are read (`compress`, in C: most are not)."""
    n = len(lows)
    for i in (range(1, n - 1) if bracketed else compress(range(1, n - 1), commas[2:n])):
        low = lows[i]
        if len(low) > 3 or not low.isdigit():
            continue                               # (tested once: most tokens are words)
        if i in bracketed:
            if seq[i - 1][:1].isupper() and not commas[i + 1] or commas[i + 1] and _appositive(seq, commas, i):
                lows[i] += ","                     # "Jane Roe (84) died", "..., a teacher (84), died"
        elif commas[i + 1] and (
                (commas[i] and (seq[i - 1][:1].isupper() or _appositive(seq, commas, i)))
                or lows[i - 1] in ("age", "aged") or (i > 1 and lows[i - 2:i] == ["who", "was"])):
            lows[i] += ","                         # (also "Jane Roe, age 84,", ", who was 84,")


def _appositive(seq: list[str], commas: list[bool], i: int) -> bool:
    """Whether the words before seq[i] back to a comma, one to five with no
    figure, follow a capitalised word: "Jane Roe, a retired teacher," (84)."""
    for j in range(i - 1, max(0, i - 6), -1):
        if seq[j].isdigit() or commas[j]:
            return commas[j] and not seq[j].isdigit() and seq[j - 1][:1].isupper()
    return False
