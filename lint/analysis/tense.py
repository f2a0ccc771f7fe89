"""Light tense heuristics for the clause around a date mention.

A full parser is too slow for 300 articles a second and overkill for the one
question the date checks ask: is the event at this date told as done (past),
as coming (future), or neither? The nearest cue before the date in its
sentence usually answers it ("commitment made ... on June 16", "will meet at
the end of September"); when there is none, the first cue after it does
("After their June meeting, the US and Russia issued ..."). The word lists
live in `lint/data/tense.yaml` so a newsroom can extend them.
"""
from __future__ import annotations

from functools import partial

from .. import rx as regex

from ..regex_cache import SERIAL
from .apposed_ages import bracketed, lowered, unset_ages
from .clause_parts import after_main_verb, main_verb_after, subject_modifier
from .clause_words import MAX_AFTER, QUOTE, REACH, before_clock, goes_on, kept_day, tokens
from .copula_plans import copula_tense
from .sentences import SENTENCE_END, sentence_at, sentence_bounds
from .tense_phrases import (GOVERN_REACH, after_date, backshifted, baseline, done_by,
                            free_relative, fronted_participle, in_aside, level_noun, looked_forward, main_verb,
                            modified_ahead, negated, nested_in_subject, opens, participle_adjunct,
                            relative_after, reported_present, tallied_through, verb_after_comma)
from .tense_walks import backward, forward
from .verb_group import FUTURE, NO_CUE, PAST, UNKNOWN, Tense, cue, group_adverb, ly_adverb, nonfinite, tense_of, words

# A day closing a range right after the date with a hyphen or an en dash, alone
# or after its month ("from May 5-8", "May 5 – 8", "April 28-May 2"; nu45 H2),
# as a word of `range_ends` does; an em dash ends the clause (`QUOTE`).
_DASHED_DAY = regex.compile(r"[ \t\u00a0]?[-–][ \t\u00a0]?(?:\p{Lu}\p{Ll}+\.?[ \t\u00a0])?\p{N}")

__all__ = ["FUTURE", "PAST", "UNKNOWN", "Tense", "SENTENCE_END", "clause_tense", "sentence_at",
           "sentence_bounds", "words"]


def clause_tense(text: str, start: int, end: int, bounds: list[int], year: int | None = None,
                 after_publication: bool | None = None) -> Tense:
    """The tense of the clause around text[start:end] (a date mention),
    whose day is read in `year` when known (a change to that day in the
    next sentence moves no plan: `plan_voice.doubted`) and falls after the
    publication date when `after_publication` (None: unknown; it decides
    whether "will climb to the peak of <date>" names a target or a past
    level: `level_aims`)."""
    s_start, s_end = sentence_at(bounds, start, len(text))
    s_start, s_end = max(s_start, start - REACH), min(s_end, end + REACH)
    quote = QUOTE.search(text, end, s_end, SERIAL)          # a quote ends the clause ...
    # ... and begins one: a mark, or two apostrophes or backticks ('' ``) as
    # in wire archives.
    opening = s_start
    for q in ('"', "“", "”", "''", "``"):
        at = text.rfind(q, s_start, start)
        if at >= 0:
            opening = max(opening, at + len(q))
    # A colon opens a clause too ("had a good year: Republicans have 24 seats
    # up in November"), unless what follows it has no verb ("polls started
    # late: last Friday, January 29").
    colon = text.rfind(": ", opening, start)
    if colon >= 0:
        found = _read(text, colon + 2, start, end, quote.start() if quote else s_end, year, after_publication)
        if found is not NO_CUE:
            return found
    return _read(text, opening, start, end, quote.start() if quote else s_end, year, after_publication)


def _read(text: str, opening: int, start: int, end: int, stop: int, year: int | None = None,
          after_publication: bool | None = None) -> Tense:
    """The tense of text[start:end] in the clause text[opening:stop] (`year`
    and `after_publication` as `clause_tense` takes them)."""
    cut = before_clock(text, opening, start)
    before, commas = tokens(text, opening, cut)
    after, after_commas = tokens(text, end, stop, MAX_AFTER)
    # Every test reads tokens lowercased: lower them once, a U+2018 typed
    # for an apostrophe ("He‘ll", "Mary‘ll") read as U+2019 (qa171 #6-#7).
    seq, commas = before + after, commas + after_commas
    lows = lowered(seq, text.find("‘", opening, stop) >= 0)
    unset_ages(seq, lows, commas, bracketed(text, opening, cut))  # "Jane Roe, 84, died Dec. 5": an age
    n = len(before)
    w = words()
    more = partial(goes_on, text, stop, text[start:end], opening, year) if len(after) < MAX_AFTER else None
    told = relative_after(seq, lows, n, commas, w) or baseline(lows, commas, n, w) or modified_ahead(
        seq, lows, n, w) or looked_forward(lows, n, w)
    if told is not None and level_noun(told.marker) in w["level_nouns"]:
        from .level_aims import aimed_level     # a level's noun only ("peak", "high")
        aimed = aimed_level(lows, n, told, backward(seq[:n], lows[:n], n, w), w, after_publication)
        if aimed is not None:
            return aimed             # "will hit the peak of April 18", "is expected to hit": a target
    if told is not None:
        return told
    ranged = (n < len(lows) and lows[n] in w["range_ends"]) or _DASHED_DAY.match(text, end) is not None
    prep = _governing(seq, lows, n, w, commas, more, partial(kept_day, text, start, end, year), ranged)
    if prep is not None:
        if prep.tense == UNKNOWN and (prep.marker in w["target_prepositions"] or prep.marker == "as of") \
                and opens(seq, lows, n, w):
            # "Through the end of September, O'Malley had raised $3.2 million",
            # "Eight trading days after Oct. 12, the index had fallen": a target
            # phrase opening the sentence; its main verb tells.
            ahead = forward(seq, lows, n, commas, w, fronted=True, reported=prep.marker == "after")
            if ahead is not None and (
                    (ahead.tense == PAST and prep.marker in w["past_reach"])
                    or (ahead.tense == FUTURE and prep.marker in w["lasting_targets"])):
                return after_date(ahead)
        return prep
    found = backward(seq[:n + 1], lows[:n + 1], n, w, commas)
    if found is not None and _coordinated(lows, commas, found[1], n, w):
        # "Voters backed the plan, and the vote on June 10 passed": a clause
        # of its own after ", and the"; its verb, when it has one, tells
        # (not "the vote on June 10 called by the mayor will ...": the noun's
        # participle; but "the vote on June 10 passed by 20 votes" alone).
        ahead = forward(seq, lows, n, commas, w, subject=True) or forward(seq, lows, n, commas, w)
        if ahead is not None:
            return after_date(ahead)
    if found is not None and in_aside(seq, lows, commas, found[1], n, w):
        found = None                 # "Bono, who formed U2 in 1977, begin a tour on 28 March"
    elif found is not None and (a := _attribution_opening(seq, lows, commas, found, w)) is not None:
        # "The board will meet, officials said, on May 5": the clause's verb is before the aside
        found = backward(seq[:a + 1], lows[:a + 1], a, w, commas) or found
    elif found is not None and (p := free_relative(lows, found[1], w)) is not None:
        found = backward(seq[:p + 1], lows[:p + 1], p, w)   # "will play in what has been dubbed ..."
    if found is not None and (kind := subject_modifier(seq, lows, commas, found[1], found[0], w)) is not None:
        main = main_verb_after(seq, lows, commas, n, w)
        if main is not None and kind == "reduced" and (
                main.tense == FUTURE or main.planned or main.marker.split(" ", 1)[0] in w["modal"]):
            # "Ballots received on June 5 will be counted": a participle on the
            # subject has no time of its own under a future or a modal; under a
            # present ("Residents evacuated on March 20 are still in shelters",
            # qa115 #9) or a past main verb, it was done
            return tense_of(UNKNOWN, marker=f"{lows[found[1]]} ... {main.marker}")
        if main is None and after_main_verb(seq, lows, commas, found[1], n, kind, w):
            found = None             # "Residents who lost power get refunds on March 31": the
            # date is the main clause's, whose verb ("get") is no cue (qa110 #3, #9)
    if found is not None:
        tense, index = found
        if tense.tense == PAST and not tense.marker.startswith(("had", "has", "have")):
            shifted = backshifted(seq, lows, index, n, w)   # "would be ... when the UK took over in July"
            if shifted is not None:
                return shifted
        if commas[index] and nonfinite(tense, lows[index]) and lows[index] not in w["prospective"]:
            # "Ryan endorsed Trump in June, telling reporters in May ...": a
            # participle clause set off by a comma shares its main clause's time.
            main = main_verb(seq, lows, index, w) or verb_after_comma(seq, lows, n, commas, w)
            if main is not None:
                tense = tense_of(main.tense, main.planned, f"{main.marker} ... {lows[index]}")
        elif nonfinite(tense, lows[index]) and fronted_participle(seq, lows, index, w):
            # "After taking office in January, he signed ...": a participle
            # phrase opening the sentence takes a past main verb's time.
            ahead = forward(seq, lows, n, commas, w, fronted=True)
            if ahead is not None and ahead.tense == PAST and not ahead.planned:
                return after_date(tense_of(PAST, marker=f"{lows[index - 1]} {lows[index]} ... {ahead.marker}"))
        elif nonfinite(tense, lows[index]) and index > 1 and lows[index - 1] == "after" \
                and (main := backward(seq, lows, index - 1, w)) is not None \
                and main[0].tense == PAST and not main[0].planned:
            # "Spain won the cup after beating Italy on June 9": done before its past main verb.
            return tense_of(PAST, marker=f"{main[0].marker} ... after {lows[index]}", distance=n - 1 - index)
        elif tense.marker in w["reporting"] and not participle_adjunct(seq, lows, index, n, commas, w):
            # "said the vote on June 16 will be close", "said April 10 is the
            # redemption date", "said on April 30 it will redeem": the reported
            # clause decides when it has a cue.
            ahead = forward(seq, lows, n, commas, w)
            if ahead is not None:
                return after_date(ahead)
            told = reported_present(seq, lows, index, n, w)   # "said crews begin Dec. 8"
            if told is not None:
                return told
        # (a shared value from `tense_of`: building a frozen dataclass costs more than the look-up)
        return tense_of(tense.tense, tense.planned, tense.marker, n - 1 - index, False, tense.period)
    # "In a July 9 cable, Stevens reported ...", "As recently as an October
    # interview, Trump said ...": the date stands in a phrase opening the
    # sentence; the main verb after it is the date's verb, a reporting one too.
    k = 0                                            # "Although in September she said ..."
    while k < n and (lows[k] in w["clause_breaks"] or lows[k] in w["conjunctions"]):
        k += 1
    fronted = not any(lows[i] in w["hypothetical"] for i in range(k)) and (
        (0 < n - k <= GOVERN_REACH and (lows[k] in w["phrase_openers"]
                                        or (k and lows[k - 1] == "after" and lows[k] in w["determiners"])))
        or (n == k and n < len(seq) and commas[n]))  # "Last May, a federal judge ... ordered"
    # ("After a July visit, the envoy wrote ...": `after` + a determiner opens a phrase)
    if not fronted and k == 0 and nested_in_subject(seq, lows, n, commas, w):
        return NO_CUE                # "the contenders at the Oscars on Feb. 9 were not nominated"
    ahead = forward(seq, lows, n, commas, w, fronted)
    return after_date(ahead) if ahead is not None else NO_CUE


def _attribution_opening(seq: list[str], lows: list[str], commas: list[bool], found: tuple[Tense, int],
                         w) -> int | None:
    """The index of the comma-led first word of an attribution set off by
    commas inside the clause (", officials said,", ", it said,", ",
    officials had said,"), when the cue `found` (a Tense and its token
    index) is that attribution's past reporting verb, bare or after
    had/has/have; None otherwise. The aside tells when it was said,
    not when the clause's event is: its verb stands before it (qa140 #8)."""
    tense, i = found
    if tense.marker != lows[i] or lows[i] not in w["past_reporting"] or i + 1 >= len(commas) \
            or not commas[i + 1]:
        return None                  # not "will meet, officials said on May 5": said then
    k = i - 1 if i > 1 and (lows[i - 1] in w["perfect"] or lows[i - 1] == "had") else i
    for j in range(k - 1, max(0, k - 6), -1):     # (", officials had said,": its auxiliary, qa171 #5)
        if lows[j] in w["clause_breaks"] or cue(seq, lows, j, w) is not None:
            return None
        if commas[j]:
            return j
    return None


def _progressive(lows: list[str], i: int) -> bool:
    """Is lows[i], an -ing word, a verb right after `be` ("will be meeting
    May 5", qa140 #6), not a noun naming the date ("the annual meeting May
    13")? A noun after `be` takes a determiner first ("will be a meeting")."""
    return i > 0 and lows[i].endswith("ing") and lows[i - 1] == "be"


def _governing(seq: list[str], lows: list[str], n: int, w, commas: list[bool],
               more=None, kept=None, ranged: bool = False) -> Tense | None:
    """A preposition that decides alone, within a few words before the date and
    with no verb between: "since June" (past), "until June", "before the Iowa
    caucuses Feb. 1" (a target or a scheduled event, not the time of the event).
    seq holds the clause's tokens (n before the date, then those after it),
    `lows` them lowercased, `commas` a comma before each, `more` the next (`clause_words.goes_on`),
    `kept` whether the sentence moves the date's event to its day again (`clause_words.kept_day`),
    `ranged` whether another day closes a range right after the date (`_range_told`)."""
    before = seq[:n]
    last = n - 1
    if last < 0:
        return None
    if last and lows[last - 1] == "now" and lows[last] in w["from_now"]:
        return tense_of(FUTURE, marker=f"now {lows[last]}")   # "between now and November": ahead
    if last and lows[last] == "of" and lows[last - 1] == "instead":
        return tense_of(UNKNOWN, marker="instead of")   # "in May instead of June": no event then
    told = copula_tense(seq, lows, commas, last + 1, w, more, kept)   # "the game was Dec. 12"; "the deadline was Dec. 9"
    if told is not None:
        return told
    if before[-1].isdigit() or lows[last] in w["period_nouns"] or (
            lows[last] in w["instrument_words"] and not _progressive(lows, last)):
        return tense_of(UNKNOWN, marker=before[-1])     # "8.50 pct June 1997 stock", "year, March 31"
    for i in range(last, max(-1, last - GOVERN_REACH), -1):
        low = lows[i]
        found = cue(before, lows, i, w)
        if found is not None:
            if nonfinite(found, low):
                continue                             # "Since clinching the nomination in June"
            return None
        if low in w["past_prepositions"]:
            # "since early August", "Since Clinton's op-ed in May"; not "since
            # last year's boom around the May elections".
            near = last - i <= 2 or i == 0 or lows[i + 1].endswith("ing") or (   # "since unveiling it on"
                last - i == 3 and lows[i + 1] in w["determiners"])             # "since a hack in October"
            return tense_of(PAST, marker=low) if near else None
        if i == last or not before[i + 1][0].isupper():   # "to Brussels on Thursday": a place
            if low in w["target_prepositions"] and _governs(lows, i, last, w) and not (
                    (low == "ahead" and i < last and lows[i + 1] != "of")   # "was ahead in an October poll"
                    or (low == "as" and i >= 2 and lows[i - 2] == "as")):   # "as early as October"
                return _target(before, lows, i, w, ranged)
            if low == "of" and i > 0 and lows[i - 1] == "as":
                return tense_of(UNKNOWN, marker="as of")   # "of record as of April 1"
        if low in w["clause_breaks"]:
            return None
    return None


def _target(before: list[str], lows: list[str], i: int, w, ranged: bool = False) -> Tense | None:
    """A target preposition lows[i] governs the date: the date is a deadline
    or a plan ("postponed until June", "gave SAS until March 31", "asked for
    comments by March 31"), even after a past verb; but in a clause told in
    the future the date is still to come ("will see the ad before the April
    24 primary"); and after a perfect, `by` and `through` tell what was done
    by then ("had stalled by mid-July", "had bought shares through Sept.
    29"): past. A `from` range after a past verb ("ran from May 5 to May
    8") stays unknown: it may be told in an earlier year or as a habit
    ("... in 2025", "... two years ago", "usually ran from", "... every
    year": qa173 #1-#2), which nothing reads for a single date yet."""
    low = lows[i]
    found = backward(before[:i], lows[:i], i, w) if i > 0 else None
    if found is not None and found[0].tense == FUTURE and not found[0].planned and (
            low in w["lasting_targets"] or (ranged and _range_told(before, lows, i, found, w))):
        return tense_of(FUTURE, marker=f"{found[0].marker} ... {low}")
    if found is not None and (done_by(lows, found, i, w) or tallied_through(before, lows, found, i, w)):
        return tense_of(PAST, marker=f"{found[0].marker} ... {low}")
    if found is not None and found[0].tense == PAST and low in ("until", "till") \
            and negated(lows, found[1], i, w):
        return tense_of(PAST, marker=f"not {low}")   # "did not respond until October": it did then
    return tense_of(UNKNOWN, marker=low)


def _range_told(before: list[str], lows: list[str], i: int, found: tuple[Tense, int], w) -> bool:
    """Does lows[i], `from` right after the verb group `found` (the cue
    before it and its index), open a range whose other end follows the date
    (the caller's `ranged`: "from May 4 to May 5", a word of `range_ends` in
    lint/data/tense.yaml right after the date, or "from May 4-5", a hyphen
    or an en dash and a day: `_DASHED_DAY`, nu45 H2), told
    by that verb group as a single date would be? A future only ("will run
    from", "they'll stay from", "will be held from", "will run daily from",
    "will be open from": qa140 #12, qa171 #8); a past range stays unread
    (`_target`). Only adverbs in -ly, a place in one word and `range_skips`
    stand between the verb group and `from` ("will be held online again
    from", "will take place from": qa173 #3), and after a bare future word
    its adverbs (`group_adverb`: "will again take place from") and one word
    (its verb), or after a future `be` one word ("run", "open"). Not a baseline or a retroactive start ("will be compared with
    those from", "will apply retroactively from", qa164 #5-#6: `range_back`)."""
    tense, v = found
    if lows[i] != "from" or tense.tense != FUTURE or tense.planned:
        return False
    j = v + 1
    while j < i and tense.marker == lows[v] and group_adverb(lows, j, w):
        j += 1                                       # "will again take place from", "will once more run from"
    if j < i and (tense.marker == lows[v] or tense.marker.endswith(" be")) and before[j][:1].islower():
        j += 1                                       # "will run from", "will be open from"
    while j < i and (ly_adverb(lows[j], w) or lows[j] in w["range_skips"] or lows[j] in w["changed_plan_places"]):
        j += 1
    return j == i and not any(lows[k] in w["range_back"] for k in range(max(0, v - 2), i))


def _governs(lows: list[str], i: int, last: int, w) -> bool:
    """Does the target preposition lows[i] govern the date after lows[last]?
    Right before it, always; the `adjacent_only` ones never from further
    back; `to`, `for`, `as` and `by` from further back only through a target
    noun ("for resale on April 2", "to the end of June"), not in "agreed to the
    transaction in August" or "for instance, a judge in October"."""
    low = lows[i]
    if i == last:
        return True
    if low in w["adjacent_only"]:
        return False
    if low in w["weak_targets"]:          # a target noun between it and the date
        return any(lows[j] in w["target_nouns"] for j in range(i + 1, last + 1))
    return True


def _coordinated(lows: list[str], commas: list[bool], i: int, n: int, w) -> bool:
    """Does a clause of its own open between the verb at lows[i] and the date
    after lows[:n]: a comma, a conjunction and a determiner (", and the vote
    on June 10 passed"), or "and"/"but" and a determiner with no comma ("was
    played and the June 10 game was canceled")? A list's last item opens so
    too, hence the caller also wants a verb after the date."""
    conjunctions, determiners = w["conjunctions"], w["determiners"]
    for j in range(i + 1, n - 1):            # (a loop, the rarest test first: no generator per clause)
        if lows[j] in conjunctions and (commas[j] or lows[j] in ("and", "but")) and lows[j + 1] in determiners:
            return True
    return False
