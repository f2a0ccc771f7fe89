"""People in an article, found by capitalised name sequences after an optional title.

A job title directly before the name ("Russian Deputy Foreign Minister Sergey
Ryabkov") is kept as the words that matter for comparison: its base title and
its rank modifiers. The runs come from `name_runs` (re-read by
`name_rereads`), the titles from `name_titles`; this module turns them into
`Mention`s and groups them by person, cached on the document.
"""
from __future__ import annotations

from functools import lru_cache
from operator import itemgetter

from .. import rx as regex

from ..document import Document, Part
from ..regex_cache import SERIAL
from .calendar import WEEKDAY_NAMES
from .name_rereads import double_surnames_alone, given_first, particle_surnames
from .name_runs import find_mentions
from .name_titles import WORD_BEFORE, Title, may_lead, office_after, tables, title_before
from .name_wraps import flat
from .note_citations import cited_author
from .word_patterns import phrase_alternation
from .words import is_common

__all__ = ["Mention", "Title", "GENERATION", "GENERATION_SUFFIX", "generation_suffix", "SAID_BEFORE_VERBS", "tables", "flat_parts", "mentions",
           "datelines", "dateline_end", "given_names", "people", "is_person", "person_after", "courtesy_before", "owns_a_person",
           "names_a_place", "names_no_person", "fold", "one_edit", "ending_keys", "ending_variant"]

# A footnote's text too: it is about the story's people, read where its definition stands (qa388 #1).
NAME_KINDS = ("paragraph", "blockquote", "caption", "dek", "footnote")


_UNSET = object()


class Mention:
    """One use of a name; plain slots rather than a dataclass, since an
    article has dozens and the job title is worked out only when asked."""
    __slots__ = ("part", "start", "end", "surname_start", "surname", "full", "_title")

    def __init__(self, part: Part, start: int, end: int, surname_start: int, surname: str,
                 full: bool):
        self.part = part
        self.start = start                  # the whole name, possessive excluded
        self.end = end
        self.surname_start = surname_start
        self.surname = surname
        self.full = full                    # has a given name or initial before the surname
        self._title = _UNSET

    @property
    def title(self) -> Title | None:
        """The job title right before the name ("Deputy Mayor"), if any."""
        if self._title is _UNSET:
            text, at = self.part.text, self.start
            self._title = title_before(text, at) if at > 1 and text[at - 1] == " " and \
                may_lead(WORD_BEFORE.match(text, 0, at - 1, SERIAL)[0]) else None
        return self._title

    @property
    def position(self) -> tuple[int, int]:
        return self.part.index, self.start

    def __repr__(self) -> str:
        return f"Mention({self.part.text[self.start:self.end]!r} at {self.position})"


def flat_parts(doc: Document) -> list[Part]:
    """The parts names are read in (`NAME_KINDS`), in reading order, each
    read by `flat` (soft wraps and no-break spaces plain spaces, at the same
    offsets): the parts `Mention.part` points into. Once per document, for
    `mentions` and `name_firms.firm_words`."""
    return doc.analysis("names.flat", lambda d: [flat(p, d.format == "text") for p in d.parts
                                                 if p.kind in NAME_KINDS])


def mentions(doc: Document) -> list[Mention]:
    """Every name mention in the body, in reading order. Each mention's
    `part` is its part read by `flat` (a copy whose soft wraps and no-break
    spaces are plain spaces, at the same offsets: a finding there points
    into the source as the part's would). A word of a wire dateline that
    opens a paragraph ("Lincoln, Neb. (AP) —": the reader's `dateline`
    part over the paragraph's first words) is a place, no mention (qa148 #22)."""
    def build(d: Document) -> list[Mention]:
        found = [r for r in given_first(double_surnames_alone(particle_surnames(find_mentions(flat_parts(d)))))
                 if not (r[0].kind == "footnote"      # a cited work's author (r[3] > r[1]: a given name first)
                         and cited_author(*r[:3], d.source, r[3] > r[1]))]
        known = {r[4] for r in found if r[6] and r[5]}
        places = datelines(d)
        return [Mention(p, s, e, ss, sn, full) for p, s, e, ss, sn, full, sure in found
                if (sure or sn in known) and not (places and dateline_end(places, p.source_offset(s)) is not None)]
    return doc.analysis("names.mentions", build)


def datelines(doc: Document) -> list[tuple[int, int]]:
    """The source spans of the reader's `dateline` parts (a wire dateline over
    a paragraph's first words: `CHICAGO (AP) —`), once per document; for
    `mentions` and `speakers.after_dateline`."""
    return doc.analysis("names.datelines", lambda d: [(p.source_offset(0), p.source_offset(len(p.text)))
                                                      for p in d.parts if p.kind == "dateline"])


def dateline_end(places: list[tuple[int, int]], at: int) -> int | None:
    """Where the one of the datelines' source spans `places` that holds the
    source offset `at` ends; None when `at` is in none."""
    return next((end for start, end in places if start <= at < end), None)


def given_names(doc: Document) -> dict[str, set[str]]:
    """surname -> the given names it is used with (two of them are two people);
    surnames never given in full are absent."""
    def build(d: Document) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {}
        for m in mentions(d):
            if m.full:
                given = m.part.text[m.start:m.surname_start].split(" ", 1)[0].lower()
                out.setdefault(m.surname, set()).add(given)
        return out
    return doc.analysis("names.given", build)


def people(doc: Document) -> dict[str, list[Mention]]:
    """Mentions grouped by surname, for people: surnames given in full at least
    once and used at least once as a person is ("Ryabkov said", "Mr Ryabkov",
    a job title), which keeps "Deutsche Bank" and "Latin America" out."""
    def build(d: Document) -> dict[str, list[Mention]]:
        given = given_names(d)             # exactly the surnames given in full
        groups: dict[str, list[Mention]] = {}
        for m in mentions(d):
            if m.surname in given:
                groups.setdefault(m.surname, []).append(m)
        return {s: ms for s, ms in groups.items()
                if any(is_person(m, given) for m in ms) and not _inside_org_names(ms)}
    return doc.analysis("names.people", build)


# A place's lead-in right before a word ("in Wales", "across Canada").
_PLACE_BEFORE = regex.compile(r"(?r)(?<![\p{L}\p{M}'’-])(?i:in|across|throughout|within)\s$")


def _inside_org_names(ms: list[Mention]) -> bool:
    """Whether the "surname" is a word inside organisations' names, no
    person's: every full name with it opens with an ordinary word that is no
    given name ("Radio Wales", "Statistics Canada", "First Chicago") and the
    word alone is never used as a person is, or is used as a place ("in
    Wales"). "Spike Lee" stays a person once "Lee said" appears."""
    given = tables()["given_words"]
    for m in ms:
        if m.full:
            first = m.part.text[m.start:m.surname_start].split(" ", 1)[0]
            if not is_common(first) or first.lower() in given:
                return False
    alone = [m for m in ms if not m.full]
    return not any(is_person(m) for m in alone) or any(map(is_place, alone))


def is_place(m: Mention) -> bool:
    """The word is used as a place's name ("in Wales", "across Britain")."""
    return m.part.text[m.end:m.end + 1] not in ("'", "’") and \
        _PLACE_BEFORE.search(m.part.text, max(0, m.start - 12), m.start) is not None


# White space inside one paragraph (one line break at most: a hard wrap of
# plain-text copy, qa233 #3) and a capitalised word after a name. The runs
# are possessive: two runs of the same spaces side by side would otherwise
# try every split of a long run, quadratic in its length (qa240 #1).
_NEXT_WORD = regex.compile(r"[^\S\n]*+\n?[^\S\n]*+(\p{Lu}\p{Ll}+)")


def names_a_place(m: Mention) -> bool:
    """The name opens a street's or a building's name ("Dubois Street",
    names.yaml `place_nouns`): no use of the person's name, so no count
    towards the spelling the article mostly uses. Any white space of one
    paragraph may stand between the two words: spaces, a tab, a no-break
    space, a line break ("Dubois\\nStreet" in hard-wrapped plain text:
    qa233 #3), but no blank line. Most names are followed by a stop, a
    comma or a lower-case word ("Marsh said"): no white space, or one and
    then an ASCII character other than A-Z or a space, which `\\p{Lu}` is
    not, rule the pattern out before it runs."""
    text, end = m.part.text, m.end
    if not text[end:end + 1].isspace():
        return False
    nxt = text[end + 1:end + 2]
    if nxt.isascii() and not nxt.isspace() and not "A" <= nxt <= "Z":
        return False
    after = _NEXT_WORD.match(text, end, None, SERIAL)
    return after is not None and after[1].lower() in tables()["place_nouns"]


# A generational suffix right after a name ("John Smith Jr.", "Smith, Sr.",
# "John Smith III"): the person's, so a cue after it is the name's (qa148 #16).
# Jr. and Sr. in any case: all-caps copy writes "JR." (qa181 #3).
GENERATION = r"(?:,?[ \u00a0](?P<gen>(?i:jr|sr))\.?|[ \u00a0](?P<gen>II|III|IV))(?![\p{L}\p{M}'’-])"
# The same, compiled once for the kinds that read a suffix after a name
# (names.age-changed between a name and its age, names.first-reference
# after a surname that opens no other name).
GENERATION_SUFFIX = regex.compile(GENERATION)


def generation_suffix(m: Mention) -> str:
    """The generational suffix right after the name (`GENERATION_SUFFIX`:
    "Jr", "III"), without its comma or stop, Jr. and Sr. as "Jr" and "Sr"
    whatever their case ("JR." is "Jr": qa181 #3), else "": a Jr. and a
    Sr. are two people (names.age-changed, names.title-changed)."""
    gen = GENERATION_SUFFIX.match(m.part.text, m.end, None, SERIAL)
    return "" if gen is None else gen["gen"].capitalize() if gen["gen"][0] in "JjSs" else gen["gen"]


_SPEAKS_AFTER = regex.compile(
    rf"(?:{GENERATION})?"
    r"(?:(?:['’]s)?,?\s(?:(?:said|says|told|added|argued|explained|wrote|noted|insisted|warned|"
    r"stated|asked|replied|spoke|announced|who|whose)\b|\(\d{1,3}\))|,\s\d{1,3},)")


@lru_cache(maxsize=1)
def said_time() -> str:
    """A regex (no group, no space after) for when a thing was said or done:
    a weekday, maybe after "on" and with one of names.yaml `said_day_parts`
    ("Thursday", "on Monday morning"), or one of `said_times` ("last night",
    "earlier this week"); either may follow one of `said_time_leads` ("late
    Thursday", "early yesterday"). `_person_after` and a told promotion
    (`name_promotions`: "promoted Tuesday to major") read it."""
    leads, parts, times = (phrase_alternation(tables()[k]) for k in ("said_time_leads", "said_day_parts", "said_times"))
    return rf"(?:(?:{leads})\s)?(?:(?:on\s)?(?:{'|'.join(WEEKDAY_NAMES)})(?:\s(?:{parts}))?|{times})"


@lru_cache(maxsize=1)
def _person_after() -> regex.Pattern:
    """The cues after a name that only a person takes: an age ("Smith,
    45,", "Smith (45)"), "who", or a speech verb whose subject right after
    it is "he" or "she" ("Dell said he was proud": nu45 H1), a day or time
    it was said in between or not (names.yaml `said_times` and the words
    around a weekday: "Dell said Thursday he", "said late Thursday he",
    "said last night she"). A speech verb alone is no such cue, since a
    firm's short form takes it too ("Dell said", "Dell said Thursday it
    would"): a firm's use yields to these (`name_firms.firm_use`)."""
    when = said_time() + r"\s"
    return regex.compile(
        rf"(?:{GENERATION})?(?:,?\s(?:who\b|\(\d{{1,3}}\))|,\s\d{{1,3}},"
        r"|\s(?:said|says|added|argued|explained|wrote|noted|insisted|warned|stated|replied|announced)"
        rf"\s(?:{when})?(?P<pronoun>he|she)(?:['’](?:s|d|ll))?(?![\p{{L}}\p{{M}}'’-]))")


def person_after(m: Mention) -> regex.Match | None:
    """An age, "who" or a speech verb with "he" or "she" after it
    following the name (`_person_after`), or None: "Dell, 58, said", "Dell
    (58) said", "Dell, who founded the company", "Dell said he was proud",
    "Dell said on Thursday he was proud":
    a person's use, whatever firm shares the name (qa175 #1, nu45 H1). "Dell
    said it would" stays the firm's. The match's group `pronoun` is set
    when the cue is the pronoun, which may be somebody else named before
    (`name_firms.firm_use` reads it so: qa179 #2)."""
    return _person_after().match(m.part.text, m.end, None, SERIAL)


# The speech verbs that stand before their speaker in an inverted
# attribution ("..., said Cooper."): `_SPEAKS_BEFORE`'s first ones, and
# names.first-reference's `_SAID_BEFORE`.
SAID_BEFORE_VERBS = r"said|says"
# Read backwards: it ends where the name starts. A full stop follows only a
# courtesy title ("Mr. Smith"): "the council said. Mark Smith stayed" is no cue.
_SPEAKS_BEFORE = regex.compile(
    rf"(?r)(?:\b(?:(?:{SAID_BEFORE_VERBS}|told|added|(?i:according)\sto),?|(?:Mr|Mrs|Ms|Dr|Miss|Sir)\.?)\s)$")


def is_person(m: Mention, named=frozenset(), before: bool = True) -> bool:
    """A mention used the way news copy uses a person: with a job title, a
    courtesy title, a speech verb, "who", an age ("Smith, 45,", "Smith
    (45)"), or as a possessive that owns a person (`owns_a_person`); with
    `before` false, "said" or "told" before it is no cue ("He said Brazil
    might", "told Reuters Taiwan would": the clause's subject may be a
    place). "According to" is no cue before a possessive (what is owned is
    the source: "According to England's health service") nor before a
    source that is no person (`names_no_person`: "According to England,";
    `named`, the surnames the story gives in full, keeps a one-word place a
    person's: "Michael Jordan ... according to Jordan")."""
    text = m.part.text
    if m.title or _SPEAKS_AFTER.match(text, m.end, None, SERIAL) or owns_a_person(m):
        return True
    cue = _SPEAKS_BEFORE.search(text, max(0, m.start - 16), m.start, SERIAL)
    if cue is None or cue[0][:2].lower() != "ac":
        return cue is not None and before
    return not (text.startswith(("'s", "’s"), m.end) or names_no_person(m, named))


# A capital inside a word after a lower-case letter ("TechCrunch", "McDonald").
_INNER_CAPITAL = regex.compile(r"\p{Ll}\p{Lu}")


def names_no_person(m: Mention, named=frozenset()) -> bool:
    """The mention names a place or an organisation, no person, when it is
    the source after "according to": a known place (names.yaml `places`:
    "According to England," a team or a government; the whole run when it
    is of more words: "New Zealand"), unless it is one word that `named`,
    the surnames given in full, holds ("Michael Jordan"); a word with a
    capital inside that no surname prefix explains ("TechCrunch", "WebMD";
    not "McDonald", "DeSantis": names.yaml `capital_prefixes`); or a word
    before a place noun ("Manchester City", `names_a_place`)."""
    t = tables()
    if m.part.text[m.start:m.end].lower() in t["places"]:
        return m.full or m.surname not in named
    if m.full:
        return False
    inner = _INNER_CAPITAL.search(m.surname)
    return inner is not None and m.surname[:inner.start() + 1].lower() not in t["capital_prefixes"] \
        or names_a_place(m)


# A word right before a name, read backwards, with its full stop ("Ms. ", "Mr ").
_WORD_STOP_BEFORE = regex.compile(r"(?r)(?<![\p{L}\p{M}'’-])(\p{L}+)\.?\s+$")


def courtesy_before(m: Mention) -> bool:
    """Whether a courtesy title (names.yaml `courtesy`) stands right before
    the name ("Mr Jacobs", "Ms. Brewer"): the name is a person's."""
    found = _WORD_STOP_BEFORE.search(m.part.text, max(0, m.start - 8), m.start, SERIAL)
    return found is not None and found[1].lower() in tables()["courtesy"]


def owns_a_person(m: Mention) -> bool:
    """The name is a possessive that owns a person ("Venkataram’s deputy
    said", names.yaml `possessed_people`): used as a person's name, as a
    place's possessive owning a thing ("Baghdad's budget", "Holland's
    family-friendly budget") or an office ("Georgia’s deputy governor":
    `office_after`) is not."""
    owned = _possessed().match(m.part.text, m.end)
    return owned is not None and not office_after(m.part.text, owned.end() - len(owned[0].split()[-1]))


@lru_cache(maxsize=1)
def _possessed() -> regex.Pattern:
    owned = "|".join(regex.escape(w) for w in sorted(tables()["possessed_people"], key=len, reverse=True))
    return regex.compile(rf"['’]s\s+(?i:{owned})(?![\p{{L}}\p{{M}}'’-])")


_DOUBLED = regex.compile(r"(\p{L})\1+")
# Its replacement, the letter once: a callable in C, where the template r"\1"
# sent every `sub` call through `regex`'s Python-level template look-up.
_LETTER = itemgetter(1)


@lru_cache(maxsize=16384)
def fold(name: str, table: str = "transliteration", doubled: bool = True) -> str:
    """Transliteration-neutral spelling: Ryabkov and Riabkov fold alike.
    `table` names the names.yaml folds to apply (`short_transliteration`
    for short surnames); with `doubled` false, doubled letters are kept."""
    low = name.lower()
    for a, b in tables()[table]:
        low = low.replace(a, b)
    return _DOUBLED.sub(_LETTER, low) if doubled else low


def one_edit(a: str, b: str) -> bool:
    """Damerau-Levenshtein distance of exactly one (a swap counts as one edit)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1:] == b[i + 1:] or (a[i + 2:] == b[i + 2:] and a[i:i + 2] == b[i:i + 2][::-1])
    return a[i:] == b[i + 1:]


# The fewest letters before a surname ending (`surname_endings`) for two
# endings to be compared: Kelly/Kelley, not Cody/Codie.
_STEM_LEAST = 4


def _stems(low: str):
    """(stem, group) for each names.yaml `surname_endings` ending the
    lower-case surname `low` has, after `_STEM_LEAST` letters or more."""
    for group in tables()["surname_endings"]:
        for ending in group:
            if low.endswith(ending) and len(low) - len(ending) >= _STEM_LEAST:
                yield low[:-len(ending)], group


@lru_cache(maxsize=16384)
def ending_keys(low: str) -> frozenset[str]:
    """The lower-case surname with each ending it has replaced by its
    group's first (Montgomerie, Montgomerey -> montgomery): two surnames
    `ending_variant` pairs share one."""
    return frozenset(stem + group[0] for stem, group in _stems(low))


def ending_variant(a: str, b: str) -> bool:
    """Two lower-case surnames that differ only by endings of one
    `surname_endings` group (Montgomery/Montgomerie, Andersen/Anderson)."""
    return a != b and any(b == stem + other for stem, group in _stems(a) for other in group)
