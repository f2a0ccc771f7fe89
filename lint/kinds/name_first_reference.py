"""`name-first-reference`: a surname alone before the person's full name, or
a second person with that surname who is never named in full.

News style gives a person's full name at first reference and the surname
after it. A surname used alone (with or without a title) before the full
name first appears is flagged once per person. A surname used alone with a
relation in apposition (`Former Mayor Kowalczyk, her aunt,`; `his brother,
Kowalczyk`) names somebody else with the surname of a person already named
in full: readers cannot tell the two apart unless the second one is also
named in full (AP Stylebook, "names": use first names to tell apart people
with the same last name), so it is flagged too. Headlines are out of scope:
they use surnames alone by design; a surname shared by two people given in
full (Barack and Michelle Obama) is left alone, since "Obama" may be either.
A surname alone in a correction or editor's note (`CORRECTION: An earlier
version of this story misstated the amount Kessler repaid.`: `opens_note`,
the date checks' `note_opener` with a label's mark or date after a one-word
opener, so `Corrections officers said Kessler ...` is the story's) is no
first reference, even over the story: the note speaks of the story's people;
a full name there still is one. Nor is a surname alone in an archive's
abstract over the story (`ABSTRACT.`, a summary, `FULL TEXT.`: the text
reader marks the summary `abstract`): it names people by the surname the
story goes on to introduce. A firm's short form is no surname alone
either (`name_firms`: "Taft vice chairman Dudley S. Taft" in a story that
names "Taft Broadcasting Co", "Ford, the US car company, ... Bill Ford"),
unless a title or a courtesy title stands before it ("Mr Jacobs").
"""
from __future__ import annotations


from .. import rx as regex

from ..analysis.apposed_titles import apposed_job_end
from ..analysis.calendar import MONTHS, WEEKDAYS
from ..analysis.date_scan import opens_note
from ..analysis.firm_terms import is_firm_ending, second_name_of_firm
from ..analysis.name_firms import firm_use
from ..analysis.name_relations import relation, relation_of
from ..analysis.name_runs import LIST_MARK, opens_sentence
from ..analysis.name_order import page_order
from ..analysis.name_places import opens_a_place
from ..analysis.name_things import THE_BEFORE, names_a_thing
from ..analysis.name_titles import title_word
from ..analysis.names import (GENERATION_SUFFIX, SAID_BEFORE_VERBS, Mention, courtesy_before, given_names,
                              is_person, mentions, people, tables)
from ..analysis.quoted_spans import quoted
from ..analysis.sentences import sentence_at, sentence_starts
from ..analysis.words import is_common
from ..regex_cache import SERIAL
from .base import Finding, Kind


class NameFirstReference(Kind):
    name = "name-first-reference"
    placeholders = frozenset({"full"})
    description = ("Flags a surname used alone before the person's full name appears, "
                   "or for a second person with that surname.")
    default_scope = ("paragraph", "blockquote", "caption", "footnote")

    def check(self, doc, parts):
        wanted = {p.index for p in parts}
        given = given_names(doc)
        notes: dict[int, bool] = {}      # part index: whether the part is a note (`_in_note`)
        persons = people(doc)
        for surname, ms in persons.items():
            ms = page_order(ms)       # a footnote's names after the story's
            if is_common(surname) and not (_after_particle(ms) or _common_surname(ms, given, doc)):
                continue       # "Bank" before "Deutsche Bank" (but "Le Pen" and "Brewer said" are names)
            if _no_persons(surname, ms, given):
                continue       # "Financial Corp", "told Reuters Taiwan would"
            others = {id(m): r for m in ms if (r := relation(m))}
            for m in ms:
                if id(m) in others and m.part.index in wanted:
                    full = next(x for x in ms if x.full)
                    yield Finding(m.part, m.start, m.end, message=(
                        f"'{surname}' ({others[id(m)]}) is a second person named {surname}, "
                        f"besides '{_text(full)}'; give this person's full name too"))
            if len(given[surname] - tables()["peerage"]) > 1:
                continue       # Barack and Michelle Obama ("Baroness Hale" gives no given name: `_peer`)
            # the first full name that is no peer's style ("Brenda Hale", not
            # "Baroness Hale"), else the style that reads as one: "Hale said"
            # before "Baroness Hale" alone stays flagged, as before
            full = next((m for m in ms if m.full and not _peer(m)), None) or next(m for m in ms if m.full)
            # in reading order: any use before the first full one, but not the
            # name of a thing ("the Obama eras", "Biden for President") nor a use in a note
            # or in an archive's abstract over the story (a part's `abstract` mark)
            # (nor a firm's short form: "Taft vice chairman Dudley S. Taft" after
            # "Taft Broadcasting Co", `firm_use`, nor a peer's style, `_peer`);
            # read only up to the last use that could be flagged (`_last_flaggable`):
            # past it no finding can come, and `firm_use` reads the whole story's firms
            upto = _last_flaggable(ms, full, others, wanted)
            if upto < 0:
                continue
            early = next((m for m in ms[:upto + 1] if m is full or not (_names_a_thing(m, persons)
                                                            or _in_note(m, notes)
                                                            or m.part.attrs.get("abstract")
                                                            or _run_in_label(m)
                                                            or _peer(m)
                                                            or second_name_of_firm(m.part.text, m.start,
                                                                                   given[surname])
                                                            or firm_use(m, doc))), None)
            if early is not None and not early.full and id(early) not in others and early.part.index in wanted:
                if not _named_in_its_sentence(early, full, doc):
                    yield Finding(early.part, early.start, early.end, args={"full": _text(full)})


def _last_flaggable(ms: list[Mention], full: Mention, others: dict, wanted: set[int]) -> int:
    """The index in `ms` of the last use before `full` (the first full name
    `check` measures by) that could be flagged as the first reference: a
    surname alone, no relation's (`others`), in a part the rule reads
    (`wanted`); -1 when there is none, and so no finding, whatever the uses
    before it are (pf48: the rest of `check` asks more of each use, and
    `firm_use` reads every firm the story names)."""
    last = -1
    for i, m in enumerate(ms):
        if m is full:
            break
        if not m.full and id(m) not in others and m.part.index in wanted:
            last = i
    return last


def _after_particle(ms: list[Mention]) -> bool:
    """A full name writes the surname after a particle ("Marine Le Pen"):
    with it, an ordinary word ("pen") is a surname."""
    particles = tables()["particles"]
    for m in ms:
        if m.full:
            head = m.part.text[m.start:m.surname_start].split()
            if head and head[-1].lower() in particles:
                return True
    return False


def _common_surname(ms: list[Mention], given, doc) -> bool:
    """An ordinary word that is a person's surname (nu43 H4): an occupational
    surname, a trade's agent noun in -er that is no job title
    (`_OCCUPATIONAL`: "Brewer", "Cooper", "Farmer", "Miner"; not
    "Officer", "Leader"), that every full name with it opens with a word
    that is no ordinary one or is a given name (names.yaml
    `given_words`: "Dana Brewer"), that the story never writes in lower
    case, also as a plural or possessive (a brewery's story has "the
    brewer said", "the brewer's sales", "brewers") unless a courtesy
    title marks a use alone as a person's (`courtesy_before`: "Ms.
    Brewer"), that no paragraph or blockquote writes it as the first
    word of another capitalised name (`_opens_a_name`: "Cooper Tire
    said", "Brewer Street"), and that the word alone, not after "the",
    is used as a person is (`is_person`, a speech verb before it no cue:
    "Brewer said", "Mr Brewer"; or `_said_closing`: "'...,' said
    Cooper."). A person's job in apposition that is the word's own
    (`_own_apposition`: "Cooper, the company's founder, said") is such a
    use even where the word opens a firm's name ("Cooper Tire"). Other
    ordinary words stay unread even when a story uses them so: "Police
    said" before "Strathclyde Police", "Swiss Re's spokesman",
    "Gartnavel General Hospital", "Black, Manafort, Stone and Kelly" (a
    firm), "Trump University" all read as a person's use."""
    surname = ms[0].surname
    if _OCCUPATIONAL.fullmatch(surname) is None or title_word(surname) is not None:
        return False
    words = tables()["given_words"]
    for m in ms:
        if m.full:
            first = m.part.text[m.start:m.surname_start].split(" ", 1)[0]
            if is_common(first) and first.lower() not in words:
                return False
    # the word in lower case, also plural or possessive ("the brewer's sales": qa169 #7),
    # unless a courtesy title marks the word alone as a person's ("Ms. Brewer": nu44 H6)
    lower = regex.compile(rf"(?<![\p{{L}}\p{{M}}'’-]){regex.escape(surname.lower())}"
                          r"(?:s|['’]s?)?(?![\p{L}\p{M}'’-])")
    if any(lower.search(p.text) for p in doc.parts) and not any(courtesy_before(m) for m in ms if not m.full):
        return False
    # a person's job in apposition that is the word's own ("Cooper, the
    # company's founder, said": `_own_apposition`) makes it a person's
    titled = [m for m in ms if not m.full and _own_apposition(m, doc)]
    # else the word opening a name of something else ("Cooper Tire said": qa169 #6)
    if not titled and any(_opens_a_name(surname, p.text) for p in doc.parts
                          if p.kind in ("paragraph", "blockquote", "footnote")):
        return False
    return bool(titled) or any(not m.full and (is_person(m, given, before=False) or _said_closing(m))
                               and not THE_BEFORE.search(m.part.text, max(0, m.start - 8), m.start, SERIAL)
                               for m in ms)


def _own_apposition(m: Mention, doc) -> bool:
    """Whether a person's job stands in apposition after the word alone
    (`apposed_titles.apposed_job_end`) and is the word's: the word opens its
    sentence (`name_runs.opens_sentence`), the subject the job is told of
    ("Cooper, its chief executive, said"), not a firm or a place after a
    preposition ("At Cooper, its chief executive, Ann Lee, said"), and no
    name follows the apposition's comma, whose job it would be ("Cooper,
    its chief executive, Ann Lee, said": qa183 #1)."""
    text = m.part.text
    close = apposed_job_end(text, m.end)
    if not close or not opens_sentence(text, m.start):
        return False
    if text[close - 1] != ",":
        return True
    after = _SPACES.match(text, close, None, SERIAL).end()
    return not any(x.part is m.part and x.start == after for x in mentions(doc))


_SPACES = regex.compile(r"\s*")


# "said" or "says" (`names.SAID_BEFORE_VERBS`, the verbs `is_person` reads
# before a name) right before a name, read backwards, and the mark that
# closes the clause right after it ("..., said Cooper.", "said Cooper, 45").
_SAID_BEFORE = regex.compile(rf"(?r)(?<![\p{{L}}\p{{M}}'’-])(?:{SAID_BEFORE_VERBS})\s+$")
_CLAUSE_END = regex.compile(r"[.,;:!?)]|\s*$")


def _said_closing(m: Mention) -> bool:
    """Whether the name is the speaker of an inverted attribution, "said"
    before it and its clause closed right after it ("'We will strike,' said
    Cooper.": nu44 H6); "He said Farmer would strike" is no such use."""
    text = m.part.text
    return _SAID_BEFORE.search(text, max(0, m.start - 8), m.start, SERIAL) is not None \
        and _CLAUSE_END.match(text, m.end, None, SERIAL) is not None


def _opens_a_name(word: str, text: str) -> bool:
    """Does `text` write `word` as the first word of a longer capitalised
    name ("Cooper Tire", "Brewer Street"), not before a weekday, a month or
    a generation suffix (`names.GENERATION_SUFFIX`: "Cooper Tuesday said",
    "Brewer Jr", "Brewer III")? The story then names a firm or a place for
    the word, and the word alone may be that."""
    for m in _OPENS_NAME.finditer(text, 0, None, True, SERIAL):
        if m[1] == word and not GENERATION_SUFFIX.match(text, m.end(1)):
            nxt = m[2].rstrip(".").lower()
            if nxt not in WEEKDAYS and nxt not in MONTHS:
                return True
    return False


# A capitalised word and the capitalised word after it on the same line.
_OPENS_NAME = regex.compile(r"(?<![\p{L}\p{M}'’-])(\p{Lu}\p{Ll}+)[ \t]+(\p{Lu}[\p{L}\p{M}]*\.?)")


# An occupational surname: a capitalised agent noun in -er of five letters or
# more ("Brewer", "Cooper", "Farmer"); `_common_surname` reads it.
_OCCUPATIONAL = regex.compile(r"\p{Lu}\p{Ll}{2,}er")


def _no_persons(surname: str, ms: list[Mention], named) -> bool:
    """Whether the "surname" is no person's (nu26 #12): a firm's suffix
    (firms.yaml `any_case_endings`: "PACCAR Financial Corp" after
    "Standard and Poor's Corp said"), or a place (names.yaml `places`:
    "told Reuters Taiwan would", "Lawson told Funaro Brazil had to") that the
    story never uses alone as a person is used (`is_person`, a speech verb
    before it no cue: "He said Brazil might adopt", nor a use after "of":
    "Bank of America announced"; "Jordan said" keeps
    Michael Jordan's surname a person's)."""
    low = surname.lower()
    if is_firm_ending(low):
        return True
    return low in tables()["places"] and not any(
        is_person(m, named, before=False) for m in ms
        if not (m.full or _OF_BEFORE.search(m.part.text, max(0, m.start - 4), m.start)))


# A capitalised word right before a name, read backwards ("Lord ", "Baroness ").
_STYLE_BEFORE = regex.compile(r"(?r)(?<![\p{L}\p{M}'’-])(\p{Lu}\p{Ll}+)\s$")


def _peer(m: Mention) -> bool:
    """Whether the name is a peer's style and the surname (names.yaml
    `peerage`: Lord, Lady, Baroness, Viscount, Countess ...; not Earl nor
    Baron, given names too: "Earl Blumenauer"): how British
    copy names a peer at every reference (Debrett's; "Lord Butler", "Lord
    Roberts of Conwy", "Baroness Hale"), neither a surname alone nor a full
    name, so a bare "Butler said" or "Hale said" before "Robin Butler" or
    "Brenda Hale" is still the first reference. The style stands before a
    surname alone ("Lord", a courtesy title, `_STYLE_BEFORE`) or is the one
    word a full name reads before the surname ("Baroness Hale")."""
    peers, text = tables()["peerage"], m.part.text
    if m.full:
        head = text[m.start:m.surname_start].split()
        return len(head) == 1 and head[0].lower() in peers
    style = _STYLE_BEFORE.search(text, max(0, m.start - 13), m.start, SERIAL)
    return style is not None and style[1].lower() in peers


# "of" right before a word: a place's or a body's name ("Bank of America
# announced", "Attorney General of Delaware, who"), no person's use of it.
_OF_BEFORE = regex.compile(r"(?r)(?<![\p{L}\p{M}'’-])of\s$")


def _names_a_thing(m: Mention, persons: dict) -> bool:
    """`name_things.names_a_thing` at the use `m` (`persons`: `names.people`),
    or the use opens a place's name in the place's own frame
    (`name_places.opens_a_place`: "the Harris County commissioners", "in
    Harris County": nu50 #1), which names the place, not the person
    ("Harris, the county judge," and "told Harris State Farm would pay"
    are still the person's: qa233 #2)."""
    return opens_a_place(m) or names_a_thing(m.part.text, m.start, m.end, persons)


# "the" and a word of style before a full name ("the King James Bible"), read backwards.
def _run_in_label(m: Mention) -> bool:
    """Whether the surname alone is the label of a run-in subhead: all that
    stands before a colon at the head of its part, behind a plain-text
    list item's dash or bullet or not (`name_runs.LIST_MARK`: "• Sanders:";
    qa208 #6) ("Sanders: Win in a walk." and "Rubio: Finish second." in USA
    Today's primary guide, dc47 class F): a label, like a hed, names the
    person the copy under it introduces, and is no sentence's first
    reference."""
    text = m.part.text
    return text.startswith(":", m.end) and (not text[:m.start].strip()
                                            or LIST_MARK.fullmatch(text, 0, m.start, SERIAL) is not None)


def _in_note(m: Mention, notes: dict[int, bool]) -> bool:
    """Whether the mention is in a correction or editor's note (a part that
    opens as one: `opens_note`); `notes` keeps each part's answer."""
    if m.part.index not in notes:
        notes[m.part.index] = opens_note(m.part.text)
    return notes[m.part.index]


def _named_in_its_sentence(m: Mention, full: Mention, doc) -> bool:
    """Whether the surname alone `m` stands in a direct quotation
    (`quoted_spans.quoted`) and the person's first full name follows in the
    same sentence (`sentences.SENTENCE_END`; a semicolon ends one), as the
    attribution after a quote gives it (`"Sold out by Kerry," Trump said,
    referring to Secretary of State John F. Kerry`; a vocative, `"your
    promise, Cameron," the men said, addressing Prime Minister David
    Cameron`): the reader has the full name before the sentence is done, and
    a copy editor leaves the quote as spoken. Outside a quotation the
    writer's own surname alone is still the first reference (`Volcker said
    ... according to the chairman, Paul Volcker`). A relative's full name is
    somebody else's (`his wife, Michelle Obama`: `relation_of`)."""
    if full.part is not m.part or full.start < m.end or relation_of(full):
        return False
    text = m.part.text
    return full.start < sentence_at(sentence_starts(text), m.start, len(text))[1] \
        and quoted(doc, m.part, m.start, m.end)


def _text(m: Mention) -> str:
    return m.part.text[m.start:m.end]


KIND = NameFirstReference
