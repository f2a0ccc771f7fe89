"""A surname cut short at its end, for names.spelling-variant: "Priya
Venkataraman" and then "Venkataram said". Split from the kind so its
endings, its feminine forms and its person cues read on their own.
"""
from __future__ import annotations

from .name_forms import read_as, titled_as
from .name_relations import relation
from .name_titles import tables
from .names import is_person


# A surname cut short at its end ("Priya Venkataraman" ... "Venkataram said"):
# the cut form is this long at least and this many letters shorter at most, so
# a name and a longer name built on it (John/Johnson, Robert/Roberts) never pair.
_CUT_LEAST = 7
_CUT_MOST = 2
# Under seven letters a name one or two letters shorter is often a surname of
# its own (Klein/Kleiner, Stein/Steiner, Schmid/Schmidt, Martin/Martinez), and
# nothing but a table of surnames tells it from a slip. The masculine form of
# a Slavic feminine surname pairs only on a use the story says is hers
# (`_hers`), so it is compared from five letters, the kind's `min_length`
# (Petrova/Petrov, Popova/Popov, Titova/Titov).
_FEMININE_CUT_LEAST = 5
# Endings whose loss leaves another word, no slip: a plural or patronymic s
# (Matthews/Matthew, Williams/William), a demonym's i (al-Baghdadi/Baghdad,
# Pakistani/Pakistan), and the -on of -son, which leaves a name in -s
# (Stevenson/Stevens, Jenkinson/Jenkins; never -sson: Johansson/Johanss). "-an" is no
# such ending: Venkataraman/Venkataram, Rajagopalan/Rajagopal are slips.
_WORD_ENDINGS = ("s", "es", "i")
# East Slavic feminine surname endings (names.yaml's note above `feminine_words`
# says where the convention comes from): Smirnova/Smirnov, Kuznetsova/Kuznetsov
# (not -ina: Medina, Molina).
_FEMININE = ("ova", "eva")


def cut_short(counts: dict, given: dict) -> dict[tuple[str, str], list | None]:
    """(full-name surname, cut form) pairs, each with the uses of the cut
    form to flag (None: every use). `counts` maps a surname to its Mentions,
    `given` a surname to the given names it is used with. The cut form is a
    strict prefix of a surname given in full, `_CUT_MOST` letters shorter at
    most and `_CUT_LEAST` letters long at least (`_FEMININE_CUT_LEAST` for a
    feminine surname's masculine form), never given in full itself,
    first used after that full name and used as a person is at least once (a
    title, a speech cue, an age: "Venkataram said"; "in Baghdad" after Abu
    Bakr al-Baghdadi, "the American people" after Muslim Americans are no
    slips). A cut that drops a word's ending (`_word_ending`: "her son
    Matthew" after Laura Matthews, "Baghdad said") or leaves a given name
    (one the article gives somebody, or `given_words`) is another word. A
    prefix is otherwise no variant (`_variants`: Jenkins/Jenkin), so only
    these are added. The masculine form of a feminine surname (`_feminine`)
    pairs only when some use is hers (`_hers`), and only her uses are
    flagged: "Mr. Kuznetsov" is her husband, and so is the Kuznetsov who
    "said she worked hard" in the same story, but "Ms. Kuznetsov" there is
    still her name cut short."""
    lower: dict[str, str] = {}
    for form in counts:
        lower.setdefault(form.lower(), form)
    first_names = set().union(*given.values()) | tables()["given_words"]
    pairs: dict[tuple[str, str], list | None] = {}
    for long, ms in counts.items():
        if long not in given:
            continue
        first_full = min(m.position for m in ms if m.full)
        for cut in range(1, _CUT_MOST + 1):
            short = lower.get(long[:-cut].lower())
            feminine = _feminine(long.lower(), cut)
            least = _FEMININE_CUT_LEAST if feminine else _CUT_LEAST
            if short is None or len(short) < least or short in given or \
                    _word_ending(long.lower(), cut) or short.lower() in first_names:
                continue
            uses = counts[short]
            hers = None
            if feminine:
                hers = _hers(uses)
                if not hers:
                    continue    # her father or husband, unless the story says it is her
            if min(m.position for m in uses) > first_full and \
                    any(is_person(m, given) for m in uses):
                pairs[(long, short)] = hers
    return pairs


def _hers(uses: list) -> list:
    """The uses of the masculine form of a Slavic feminine surname that the
    story says are the woman's own (`read_as`). While no use is a man's,
    every use read as hers: a feminine courtesy title or a feminine pronoun
    after it ("Kuznetsov said she was glad"). Once one is ("Mr. Kuznetsov",
    "Her father, Kuznetsov,", "Kuznetsov said he"), a pronoun may be his
    words about her, so only a feminine courtesy title of her own
    ("Ms. Kuznetsov") is hers; none is once the story writes a couple's
    joint title ("Mr. and Mrs. Kuznetsov": "Mrs. Kuznetsov" is then the
    wife's name as the story gives it), nor on a relative in apposition
    ("Her mother, Mrs. Kuznetsov,": another woman, `relation`)."""
    read = [read_as(m) for m in uses]
    if "m" not in read:
        return [m for m, r in zip(uses, read) if r == "f"]
    titles = [titled_as(m) for m in uses]
    if "couple" in titles:
        return []
    return [m for m, t in zip(uses, titles) if t == "f" and not relation(m)]


def _word_ending(long: str, cut: int) -> bool:
    """Whether cutting `cut` letters off `long` drops an ending that makes
    another word of it (`_WORD_ENDINGS`, or the -on of -son)."""
    ending = long[-cut:]
    return ending in _WORD_ENDINGS or ending == "on" and long.endswith("son") and not long.endswith("sson")


def _feminine(long: str, cut: int) -> bool:
    """Whether the cut is the feminine -a of a Slavic surname: Kuznetsova,
    then Kuznetsov, her father or husband, unless the story says it is her
    (`read_as`: "Kuznetsov said she was glad")."""
    return cut == 1 and long.endswith(_FEMININE)
