"""Is what follows a gallery's collective lead-in a list of credits, by its
shape alone? "All photos: Madonna", "Photography by Ann Lee | Styling by
Bob Cho", "Photos: © 2014 Jane van der Berg" and "All photos courtesy of
the family" are; "All Photos: Biden Visits Tampa", "All Photos: Paris
Fashion Week", "Photography by Appointment" and "Photos: Mayor van der
Berg | City Hall" (a related gallery's headline, a studio's label, a titled
subject) are not.

A credit line names who made the pictures or holds their rights: the
photographer, perhaps with an affiliation ("for The Courier", "/Getty
Images"), an agency, a courtesy's holder, or a copyright holder after "©"
(AP Stylebook, "photo credits" and "credit line"; docs/captions.md). Word
lists: names.yaml `titles`, `particles`, `places`; credits.yaml `agencies`,
`platforms`, `mastheads`, `credit_holders`; the common-word table of
`words.is_common`; `place_nouns`. Read by `_gallery_credit.is_gallery_credit`.
"""
from __future__ import annotations

from functools import lru_cache

from .. import rx as regex

from ..analysis.credit_bodies import CREDIT_WORDS
from ..analysis.credit_grammar import vocabulary
from ..rule_cache import load_data

__all__ = ["credit_shaped"]

# A list's joins ("Ann Lee, Bob Cho and Dana Fox", "Ann Lee; Getty Images"),
# and the marks that part one role's credits from another's ("Ann Lee |
# Styling by Bob Cho", "Ann Lee, hair and makeup by Dana Fox").
_ITEM_JOIN = regex.compile(r"\s*(?:[,;&+|]|\band\b|\bwith\b)\s*", regex.IGNORECASE)
_ROLE_JOIN = regex.compile(r"\s*[,;|]\s*")
# An affiliation after a name ("Ann Lee for The Courier").
_FOR = regex.compile(r"\s+for\s+", regex.IGNORECASE)
# A copyright sign and its year before the holder ("© 2014 Ann Lee", "©2014, Ann Lee").
_COPYRIGHT = regex.compile(r"©\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?")
# What may follow a copyright's holder: its year or years ("© Ann Lee 2014",
# "© Ann Lee, 2014-2015") and the reservation ("© Ann Lee. All rights
# reserved."), after the Berne forms a photographer's notice takes (qa454 #5).
_COPYRIGHT_END = regex.compile(
    r"(?i)(?:\s*,?\s*\d{4}(?:\s*[-–]\s*\d{4})?)?(?:\s*[.,]?\s*all\s+rights\s+reserved)?[\s.]*$")
# Words of a house credit that hold no one by themselves: a holder made only
# of these ("All photos courtesy of the", "Photography by: to") is a slot a
# template left blank, no credit (qa454 #15); "staff", "handout", "file" are
# credits of their own.
_GLUE = frozenset("a an and the of for by via with from to at on courtesy para por pour par per für voor "
                  "door und et y e".split())
# A courtesy before its holder ("courtesy of NASA", "courtesy the family").
_COURTESY = regex.compile(r"(?i)(?:courtesy\s+)?of\s+|courtesy\s+")
# Another role's credit after the photographer's ("Styling by Bob Cho",
# "prop styling by Dana Fox", "Hair and makeup by Dana Fox", "Styling: Bob
# Cho"): one to four words, then "by" or a colon, and its names (qa454 #6).
_ROLE = regex.compile(r"(?i)(?:(?:\p{L}[\p{L}-]*\s+){1,4}?by|\p{L}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*){0,3}:)"
                      r"\s+(?P<name>.+)")
# An agency's distribution after another's or a photographer's agency
# ("AFP via Getty Images", "Ann Lee/AFP via Getty Images": Getty's credit form).
_VIA = regex.compile(r"\s+via\s+", regex.IGNORECASE)
# A name's word: capitalised ("Barber", "O'Neil", "Mary-Kate", "MCNAIR",
# "Núñez"); an initial ("J.", "J.R.") stands aside.
_NAME_WORD = regex.compile(r"\p{Lu}[\p{L}\p{M}'’-]*")
_INITIAL = regex.compile(r"(?:\p{Lu}\.)+")
# A generation suffix ending a name ("Ann Lee Jr.", "Martin Luther King Jr.").
_SUFFIX = frozenset(("jr", "jr.", "sr", "sr.", "ii", "iii", "iv"))
# Words in a name, less particles, initials and a suffix: a name of more is a title or a sentence.
_NAME_MAX = 3


@lru_cache(maxsize=1)
def _lists() -> dict:
    """The lower-cased word lists `credit_shaped` reads: an agency's or a
    platform's whole name, a masthead's last word, a holder noun after
    "the", a name's particles, a title word, a place."""
    from ..analysis.name_titles import tables      # the names pack's data: read on first use
    v, names = vocabulary(), tables()

    def low(key):
        return frozenset(" ".join(str(w).lower().split()) for w in v.get(key) or ())
    given = load_data("given_names.yaml")
    known = {str(w).lower() for group in given.get("variants") or () for w in group}
    known |= {str(w).lower() for key in ("given_words", "given_with_s") for w in names.get(key) or ()}
    return {"agencies": low("agencies") | low("platforms"), "mastheads": low("mastheads"),
            "holders": low("credit_holders"), "particles": frozenset(names["particles"]),
            "titles": frozenset(names["titles"]),
            "places": frozenset(names["places"]) | low("credit_places") |
            frozenset(" ".join(str(c).lower().split()) for c in load_data("plain_text.yaml")["standalone_datelines"]),
            "place_nouns": frozenset(names["place_nouns"]) | low("credit_place_ends"),
            "place_heads": frozenset(str(w).lower() for w in names.get("saint_place_heads") or ()) |
            low("credit_place_heads"),
            "events": low("credit_event_words"), "holidays": low("credit_holiday_words"),
            "given": frozenset(known)}


def credit_shaped(body: str, people: bool = True) -> bool:
    """Whether `body`, what follows a collective lead-in ("All photos:",
    "Photography by"), is only a list of credits: its first item a
    photographer's name (`_name`), an agency or a holder (`_holder`), after
    an optional "©" and year; each later item one of those, an affiliation
    (`_affiliation`) or the names of another role's credit after a comma,
    a semicolon or a bar ("| Styling by Bob Cho", ", hair and makeup by
    Dana Fox"). A name may be followed by "for" and an affiliation, or a
    slash and one ("Ana Ruiz/Getty Images"). `people` False (after a
    title-case label, "All Photos:", as a related gallery's link writes it):
    a name alone is no credit ("All Photos: Taylor Swift"), one with its
    affiliation is. False for an empty body."""
    body = body.strip(" \t\n.()")
    sign = _COPYRIGHT.search(body)
    if sign is not None:
        body = body[:sign.start()] + body[sign.end():]
        body = body[:_COPYRIGHT_END.search(body).start()].rstrip(" .")
    courtesy = _COURTESY.match(body)
    if courtesy is not None:
        body = body[courtesy.end():]
    items = []           # (item, another role's name or not)
    for k, segment in enumerate(_ROLE_JOIN.split(body)):
        role = _ROLE.fullmatch(segment) if k else None
        items += [(i, role is not None) for i in _ITEM_JOIN.split(role["name"] if role else segment)]
    if not items[0][0]:
        return False
    if not _first_item(items[0][0], lead=courtesy is not None, alone=people or courtesy is not None):
        return False
    return all(_first_item(item, lead=False) if role else _first_item(item, lead=True) or _affiliation(item)
               for item, role in items[1:])


def _first_item(item: str, lead: bool, alone: bool = True) -> bool:
    """One credit: a holder, or a name or holder with an affiliation after
    "for" or a slash; `lead`: an affiliation alone may stand (after a
    courtesy or another credit: "courtesy of NASA", "Ann Lee | The
    Courier"); `alone` False: a person's name needs its affiliation."""
    head, *rest = _FOR.split(item, maxsplit=1)
    if "/" in head:
        head, *more = head.split("/", 1)
        rest += more
    if not (_holder(head, people=alone or bool(rest)) or lead and _affiliation(head)):
        return False
    return all(_holder(r) or _affiliation(r) for r in rest)


def _holder(item: str, people: bool = True) -> bool:
    """A photographer's name (`_name`), an agency or a platform (credits.yaml
    `agencies`, `platforms`: "Getty", "dpa", "reuters"; one via another,
    each an `_affiliation`: "AFP via Getty Images"), a house credit's
    words ("staff", "file photo"; not glue words alone, `_GLUE`: "the") or
    "the" and a holder noun (credits.yaml `credit_holders`: "the author",
    "the family"); `people` False: no
    person's name."""
    lists = _lists()
    flat = " ".join(item.lower().split())
    if flat in lists["agencies"]:
        return True
    via = _VIA.split(item)
    if len(via) > 1:
        return all(_affiliation(v) for v in via)
    words = flat.split()
    if words and all(w in CREDIT_WORDS for w in words) and not all(w in _GLUE for w in words):
        return True
    if len(words) == 2 and words[0] == "the" and words[1] in lists["holders"]:
        return True
    return people and _name(item.split())


def _name(words: list[str]) -> bool:
    """A person's name: one to `_NAME_MAX` capitalised words, name particles
    between them ("Jane van der Berg", "Ana María de la Cruz"), initials
    and a generation suffix aside ("Martin Luther King Jr."). Its first word
    is no title ("Mayor van der Berg") and no ordinary word ("Storm Hits
    Gaza City"); an ordinary word may stand only last, as a surname does
    ("Ann Young", "Martin Luther King"), never inside ("Biden Visits
    Tampa"), and one word alone is no ordinary word ("Photography by
    Appointment"). It names no place, holiday or event (`_occasion`: "All
    Photos: Gaza", "Los Angeles", "Gaza Strip", "Rio de Janeiro",
    "Thanksgiving Parade", qa454 #1)."""
    from ..analysis.words import is_common
    lists = _lists()
    if words and words[-1].lower() in _SUFFIX:
        words = words[:-1]
    caps = []
    for i, w in enumerate(words):
        if _INITIAL.fullmatch(w):
            continue
        if 0 < i < len(words) - 1 and w.lower() in lists["particles"] and w[0].islower():
            continue
        if not _NAME_WORD.fullmatch(w):
            return False
        caps.append(w.lower())
    if not 1 <= len(caps) <= _NAME_MAX or caps[0] in lists["titles"] or _occasion(caps, lists) or \
            " ".join(words).lower() in lists["places"]:         # "Rio de Janeiro"
        return False
    if len(caps) == 1:
        return not is_common(caps[0]) and caps[0] not in lists["places"]
    return not any(is_common(w) for w in caps[:-1])


def _occasion(caps: list[str], lists: dict) -> bool:
    """Whether a name's capitalised words (lower-cased, particles and
    initials aside) name a place, a holiday or an event rather than a
    person, a gallery's subject and no photographer (qa454 #1): a place
    (names.yaml `places`, credits.yaml `credit_places`, plain_text.yaml
    `standalone_datelines`: "Gaza", "Brooklyn", "San Diego"), a place's
    first word ("Lake Tahoe", "Fort Worth", "Los Angeles": names.yaml
    `saint_place_heads`, credits.yaml `credit_place_heads`), a holiday's
    word anywhere ("Mardi Gras", "Thanksgiving Parade":
    `credit_holiday_words`), or, unless the first word is a given name
    names data knows ("Mark Day": given_names.yaml, names.yaml
    `given_words`, `given_with_s`), a place's or an event's last word
    ("Coney Island", "Boston Marathon", "Christmas Eve": names.yaml
    `place_nouns`, credits.yaml `credit_place_ends`, `credit_event_words`)."""
    if " ".join(caps) in lists["places"] or caps[0] in lists["place_heads"] and len(caps) > 1 or \
            any(w in lists["holidays"] for w in caps):
        return True
    return len(caps) > 1 and caps[0] not in lists["given"] and \
        (caps[-1] in lists["place_nouns"] or caps[-1] in lists["events"])


def _affiliation(item: str) -> bool:
    """A publication or an organisation after a name ("for The Courier",
    "/Getty Images", "| The New York Times", "courtesy of NASA"): an agency
    (one via another: "AFP via Getty Images"),
    or capitalised words ("of" and "the" between) ending in a masthead word
    (credits.yaml `mastheads`) or in capitals ("NASA", "City of Boston
    PD")."""
    lists = _lists()
    words = item.split()
    if not words:
        return False
    if " ".join(w.lower() for w in words) in lists["agencies"]:
        return True
    via = _VIA.split(item)
    if len(via) > 1:
        return all(_affiliation(v) for v in via)
    if words[0].lower() == "the":
        words = words[1:]
    if not words or not all(_NAME_WORD.fullmatch(w) or w in ("of", "the", "and") for w in words):
        return False
    last = words[-1]
    return last.lower() in lists["mastheads"] or (len(last) >= 2 and last.isupper())
