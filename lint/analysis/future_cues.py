"""Can the clause around a date read as future at all? A test that is cheap
where the tense reader (`lint.analysis.tense.clause_tense`) is not, for a
check that wants only a future reading (`future-tense-past-date`).

The reader returns FUTURE only from a word it tokenises within the date's
sentence, cut to `REACH` characters either side (`clause_words.tokens`),
that is one of these (`lint/data/tense.yaml`, read here as the reader reads
it, so a newsroom's extension counts in both):

- a `future` word ("will", "shall", "won't"), any word ending in 'll
  ("he'll", with ', ’, ‘ or ʼ) or a lone "ll" (after an `ll_subjects` word:
  "He ‘ll"); a `be`, a participle or a perfect after one of them is future
  only through it;
- an `ahead_modifiers` word ("the looming showdown in July");
- `to` right after a `copula_present`, a `copula_past`, `going` or (after a
  copula) `about` in the clause's words ("is to", "was to", "going to",
  "is about to"; "is to be"), or a word ending in a contracted copula
  (tense.yaml `contracted_copula_endings`, a U+2018 also read as U+2019
  as the reader reads it: "the board's to meet", "the board‘s"): the words
  before the date and those after it, so the pair may also stand either side
  of the date ("was May 5 to ...");
- `now` before a `from_now` word ("between now and November").

`may_read_future` looks for those words in the same characters with a
pattern built from the same lists. A word the reader takes from text[a:b]
stands there with no letter (`[^\\W\\d_]`) right before it unless it opens
a or right after it unless it ends b, and its ranges open at the cut
sentence's start, after a quote mark, ": " or the date, and end before a
clock time, the date or a quote mark: so the pattern, read on the cut
sentence with the date put aside, finds every such word (and more: it does
not ask for the pairs' order, nor for a `from_now` word after `now`).
Hence False means the reader cannot return FUTURE; True says nothing.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .clause_words import REACH
from .sentences import sentence_at
from .verb_group import words
from .word_patterns import escaped, phrase_alternation

_LETTER = r"[^\W\d_]"


@lru_cache(maxsize=None)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """(any lone future cue or a copula or `going` and `to`, a copula or
    `going`, `to` opening a text), for lower-case text, built from
    tense.yaml's lists (loaded once). A space in a newsroom's entry, which
    the reader's single words never hold, matches any white space
    (`word_patterns.phrase_alternation`), so the pattern still finds every
    cue the reader does. The first is `_by_first_character`'s shape: the
    same words, found about five times faster."""
    w = words()
    alone = w["future"] | w["ahead_modifiers"] | {"now"}
    leads = w["copula_present"] | w["copula_past"] | {"going", "about"}
    word = lambda group: rf"(?<!{_LETTER})(?:{phrase_alternation(group)})(?!{_LETTER})"
    # (a contracted copula's ending, "the board's", "we’re", after its word's
    # letters; with a U+2018 for the U+2019 too, as the reader reads it: "board‘s")
    endings = w["contracted_copula_endings"] | {e.replace("’", "‘") for e in w["contracted_copula_endings"]}
    lead = rf"(?:{word(leads)}|(?:{phrase_alternation(endings)})(?!{_LETTER}))"
    ends, to_after = rf"(?!{_LETTER})", rf"(?!{_LETTER})[\W_]*to(?!{_LETTER})"
    cue = _by_first_character([(p, True, ends) for p in alone]          # a word alone
                              + [(m + "ll", False, ends) for m in "'’ʼ"] + [("ll", True, ends)]  # 'll, a lone ll
                              + [(p, True, to_after) for p in leads]    # "is to", "going to"
                              + [(p, False, to_after) for p in endings])   # "the board's to"
    return cue, re.compile(lead), re.compile(rf"[\W_]*to(?!{_LETTER})")


def _by_first_character(entries) -> re.Pattern:
    """One pattern for (phrase, whole, after) entries: `phrase` as written (a
    space matching any white space, as `phrase_alternation` writes it), with
    no letter right before it when `whole`, then the pattern `after`.

    Written as one branch per first character, the character first and the
    no-letter-before test after it (a look-behind over the character before
    and the one matched), so `re` skips to the next place one of the first
    characters stands (its prefix set) and there tries only that
    character's phrases. The plain alternation, a look-behind first, is
    tried whole at every character: some 40 us a 135-character slice
    against 7 (pf72). It finds the same places: the look-behind reads the
    same character, and before the text's start there is none in both."""
    groups: dict[tuple[str, bool], list[str]] = {}
    for phrase, whole, after in sorted((str(p), w, a) for p, w, a in entries):
        rest = escaped(phrase[1:]).replace("\\ ", r"\s+")
        groups.setdefault((phrase[:1], whole), []).append(rest + after)
    return re.compile("|".join(
        (escaped(first) + (rf"(?<!{_LETTER}[\s\S])" if whole else "") if first
         else (rf"(?<!{_LETTER})" if whole else ""))        # (an empty entry: its test alone)
        + "(?:" + "|".join(sorted(rests, key=lambda r: (-len(r), r))) + ")"
        for (first, whole), rests in sorted(groups.items(), key=lambda g: not g[0][0])))


def may_read_future(text: str, start: int, end: int, bounds: list[int]) -> bool:
    """False when `clause_tense(text, start, end, bounds, ...)` cannot be
    FUTURE, whatever its other arguments (`bounds`: `sentence_bounds(text)`);
    True when it may be (see the module docstring for why)."""
    s_start, s_end = sentence_at(bounds, start, len(text))
    s_start, s_end = max(s_start, start - REACH), min(s_end, end + REACH)
    cue, leads, to = _patterns()
    # Slices (a look-behind at `pos` would read the letter before a range
    # cut in a word), lowered as the reader lowers its words: lowering turns
    # no character that is not a letter into one (checked over all of
    # Unicode), so a word's neighbours stay what they were.
    before, after = text[s_start:start].lower(), text[end:s_end].lower()
    if cue.search(before) or cue.search(after):
        return True
    # `to` after the date, a copula or `going` before it: a pair in the reader's words
    return to.match(after) is not None and leads.search(before) is not None
