"""The photo-credit grammar: every credit form as a regex, built from data.

The vocabulary (lead-in labels and phrases, agencies, picture platforms,
file extensions) lives in lint/data/credits.yaml, whose header lists the
forms; a newsroom adds its agencies and house forms there. `grammar()`
compiles the patterns that `credits` (finding and splitting credits) and
`caption_lines` (the plain-text caption-line test) share. Each pattern is
compiled on first use: most runs need few of them.
"""
from __future__ import annotations

from dataclasses import dataclass
import os
from functools import lru_cache

from .. import rx as regex

from ..rule_cache import load_data
from .abbreviations import MONTH_ABBREVIATION_WORDS, STOP_ABBREVIATION_WORDS, TITLE_ABBREVIATION_WORDS
from .calendar import MONTHS
from .name_titles import tables as name_tables

DATA_FILE = os.path.join(os.path.dirname(os.path.dirname(os.path.realpath(__file__))), "data", "credits.yaml")
LOOKAHEAD = 120  # longest credit body looked for inside a caption


@lru_cache(maxsize=None)
def vocabulary() -> dict:
    return load_data(DATA_FILE)


class Lists(dict):
    """Word lists for `regex` named lists (`\\L<name>`): a list of hundreds of
    names compiles in a millisecond, where the same alternation written out in
    every pattern cost a tenth of a second per pattern."""

    def add(self, name: str, items) -> str:
        """Register the phrases (one space between words) and return `\\L<name>`."""
        self[name] = sorted({" ".join(str(item).split()) for item in items})
        return rf"\L<{name}>"


class LazyPattern:
    """A regex compiled on its first use: most processes (and most documents)
    never need most of the credit patterns, and each costs milliseconds to
    compile. After the first use its methods are the compiled pattern's own."""

    def __init__(self, source: str, flags: int = 0, lists: Lists | None = None):
        self.source, self.flags, self.lists, self._compiled = source, flags, lists or {}, None

    def __getattr__(self, name: str):
        if self._compiled is None:
            self._compiled = regex.compile(self.source, self.flags, ignore_unused=True, **self.lists)
            for method in ("match", "search", "fullmatch", "finditer", "findall"):
                setattr(self, method, getattr(self._compiled, method))
        return getattr(self._compiled, name)


@dataclass(frozen=True)
class Grammar:
    """The compiled credit forms (`grammar()`), each pattern compiled on first use."""

    trailing: LazyPattern   # a credit from a boundary to the end of the caption text
    leading: LazyPattern    # a credit that opens it and is followed by more text
    whole: LazyPattern      # a credit part's text split into lead-in and body
    only: LazyPattern       # the text is nothing but a credit (run-on and repeat tests)
    alone: LazyPattern      # a line that is a credit alone, surely (bare, bracketed, AGENCY/...)
    head: LazyPattern       # what may open a plain-text caption line
    bare: LazyPattern       # the whole line is a bare credit: "Jane Doe/Getty Images"
    paren: LazyPattern      # "(AP Photo/Jane Doe)" or "[CEN]" ending the line
    sentence: LazyPattern   # "Photograph: Jane Doe/Reuters" after the last sentence
    agency: LazyPattern     # "(Getty Images)" or ". Getty Images" ending a short line
    picture: LazyPattern    # a label's word ("Photo", "Image": credits.yaml `labels`) in a lead-in
    strong: LazyPattern     # a trailing credit strong enough for a long caption line
    gallery: LazyPattern    # "PHOTOS: Stars who got their start on TV": a link, no credit
    firsts: frozenset       # first words (lowercased) a line that opens with a credit can have
    agency_names: tuple     # lowercased agency names, to test a line's last words
    exts: tuple             # image file extensions, with the dot
    spellings: frozenset    # one-word agencies as listed and in capitals, for a glued credit
    role_words: frozenset   # lowercased job words of a credit (credit_roles, role_words)


@lru_cache(maxsize=None)
def grammar() -> Grammar:
    v = vocabulary()
    agencies = list(v["agencies"]) + list(v.get("platforms") or [])
    lists = Lists()
    f = _forms(v, agencies, lists)
    defs, lead, bare, strict, agency = f["defs"], f["lead"], f["bare"], f["strict"], f["agency"]
    glued = f["glued"]
    body, close, note, suffix = f["body"], f["close"], f["note"], f["suffix"]
    copyright, tagged, leads = f["copyright"], f["tagged"], f["leads"]

    def pattern(source: str, flags: int = 0) -> LazyPattern:
        return LazyPattern(source + defs, flags, lists)

    # "... via Vogue Instagram": a platform or agency after "via", ending the caption.
    via_end = rf"(?i:via)\s+(?:{f['word']}\s+){{0,3}}{agency}{suffix}"
    house = f["house"]
    # In brackets a note may come first, a name's or an agency's, joined by
    # "and" to the credit it shares them with, bare or led by an agency's
    # lead-in: "(Daily Bruin file photo and Kyle Kotanchek/Daily Bruin staff)",
    # "(AP file photo and Jane Doe/Daily Bruin staff)", "(File photo and AP
    # Photo/Jane Doe)" (qa250 #3).
    note_and = rf"(?:{note}|{agency}\s+{f['what']})\s+and\s+"
    joined = rf"{note_and}(?:{bare}|{f['leads']}{f['slash']}{body})"
    trailing = pattern(
        rf"\s*(?P<credit>(?P<open>[(\[])?\s*(?:(?P<lead>{lead})\s*(?P<body>{body})"
        rf"|(?P<bare>{bare}|{via_end}|(?<=[(\[]\s*)(?:{joined}|{note})|{house})){close})"
        # a stop after the closing bracket ends the caption's sentence: "... (AP Photo/Jane Doe)."
        rf"(?:(?<=[)\]])\s*\.)?\s*$")
    # A credit opening the caption ends at a sentence end, a dash or bar, or
    # two spaces before the caption ("Getty   Successful: ..."), or is glued
    # to it ("GettyKim", "Europics[CEN]Mcdonalds": the glue `caption_faults`
    # reports as a run-on, so the caption has its credit, nu53 #11).
    term = (rf"(?=\s+[|—–-]\s|(?<=[\p{{L}}\p{{N}}]{{2}})(?:{f['titled']}{f['dated']}\.|;)\s+\S|{f['date_end']}"
            r"|[ \t]{2,}[\p{Lu}\p{N}“\"‘'])")
    # A picture label may stand before a bracketed credit that opens the
    # caption, outside the credit: "Photo: (Jane Doe/Daily Bruin staff) Students ..." (nu52 #8).
    leading = pattern(
        rf"^\s*(?:(?i:\L<labels>)\s*:\s*(?=[(\[]))?(?P<credit>(?P<open>[(\[])\s*(?:(?P<lead>{lead})\s*[^()\n]{{0,{LOOKAHEAD}}}?"
        rf"|(?P<bare>{bare}))\s*(?P<close>[)\]])|(?P<lead>{lead})\s*{body}{term}"
        rf"|(?P<bare>{bare}|{tagged})(?=[ \t]{{2,}}\S)|(?P<bare>{tagged})(?=\p{{L}})"
        rf"|(?P<bare>{glued})(?!{agency}|{glued}))")
    # The lead-in of a joined credit comes after its note: "(AP file photo
    # and AP Photo/ )" is an agency's credit with no photographer (qa256 #4),
    # and so is the same credit in a credit element, no brackets (qa266 #2).
    whole = pattern(rf"^\s*(?P<open>[(\[])?\s*(?:(?:{note_and})?(?P<lead>{lead})\s*)?(?P<body>.*?)"
                    rf"\s*(?P<dot>\.)?\s*(?P<close>[)\]])?\s*$", regex.DOTALL)
    only = pattern(rf"\s*[(\[]?\s*(?:(?P<led>{lead}\s*{body})|{bare}|{tagged})\s*[)\]]?\s*")
    alone = pattern(rf"\s*(?:[(\[]\s*(?:{lead}[^()\[\]\n]*|{bare})\s*[)\]]|{bare}|{tagged}"
                    rf"|{leads}\s*/[^\n]{{1,60}})\s*")
    firsts = {regex.match(r"[\p{L}]+", str(w))[0].lower()
              for key in ("labels", "phrases", "agency_leads", "caption_labels") for w in v[key]}
    firsts |= {regex.match(r"[\p{L}]+", str(w))[0].lower() for w in agencies}
    firsts.discard("the")  # "The Canadian Press/..." lines are too rare to test every "The ..."
    firsts |= {"img", "dsc", "dscn", "dscf", "pxl", "mvimg", "dji", "gopr", "screen", "screenshot"}
    return Grammar(
        trailing, leading, whole, only, alone, pattern(_head(v, f, lists)),
        bare=pattern(rf"\s*(?:{copyright}(?:{strict}))\s*$"),
        paren=pattern(rf"[(\[](?<=\S\s{{0,3}}[(\[])\s*(?:{lead}[^()\[\]\n]*[)\]]?"
                      rf"|{copyright}(?:{strict}|{agency}{suffix})\s*[)\]]|{note}\s*[)\]])\s*\.?\s*$"),
        sentence=pattern(rf"(?:{lead}\s*{body}|{copyright}(?:{strict})|{via_end}|{house})\s*$"),
        agency=pattern(rf"[(\[]?\s*{copyright}{agency}{suffix}\s*[)\]]?\s*\.?\s*$"),
        picture=pattern(r"(?<!\p{L})(?i:\L<labels>)(?!\p{L})"),
        strong=pattern(rf"\s*[(\[]?\s*(?:(?:{leads}\s*/|{f['labelled']}|{f['phrase']})\s*{body}"
                       rf"|{copyright}(?:{strict})){close}\s*$"),
        gallery=pattern(r"\s*(?:PHOTOS|PICTURES|IMAGES|VIDEOS|Photos|Pictures|Images|Videos)\s*:\s*"
                        rf"(?!{f['names']}\s*$)(?![^\n]*(?:\p{{L}}\s*/\s*\p{{L}}|{agency}))"
                        r"\S+(?:\s+\S+)+\s*$"),
        firsts=frozenset(firsts),
        agency_names=tuple(" ".join(str(a).lower().split()) for a in agencies)
        + ("file", "pool", "handout", "photo", "screenshot", "screengrab"),
        exts=tuple("." + e.lower() for e in v["image_extensions"]),
        role_words=_role_words(v),
        spellings=frozenset(w for a in agencies if " " not in str(a)
                            for w in (str(a), str(a).upper())))


def _forms(v: dict, agencies: list, lists: Lists) -> dict[str, str]:
    """The pieces every pattern is built from, and the DEFINE block they call.
    Word lists are `regex` named lists (`Lists`)."""
    # A name word is capitalised, not all capitals: an all-caps wire headline
    # such as "U.S. CORN/OATS GROWERS" is not a "Name/Agency" credit. All
    # capitals are allowed only right before a slash and an agency.
    word_form = (r"(?:(?:\p{Lu}\.){1,3}|(?:Jr|Sr|St|Dr|Mt)\."
                 r"|\p{Lu}(?:['’]\p{Lu})?\p{Ll}[\p{L}\p{M}'’\-]*)")
    word, agency = word_form, "(?&ag_)"
    caps = r"(?:\p{Lu}\.|\p{Lu}[\p{Lu}'’\-]+)"
    particle = r"(?:de|da|del|della|der|den|di|dos|du|el|al|la|le|van|von|bin|ibn|y)"
    nxt = rf"\s+(?:{particle}\s+)?{word}"
    # Atomic: a name takes every capitalised word it can, so a line of prose
    # that opens with capitals fails at once instead of backtracking.
    person = r"(?!(?:The|A|An)\s)"     # "The January/November" names no one
    name_form = rf"(?>{word}(?:{nxt}){{0,4}})"
    name, name2 = "(?&n_)", rf"{person}(?>{word}(?:{nxt}){{1,4}})"
    caps_name = rf"(?>{caps}(?:\s+{caps}){{0,4}})"
    join = r"\s*(?:,|&|\band\b)\s*"
    names_form = rf"{name}(?:{join}{name}){{0,3}}"
    names, names2 = "(?&ns_)", rf"{name2}(?:{join}{name}){{0,3}}"
    org = rf"(?:{agency}|(?:The\s+)?{name})"
    via, slash = rf"\s+via\s+{org}", r"\s*/\s*"
    what = r"(?i:photo|image|picture|file\s+photo|screen\s?shot|screen\s?grab|video\s+still)"
    suffix = rf"(?:\s*,\s*(?i:file|pool|handout)|\s+{what}(?!\p{{L}}))?"
    # "for" a publication, not an office: "Jane Doe for Mayor" is a slogan. A
    # publication: an agency, "The ...", a CamelCase brand (BuzzFeed), an
    # acronym (NPR), or words ending in a masthead word (Bloomberg News).
    offices = lists.add("offices", ["mayor", "governor", "president", "congress", "senate",
                                    "council", "parliament", "office", "re-election", "senator"])
    masthead = lists.add("mastheads", v.get("mastheads") or ["News"])
    publication = (rf"(?!(?i:{offices})\b)(?:{agency}|The\s+{name}|\p{{Lu}}\p{{Ll}}+\p{{Lu}}\p{{L}}*\b"
                   rf"|\p{{Lu}}{{2,6}}\b|(?:{word}\s+){{0,3}}{masthead}\b)")
    for_client = rf"(?:\s+for\s+(?:The\s+)?{name})?"   # Getty Images for Hartwell Festival
    # a student paper's role after the slash: (Ana Ruiz/Daily Bruin staff), (Ana Ruiz/Photo editor).
    # The role ends the credit, and up to three lower-case rank or desk words
    # before it are its role phrase ("senior staff", "sports staff",
    # "assistant multimedia editor": nu51 #2, nu52 #1), each one of
    # credits.yaml `role_desks` or a job word (`_role_words`). Only such words
    # count here, so a verb phrase before a role word stays a clause ("thank
    # volunteer staff", "became editor": qa256 #1, #2).
    desks = lists.add("ranks", _role_words(v) | {str(d) for d in v.get("role_desks") or ()})
    ranks = rf"(?-i:{desks})\s+"
    role = rf"(?:{ranks}){{0,3}}(?i:{lists.add('roles', v.get('credit_roles') or ['staff'])})(?!\p{{L}})"
    by_for = rf"{names2}\s+for\s+{publication}"   # not "Minister for Aviation Ana Ruiz"
    # A publication in capitals after a name in capitals: "THE ..." or ending
    # in a masthead word ("DAILY NEWS"), so a wire headline's "CORN/OATS
    # GROWERS" is still no credit.
    caps_pub = (rf"(?:THE\s+{caps_name}|(?:{caps}\s+){{0,3}}(?=\p{{Lu}}+(?![\p{{Ll}}]))"
                rf"(?i:{masthead})(?![\p{{L}}]))")
    strict_forms = "|".join((   # bare credits, strict enough to stand as a caption line
        rf"{names}{slash}(?:{org}{slash})?{agency}(?:{via})?{for_client}{suffix}",  # Ana Ruiz/AFP/Getty
        rf"{caps_name}{slash}(?:{caps_name}{slash})?{agency}",         # ANA RUIZ/GETTY IMAGES
        rf"{caps_name}{slash}{caps_pub}",                              # ANA RUIZ/THE COURIER
        rf"{names2}{slash}(?:{org}(?:{via})?{suffix}|(?:{org}\s+)?{role})",  # Ana Ruiz/The Daily Herald
        rf"(?:{names}|{org})(?:{slash}{org})?{via}{suffix}",            # Handout via Reuters
        by_for,                                                        # Ana Ruiz for BuzzFeed
        rf"{agency}(?:{slash}{agency})+",                              # AP/AFP
        rf"@?(?=[\p{{L}}\d._-]*\d|\p{{Ll}}+[._-])\p{{L}}[\p{{L}}\d._-]{{2,29}}{slash}{agency}"  # smolaw11/iStock
        rf"(?:{slash}{agency})?",                                  # Getty's handle/iStock/Thinkstock
        rf"\p{{L}}[\p{{L}}\d._-]{{1,29}}{slash}{agency}{slash}{agency}",   # elenabs/iStock/Thinkstock
        rf"\p{{L}}[\p{{L}}\d._-]{{1,29}}\s*,\s*{agency}\s*,\s*{agency}",   # elenabs, iStock, Thinkstock
        rf"(?=\p{{Lu}}|i\p{{Lu}}){agency}{slash}(?:{name}|@?[\w.]*[\p{{L}}\p{{N}}])",  # Facebook/Star Wars, iStock/Name
    ))
    # The agency list and the name and bare-credit forms recur up to ten
    # times in a pattern: defined once at its end and called as subroutines,
    # they keep each pattern's compile time to tens of milliseconds. (In
    # `regex` a call costs more than the same match written out, so the word
    # form is written out; the prefilters in caption_lines keep calls rare.)
    lists.add("ag", agencies)
    defs = (r"(?(DEFINE)(?P<ag_>(?i:\L<ag>)(?![\p{L}\p{N}]))(?P<agx_>(?i:\L<ag>)(?=\p{Lu}\p{Ll}))"
            rf"(?P<st_>{strict_forms})(?P<n_>{name_form})(?P<ns_>{names_form}))")
    strict, copyright = "(?&st_)", r"(?:©\s*)?"
    # (a bar before a capital: the name's slot left blank, "Photos by | The Courier", nu75 #3)
    start_ok = (r"(?=\s*(?:$|[)\]]|\p{Lu}|\|\s*\p{Lu}|\p{N}|(?i:the)\b|[“\"‘'(\[]|[\w.-]+\.[a-z]{2,3}\b|(?&ag_)"
                r"|(?i:screen\s?grab|screen\s?shot|screenshot|screen\s+capture)))")
    label_sep = rf"(?::|/|\.{{2,}}|…|\s+[|–—-]\s+|-(?=\s*{agency}))"
    leads = rf"{copyright}(?i:{lists.add('leads', v['agency_leads'])})"
    labelled = rf"(?i:{lists.add('labels', v['labels'])})\s*{label_sep}|(?-i:Credit)\s+(?={strict})"
    phrases = lists.add("phrases", v["phrases"])
    phrase = rf"(?P<phrase>(?i:{phrases})(?!\p{{L}})(?:\s*:|{start_ok}))"
    strong = (rf"(?P<agency>{leads}(?:(?P<slash>\s*/)|(?=\s*[)\]]?\s*\.?\s*$)))"
              rf"|(?P<label>{labelled})")
    # A title's stop ends no credit: "U.S. Army photo by Sgt. 1st Class Jane Doe".
    titled = rf"(?<!\b(?:{_titles()}))"
    # A sentence ends after two lower-case letters, or, in capitals, after two
    # capitals and before a word in capitals ("PHOTO BY SGT. JANE DOE.
    # SOLDIERS TRAIN ..."), not after an abbreviation's ("CO.", "DEC."). A
    # name's or a firm's suffix ends its name, so its stop before a capitalised
    # word ends the sentence in either case ("PHOTO BY JANE DOE JR. SHOPPERS
    # RUSH IN", "Photo by Jane Doe Jr. Shoppers rush in": qa63 #12a).
    caps_end = rf"(?<=\p{{Lu}}{{2}})(?<!\b(?:{_caps_abbreviations()})){titled}[.!?]\s+(?=\p{{Lu}}{{2}})"
    suffix_end = rf"(?<=\b(?i:{'|'.join(NAME_SUFFIXES)}))\.\s+(?=\p{{Lu}})"
    # A date's last stop ends the sentence in either case ("PHOTO BY JANE DOE
    # DEC. 3. SHOPPERS ...", "Dec. 3, 2026. Shoppers ..."), and so does a
    # month's own in capitals when no day follows ("IN DEC. SHOPPERS ..."):
    # AP shortens a month only before a day. In mixed case a month's stop
    # before its day ends nothing ("Photo by Jane Doe Dec. 3"). A county's
    # "CO." stands before its office ("MARION CO. SHERIFF'S OFFICE":
    # credits.yaml `county_offices`); before any other word in capitals its
    # stop ends a firm's name ("PHOTO BY ACME CO. SHOPPERS RUSH IN").
    month, short = _months()
    date_end = rf"\.(?<=\b(?:{month})\.?\s+\d{{1,2}}(?:,\s+\d{{4}})?\.)\s+(?=\p{{Lu}})"
    county = lists.add("county", v.get("county_offices") or ())
    caps_stop = (rf"\.(?<=\b(?:{short.upper()})\.)\s+(?=\p{{Lu}}{{2}})"
                 rf"|\.(?<=\bCO\.)\s+(?!(?i:{county})(?!\p{{L}}))(?=\p{{Lu}}{{2}})")
    no_day = rf"(?!(?<=\b(?:{short}|{short.upper()}))\.\s+\d)"
    # An opening credit's end (`grammar`'s `term`) passes a month's stop only
    # for a date that ends its sentence: "AFP PHOTO/JORDANIAN TV An image
    # grab ... on Feb. 5 shows ..." has no other end in reach.
    dated = rf"(?!(?<=\b(?:{short}|{short.upper()}))\.\s+\d{{1,2}}(?:,\s+\d{{4}})?\.\s)"
    lower_end = rf"(?<=\p{{Ll}}{{2}}){titled}{no_day}[.!?]\s"
    sentence = rf"(?:{lower_end}|{caps_end}|{suffix_end}|{date_end}|{caps_stop})"
    # A house credit naming no one ("Staff photo"); one-word ones in brackets only.
    house = rf"(?i:{lists.add('house', v.get('house_credits') or ())})(?!\p{{L}})"
    bracketed = rf"(?i:{lists.add('bracketed', v.get('bracketed_credits') or ())})(?!\p{{L}})"
    # A US broadcaster's call letters (FCC: K west of the Mississippi, W east;
    # four letters, or three with a band): "(KXYZ)", "(WGN-TV)". In capitals;
    # not the world wars ("(WWII)").
    station = r"(?-i:(?!WWI)[KW]\p{Lu}{3}(?:-(?:TV|FM|AM|DT))?|[KW]\p{Lu}{2}-(?:TV|FM|AM|DT))(?![\p{L}\p{N}])"
    return {
        "defs": defs, "titled": titled, "dated": dated, "date_end": date_end,
        "word": word, "what": what, "agency": agency, "names": names, "strict": strict,
        "slash": slash, "suffix": suffix, "copyright": copyright, "leads": leads,
        "labelled": labelled, "phrase": phrase, "phrases": phrases, "strong": strong,
        "lead": f"(?:{strong}|{phrase})",
        "bare": rf"(?:{copyright}(?:{strict}|{agency}{suffix}))",
        # (Iraqi News photo), (SWNS.com), initials in square brackets: [DS],
        # a house credit (Contributed), call letters (KXYZ)
        "note": rf"(?:{name}\s+{what}|{agency}\.com|\p{{Lu}}{{2,3}}(?=\s*\])|{house}|{bracketed}"
                rf"|{station})",
        "house": house,
        "tagged": rf"{agency}\[{agency}\]",             # Europics[CEN]
        # An agency glued to the next word ("GettyKim"); caption_lines checks its
        # spelling, so "CenTrust" is no "CEN" credit.
        "glued": "(?&agx_)",
        "body": rf"(?:(?!{sentence})[^()\n]){{0,{LOOKAHEAD}}}?",
        "close": r"(?:\s*\(\d+\))?\s*(?P<dot>\.)?\s*(?P<close>[)\]])?",  # "Getty Images (2)"
    }


def _role_words(v: dict) -> frozenset:
    """The lower-cased job words of a credit: every word of credits.yaml's
    `credit_roles` and `role_words` ("staff", "photo", "senior")."""
    return frozenset(w.lower() for r in list(v.get("credit_roles") or []) + list(v.get("role_words") or [])
                     for w in str(r).split())


def _titles() -> str:
    """The titles' abbreviations, as an alternation: the sentence splitter's
    (`TITLE_ABBREVIATION_WORDS`: "Sgt", "Dr", "St") and names.yaml's
    `abbreviations` ("Maj", "Atty", the lower ranks "Spc", "Pfc"), each as
    written and in capitals ("SGT.": an all-caps credit)."""
    short = {*TITLE_ABBREVIATION_WORDS, *(str(a).capitalize() for a in name_tables()["abbreviations"])}
    return "|".join(sorted(short | {a.upper() for a in short}))


# A person's or a firm's last word: its stop ends the credit's name. Not "Co",
# which is also a county's ("MARION CO. SHERIFF'S OFFICE").
NAME_SUFFIXES = ("Jr", "Sr", "Inc", "Corp", "Ltd")


def _caps_abbreviations() -> str:
    """The sentence splitter's other abbreviations (`STOP_ABBREVIATION_WORDS`:
    "Co", "Dec", "No") but the name suffixes (`NAME_SUFFIXES`), in capitals,
    as an alternation: their stop ends no sentence in an all-capitals caption."""
    return "|".join(sorted({a.upper() for a in STOP_ABBREVIATION_WORDS} - {a.upper() for a in NAME_SUFFIXES}))


def _months() -> tuple[str, str]:
    """(every month's name and short form as AP and capitals write them,
    "December|DECEMBER|Dec|DEC|..."; the short forms alone, "Jan|Feb|...",
    `MONTH_ABBREVIATION_WORDS`), as alternations."""
    names = sorted(MONTHS, key=len, reverse=True)
    return ("|".join(f"{m.capitalize()}|{m.upper()}" for m in names), "|".join(MONTH_ABBREVIATION_WORDS))


def _head(v: dict, f: dict[str, str], lists: Lists) -> str:
    """What may open a plain-text caption line."""
    exts = "|".join(regex.escape(e) for e in v["image_extensions"])
    filename = (rf"(?:[\w.-]+\.(?i:{exts})|(?i:IMG|DSC[FN]?|PXL|DJI|GOPR)[_-]?\d[\w-]*"
                rf"|(?i:screen\s?shot|screenshot)[ _]\d{{4}}-\d\d-\d\d[^\n]*)")
    lead, bare, strict, agency = f["lead"], f["bare"], f["strict"], f["agency"]
    suffix, copyright, tagged, slash = f["suffix"], f["copyright"], f["tagged"], f["slash"]
    labels = lists.add("caption_labels", v["caption_labels"])
    return r"^\s*(?:" + "|".join(f"(?:{alt})" for alt in (
        # (photo courtesy: / (AP Photo/... / (Jane Doe/Getty Images) / (Getty Images
        rf"[(\[]\s*(?:{lead}|(?:{strict}|{agency}{suffix})\s*[)\]]?\s*$)",
        rf"[(\[]\s*(?i:{f['phrases']})\s+[^()\[\]\n]{{1,80}}[)\]]\s*$",  # [image via screengrab]
        f["strong"],                                                   # Photo: / AP Photo/...
        rf"(?=[^\n]{{0,{int(v['phrase_line_max'])}}}$){f['phrase']}",   # Courtesy of ... (short)
        rf"(?i:{labels})\s*:",                                         # Caption: ...
        rf"{filename}\s*$",                                           # IMG_4471.JPG
        rf"{copyright}(?=\p{{Lu}}){agency}{suffix}(?:{slash}{agency})*\s*$",  # AFP, AP/AFP
        rf"[(\[]\s*{f['note']}\s*[)\]]\s*$",                          # (Iraqi News photo)
        rf"(?:(?:{bare}|{tagged})[ \t]{{2,}}|{f['glued']})(?!{agency}|{f['glued']})\S",  # Getty   Caption
        tagged,                                                        # Europics[CEN]...
    )) + ")"
