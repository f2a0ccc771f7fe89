"""`title-case`: headline capitals against the house style.

`sentence` (AP): only the first word and proper nouns take a capital.
`title`: every word but short articles, conjunctions and prepositions does.
A word is a proper noun when the body capitalises it mid-sentence (not in
a dek's copy of the headline, in any case, which a dek may open with) or it is not an ordinary
lower-case word at all; acronyms are
left alone, and so is a unit glued to a number (`$6M`). A wire's tag and
sport slug (`UPDATE 1-Soccer-`: `headline_wire.wire_lead`; a slug only in a
wire story) are no words of the headline, and the word after them opens it.
That word may as well be a compound's second half (`UPDATE 1-Tennis-Elbow
Cases rise`), which no list tells from an opener: when the slug's reading
leaves wrong capitals too few to flag and the first is the word straight
after that opener, the headline is read without the lead, as before the wire
was read (qa168 #1), so the reading never hides such a finding.
"""
from __future__ import annotations

from functools import lru_cache
import unicodedata

from .. import rx as regex

from ..analysis.abbreviations import STOP_ABBREVIATION_WORDS
from ..analysis.headline import BodyProfile, body_profile, body_text_parts, profile_text
from ..analysis.headline_wire import wire_lead
from ..analysis.names import tables as name_tables
from ..analysis.wire_story import wire_copy
from ..analysis.word_patterns import WORD
from ..analysis.words import is_common, tables
from .base import Finding, Kind, Option

_OPENERS = frozenset(":?!.—–")
_SKIPPED = frozenset(" \"'‘“(")
_SHOWN = 4   # words quoted in the message; the rest are counted ("and 8 more")


def _one_or_more(value: int) -> str | None:
    """`min_words`' check: 0 or less would flag a headline with no wrong
    capital, which has no word to place the finding at (qa99 #15: an internal
    error in every file); `1` is "flag any capital"."""
    return None if value >= 1 else "must be 1 or more (1 flags a headline with any wrong capital)"


class TitleCase(Kind):
    name = "title-case"
    placeholders = frozenset({"style", "words"})
    description = "Flags a headline not in the house's sentence or title case."
    default_scope = ("headline",)
    options = {
        "style": Option(str, "sentence", choices=("sentence", "title"),
                        help="house headline style: sentence or title"),
        "min_words": Option(int, 2, check=_one_or_more,
                            help="a sentence-case headline needs this many wrong capitals (1 or more)"),
    }

    def check(self, doc, parts):
        sentence = self.opts["style"] == "sentence"
        need = self.opts["min_words"] if sentence else 1
        wire = wire_copy(doc)
        for part in parts:
            # `UPDATE 1-Soccer-`: the wire's, and the word after it opens
            tag, lead = wire_lead(part.text, wire)
            wrong = _wrong(doc, part.text, lead, sentence)
            if lead > tag and 0 < len(wrong) < need and wrong[0].start() == _word_after(part.text, lead):
                wrong = _wrong(doc, part.text, 0, sentence)     # `Tennis-Elbow Cases`: no slug told
            if wrong and len(wrong) >= need:      # (no finding without a word to flag)
                words = ", ".join(f"'{m[0]}'" for m in wrong[:_SHOWN])
                if len(wrong) > _SHOWN:
                    words += f" and {len(wrong) - _SHOWN} more"
                yield Finding(part, wrong[0].start(), wrong[-1].end(),
                              args={"style": self.opts["style"], "words": words})


def _wrong(doc, text: str, lead: int, sentence: bool) -> list:
    """The WORD matches in the headline `text` whose capital (or its lack)
    breaks the style, none at or before `lead` (the wire's lead ends there,
    and the word at it opens the headline)."""
    body, small = _learnt_from(doc, text), tables()["small_words"]
    wrong = []
    for m in WORD.finditer(text):
        if not _suspect(m[0], sentence, small) or m.start() <= lead or \
                _opens(text, m.start()) or text[m.start() - 1:m.start()].isdigit():
            continue       # the word alone first: most words are fine
        if sentence and (body.has_proper(m[0].lower()) or _title_before_name(text, m)
                         or _abbreviation(text, m)):
            continue
        wrong.append(m)
    return wrong


def _learnt_from(doc, headline: str) -> BodyProfile:
    """The body proper nouns are learnt from, with each dek's copy of the
    headline blanked out (`_copies`): a dek that opens by repeating the
    headline, whole or its first clause, in its capitals or others
    (digitalgov's `deck: "**Twitter Chats as Effective Outreach**&mdash;..."`,
    `"**COVID-19 Is Complex, as Is COVID-19 Open Data**"`), copies capitals
    that are no sign its words are names. The dek's other capitals still
    teach (a name its prose repeats from the headline: "created the CX
    Maturity Model"; a sentence of its own opening with the headline's
    leading name, "Riverside Water Board members voted", qa399 #2), and a
    copy in the body (a page's heading or link) counts, as it always has."""
    body = body_profile(doc)
    found = list(WORD.finditer(headline))
    words = [_folded(m[0]) for m in found]
    ends = _clause_ends(headline, found)
    cuts = {id(p): _copies(p.text, words, ends) for p in doc.parts if p.kind == "dek"} if len(words) > 1 else {}
    if not any(cuts.values()):
        return body
    return doc.analysis("titles.case-body " + headline, lambda d: profile_text(
        [_blanked(p.text, cuts.get(id(p), ())) for p in body_text_parts(d)]))


# What ends a headline's clause between two words: a colon or comma (not one
# inside a number, 10:30 or 1,000), a spaced dash, a bar.
CLAUSE_END = regex.compile(r"[,:](?!\d)|\s\u2014\s|\|")
# What ends a clause of the dek after a copied word: a mark, markup's close,
# a dash (an entity's too); the dek's end is one too.
DEK_BREAK = regex.compile(r"[,:;.!?|*_)\]\"\u201d<>\u2014\u2013]|\s-\s|&(?:mdash|ndash|rdquo|quot);")
FOLD_APOSTROPHES = str.maketrans({"\u2019": "'", "\u02bc": "'"})


def _clause_ends(headline: str, found: list) -> set[int]:
    """The counts of the headline's words (`found`: its WORD matches) that end
    a clause of two words or more: before a `CLAUSE_END`, and all of them."""
    return {j for j in range(2, len(found)) if CLAUSE_END.search(headline, found[j - 1].end(), found[j].start())} | {
        len(found)}


def _folded(word: str) -> str:
    """`word` as a copy is compared: NFC, one apostrophe (' for \u2019 and
    \u02bc), lower case; a dek typed with a straight apostrophe or in
    decomposed Unicode (macOS, some CMSs) still copies the headline (qa399 #3)."""
    return unicodedata.normalize("NFC", word).translate(FOLD_APOSTROPHES).lower()


def _copies(dek: str, headline: list[str], ends: set[int] | None = None) -> list[tuple[int, int]]:
    """(start, end) of each stretch of `dek` that copies the headline's words
    (`headline`, each `_folded`), compared through any marks or markup
    between them: one at the dek's opening that runs from the headline's
    first word for two words or more to the end of a clause, the headline's
    (`ends`: the counts of words that end one; the whole headline's when
    None) or the dek's own (`DEK_BREAK`: `**Budget Talks Stall**&mdash;`),
    and each copy of all its words anywhere. An opening run that ends in
    neither is the dek's own sentence naming what the headline names
    ("Riverside Water Board members voted", qa399 #2), and teaches."""
    found = list(WORD.finditer(dek))
    low, n = [_folded(m[0]) for m in found], len(headline)
    cuts = []
    k = 0
    while k < min(n, len(low)) and low[k] == headline[k]:
        k += 1
    gaps = [dek[found[j - 1].end():found[j].start()] if j < len(found) else "." for j in range(1, k + 1)]
    k = max((j for j in range(2, k + 1) if j in (ends or {n}) or DEK_BREAK.search(gaps[j - 1])), default=0)
    if k >= 2:
        cuts.append((found[0].start(), found[k - 1].end()))
    for i in range(k if k >= 2 else 0, len(low) - n + 1):
        if low[i:i + n] == headline and (not cuts or found[i].start() >= cuts[-1][1]):
            cuts.append((found[i].start(), found[i + n - 1].end()))
    return cuts


def _blanked(text: str, cuts) -> str:
    """`text` with each (start, end) in `cuts` spaces (its length kept)."""
    for start, end in cuts:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def _word_after(text: str, i: int) -> int:
    """Where the word after the one at text[i] starts, -1 at the end."""
    first = WORD.search(text, i)
    second = first and WORD.search(text, first.end())
    return second.start() if second else -1


@lru_cache(maxsize=8192)
def _suspect(w: str, sentence: bool, small: frozenset[str]) -> bool:
    """The word alone may break the style: a capitalised ordinary word in
    sentence case, a lower-case word that is not a small word in title case
    (acronyms and one-letter words are left alone)."""
    if len(w) < 2 or sum(c.isupper() for c in w) > 1:
        return False
    if sentence:
        return w[0].isupper() and is_common(w)
    return w[0].islower() and w not in small


_NEXT_WORD = regex.compile(r" (\p{Lu}[\p{L}\p{M}]*)")


def _title_before_name(text: str, m) -> bool:
    """A job title capitalised before a name, as AP wants ("Governor Anna
    Ostrowski", "Deputy Mayor Irena Kowalczyk"; AP Stylebook, "titles")."""
    titles, word, end = name_tables(), m[0], m.end()
    while word.lower() in titles["titles"] or word.lower() in titles["modifiers"]:
        nxt = _NEXT_WORD.match(text, end)
        if nxt is None:
            return False
        word, end = nxt[1], nxt.end()
        if not is_common(word):
            return True
    return False


# An abbreviation with its stop keeps its capital in either style (AP
# Stylebook): a month's or weekday's ("set for Sat. & Sun.", "until Sept."),
# though the body spells it out, "St." of Saint or Street ("St. Mary's",
# "Hollister St."), a title's before a name ("Gov. Whitfield"), a firm's
# ("Acme Co."); "No." only as number, before its figure ("No. 1": "Voters
# Say No. Again" has the word). The words are the sentence splitter's
# (`STOP_ABBREVIATION_WORDS`), matched with their case.
_ABBREVIATION = frozenset(STOP_ABBREVIATION_WORDS)
_FIGURE = regex.compile(r"\s*\d")


def _abbreviation(text: str, m) -> bool:
    if text[m.end():m.end() + 1] != "." or m[0] not in _ABBREVIATION:
        return False
    return m[0] != "No" or _FIGURE.match(text, m.end() + 1) is not None


# The stop of one of those abbreviations ends no clause ("Hall on Hollister
# St. After Fire"); an initial's may ("U.S."), and so does that of the word No.
_STOP_AFTER = regex.compile(r"(?<![\p{L}\p{M}'’.])(?:%s)\.$" % "|".join(
    a for a in STOP_ABBREVIATION_WORDS if a != "No"))


def _opens(text: str, i: int) -> bool:
    """The word at text[i] opens the headline or a clause (after `:` or `—`,
    or a stop that is no abbreviation's). Walks back over spaces and opening
    marks only, never copying the text before it: slicing `text[:i]` per
    word was quadratic on a long heading."""
    while i > 0 and text[i - 1] in _SKIPPED:
        i -= 1
    return i == 0 or text[i - 1] in _OPENERS and not (
        text[i - 1] == "." and _STOP_AFTER.search(text, max(0, i - 7), i))


KIND = TitleCase
