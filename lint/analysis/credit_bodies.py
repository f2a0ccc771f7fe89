"""Is what follows a picture label a credit or the caption's description?

"Photo: Ana Ruiz/AP" credits; "Photo: Mayor Ana Ruiz thanks Sen. Jane Doe at
City Hall." describes the picture, as "Caption:" would. `lead_in` reads a
credit pattern's match (credit_grammar) that opens with a picture label;
`reads_as_description` reads a label's body (also the HTML reader's). Split
from `credits`, which finds and carves the credits. Word lists: titles.yaml
`stopwords`, names.yaml `particles` and titles, credits.yaml `credit_nouns`,
`credit_marks` and `phrases`.
"""
from __future__ import annotations

from functools import lru_cache

from .. import rx as regex

from .calendar import MONTH_WORDS, WEEKDAY_NAMES
from .credit_grammar import vocabulary
from .name_titles import TOKEN, title_word, tables as name_tables
from .tense import SENTENCE_END
from .words import tables as word_tables

__all__ = ["CREDIT_WORDS", "empty_slot", "lead_in", "reads_as_description"]


# Lower-case words a credit is made of besides names ("Photo courtesy of the
# family", "Ana Ruiz, staff photographer, for the Courier", "AP file photo"),
# and the "for", "by" and "and" of a credit in Spanish, Portuguese, French,
# Italian, German and Dutch ("Ana Ruiz para El País", "Jan Eck und Partner",
# "Foto por Ana Ruiz": fx90's leftover).
CREDIT_WORDS = frozenset("""a an and the of for by via with from to at on courtesy staff file handout
    photo photos photograph photographs photographer photographers picture pictures image images
    illustration illustrations graphic graphics video contributed supplied provided special
    submitted archive archives collection
    para por pour par per für voor door und et y e""".split())
_LOWER_WORD = regex.compile(r"(?<![\w/.@-])\p{Ll}[\p{L}'’-]*")
# A lead-in's body that opens with a bar before a name: the photographer's
# slot before it was left blank ("Photo by: | The Courier"; nu75 #2). A
# slash there ("Photograph: /Getty Images") is captions.malformed-credit's
# "nothing before the slash". Group 1 is the bar.
_EMPTY_SLOT = regex.compile(r"\s*(\|)\s*[\p{L}\p{N}]")


def empty_slot(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The [start, end) of the bar that opens a lead-in's body
    `text[start:end]` with nothing before it, or None: the name before the
    affiliation it sets off was never filled in."""
    m = _EMPTY_SLOT.match(text, start, end)
    return m.span(1) if m else None


# A weekday: a caption's "on Monday" (AP dates every news picture), never a
# credit's; before a capitalised word other than a month it names a paper
# ("Ana Ruiz/The Sunday Times", "for the Sunday Herald").
_WEEKDAY = regex.compile(rf"\b(?:{'|'.join(WEEKDAY_NAMES)})\b(?!\s+(?!(?i:{MONTH_WORDS})\b)\p{{Lu}})")
# A label that names the credit itself ("Credit:", "Photo credit:", "Source:"):
# what follows it is a credit or a source whatever its words.
_CREDIT_LABEL = regex.compile(r"(?i)credit|source")


def reads_as_description(body: str) -> bool:
    """True when what follows a credit's lead-in ("Photo:", "Pictures by") is
    a story sentence, not a name: a lower-case word that is no credit's word
    (`CREDIT_WORDS`), no function word (titles.yaml `stopwords`: "Mr. T in
    DC/Flickr") and no name's particle, between two capitalised words
    (`_BETWEEN_NAMES`: "Photo: Mayor Ana Ruiz thanks Sen. Jane Doe at City
    Hall"), or two or more lower-case words that are no credit's words
    ("Photo: the bank said the image was a fake", "Pictures by local artist
    Ana Ruiz hang in the terminal"), unless
    they name an agency (`_agency_name`: "Photo: county sheriff's office") or
    the body opens with a credit's mark before no other lower-case word
    (`credit_marks` in lint/data/credits.yaml: "Screen grab from police body
    camera video"; not "Screen grab shows the suspect ...")."""
    nouns, marks = _credit_words()
    mark = marks.match(body)
    if mark is not None:
        after = _NEXT_LOWER.match(body, mark.end())
        if after is None or after[1].lower() in CREDIT_WORDS:
            return False
    counted = [w for w in _LOWER_WORD.finditer(body) if w[0].lower() not in CREDIT_WORDS]
    plain = (*name_tables()["particles"], *word_tables()["stopwords"])
    if any(w[0] not in plain and _BETWEEN_NAMES.match(body, w.start()) for w in counted):
        return True
    if not counted and _caps_between_names(body, plain):
        return True
    return len(counted) >= 2 and not _agency_name(body, counted, nouns)


def _caps_between_names(body: str, plain: tuple) -> bool:
    """In capitals, where no lower-case word tells a verb: a word between two
    titled names, only spaces around it ("MAYOR ANA RUIZ THANKS SEN. JANE
    DOE": qa63 #12a). The word before the second title (names.yaml `titles`,
    abbreviations expanded) is no title, no credit's word ("AND", "BY"), no
    function word and no particle (`plain`), and one or more such words stand
    between it and the first title. A unit before a title ("U.S. ARMY SGT.
    JANE DOE") has no titled name before it."""
    if not regex.search(r"\p{Lu}\p{Lu}", body) or regex.search(r"\p{Ll}", body):
        return False
    words = list(TOKEN.finditer(body))

    def linked(i: int) -> bool:     # words[i - 1] and words[i] stand a space apart
        gap = body[words[i - 1].end():words[i].start()]
        return gap == " " or gap == ". " and title_word(words[i - 1][0]) is not None

    def name_word(w: str) -> bool:
        return title_word(w) is None and w.lower() not in CREDIT_WORDS and w.lower() not in plain

    for i in range(3, len(words)):
        if title_word(words[i][0]) is None or not linked(i) or not name_word(words[i - 1][0]):
            continue
        j = i - 2
        while j > 0 and linked(j + 1) and name_word(words[j][0]):
            j -= 1
        if j < i - 2 and linked(j + 1) and title_word(words[j][0]) is not None:
            return True
    return False


# A lower-case word between two capitalised ones, a space on each side: a verb
# between names ("Mayor Ana Ruiz thanks Sen. Jane Doe"), or a name's particle
# or a function word ("Museum Jan van Eyck", "Mr. T in DC"), which
# `reads_as_description` leaves out.
_BETWEEN_NAMES = regex.compile(r"(?<=\p{Lu}[\p{L}\p{M}'’-]*\s)\p{Ll}[\p{L}'’-]*(?=\s\p{Lu})")


# A lower-case word right after a credit's mark, its spaces skipped (group 1).
_NEXT_LOWER = regex.compile(r"\s*(\p{Ll}[\p{L}'’-]*)")
# What may stand before an agency's lower-case words besides capitalised
# words that are no function words ("Inside the police department" is a
# caption): "the", "a", "of" ("Ministry of the Interior press office").
_BEFORE_AGENCY = frozenset(("the", "a", "an", "of"))
_ANY_WORD = regex.compile(r"\p{L}[\p{L}'’-]*")


def _agency_name(body: str, counted: list, nouns: frozenset) -> bool:
    """Are the body's lower-case words that are no credit's (`counted`, its
    `_LOWER_WORD` matches) an agency's name: one run of words with only
    spaces between, no function word (titles.yaml `stopwords`) among them,
    ending in an agency's noun (credits.yaml `credit_nouns`: "county
    sheriff's office", "Lakeshore police department"), and before it only
    capitalised words that are no function words and `_BEFORE_AGENCY`? Not
    "Protesters outside the police department", "Mourners at the police
    memorial service", "Ana Ruiz in her office", "Inside the police
    department"."""
    if counted[-1][0].lower() not in nouns:
        return False
    stop = word_tables()["stopwords"]
    for prev, word in zip(counted, counted[1:]):
        if not body[prev.end():word.start()].isspace():
            return False
    return not any(w[0].lower() in stop for w in counted) and all(
        w[0].lower() in _BEFORE_AGENCY or w[0][0].isupper() and w[0].lower() not in stop
        for w in _ANY_WORD.finditer(body, 0, counted[0].start()))


@lru_cache(maxsize=1)
def _credit_words() -> tuple[frozenset, "regex.Pattern"]:
    """(credits.yaml's `credit_nouns`, lower-cased; a pattern of a
    `credit_marks` phrase opening a text, case-blind)."""
    v = vocabulary()
    nouns = frozenset(str(w).lower() for w in v.get("credit_nouns") or ())
    return nouns, _opening(v.get("credit_marks") or ())


def lead_in(text: str, m: "regex.Match") -> bool:
    """Whether the picture label that opens match `m` of a credit pattern
    ("Photo:", "Image:", "PHOTO:") leads in the caption's description
    instead, as "Caption:" does: read to the end of its sentence (past "Rep."
    and "Nov.", where the credit patterns stop) or its closing bracket,
    what follows it is a
    sentence (`reads_as_description`: "Photo: Mayor Ana Ruiz presents the
    plan at City Hall.") or names a weekday ("Photo: Ana Ruiz at City Hall
    on Monday."). "Photo: Ana Ruiz/AP", "Photo: Ana Ruiz/Sunday Times" (a
    paper's weekday), one opening with a credit's phrase ("Photo: Courtesy of
    the county sheriff's office": `_credit_phrase`) and labels that name the
    credit ("Credit:", "Source:") are credits."""
    label = m["label"]
    if label is None or _CREDIT_LABEL.search(label):
        return False
    start = m.end("lead")
    body = text[start:m.end("credit") if m["open"] else _sentence_end(text, start)]
    if _credit_phrase().match(body):
        return False        # "Photo: Courtesy of the county sheriff's office", "Photo: provided by ..."
    return reads_as_description(body) or _WEEKDAY.search(body) is not None


def _sentence_end(text: str, start: int) -> int:
    """Where the sentence from `start` ends (`SENTENCE_END`), or the text's
    end; a title's abbreviation in capitals ends none ("SEN. JANE DOE", whose
    stop the splitter, reading "Sen.", takes for an end)."""
    for end in SENTENCE_END.finditer(text, start):
        word = _WORD_BACK.search(text, start, end.start())
        if word is None or text[end.start()] != "." or not word[0].isupper() or len(word[0]) < 2 \
                or word.end() != end.start() or title_word(word[0]) is None:
            return end.start()
    return len(text)


# The word before a stop, read right to left.
_WORD_BACK = regex.compile(r"(?r)\p{L}+")


@lru_cache(maxsize=1)
def _credit_phrase() -> "regex.Pattern":
    """A credit's phrase (`phrases` in lint/data/credits.yaml: "courtesy of",
    "provided by") opening what follows a picture label."""
    return _opening(vocabulary()["phrases"])


def _opening(phrases) -> "regex.Pattern":
    """One of `phrases` (any run of spaces for each space, case-blind) opening
    a text after its spaces, as a whole word; never matches when none."""
    alternation = "|".join(regex.escape(str(p)).replace(r"\ ", r"\s+")
                           for p in sorted(phrases, key=len, reverse=True))
    return regex.compile(r"\s*(?:" + (alternation or r"(?!)") + r")\b", regex.IGNORECASE)
