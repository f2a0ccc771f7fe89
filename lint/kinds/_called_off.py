"""The called-off reading of `after-publication`: a date in the noun phrase of
a verb that calls its event off ("The June 9 hearing was canceled",
"scrapped the June 9 game") dates an event that never took place, so a past
verb after publication is no error there. Split out of after_publication.py
(which judges the tense) to keep each module readable; the word lists are
`called_off`, `made_nouns`, `deterring` and the rest in lint/data/tense.yaml.
"""
from __future__ import annotations

from functools import lru_cache

from .. import rx as regex

from ..analysis.dates import DATE
from ..analysis.tense import words
from ..analysis.verb_group import phrase_words
from ..analysis.word_patterns import phrase_alternation

__all__ = ["called_off", "date_runs"]


# The be or get forms of the subject's passive ("The June 9 hearing [was] canceled").
_BE = ("was", "were", "is", "are", "be", "got", "gets", "has", "have", "had")


@lru_cache(maxsize=None)
def _calling_off() -> tuple[regex.Pattern, ...]:
    """Patterns for a date in the noun phrase of a verb that calls its event
    off (`called_off` in lint/data/tense.yaml), so the event did not happen
    then:
    - read forward from the date's end, the subject's passive: "The hearing
      on June 9 [was canceled]", "The June 9 [hearing has been abruptly called
      off]" (the comma after a year, at most three words of the noun phrase,
      group `np`, no comma, then a form of be or get, group `be`, `been`,
      `all` or `both`, an adverb in -ly that is no near miss, the verb, group
      `verb`; not "canceled out", offset);
    - read in reverse from the date's start, the object of the active verb:
      "[scrapped the] June 9 hearing", "[canceled Duke's] June 9 game",
      "[canceled the hearing set for] June 9" (a determiner or a possessive
      right after the verb, at most three words, group `np`, not on, at or
      in, then `for`), or with no determiner, the date right after the verb
      before its noun: "[scrapped] June 9 game" (a compound head must follow
      the date). Not "canceled the hearing on June 9", which reads as
      the calling off's date;
    - the same with a two-word verb split round its object: "[called the]
      June 9 vote[ off]", the particle at most two words after the date;
    - a near miss (`near_misses`) before the active verb: "nearly scrapped";
    - the noun a date's phrase hangs on before it: "[ruling on ]June 9";
    - a run of dates joined by commas, and or or, read as one date: "the June
      9 and June 10 games were canceled", also each with its own noun: "The
      June 9 concert and the June 10 show were canceled" (`date_runs`).
    - in a headline, the passive without its be form, group `verb` ("June 9
      game [canceled] amid storm"), no determiner or possessive after it (not
      "June 9 storm [canceled the] final": that verb has an object).
    Not "was canceled on June 9": there the date is the calling off's own."""
    verbs = phrase_alternation(words()["called_off"])
    dets = "|".join(sorted(words()["determiners"]))
    det = rf"(?:{dets}|[\w.-]+['’]s|[\w.-]+s['’])"     # "the", "Duke's", "the Yankees'"
    near = "|".join(sorted(words()["near_misses"]))
    np = r"(?P<np>(?:(?!(?:on|at|in)\s)[\w'’-]+\s+){0,3}?)"
    passive = regex.compile(r"(?:(?<=\d{4}),)?(?P<np>(?:[ \t\n]+[\w'’-]+){0,3}?)[ \t\n]+"
                            rf"(?P<be>{'|'.join(_BE)})"
                            rf"(?:\s+been)?(?:\s+(?:all|both))?(?:\s+(?!(?:{near})\b)\w+ly)?\s+(?P<verb>{verbs})\b"
                            r"(?!\s+out\b)", regex.IGNORECASE)
    active = regex.compile(rf"\b(?P<verb>{verbs})\s+(?:{det}\s+{np}"
                           r"(?:for\s+(?:the\s+)?)?)?$", regex.IGNORECASE | regex.REVERSE)
    missed = regex.compile(rf"\b(?:{near})\s+$", regex.IGNORECASE | regex.REVERSE)
    two = [v.split() for v in words()["called_off"] if len(v.split()) == 2]
    split = regex.compile(rf"\b(?P<verb>{'|'.join(sorted({v for v, _ in two}))})\s+{det}\s+{np}$",
                          regex.IGNORECASE | regex.REVERSE)
    particle = regex.compile(rf"(?:[ \t\n]+[\w'’-]+){{0,2}}?[ \t\n]+(?P<particle>{'|'.join(sorted({p for _, p in two}))})\b",
                             regex.IGNORECASE)
    head = regex.compile(r"(?P<noun>[\w'’-]+)\s+(?:on|of|from|for|dated|at|in)\s+(?:the\s+)?$",
                         regex.IGNORECASE | regex.REVERSE)
    bare = regex.compile(r"(?:(?<=\d{4}),)?(?P<np>(?:[ \t\n]+[\w'’-]+){0,3}?)[ \t\n]+"
                         rf"(?P<verb>{verbs})\b(?!\s+out\b)(?!\s+{det}\s)", regex.IGNORECASE)
    return passive, active, missed, split, particle, head, bare


_JOIN = regex.compile(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+", regex.IGNORECASE)
_NEXT_WORD = regex.compile(r"\s+([\w'’-]+)")


@lru_cache(maxsize=None)
def _noun_join() -> regex.Pattern:
    """Two dates each with its noun, joined: "June 9 [concert and the] June 10
    show", "June 9 [game or Duke's] June 10 game": one or two lower-case words
    that are no be or have form and no -ed verb, `and`/`or`, a determiner or a
    possessive. The run's verb is then every date's ("were canceled")."""
    dets = "|".join(sorted(words()["determiners"]))
    return regex.compile(r"(?:\s+(?!(?:was|were|is|are|be|been|has|have|had|got|gets)\b)"
                         r"\p{Ll}[\p{Ll}'’-]*(?<!ed)){1,2}\s+(?:and|or)\s+"
                         rf"(?:(?:{dets})|[\w.-]+['’]s|[\w.-]+s['’])\s+", regex.IGNORECASE)


def date_runs(mentions) -> dict[int, tuple[int, int]]:
    """For each date in mentions (one part's, in order), keyed by its id, the
    (start, end) of the run of dates it stands in, joined by commas, `and` or
    `or` ("June 9, June 10 and June 11"); a date alone is missing. Built once
    per part: linear in its dates."""
    dates = [o for o in mentions if o.kind == DATE]
    runs: dict[int, tuple[int, int]] = {}
    i = 0
    while i < len(dates):
        j = i
        while j + 1 < len(dates) and (_JOIN.fullmatch(dates[j].text, dates[j].end, dates[j + 1].start)
                                      or _noun_join().fullmatch(dates[j].text, dates[j].end,
                                                                dates[j + 1].start)):
            j += 1
        # ", and" between two dates parts clauses ("voted on June 9, and June
        # 10 voting was canceled"); a list of two takes no serial comma
        if j > i and not (j - i == 1 and regex.match(r"\s*,\s*(?:and|or)\s", dates[i].text[dates[i].end:dates[j].start],
                                                      regex.IGNORECASE)):
            runs.update((id(o), (dates[i].start, dates[j].end)) for o in dates[i:j + 1])
        i = j + 1
    return runs


def called_off(m, runs: dict | None = None, headline: bool = False) -> bool:
    """Does m date an event its verb calls off (`_calling_off`)? Then the
    event did not take place at m, whatever the verb's tense. The verb read
    must be the calling off (its be or get form, in the passive). A thing
    made at its date (`made_nouns` in lint/data/tense.yaml: "scrapped the
    June 9 ruling") and people deterred (`deterred_nouns`, after a verb of
    `deterring`: "put off the June 9 crowd") are no event called off."""
    passive, active, missed, split, particle, head, bare = _calling_off()
    # the patterns read in reverse end in `$`: `match` anchors them at the end
    # given (a `search` would try every earlier position, quadratic in a long
    # sentence of dates)
    start, stop = m.sentence
    first, last = (runs or {}).get(id(m), (m.start, m.end))    # `_date_runs`
    # a pair's or list's year after its last day is read past ("The hearings
    # on March 1 and 6, 2024 were canceled"; qa202 #3)
    last = max(last, m.spans.get("year", (0, last))[1])
    marker = m.tense.marker.lower()
    if not _may_call_off(marker, m.tense.ahead, headline):
        return False                  # "voted on June 9": no pattern needs matching
    if m.tense.ahead:
        found = passive.match(m.text, last, stop)
        # not "Stocks on June 9 fell as flights were canceled": the fall is dated
        if found is None or marker.split()[0] != found["be"].lower():
            found = bare.match(m.text, last, stop) if headline else None
            if found is None or marker.split()[0] != found["verb"].split()[0].lower():
                return False
        # the nouns judged are the np's last word ("The June 9 deal signing
        # was scrapped": a signing) and the noun the date's phrase hangs on
        # ("The decision on June 9 was scrapped", "The ruling on the June 9
        # vote was scrapped": the vote was held)
        noun = head.match(m.text, start, first)
        return not _undone_made(found["verb"], found["np"].split()[-1] if found["np"].split() else "",
                                noun["noun"] if noun else "")
    found = active.match(m.text, start, first)
    verb = found["verb"] if found is not None else ""
    if found is None and (found := split.match(m.text, start, first)) is not None:
        rest = particle.match(m.text, last, stop)      # "called the June 9 vote off"
        verb = f"{found['verb']} {rest['particle']}" if rest is not None else ""
        if verb.lower() not in words()["called_off"]:
            return False
    # the verb read is the calling off, and no conjunction opens another verb's
    # phrase between ("canceled the trip and flew on June 9" is the flight's
    # date; "canceled the June 9 and June 10 hearings" joins two dates)
    between = regex.findall(r"[\w'’-]+", found[0].lower()) if found is not None else []
    if found is None or marker != found[0].split()[0].lower() or \
            any(w in words()["conjunctions"] and not between[i - 1].isdigit()
                for i, w in enumerate(between)) or \
            missed.match(m.text, start, found.start()) is not None:
        return False
    # the head is the word after the date ("scrapped the June 9 ruling"), or
    # the noun before "set for" ("canceled the ruling set for June 9"); the
    # words between the verb and the date modify it ("scrapped the rules
    # committee's June 9 hearing" is a hearing)
    if regex.search(r"\bfor\s+(?:the\s+)?$", found[0], regex.IGNORECASE) and (found["np"] or "").split():
        return not _undone_made(verb, found["np"].split()[0])
    head = _compound_head(m.text, last, stop)
    if found["np"] is None and not _noun_after(m.text, last, stop):
        return False        # "canceled June 9", "scrapped June 9 after rain": the verb's own date
    return not _undone_made(verb, head)


def _may_call_off(marker: str, ahead: bool, headline: bool) -> bool:
    """May `called_off` find a calling off for a tense read on `marker`
    (lower case)? Each of its readings requires the verb it finds to be the
    one read: ahead of the date, the marker's first word is the passive's
    be form (`_BE`) or, in a headline, a `called_off` verb's first word;
    before it, the marker is that first word itself. A set test sparing the
    reverse matches when it cannot be ("voted on June 9"). A marker outside
    ASCII, or of no word, is matched as before (an IGNORECASE match takes
    "ſ" for "s")."""
    first = marker.split()[:1]
    if not first or not marker.isascii():
        return True
    verbs = phrase_words(0, "called_off")
    if ahead:
        return first[0] in _BE or (headline and first[0] in verbs)
    return marker in verbs


def _noun_after(text: str, pos: int, stop: int) -> bool:
    """Whether a word that can be a noun follows pos at once: not a
    preposition, conjunction or other word that ends a compound
    (`_compound_ends`), nor an adverb in -ly ("June 9 game", not "June 9
    after rain")."""
    w = _NEXT_WORD.match(text, pos, stop)
    return w is not None and w[1].isalpha() and not w[1].lower().endswith("ly") and \
        w[1].lower() not in _compound_ends()


def _compound_head(text: str, pos: int, stop: int) -> str:
    """The noun a compound after pos ends in, at most three words: "[policy
    vote] last week" -> "vote", "[ruling] on Friday" -> "ruling". The
    compound goes on through lower-case words that are no preposition,
    conjunction, determiner, verb form or adverb (`compound_end_words` and
    the `compound_end_lists` in lint/data/tense.yaml, or -ly); "" when no
    word follows at once."""
    head = ""
    for k, w in enumerate(_NEXT_WORD.finditer(text, pos, stop)):
        if w.start() != pos or k and (not w[1].isalpha() or not w[1].islower()
                                      or w[1].endswith("ly") or w[1] in _compound_ends()):
            break
        head, pos = w[1], w.end()
        if k == 2:
            break
    return head


@lru_cache(maxsize=None)
def _compound_ends() -> frozenset[str]:
    w = words()
    return frozenset().union(w["compound_end_words"], *(w[key] for key in w["compound_end_lists"]))


def _undone_made(verb: str, *phrase: str) -> bool:
    """Is the noun phrase (its words in `phrase`) a thing made at its date
    (`made_nouns`), or people a verb of `deterring` deters (`deterred_nouns`)?"""
    w = words()
    nouns = {t.lower() for p in phrase for t in regex.findall(r"[\w'’-]+", p)}
    if nouns & w["made_nouns"]:
        return True
    return " ".join(verb.lower().split()) in w["deterring"] and bool(nouns & w["deterred_nouns"])
