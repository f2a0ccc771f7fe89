"""The lines above a plain-text story that are no prose (lint/readers/text.py
reads them): the byline (`BYLINE`, shared with the Markdown reader) and
whether the text's first line is one, a date in figures, a wire slug and
AP's note to editors, a press release's notice, embargo and contact block
(a `Published June 5, 2026` line is _text_stamps.py's, a writer's role line
under the byline _byline_lines.py's).
Word lists in lint/data/plain_text.yaml (its comments give each list's
source)."""
from __future__ import annotations

from functools import lru_cache

from .. import rx as regex

from ..analysis.body_names import fold
from ..analysis.calendar import MONTH_NAMES, WEEKDAY_NAMES
from ..analysis.name_titles import tables
from ..analysis.word_patterns import phrase_alternation as _phrases
from ..analysis.words import is_common
from ..rule_cache import load_data
from ._text_stamps import CLOCK, stamp_days
from ._wire_advisory import release_line

# `By Jane Doe`, `By Jane Doe and John Roe`, `By: Press Trust of India | Updated
# ...`, `BY JANE DOE`: up to five capitalised words (a lower-case name particle
# or the `of` of an agency's name between them), then more names or a desk
# note after ',', 'and', '|' or '/'. `By` or `BY`, never `by` (a sentence's).
# A capitalised article, conjunction or preposition is a Title Case
# headline's, never a name's (`By Land And Sea`, `BY THE NUMBERS`), but for
# `The` before an agency's name of two words or more (`By The Associated Press`).
# A possessive is no name of a byline's (`By Obama's Count, Jobs Grew`: a hed).
_NAME = r"(?!(?:The|And|Of|In|To|For|On|At|With|From|An?|Or|Is|Are|THE|OF|IN|TO|FOR|ON|AT|WITH|FROM|AN?|OR)\s)" \
    r"\p{Lu}[\p{L}.'’-]*(?<!['’][sS])"
# A day or a month is a time, never a name (`By Tuesday, the floodwaters had
# reached Main Street`: a lede), but for a month that is also a given name
# before a surname (`By June Carter`). Days and months are
# lint.analysis.calendar's names.
_GIVEN_MONTHS = ("April", "May", "June", "July", "August")
_WEEKDAY_WORDS = "|".join(WEEKDAY_NAMES).lower()
_WHEN_NOT_NAME = (rf"(?!(?i:{_WEEKDAY_WORDS}|{'|'.join(m for m in MONTH_NAMES if m not in _GIVEN_MONTHS).lower()}"
                  rf"|christmas|easter)\b|(?i:{'|'.join(_GIVEN_MONTHS).lower()})\b(?!\s+\p{{Lu}}))")
BYLINE = regex.compile(rf"^\s*B[yY]:?\s+{_WHEN_NOT_NAME}(?P<names>(?:(?:The|THE)\s+(?=\p{{Lu}}\S*\s+\p{{Lu}}))?"
                       rf"{_NAME}(?:\s+(?:(?:of|de|van|von|da|di|al|bin)\s+)?{_NAME}){{0,4}})"
                       r"(?P<tail>(?:\s*[,|/]|\s+(?:and|AND))\s+.*)?$")
# AFP's byline in lower case (`by Marie Dupont`, `by Marie DUPONT, AFP`,
# `by Marie DUPONT, with Jean MARTIN in Lyon`): a line of its own above the
# story with two to four names after `by`; a sentence's `by` runs on in
# lower-case words.
LOWER_BYLINE = regex.compile(rf"^\s*by\s+{_WHEN_NOT_NAME}(?P<names>{_NAME}(?:\s+(?:(?:de|van|von|da|di|al|bin|le|la)\s+)?"
                             rf"{_NAME}){{1,3}})(?P<tail>(?:\s*[,|/]|,?\s+(?:with|and))\s+\p{{Lu}}[^.!?]{{0,40}})?\s*$")
# A line that is only a date in figures (`3/4/2025`, `04.03.25`): a date line,
# though not a date it can give (March 4 in the US, 3 April elsewhere).
NUMERIC_DATE = regex.compile(r"^\s*\d{1,4}([/.-])\d{1,2}\1\d{2,4}\s*$")


# An AP/wire slug line (ANPA 1312 keyword line): `BC-Britain-Economy,0412`,
# `AP-US-Election-Results, 1st Ld-Writethru`, `BC--Obit-Smith,0412`, or in
# lower case as some desks send it (`bc-britain-economy,0412`): a hyphenated
# key word with no space in it but after `--` over a version (`BC-US--Maine Storm,1st Ld`; after a desk code not BC, AM, PM or
# AP, in capitals, two parts at least), then version notes, each word a
# number or capitalised. A headline
# such as `US-China, EU sign climate pact` runs on in lower case: no slug.
SLUG = regex.compile(r"""^(?:(?i:BC|AM|PM|AP)--?K|[A-Z]{2,4}-K(?=--?\p{L}))(?:--?K|--K(?:\x20\p{Lu}[\p{L}\d&]*)+(?=,))*
    (?:,[ \t]*T(?:[ \t]+T){0,3})*$""".replace("K", r"[\p{L}\d&]+").replace("T", r"[\d\p{Lu}][^\s,]*"),
                     regex.VERBOSE)
# AP's bare slug over the hed (`STORM-CLEANUP`, `BUDGET-VOTE`, `storm-cleanup`):
# one to three key words joined by hyphens, no space, all in capitals or all in
# lower case (AP Stylebook, "slug"; the keyword line of ANPA 1312 without its
# desk code); a version note may follow (`WILDFIRE-EVAC 2NDLD`:
# `slug_versions` in lint/data/plain_text.yaml) or a slash may close it
# (`CALIF-WILDFIRE/`). `plain_slug` also takes one word in capitals.
PLAIN_SLUG = regex.compile(r"(?P<key>\p{Lu}[\p{Lu}\d]+(?:-[\p{Lu}\d]+){1,2}|[a-z][a-z\d]+(?:-[a-z\d]+){1,2}"
                           r"|\p{Lu}{4,})(?P<slash>/)?(?:[ \t]+(?P<version>\S+))?")


def plain_slug(line: str) -> bool:
    """Whether a line is a bare slug (`PLAIN_SLUG`): a single word in
    capitals counts with four letters or more and when it is no kicker
    (`BREAKING`, `EXCLUSIVE`: `kicker`), so `WILDFIRE` is a slug; a version
    note after it must be one of `slug_versions` (`2NDLD`, `ADV`,
    `CORRECTION`). Two words in capitals (`WILDFIRE EVACUATIONS`) may be an
    all-caps hed, so they are none."""
    m = PLAIN_SLUG.fullmatch(line)
    if m is None or m["version"] and _lists()["version"].fullmatch(m["version"]) is None:
        return False
    return "-" in m["key"] or kicker().fullmatch(m["key"]) is None


# A wire's note to editors under the slug or the headline (AP's `Eds: UPDATES
# with governor's comments.`, `EDS: UPDATES with quotes`, `Eds: APNewsNow.`,
# `Eds: Moves on general news. 640 words.`), its label as AP sets it or in
# capitals: a field of its own, no prose, and the line over it may be the headline.
EDS_NOTE = regex.compile(r"^(?:Eds|EDS)[.:]\s+\S")
# The same advisory with its label spelled out in capitals over the hed
# (`EDITORS: Note contents`); read above the headline only.
EDITORS_NOTE = regex.compile(r"^EDITORS:\s+\S")


def byline_stamp(line: str, lead_only: bool = False) -> bool:
    """Whether a line is a web CMS's writer stamp (`Posted by Jane Doe`,
    `Written by Marie Dupont`: `byline_stamp_leads`, then `by` and two to four
    names as `LOWER_BYLINE` reads them): a byline. So is an agency or the
    staff in a sentence's case (`Posted by the Associated Press`, `Written by
    staff`: `_STAMP_CREDIT`, then read as `BYLINE` reads `By The Associated
    Press`, `By Staff`). `Posted by admin` is not sure to name a writer and
    stays as it is. A day with no date after the names (`Posted by Jane Doe
    on Tuesday`, `... yesterday at 9 a.m.`: `stamp_days` or a weekday, a
    clock time maybe) is still the byline; it gives no date. `lead_only`: the lead and `by` alone."""
    m = _lists()["byline stamp"].match(line) if len(line) <= 100 else None
    if m is None or lead_only:
        return m is not None
    rest = line[m.end() + 2:]
    if (day := _lists()["stamp day after"].search(rest)) is not None:
        rest = rest[:day.start()]
    if LOWER_BYLINE.match("by" + rest) is not None:
        return True
    credit = _STAMP_CREDIT.match(rest)
    if credit is None:
        return False
    words = rest.strip().title() if credit[1] == "staff" else "The" + rest[credit.end(1):]
    return BYLINE.match("By " + words) is not None


# `the` before an agency's capitalised name, or `staff` (`staff reports`,
# `staff writers`) after a stamp's `by`, in lower case as a sentence has them.
_STAMP_CREDIT = regex.compile(r"\s+(the(?=\s+\p{Lu})|staff)\b")


def opening_byline(line: str) -> bool:
    """Whether the text's first line is a byline (`BYLINE`), not a hed that
    opens with `By`: one whose words after it are all ordinary words ("By
    Design", "By Popular Demand", "By Land and Sea"; not a given name such as
    Mark or Grace, nor a desk such as `Staff` or `The Associated Press`), or one capitalised word and a
    comma ("By George, He Did It", "By Land, Sea and Air: Navy Shows Off
    Fleet"; not an agency's capitals, `By AP, Reuters`)."""
    m = BYLINE.match(line)
    if m is None:
        return LOWER_BYLINE.match(line) is not None or byline_stamp(line)
    words = [w for w in m["names"].split() if not w.islower()]
    if words[0] in ("The", "THE") or any(role_word(w) for w in words):
        return True           # an agency's name (`By The Associated Press`) or a desk (`By Staff`)
    given = tables()["given_words"]
    if all(is_common(w) and w.lower() not in given for w in words):
        return False
    return not (len(words) == 1 and m["tail"] and m["tail"].lstrip().startswith(",") and not words[0].isupper())


def role_word(word: str) -> bool:
    """Whether `word`, in any case, is a byline's role or desk rather than a
    name (lint/data/plain_text.yaml `byline_roles`: "Staff", "STAFF"); a
    whole role line is `_byline_lines.byline_role`'s."""
    return word.lower() in _lists()["byline_roles"]


@lru_cache(maxsize=1)
def _lists() -> dict:
    """The patterns built from lint/data/plain_text.yaml (its comments give
    each list's source), and the past-tense words of lint/data/tense.yaml,
    compiled on first use."""
    data, tense = load_data("plain_text.yaml"), load_data("tense.yaml")
    return {
        "byline_roles": frozenset(map(str, data["byline_roles"])),
        "kicker": regex.compile(_phrases(data["kickers"])),
        "standalone": frozenset(" ".join(str(w).split()) for w in data["standalone_datelines"]),
        "contact": regex.compile(rf"(?i:{_phrases(data['contact_leads'])})\s*:"),
        "contact_head": regex.compile(rf"(?i:{_phrases(data['contact_leads'])})\s*:?"),
        "priority": frozenset(map(str, data["wire_priorities"])),
        "version": regex.compile(rf"\d*(?:ST|ND|RD|TH)?(?:{_phrases(data['slug_versions'])})\d*"),
        # the tense pack's lists, as lint.analysis reads them (verb_group): past forms with no '-ed'
        # (`irregular`, and `past`: was, had, did) and words ending in '-ed' that are no verb's past
        "past": frozenset(map(str, tense["irregular"] + tense["past"])),
        "not past": frozenset(map(str, tense["not_past"])),
        # a stamp's day after its writer's names, ending the line (`on Tuesday`, `yesterday at 9 a.m.`)
        "stamp day after": regex.compile(rf"\s+(?i:on\s+)?{stamp_days(data)}(?:,?\s+(?:at\s+)?{CLOCK})?\s*$"),
        "byline stamp": regex.compile(rf"(?i:{_phrases(data['byline_stamp_leads'])})\s+(?=[bB][yY]\s)"),
    }


def field_line(line: str) -> str:
    """The field name of a line above the headline that is no prose: `slug`
    for a wire slug, `eds` for a wire's note to editors (`Eds: ...`,
    `EDS: ...`, `EDITORS: ...`), `priority` for a wire's priority alone on its line
    (`URGENT`, `APNewsAlert`: `wire_priorities`), `release` for a press release's notice (`FOR IMMEDIATE
    RELEASE`) or an embargo (`HOLD FOR RELEASE UNTIL 6 A.M. EST`, `EMBARGOED UNTIL TK`: the
    grammar of `_wire_advisory.release_line`); else ''."""
    if SLUG.match(line):
        return "slug"
    if EDS_NOTE.match(line) or EDITORS_NOTE.match(line):
        return "eds"
    if line in _lists()["priority"]:
        return "priority"
    if release_line(line):
        return "release"
    return ""


def kicker() -> regex.Pattern:
    """The pattern of a wire's kicker over its headline (`kickers` in
    lint/data/plain_text.yaml: `EXCLUSIVE`, `CORRECTED`)."""
    return _lists()["kicker"]


def standalone_place(place: str) -> bool:
    """Whether a dateline's place is a city AP names alone, with no state or
    country (`standalone_datelines` in lint/data/plain_text.yaml:
    `WASHINGTON`, `NEW YORK`), as set there in capitals, its accents folded
    as AP writes it (`body_names.fold`: `SÃO PAULO`, `ZÜRICH`, qa210 #4)."""
    return fold(" ".join(place.strip(" -\u2013\u2014").split())) in _lists()["standalone"]


# A contact's phone, email or web address (`555-010-1234`, `(212) 555-0100`,
# `jane@example.com`, `www.example.com`): what a release's contact block
# holds, and a sentence of the story seldom does.
# Bounded runs, so that no long word is scanned again from each of its letters.
_REACH = regex.compile(r"\d{3}[-.\s)]{1,3}\d{3}[-.\s]\d{4}|\b\d{3}-\d{4}\b|(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}\.\w"
                       r"|\bwww\.\w|https?://")
# Names, titles and offices are capitalised: a contact line holds no more
# lower-case words than `director of communications`; a sentence holds more.
_CONTACT_LOWER_WORDS = 3


def contact_head(line: str) -> bool:
    """Whether a line opens a contact block at a release's foot: the lead
    alone (`Contacts`, `Media contacts:`) or with the contact after its
    colon (`Contact: Jane Doe, 555-0100`): a phone, an email or a web
    address, or else a name and an office (`contact_info`). A sentence after the
    colon is the story's own (`Contact: The mayor did not return calls.`,
    `For more information: the budget is online at the city's website.`)."""
    if _lists()["contact_head"].fullmatch(line):
        return True
    m = _lists()["contact"].match(line) if len(line) <= 200 else None
    return m is not None and (_REACH.search(line, m.end()) is not None or contact_info([line[m.end():]], reach=False))


def contact_info(lines: list[str], reach: bool = True) -> bool:
    """Whether lines read as a contact's, not as prose: each at most 80
    characters with few lower-case words (`_CONTACT_LOWER_WORDS`), and, with
    `reach`, a phone, an email or a web address among them (`Jane Doe` over
    `555-010-1234`, under a `Media contacts:` line of its own)."""
    if not lines or any(len(line) > 80 or sum(w[:1].islower() for w in line.split()) > _CONTACT_LOWER_WORDS
                        for line in lines):
        return False
    return not reach or any(_REACH.search(line) for line in lines)


def contact_line(line: str) -> bool:
    """Whether a line under a release notice opens its contact block
    (`contact_leads`: `Media Contact:`)."""
    return _lists()["contact"].match(line) is not None


# A lede's first line is a sentence of eight words or more; a hed with a
# stray stop is shorter or reads as a hed (present tense, no article).
_LEDE_WORDS = 8
_WEEKDAY = regex.compile(rf"\b(?:{'|'.join(WEEKDAY_NAMES)})\b")


def lede_sentence(line: str, words: list[str]) -> bool:
    """Whether a first line closed by a full stop is the lede, not a hed with
    a stray stop: at least eight words (`words`: the line split at spaces),
    its last word no abbreviation (`U.S.`, `Inc.`), a lower-case verb in the
    past tense (`killed`, `said`: an '-ed' word that is no `not_past`, or an
    `irregular` or `past` word of lint/data/tense.yaml; AP heds take the present tense, AP
    Stylebook "headlines") and running prose's marks, an article opening it
    or a weekday ("A gunman killed three people at a Denver mall on
    Saturday.", "Police arrested two men ... on Friday night."). A label
    and a colon mark a hed (AP's "The Latest: Cruz to give away engraved
    shotgun.")."""
    if len(words) < _LEDE_WORDS or not line.endswith(".") or line.endswith("..") or ": " in line:
        return False
    last = words[-1][:-1]
    if "." in last or len(last) < 3 or last in ("Inc", "Corp", "Ltd", "Bros"):
        return False
    lists = _lists()
    past, not_past = lists["past"], lists["not past"]
    bare = [w.strip(",;:.\"”’)(") for w in words[1:]]
    if not any(w in past or w.endswith("ed") and len(w) > 4 and w.islower() and w not in not_past for w in bare):
        return False
    return words[0] in ("A", "An", "The") or _WEEKDAY.search(line) is not None
