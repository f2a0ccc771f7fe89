"""What a Markdown footnote cites, as against what it tells of the story.

A note often holds a citation in the Chicago Manual of Style's note form
(17th ed., 14.19-14.32): `Jane Kowalczyk, *Budget Notes* (City Press,
2019), 54.`, its short form `Kowalczyk, 87.` or `Kowalczyk, *Budget
Notes*, 87.`, or a cited article, `"Council will vote on budget April 3,"
Springfield Gazette, March 30, 2024.` The author named there is the cited
work's, no person of the story (a namesake is a second person only on the
page's citation list, and an author's page number is no age: qa395 #1,
#5), and the cited title's words and date are the cited piece's, told on
its own day (qa395 #6).

Only the whole shape makes a citation (qa410 #1-#3): an author or nothing
before the title, and after it the citation's other elements (publication
facts in parentheses, an outlet or publisher, a date, a page, a URL, a
stop), never a lowercase clause (`Jane Kowalcyzk, "We won," said the
mayor.` is the note's own statement) nor a quote's attribution, read by
its shape (`Lee shouted.`: a name and one lower-case word ending the
sentence) or by attribution.yaml's cue verbs (qa415 #7). A short form's bare
number follows a surname alone (14.29-14.30: `Jane Kowalczyk, 56.` gives
an age), and a citation after a semicolon follows another citation, an
author's or an authorless one (`Ibid.`, a URL, a title first: qa415 #10).
A title may be quoted, in italics, in bold (qa415 #11) or a link's text,
and a signal or lead-in may open a citation (`See, for example,`,
`Source:`, `Adapted from`, `As reported in`: qa415 #9, #13).
"""
from __future__ import annotations

from functools import lru_cache

from .. import rx as regex

from ..document import Part
from ..regex_cache import SERIAL
from ..rule_cache import load_data
from .abbreviations import MONTH_ABBREVIATION_WORDS, TITLE_ABBREVIATION_WORDS
from .calendar import MONTH_WORDS
from .speech_cues import TOKEN, cue_width, is_speaker, lexicon, lowered

_LEAD = (r"(?:(?i:see(?:\s+also)?(?:,\s+(?:for\s+example|e\.\s?g\.),)?|cf\.|quoted\s+in|sources?:|adapted\s+from|"
         r"as\s+reported\s+in)\s+)?")
# What may open a citation before its author: the note's start, or a
# semicolon between two citations, then a signal or lead-in: "See", "See
# also", "See, for example,", "Cf." or "Quoted in" (CMOS 14.36), "Source:",
# "Adapted from", "As reported in".
_OPENS = regex.compile(r"(?:^|;)\s*" + _LEAD + "$")
_LEADING = regex.compile(r"^" + _LEAD)
_BARE_LEAD = regex.compile(r"\s*" + _LEAD)
# A citation's authors before its title: capitalised words (initials too),
# particles, "and", "et al.", then a comma.
_WORD = r"(?:\p{Lu}[\p{L}\p{M}'’.\-]*|and|&|et\s+al\.|de|del|della|van|von|der|den|da|di|du|la|le)"
_AUTHOR = regex.compile(r"\s*" + _LEAD + _WORD + r"(?:\s+" + _WORD + r"){0,7},\s*")
# After the author: a comma and a page, ending the citation: "p. 87" after
# any name, a bare "87" after a surname alone (the short form, 14.30).
_PAGE_MARKED = regex.compile(r",\s*pp?\.\s*\d+(?:[-–]\d+)?\s*(?:[.;]|$)")
_PAGE_BARE = regex.compile(r",\s*\d+(?:[-–]\d+)?\s*(?:[.;]|$)")
_COMMA = regex.compile(r",\s*")
# A quoted title: straight or curly double quotes on one line.
_QUOTED = regex.compile(r'"[^"\n]+"|“[^”\n]+”')
# What follows a cited title: the citation's end, its publication facts
# "(", a capitalised outlet or publisher, a number (date, page), a URL, or a
# citation's own lowercase words (14.23: "in", "ed.", "trans.", "accessed").
_TAIL = regex.compile(r"[,\s]*(?:$|[.;:)\]<(\p{Lu}\d]|https?://|www\.|(?:in|ed|eds|trans|edited|translated|"
                      r"accessed|last|vol|no|pp?|chap|n|sec|para|s\.v)\b)")
# `Name verb.`: a capitalised name (up to four words) and one lower-case
# word ending the sentence after a title is a statement's attribution
# (`"We won," Lee shouted.`), whatever the verb: a citation's outlet or
# publisher ends on a capitalised word, a date or a page.
_NAME_VERB = regex.compile(r"[,\s]*(?:\p{Lu}[\p{L}\p{M}'’.\-]*\s+){1,4}\p{Ll}+\s*[.!?]\s*$")
# A figure: a citation's date or page, after which its own words come
# (`, quoted in`, `, accessed May 2`), never an attribution's verb.
# where a citation's date or page starts: a month (calendar's words, capitalised; never 'Mayor')
# before a day, a year, `p.`/`pp.`, or a figure ending the note; an age (`Jane Doe, 56, said`) or a district's number is none (qa420 #2)
_FIGURE = regex.compile(r"\b(?=\p{Lu})(?i:" + MONTH_WORDS + r")\b\.?\s+\d"
                        r"|\b\d{4}\b|\bpp?\.\s*\d|\d+[.;]?\s*$")
# After a cited title, a citation's own words that no attribution opens:
# the piece's kind after its outlet (`City Council statement`, `WXYZ News
# report.`, `Springfield Gazette online.`) and a passive that names a second
# source (`, quoted in Ann Lee, ...`, `, reported by Tom Ray`: qa420 #4).
_KINDS = frozenset("statement report release online editorial transcript broadcast podcast video interview "
                   "blog post website print edition".split())
_PASSIVE = regex.compile(r",\s*(?:(?P<w>quoted|cited|reprinted|excerpted)\s+in|(?P<w>reported|written|compiled|"
                         r"edited|produced|published|posted|updated)\s+by)\b")
# Between a cited title's end and its piece's date: no stop, a comma last
# (`" Springfield Gazette, ` or `, `); after the date, the citation's end.
_BETWEEN = regex.compile(r"[^.;:!?\n]*,\s*")
_CITATION_END = regex.compile(r"\s*(?:[.;)\]]|$)")
# A citation with no author before a semicolon: "Ibid." or "Id." (a page
# after it: "Ibid., 45"), or a URL alone.
_AUTHORLESS = regex.compile(r"\s*(?:(?i:ibid|id)\.(?:,\s*(?:pp?\.\s*)?\d+(?:[-–]\d+)?)?|(?:https?://|www\.)\S+?)\.?\s*")
# A URL as the source writes it, an autolink's brackets too.
_URL_ALONE = regex.compile(r"<?(?:https?://|www\.)\S+?>?")
# The inline marks a title may be set in: a link's text, italics or bold.
_TITLE_MARKS = ("link", "emphasis", "strong")


def _tail_cites(text: str, end: int) -> bool:
    """Does what follows a cited title ending at text[end] read as the rest
    of a citation (up to the next semicolon) and not as a statement?"""
    stop = text.find(";", end)
    stop = len(text) if stop < 0 else stop
    return _TAIL.match(text, end, stop) is not None and not _attributed(text, end, stop)


def _attributed(text: str, end: int, stop: int) -> bool:
    """Is text[end:stop], after a title, a quote's attribution: `Name verb.`
    (`_NAME_VERB`), or a cue verb written in lower case with a speaker
    before it, before any figure (attribution.yaml `cue_verbs`, as
    quotes.unattributed reads them: `Lee said in a statement`, `Lee, the
    mayor, argued`)? A capitalised cue word is a name's (`Consumer
    Reports`, `Penn State Press`); a piece's kind (`_KINDS`: `WXYZ News
    report.`) and a passive's participle (`_PASSIVE`: `, quoted in`) are
    the citation's own words (qa420 #4)."""
    named = _NAME_VERB.match(text, end, stop)
    lex = lexicon()
    if named is not None:       # (`Officials report.`: a plural speaker's verb, no piece's kind)
        *_, who, last = [""] + TOKEN.findall(text, end, named.end())
        return last.lower() not in _KINDS or who.lower() in lex.nouns and who.lower().endswith("s")
    figure = _FIGURE.search(text, end, stop)
    found = list(TOKEN.finditer(text, end, figure.start() if figure else stop))
    passive = {p.end("w") for p in _PASSIVE.finditer(text, end, stop)}
    kept = [t for t in found if t.end() not in passive]
    tokens = [t[0] for t in kept]
    # a plural possessive's apostrophe, which TOKEN leaves out (`the critics' report.`: qa439 #4)
    owned = {k for k, t in enumerate(kept) if text.startswith(("'", "\u2019"), t.end())}
    lower = [t.lower() for t in tokens]
    return any(t[0].islower() and (t not in _KINDS or _plural_before(tokens, k, owned)) and cue_width(lower, k, lex)
               and any(is_speaker(tokens, lower, i, lex) for i in range(k))
               for k, t in enumerate(tokens))


@lru_cache(maxsize=1)
def _sections() -> frozenset[str]:
    """attribution.yaml's `piece_sections`, lower case, read once."""
    return lowered("piece_sections")


@lru_cache(maxsize=1)
def _mastheads() -> frozenset[str]:
    """The words that end an outlet's name, read once: credits.yaml's
    `mastheads` (`Gazette`, `News`, `Times`) and its one-word `agencies`
    (`Reuters`, `AP`, `Bloomberg`)."""
    data = load_data("credits.yaml")
    return frozenset([str(w) for w in data["mastheads"]]
                     + [str(w) for w in data["agencies"] if " " not in str(w)])


def _outlet(word: str) -> bool:
    """Does `word` end an outlet's name (`_mastheads`)? Capitals alone are
    not enough: a place's acronym (`NYC schools report.`) is the plural
    speaker's own word (qa445 #3); an outlet named by letters no list holds
    (`WXYZ sports report.`) is read as a speaker, the safer error."""
    return word in _mastheads()


def _plural_before(tokens: list[str], k: int, owned: set[int] = frozenset()) -> bool:
    """Is the word before tokens[k] a lower-case plural noun, the subject of
    a piece's kind read as a verb (`Council members report.`, `Police
    officers post.`: qa424 #6)? An outlet ends on a capital (`WXYZ News
    report.`); a paper's section right after an outlet's name
    (attribution.yaml `piece_sections`: `Gazette sports report.`, not `Area
    schools report.`: qa439 #3), a possessive (`this week's report.`, one in
    `owned`: `the critics' report.`, qa439 #4) or a possessive determiner
    (`its report.`) is no subject (qa431 #7); `news` never is."""
    w = tokens[k - 1] if k else ""
    section = w == "news" or w in _sections() and k >= 2 and _outlet(tokens[k - 2])
    return w.islower() and w.endswith("s") and not w.endswith(("ss", "us", "is")) and "'" not in w \
        and "\u2019" not in w and k - 1 not in owned and not section and w not in lexicon().owners


def _title_end(part: Part, at: int, source: str) -> int | None:
    """The end in part.text of a title opening at `at` (a quotation, or an
    emphasis or a link's text: its mark in the source), or None."""
    text = part.text
    if text[at] in '"“':
        q = _QUOTED.match(text, at)
        return q.end() if q is not None else None
    mark = part.source_offset(at) - 1
    if mark < 0 or source[mark] not in "*_[":
        return None
    ends = [e for kind, s, e in part.attrs.get("inline", ()) if kind in _TITLE_MARKS and s == at]
    return max(ends) if ends else None


def _after_author(part: Part, end: int, source: str, given: bool) -> bool:
    """Is part.text from `end` (just after an author's name) the rest of a
    citation: a page, or a comma, a title and the citation's other elements?"""
    text = part.text
    if _PAGE_MARKED.match(text, end, None, SERIAL) is not None \
            or not given and _PAGE_BARE.match(text, end, None, SERIAL) is not None:
        return True
    if not text.startswith(",", end):
        return False
    at = _COMMA.match(text, end).end()
    if at >= len(text):
        return False
    title = _title_end(part, at, source)
    return title is not None and _tail_cites(text, title)


def _opens_citation(part: Part, start: int, source: str) -> bool:
    """May a citation open at part.text[start]: at the note's start, or after
    a semicolon that ends a citation, an author's (`Kowalczyk, 87; Lee,
    4.`) or an authorless one (`_authorless`: `Ibid.; Lee, 4.`), not `The
    vote was close; Kowalczyk, 56.`?"""
    text = part.text
    m = _OPENS.search(text, max(0, start - 40), start, SERIAL)
    if m is None or not text.startswith(";", m.start()):
        return m is not None            # (`^` matches at the note's start only)
    before = text.rfind(";", 0, m.start()) + 1
    author = _AUTHOR.match(text, before, m.start())
    if author is not None:      # (a title's capitalised words read so too: *Budget Notes*, ...)
        comma = text.rfind(",", before, author.end())
        name = _LEADING.sub("", text[before:comma].strip())
        if _after_author(part, comma, source, len(name.split()) > 1):
            return True
    return _authorless(part, before, m.start(), source)


def _authorless(part: Part, start: int, end: int, source: str) -> bool:
    """Is part.text[start:end] (before a semicolon) a citation with no
    author: "Ibid.", a URL, or a cited title first and the citation's other
    elements after it (`"Budget Notes," Springfield Gazette, May 2, 2024`)?"""
    text = part.text
    if _AUTHORLESS.fullmatch(text, start, end) is not None:
        return True
    if not text[start:end].strip():        # a bare URL the reader leaves out of the text
        mark = part.source_offset(end)
        word = max(source.rfind(c, 0, mark) for c in " \t\n") + 1
        return _URL_ALONE.fullmatch(source, word, mark) is not None
    at = _BARE_LEAD.match(text, start, end).end()
    title = _title_end(part, at, source) if at < end else None
    return title is not None and title <= end and _tail_cites(text, title)


def cited_author(part: Part, start: int, end: int, source: str, given: bool = False) -> bool:
    """Is the name at part.text[start:end] (a `footnote` part, `flat` or
    not; `given`: a given name before the surname) the author a citation
    opens with: at the note's start (or after a citation's semicolon, "See",
    "Cf."), then a comma and a page (`Kowalczyk, 87.`, `Jane Kowalczyk, p.
    87.`) or the cited title (quoted, in emphasis or a link) and the
    citation's other elements?"""
    return part.kind == "footnote" and _opens_citation(part, start, source) \
        and _after_author(part, end, source, given)


def _cites(text: str, start: int, end: int) -> bool:
    """Does the title at text[start:end] stand in a citation: only an
    author (or nothing, "See", "Cf.") before it in the note or since a
    semicolon, the citation's other elements after it (`_tail_cites`)?"""
    before = text.rfind(";", 0, start) + 1
    return (_AUTHOR.fullmatch(text, before, start) is not None
            or _BARE_LEAD.fullmatch(text, before, start) is not None) and _tail_cites(text, end)


def cited_titles(part: Part) -> list[tuple[int, int]]:
    """Spans in part.text of what a note cites by title: a link's text, an
    emphasis, a quotation, each one a comma-separated item of the note
    (a comma follows it, or ends it inside its quote marks) or followed by
    publication facts in parentheses (`_FACTS`, CMOS 14.20: `Jane Doe,
    *Budget* (Springfield: City Press, 2024).`: qa415 #12) standing in a
    citation's shape (`_cites`); and an APA reference's title (`_apa_titles`)."""
    text = part.text
    spans = [(s, e) for kind, s, e in part.attrs.get("inline", ()) if kind in _TITLE_MARKS]
    spans += [q.span() for q in _QUOTED.finditer(text)]
    return sorted([(s, e) for s, e in spans
                   if (text.startswith(",", e) or text[max(s, e - 2):e] in (',"', ",”")
                       or _FACTS.match(text, e) is not None) and _cites(text, s, e)] + _apa_titles(text))


# Publication facts in parentheses after a title, a year last: "(City
# Press, 2019)", "(Springfield: City Press, 2024)", "(Springfield Gazette,
# March 30, 2024)" (CMOS 14.20).
_FACTS = regex.compile(r"\s*\([^()\n]*\b\d{4}\)")
# An APA reference's author and date, then its title: "Lee, A. (2024,
# March 30). " (APA 7, 9.4), at the note's start or after a semicolon.
_APA = regex.compile(r"(?:^|;)\s*" + _LEAD + _WORD + r"(?:,?\s+" + _WORD + r"){0,9}\s*\(\d{4}[a-z]?"
                     r"(?:,\s*[^()\n]{1,30})?\)\.\s+")
# A stop, a word's start, the next word on the line (after spaces, tabs or
# no-break spaces: "Fort St.\u00a0John", qa451 #6), and a dotted
# abbreviation ("U.S", "D.C": its last stop taken off).
_STOP = regex.compile(r"[?!.](?=\s|$)")
_NEXT = regex.compile(r"[ \t\u00a0\u202f]+[\"'*(\[\u201c\u2018]*([^\s\"'*)\]\u201d\u2019.,;:?!]*)")
_DOTTED = regex.compile(r"(?:\p{L}\.)+\p{L}")
_WORD_LEAD = "\"'*([\u201c\u2018"


def _apa_title_end(text: str, start: int) -> int | None:
    """The end of an APA title opening at `start`: its stop, `?`, `!` or a
    full stop before white space or the line's end (qa420 #5), run past
    only where the sentence must go on (`_goes_on`); None with no stop."""
    line = text.find("\n", start)
    line = len(text) if line < 0 else line
    for stop in _STOP.finditer(text, start, line):
        i = stop.start()
        nxt = _NEXT.match(text, i + 1, line)
        if text[i] != "." or nxt is None or not nxt[1] or not _goes_on(text, start, i, nxt[1]):
            return i
    return None


def _goes_on(text: str, start: int, i: int, nxt: str) -> bool:
    """Does the full stop at text[i], before the word `nxt`, leave an APA
    title's sentence going on? A month's before its day (`Jan. 6`); a
    dotted abbreviation's before a lower-case word (`U.S. panel`, not
    `passes. iPad makers`: qa424 #9, qa439 #2); a title's before a name
    (`Gov. Cole`, `Sen. Ann Cole`, `St. Louis`: qa431 #6), never before a
    word that opens a sentence (`The`, `Officials`, attribution.yaml) and
    not `St.` after a word, a street that may end it (`Main St.`,
    `5th St.`: qa439 #1), unless that word opens a place's name and a name
    follows (`_saint_of_place`: `Fort St. John`, `Mount St. Helens`: qa445
    #1); `Ste.` is a saint's always (`Sault Ste. Marie`). A stop after an
    initial ends it (`Plan B. The`: qa431 #5)."""
    j = i
    while j > start and not text[j - 1].isspace():
        j -= 1
    word = text[j:i].lstrip(_WORD_LEAD)
    if word in MONTH_ABBREVIATION_WORDS and nxt[0].isdigit():
        return True
    if nxt[0].islower():
        return _DOTTED.fullmatch(word) is not None
    if word not in TITLE_ABBREVIATION_WORDS or not nxt[0].isupper() or _opens(nxt):
        return False
    before = text[start:j].split()
    return word != "St" or not before or not (before[-1][0].isupper() or any(c.isdigit() for c in before[-1])) \
        or _saint_of_place(before[-1], nxt)


@lru_cache(maxsize=1)
def _saint_places() -> tuple[frozenset[str], frozenset[str]]:
    """names.yaml `saint_place_heads` and `saint_place_names`, lower case."""
    data = load_data("names.yaml")
    return (frozenset(str(w).lower() for w in data["saint_place_heads"]),
            frozenset(str(w).lower() for w in data["saint_place_names"]))


def _saint_of_place(head: str, nxt: str) -> bool:
    """Is `St.` between `head` and `nxt` a saint's in a place's name (AP
    Stylebook, "Saint": `Fort St. John`, `Port St. Lucie`, `East St.
    Louis`, `Mount St. Helens`)? `head` opens a place's name (names.yaml
    `saint_place_heads`) and `nxt`, up to an apostrophe, is a saint's name
    such places carry (`saint_place_names`): `Lake St. Garcia` (qa451 #5)
    and `Fort St. Council` are streets before the next sentence."""
    heads, names = _saint_places()
    return head.rstrip(".").lower() in heads and nxt.lower() in names


@lru_cache(maxsize=1)
def _openers() -> frozenset[str]:
    """Words that open a sentence, not a name after a title (attribution.yaml
    `sentence_openers`, `speaker_pronouns`, `determiners`, `speaker_nouns`)."""
    return frozenset().union(*(lowered(k) for k in ("sentence_openers", "speaker_pronouns", "determiners",
                                                     "speaker_nouns")))


def _opens(word: str) -> bool:
    """Is `word` one that opens a sentence (`_openers`)?"""
    return word.lower() in _openers()


def _apa_titles(text: str) -> list[tuple[int, int]]:
    """Spans of APA references' titles in a note's text: from after the
    author's "(year, date). " to the title's stop (qa420 #5)."""
    out = []
    for head in _APA.finditer(text):
        end = _apa_title_end(text, head.end())
        if end is not None and end > head.end():
            out.append((head.end(), end))
    return out


def cited_date(part: Part, start: int, end: int) -> bool:
    """Is the date at part.text[start:end] a cited piece's (a `footnote`
    part): inside a cited title (`cited_titles`), or the date after one
    that ends the citation (`"...," Springfield Gazette, March 30, 2024.`)?"""
    if part.kind != "footnote":
        return False
    text = part.text
    for s, e in cited_titles(part):
        if s <= start and end <= e:
            return True
        if e <= start and _BETWEEN.fullmatch(text, e, start) is not None \
                and _CITATION_END.match(text, end) is not None:
            return True
    return False
