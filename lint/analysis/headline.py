"""What a headline claims, and how much of it the body bears out.

A headline's content words are its words minus stop words, stemmed; its
numbers are normalised (`$4M` = `$4 million`, `two` = `2`, `5-2` kept); its
names are capitalised words that are not ordinary lower-case words. The body
is summarised once per document (`body_profile`) so every title rule shares it.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from ..document import Document, Part
from .words import (NUMBER, WORD, close, idf, is_common, is_year, number_value, numbers, stem,
                    tables)

_POSSESSIVE = regex.compile(r"['’]s?$")
# A word without its possessive 's ("Harris's" -> "Harris").
BARE_WORD = regex.compile(r"\p{L}[\p{L}\p{M}]*(?:['’](?!s\b)\p{L}+)*")
# A capitalised word inside a sentence: after a word or comma, not after a
# sentence end, a colon, an opening quote or a line start.
MID_CAPITAL = regex.compile(r"(?<=[\p{L}\p{N},;)] )\p{Lu}[\p{L}\p{M}]*")
BODY_KINDS = ("dek", "paragraph", "blockquote", "caption", "heading")


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str
    stem: str


@dataclass
class BodyProfile:
    stems: frozenset[str]          # every stem in the body
    words: frozenset[str]          # every word, lower case
    numbers: tuple[str, ...]       # every normalised number
    proper: frozenset[str]         # words the body capitalises mid-sentence, lower case
    prefixes: frozenset[str]       # first five letters of each capitalised word, lower case


def body_text_parts(doc: Document) -> list[Part]:
    return [p for p in doc.parts if p.kind in BODY_KINDS]


def profile_text(texts: list[str]) -> BodyProfile:
    """Summarise body texts; the benchmark calls this directly, once per body.
    Set operations over whole-text regex results keep it to a few passes."""
    text = "\n\n".join(texts)
    words = set(BARE_WORD.findall(text))
    proper = set(MID_CAPITAL.findall(text))
    nums = [number_value(m) for m in NUMBER.finditer(text)]
    low = {w.lower() for w in words}
    number_words = tables()["number_words"]
    nums.extend(str(number_words[w]) for w in low if w in number_words)
    return BodyProfile(frozenset(stem(w) for w in low), frozenset(low), tuple(nums),
                       frozenset(w.lower() for w in proper),
                       frozenset(w[:5].lower() for w in words if len(w) >= 5 and w[0].isupper()))


def body_profile(doc: Document) -> BodyProfile:
    return doc.analysis("titles.body", lambda d: profile_text([p.text for p in body_text_parts(d)]))


def content_tokens(text: str) -> list[Token]:
    """The headline's content words (stop words and one-letter words out)."""
    stop = tables()["stopwords"]
    out = []
    for m in WORD.finditer(text):
        w = m[0]
        if len(w) < 2 or w.lower() in stop:
            continue
        out.append(Token(m.start(), m.end(), w, stem(w)))
    return out


def support(headline: str, body: BodyProfile) -> float:
    """Share of the headline's rarity-weighted content (words and numbers)
    that the body repeats: 1.0 when every word recurs, 0.0 when none does."""
    total = found = 0.0
    for tok in content_tokens(headline):
        weight = idf(tok.stem)
        total += weight
        if tok.stem in body.stems or tok.text.lower() in body.words:
            found += weight
    for _, _, value in numbers(headline):
        if is_year(value):
            continue  # a year says little about which story this is
        total += 2.0
        if any(close(value, v) for v in body.numbers):
            found += 2.0
    return found / total if total else 1.0


def name_groups(text: str, openers: bool = False) -> list[list[Token]]:
    """Runs of capitalised words in a headline that are not ordinary words:
    the people, places and bodies it names. A lone word opening the headline
    (or a part after a colon) is left out unless `openers`: a capital there
    says little, though comparing two titles may still want it."""
    demonyms = tables()["demonyms"]
    groups: list[list[Token]] = []
    last_end = -2
    for m in WORD.finditer(text):
        w = _POSSESSIVE.sub("", m[0])
        if _is_name(w) and w.lower() not in demonyms:
            tok = Token(m.start(), m.start() + len(w), w, stem(w))
            if groups and text[last_end:m.start()] in (" ", "-"):
                groups[-1].append(tok)
            else:
                groups.append([tok])
            last_end = tok.end
        else:
            last_end = -2
    if openers:
        return groups
    if _title_cased(text):
        return [g for g in groups if len(g) > 1]   # every word has a capital: only runs tell
    return [g for g in groups if len(g) > 1 or not _opens(text, g[0].start)]


def _title_cased(text: str) -> bool:
    longer = [w for w in WORD.findall(text) if len(w) >= 4]
    return len(longer) >= 3 and sum(w[0].isupper() for w in longer) >= 0.75 * len(longer)


def _is_name(word: str) -> bool:
    """Capitalised, four letters or more, not an acronym (`MPs`, `Utd` and `OAPs`
    are abbreviations a body often spells out), not an ordinary word."""
    return (len(word) >= 4 and word.isalpha() and word[0].isupper()
            and sum(c.isupper() for c in word) == 1
            and not is_common(word) and not word.endswith(_WORD_ENDINGS))


# Endings of ordinary English words that the rarity table may not know
# ("Casually", "Rampages" in a title-case headline are no names).
_WORD_ENDINGS = ("ly", "ing", "ings", "ed", "tion", "tions", "ness", "ment", "ments", "ous",
                 "ive", "able", "ible", "ful", "less", "ism", "ist", "ists", "ize", "ise",
                 "izes", "ises", "ages", "ates", "ities")


def _opens(text: str, i: int) -> bool:
    head = text[:i].rstrip(" \"'‘“")
    return not head or head.endswith((":", "?", "!", "."))


def name_supported(group: list[Token], body: BodyProfile) -> bool:
    """A name is supported when the body has any of its words, so "Harris" is
    supported by "Kamala Harris" and the other way round; a shared five-letter
    start also counts ("Korea" and "Korean", "Beijing" and "Beijingers")."""
    for tok in group:
        low = tok.text.lower()
        if low in body.words or tok.stem in body.stems or low[:5] in body.prefixes:
            return True
        if any(low[:k] in body.words for k in range(4, len(low))):
            return True        # "Iowans" and "Americans" by "Iowa" and "America"
    return False


def unsupported_numbers(headline: str, body: BodyProfile) -> list[tuple[int, int, str]]:
    """Numbers the body never states; a headline's "one" is left alone ("One
    more thing" is no count)."""
    return [(s, e, v) for s, e, v in numbers(headline)
            if not (v == "1" and headline[s].isalpha())
            and not any(close(v, b) for b in body.numbers)]
