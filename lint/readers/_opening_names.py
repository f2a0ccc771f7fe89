"""A writer's lines between a story's kicker and its heading, on a page
whose `<title>` is only the site's name (`_html_opening.kicker_line`): the
writer's name with no "By" before it, and the writer's role under it
("Jane Doe" / "Political Editor"). They are passed over when the opening's
heading is chosen, so the story's heading under them stays the headline.

A bare line of two title-case words ("Jane Doe") has the shape of a
series' kicker ("Island Ferries") and of a short headline line ("Gaza
Ceasefire", qa89 #2): newslint keeps no list of given names, so such a line
is read as a name only by what stands around it (`_html_opening.kicker_line`:
a byline's other line under it, `_byline_other`),
and a line is taken for a name on its own only when its shape is a
person's and no headline's (`name_shaped`: an initial, a name's particle,
an honorific or a suffix), or when it is one link to an author's page
(`author_link`)."""
from __future__ import annotations

from functools import lru_cache

from .. import rx as regex

from ..document import Part

NAME_WORDS = 5      # words: a writer's name under a kicker is no longer ("Mary Anne de la Cruz")

# A name's word: a capital and letters, perhaps hyphened or with an
# apostrophe ("O'Brien", "Smith-Jones", "Rodríguez")
_WORD = regex.compile(r"\p{Lu}[\p{Ll}\p{M}]+(?:['\u2019-]\p{Lu}?[\p{Ll}\p{M}]+)*")
_INITIAL = regex.compile(r"\p{Lu}\.")                   # "A.", "J."
_SUFFIX = regex.compile(r"(?:Jr|Sr)\.?")                # "Jr.", "Sr"
# A generation's roman numeral ("III"): also a monarch's, a war's or a
# sequel's after one or two words ("King Charles III", "World War II"), so
# it marks a name only after NUMERAL_NAME_WORDS words ("Martin Luther King
# III") or with another mark ("Dr John Smith III")
_NUMERAL = regex.compile(r"I{2,3}|IV")
NUMERAL_NAME_WORDS = 3
# A possessive's ending ("Brown's"): a phrase's word, never in a name's line
_POSSESSIVE = regex.compile(r"['\u2019]s")
# A headline's verb as it ends after a name ("Returns", "Resigns", "Axed"):
# an -s not doubled or an -ed; after an honorific, such a last word makes
# the line a headline's ("Mr Bean Returns"), not "Dr Jane Doe"
_VERB_FORM = regex.compile(r"\p{L}+(?:[^s]s|ed)")
# Honorifics before a name, besides names.yaml `courtesy` ("Dr", "Mrs"): an
# academic's and a cleric's ("Prof.", "Rev.")
_MORE_HONORIFICS = frozenset({"prof", "professor", "rev"})

# An `<a>` start tag right before a part's text (tags and blanks between),
# linking to an author's page: a path folder of the site's writers
# (`/author/jane-doe`, `/people/`, `/profile/`, `/by/`), an author query
# (`?author=12`) or `rel="author"`
_AUTHOR_LINK = regex.compile(
    r"""<a\b(?=[^>]*?(?:\bhref\s*=\s*["']?[^"'\s>]*?(?:/(?:authors?|by|people|profiles?|staff|writers?"""
    r"""|contributors?|journalists?|columnists?|reporters?)/|[?&]author=)|\brel\s*=\s*["']?author\b))"""
    r"""[^>]*>\s*(?:<(?!/)[^>]*>\s*)*$""",
    regex.IGNORECASE)
# The link's end right after the text: its end tag, inline end tags before it
_LINK_END = regex.compile(r"(?:\s*</(?!a\b)[^>]*>)*\s*</a\s*>", regex.IGNORECASE)
LINK_REACH = 400    # characters: the `<a>` tag of an author's link starts no further before its text


@lru_cache(maxsize=1)
def _honorifics() -> frozenset[str]:
    from ..analysis.name_titles import tables      # the names pack's data: read on first use
    return tables()["courtesy"] | _MORE_HONORIFICS


@lru_cache(maxsize=1)
def _particles() -> frozenset[str]:
    from ..analysis.name_titles import tables
    return tables()["particles"]


def _title_or_common(word: str) -> bool:
    """A title's or an honorific's word (names.yaml `titles`, `courtesy`:
    "King", "Pope") or an ordinary English word (`analysis.words.is_common`:
    "World", "War"): before a roman numeral it makes a monarch's, a war's or
    a sequel's label ("King Charles III", "World War II"), no given name."""
    from ..analysis.name_titles import title_word
    from ..analysis.words import is_common
    return title_word(word) is not None or word.rstrip(".").lower() in _honorifics() or is_common(word)


def headline_verb(word: str) -> bool:
    """`word` ends as a headline's verb does after a name (`_VERB_FORM`) and
    is an ordinary English word (`analysis.words.is_common`): "Returns",
    "Resigns", "Fired", "Talks", "Wins"; not a surname of that ending
    ("Jones", "Williams", "Ahmed", "Hughes"), which is no common word."""
    from ..analysis.words import is_common
    return _VERB_FORM.fullmatch(word) is not None and is_common(word)


def _name_word(word: str) -> bool:
    """A name's word (`_WORD`), not a little word in title case ("The",
    "Of": titles.yaml `stopwords`; "Lord Of The Rings" is no name)."""
    from ..analysis.words import tables        # read on first use
    return _WORD.fullmatch(word) is not None and word.lower() not in tables()["stopwords"]


def name_shaped(text: str, beside_byline: bool = False, over_role: bool = False) -> bool:
    """`text` is a person's name by a shape no headline line has: NAME_WORDS
    words at most, each a name's word ("Jane", "O'Brien"), an initial
    ("A."), a name's lower-case particle between two of them (names.yaml
    `particles`: "de", "van"), a leading honorific (names.yaml `courtesy`,
    "Prof.") or a closing suffix ("Jr.", "III"); the last a name's word or a
    suffix, one name's word at least, two words besides an honorific and a
    suffix, and among them an initial, a particle, an honorific or a suffix
    ("Mark A. Smith", "J. K. Rowling", "Jan de Vries", "Dr Jane Doe", "Jane
    Doe Jr."; a roman numeral only after NUMERAL_NAME_WORDS words or with
    another mark: "Martin Luther King III", not "World War II" nor "King
    Charles III"). Two or more plain name's words alone ("Jane Doe", "Gaza
    Ceasefire Deal") are not enough, nor a line with a possessive ("Mrs
    Brown's Boys").
    An honorific's line whose last word ends as a headline's verb does
    (`_VERB_FORM`: "Mr Bean Returns", "Dr Oz Loses") has a headline's shape
    as much as a name's ("Dr Sarah Jones", "Dr Mohammed Ahmed"): it is a
    name only `beside_byline`, said of a line over a byline's other line (a
    role or a date line, `_html_opening._byline_other`), and there only
    when that word is no ordinary English word (`headline_verb`: "Jones",
    "Ahmed" are names, qa118 #1; "Returns", "Resigns", "Fired" keep the line
    a headline's over a date line too, qa125 #1), save `over_role`, said of
    a line right over a writer's role ("Health Editor"), where a surname that
    is also a word ("Dr Ann Woods", "Ms Kate Mills") is the name it looks
    like (qa131 #1): a headline over a role line is rarer than a byline over
    one. A word between the name's
    first and last that is a headline's verb ("Dr Oz Loses Primary", "Mr
    Bean Returns Home") makes the line a headline's wherever it stands
    (qa125 #5)."""
    words = text.split()
    if not 2 <= len(words) <= NAME_WORDS:
        return False
    if any(_POSSESSIVE.search(word) for word in words):
        return False        # "Mrs Brown's Boys Axed": a phrase (qa112 #2)
    marked = False
    if words[0].rstrip(".").lower() in _honorifics() and words[0][:1].isupper():
        words, marked = words[1:], True
        if _VERB_FORM.fullmatch(words[-1]) and not over_role and (not beside_byline or headline_verb(words[-1])):
            return False    # "Mr Bean Returns", "Sir Keir Resigns": a headline line (qa112 #2, qa125 #1)
        if any(headline_verb(word) for word in words[1:-1]):
            return False    # "Dr Oz Loses Primary": a headline line (qa125 #5)
    if len(words) > 1 and _SUFFIX.fullmatch(words[-1]):
        words, marked = words[:-1], True
    elif len(words) > 1 and _NUMERAL.fullmatch(words[-1]):
        words = words[:-1]  # "World War II", "King Charles III": no name's mark alone (qa112 #5)
        marked = marked or len(words) >= NUMERAL_NAME_WORDS
    if len(words) < 2 or not _name_word(words[-1]):
        return False
    named = 0
    for i, word in enumerate(words):
        if _name_word(word):
            named += 1
        elif _INITIAL.fullmatch(word) or 0 < i < len(words) - 1 and word in _particles():
            marked = True
        else:
            return False
    return marked and named >= 1


def bare_name(text: str, over_role: bool = False) -> bool:
    """`text` could be a person's name with no "By": two or three name's
    words ("Jane Doe", "Mary Jane Doe"), perhaps with a generation's suffix
    after them (`_SUFFIX`: "Jane Doe Jr."; `_NUMERAL` after words none of
    which is a title or an ordinary word, `_title_or_common`: "Henry Ford II",
    "John Smith III", qa118 #2; not "World War II" nor "King Charles III",
    qa125 #3), or a name by its shape beside a byline's other line
    (`name_shaped`, `beside_byline`: "Dr Sarah Jones"; `over_role`, right
    over a writer's role: "Dr Ann Woods", qa131 #1). Said of a line only
    beside a byline's other line (`_html_opening._byline_other`): on its own
    a series' kicker has this shape."""
    words = text.split()
    if len(words) > 2 and (_SUFFIX.fullmatch(words[-1]) or
                           _NUMERAL.fullmatch(words[-1]) and not any(map(_title_or_common, words[:-1]))):
        words = words[:-1]
    return 2 <= len(words) <= 3 and all(_name_word(w) for w in words) or name_shaped(
        text, beside_byline=True, over_role=over_role)


def author_link(part: Part, source: str) -> bool:
    """The part's text, two to NAME_WORDS words, is one link to an author's
    page: an `<a>` start tag at most LINK_REACH characters before the text,
    with only start tags between, leads there (`_AUTHOR_LINK`: `<a
    href="/author/jane-doe">Jane Doe</a>`), and the text's end is right
    before an `</a>` (`_LINK_END`: end tags between). Read at the part's own
    offsets in `source`, the page's markup."""
    text = part.text.rstrip()
    if not 2 <= len(text.split()) <= NAME_WORDS or not source:
        return False
    start, end = part.source_span(0, len(text), source)
    return _AUTHOR_LINK.search(source, max(0, start - LINK_REACH), start) is not None and \
        _LINK_END.match(source, end) is not None
