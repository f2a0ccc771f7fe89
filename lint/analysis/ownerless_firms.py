"""Whether the name crediting a quote is a firm's or a body's (`Acme Corp.`,
`FEMA`, `the retailer Acme`) rather than a person's (`Park`, `JD`): an
organisation's words are its statement, a person's are not (qa49 #5, qa50
#5). Split from `ownerless`, which asks it of the sentence before a quote
credited to a document."""
from __future__ import annotations

from functools import lru_cache

from .. import rx as regex

from ..document import Document
from .firm_terms import firm_terms, is_firm_ending

PROSE = ("headline", "paragraph", "blockquote")


def is_firm(name: str, cut: str, firms) -> bool:
    """`name` (the capitalised words before a verb of saying) is a firm's: it
    ends in a firm's suffix (`Acme Corp.`), is one word the story writes as
    a firm's elsewhere (`firms()`: `Acme Inc.`, `the retailer Acme`, an
    acronym spelt out, `(FEMA)`) and never as a person's (`Lee Park`,
    `Senator Ann Wells`), or is an acronym of `known_bodies` in a sentence
    not all in capitals (`FEMA`; `JD`, `AOC` are a person's initials)."""
    words = name.split()
    last = words[-1].rstrip(".")
    if len(words) > 1 and is_firm_ending(last):
        return True
    if len(words) > 1:
        return False
    story_firms_, people = firms()
    if last in people:
        return False
    if len(last) > 1 and last.isupper() and not any(c.islower() for c in cut):
        return False
    return last in story_firms_ or last.isupper() and last in firm_terms().known_bodies


@lru_cache(maxsize=None)
def _firm_patterns() -> tuple[regex.Pattern, regex.Pattern]:
    """(a pattern of a firm's one-word name before a firm's ending in any
    case (`any_case_endings`), after a firm noun (`nouns_before_a_name`) or
    spelt out before it in brackets: group `name`; a pattern of a one-word
    name after a given name, an initial or a title: group `person`)."""
    terms = firm_terms()
    ends = "|".join(regex.escape(x) for x in terms.any_case_endings)
    nouns = "|".join(regex.escape(x) for x in terms.nouns_before_a_name)
    name = r"\p{Lu}[\p{L}&'’-]*"
    spelt = r"(?:\p{Lu}[\p{L}&'’-]*\s+(?:(?:of|for|and|the|on)\s+)*){2,}"
    return regex.compile(
        rf"(?<![\p{{L}}'’-])(?:(?P<name>{name})\s+(?i:{ends})(?![\p{{L}}])"
        rf"|(?-i:{nouns})\s+(?P<name>{name})(?![\p{{L}}'’-])"
        rf"|{spelt}\((?P<name>\p{{Lu}}{{2,}})\))"), \
        regex.compile(r"(?<![\p{L}'’.-])(?P<before>\p{Lu}\p{Ll}+|(?:\p{Lu}\.){1,3})\s"
                      r"(?P<person>\p{Lu}\p{Ll}+)(?![\p{L}'’-])")


@lru_cache(maxsize=None)
def _not_given() -> frozenset[str]:
    """Capitalised words before a firm's name that make it no person's
    (`Retailer Acme`, `The Acme`): the firm nouns (`nouns_before_a_name`)
    and the articles."""
    return frozenset(x.lower() for x in firm_terms().nouns_before_a_name) | {"the", "a", "an"}


def story_firms(doc: Document) -> tuple[frozenset[str], frozenset[str]]:
    """One-word names the story writes as a firm's (`Acme Inc.`, `the
    retailer Acme`, `the Federal Emergency Management Agency (FEMA)`), and
    those it gives a person after a given name, an initial or a title
    (`Lee Park`, `Senator Ann Wells`, `J. Park`); built once per story, when
    a quote's speaker asks."""
    def build(d: Document) -> tuple[frozenset[str], frozenset[str]]:
        firm, person = _firm_patterns()
        texts = [p.text for p in d.parts if p.kind in PROSE]
        return (frozenset(m["name"] for t in texts for m in firm.finditer(t)),
                frozenset(m["person"] for t in texts for m in person.finditer(t, overlapped=True)
                          if m["before"].lower() not in _not_given()))
    return doc.analysis("quotes.firms", build)
