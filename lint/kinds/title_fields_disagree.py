"""`title-fields-disagree`: the headline and a title field tell different stories.

Each title field (front matter, a Markdown H1 under a front-matter title,
`<title>`, og:title, twitter:title, schema headline) is compared with the headline (or the first field when there is no
headline). A number or a name in one that the other lacks is an error
("$12 million" against "$15 million"), and so is a name spelled one letter off from the body's
(`Kowalczik` where the story says `Kowalczyk`). A field that only adds a name
the other leaves out is a suggestion (an SEO title names the mayor, the
headline says "Mayor"); different wording is a suggestion too, and a field
that only leaves words out is fine. A site-name tail such as " | Daily
Planet" is ignored (readers cut it off when they know the site).
"""
from __future__ import annotations

from .. import rx as regex

from ..analysis.headline_names import is_title_cased, name_groups
from ..analysis.names import fold, one_edit
from ..analysis.numbers import close, numbers
from ..analysis.word_patterns import WORD
from ..analysis.words import stem
from .base import Finding, Kind, Option

_SITE_TAIL = regex.compile(r"\s+[|–—-]\s+[^|–—]{1,40}$")


class TitleFieldsDisagree(Kind):
    name = "title-fields-disagree"
    placeholders = frozenset({"field", "other", "what"})
    description = "Compares the headline with every title field: numbers, names, wording."
    other_levels = (("suggestion", "when a field only adds a name, or differs in wording only (option wording)"),)
    default_scope = ("headline", "title", "heading")     # of headings, only a title field (`_fields`)
    options = {
        "wording": Option(bool, False, help=(
            "also suggest a look at fields that differ in wording only (no number or name)")),
    }

    def check(self, doc, parts):
        parts = _fields(parts)
        if len(parts) < 2:
            return
        ref = next((p for p in parts if p.kind == "headline"), parts[0])
        ref_text = _core(ref.text, ref.text)
        ref_nums = [v for _, _, v in numbers(ref_text)]
        ref_groups = name_groups(ref_text, openers=True)
        ref_names = {t.text.lower(): t.text for g in ref_groups for t in g}
        ref_words = _wording(ref_text)
        label = ref.name or ref.kind
        for part in parts:
            if part is ref:
                continue
            text = _core(part.text, ref.text)
            args = {"field": part.name or part.kind, "other": label}
            found = False
            bad = [(s, e) for s, e, v in numbers(text) if not any(close(v, r) for r in ref_nums)]
            if bad and ref_nums:
                s, e = bad[0]
                found = True
                yield Finding(part, s, e, args={**args, "what": "a number"})
            groups = name_groups(text, openers=True)
            if is_title_cased(text):
                groups = [g for g in groups if _story_writes_as_name(doc, g)
                          or _misspelt(doc, g, ref_names) is not None]
            names = {t.text.lower() for g in groups for t in g}
            extra = [g for g in groups if not any(t.text.lower() in ref_names for t in g)]
            for group in extra:
                misspelt = _misspelt(doc, group, ref_names)
                if misspelt is not None:
                    token, right = misspelt
                    found = True
                    yield Finding(part, token.start, token.end, args={
                        **args, "what": f"a name: the story spells it '{right}'"})
                    continue
                if not ref_names:     # a headline that names no one: nothing to compare
                    continue
                found = True
                # Only an addition when every name of the other field is here too.
                missing = [g for g in ref_groups if not any(t.text.lower() in names for t in g)]
                yield Finding(part, group[0].start, group[-1].end,
                              level=None if missing else "suggestion",
                              args={**args, "what": "a name" if missing else
                                    f"a name the {label} leaves out"})
                break
            if found or not self.opts["wording"]:
                continue
            words = _wording(text)
            if not (set(words) <= set(ref_words) or set(ref_words) <= set(words)):
                yield Finding(part, 0, len(text), level="suggestion",
                              args={**args, "what": "wording only"})


def _fields(parts) -> list:
    """The title fields among `parts`: a heading is one only when its reader
    named it so (a Markdown H1 under a front-matter title is `H1`); any other
    subhead is the body's."""
    return [p for p in parts if p.kind != "heading" or p.name == "H1"]


def _misspelt(doc, group, ref_names: set[str]):
    """(token, the spelling the story uses) when a name in a title field is one
    edit (or a transliteration) away from a name in the headline or the body."""
    known = {**doc.analysis("title-field-names", _story_names), **ref_names}
    for token in group:
        low = token.text.lower()
        if len(low) < 5 or low in known:
            continue
        for other, spelt in known.items():
            if len(other) >= 5 and (one_edit(low, other) or fold(low) == fold(other)):
                return token, spelt
    return None


def _story_names(doc) -> dict[str, str]:
    """Capitalised words of the story's text: lower-cased -> as written."""
    return doc.analysis("title-field-words", _story_words)[0]


def _story_words(doc) -> tuple[dict[str, str], set[str]]:
    """The story's capitalised words (lower-cased -> as written) and the
    words it writes in lower case."""
    names: dict[str, str] = {}
    lower: set[str] = set()
    for part in doc.parts_of(("paragraph", "blockquote", "caption", "dek")):
        for m in WORD.finditer(part.text):
            if m[0][:1].isupper():
                names.setdefault(m[0].lower(), m[0])
            else:
                lower.add(m[0].lower())
    return names, lower


def _story_writes_as_name(doc, group) -> bool:
    """A run of a Title Case field is a name when the story writes it so: a
    single word with a capital and never in lower case; a longer run with
    none of its words in lower case (`Alexander Wang` yes, `Wedding Gowns` no)."""
    names, lower = doc.analysis("title-field-words", _story_words)
    words = [t.text.lower() for t in group]
    if any(w in lower for w in words):
        return False
    return len(words) > 1 or words[0] in names


def _core(text: str, ref: str) -> str:
    """The field without a site-name tail the reference does not share."""
    m = _SITE_TAIL.search(text)
    return text[:m.start()] if m and m.group(0).strip() not in ref else text


def _wording(text: str) -> tuple[str, ...]:
    """Stems and normalised numbers in order, so "$15M" words like "$15 million"."""
    nums = numbers(text)
    spans = [(s, e) for s, e, _ in nums]
    words = [(m.start(), stem(m[0])) for m in WORD.finditer(text)
             if not any(s <= m.start() < e for s, e in spans)]
    return tuple(w for _, w in sorted(words + [(s, v) for s, _, v in nums]))


KIND = TitleFieldsDisagree
