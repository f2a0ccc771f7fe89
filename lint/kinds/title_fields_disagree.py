"""`title-fields-disagree`: the headline and a title field tell different stories.

Each title field (front matter, `<title>`, og:title, twitter:title, schema
headline) is compared with the headline (or the first field when there is no
headline). A number or a name in one that the other lacks is an error
("$12 million" against "$15 million"); different wording is a suggestion,
but a field that only leaves words out (a shorter SEO title) is fine. A
site-name tail such as " | Daily Planet" is ignored.
"""
from __future__ import annotations

import regex

from ..analysis.headline import name_groups
from ..analysis.words import WORD, close, numbers, stem
from .base import Finding, Kind

_SITE_TAIL = regex.compile(r"\s+[|–—-]\s+[^|–—]{1,40}$")


class TitleFieldsDisagree(Kind):
    name = "title-fields-disagree"
    description = "Compares the headline with every title field: numbers, names, wording."
    default_scope = ("headline", "title")

    def check(self, doc, parts):
        if len(parts) < 2:
            return
        ref = next((p for p in parts if p.kind == "headline"), parts[0])
        ref_text = _core(ref.text, ref.text)
        ref_nums = [v for _, _, v in numbers(ref_text)]
        ref_names = {t.text.lower() for g in name_groups(ref_text, openers=True) for t in g}
        ref_words = _wording(ref_text)
        label = ref.name or ref.kind
        for part in parts:
            if part is ref:
                continue
            text = _core(part.text, ref.text)
            args = {"field": part.name or part.kind, "other": label}
            bad = [(s, e) for s, e, v in numbers(text) if not any(close(v, r) for r in ref_nums)]
            if bad and ref_nums:
                s, e = bad[0]
                yield Finding(part, s, e, args={**args, "what": "a number"})
                continue
            names = [g for g in name_groups(text, openers=True)
                     if ref_names and not any(t.text.lower() in ref_names for t in g)]
            if names:
                yield Finding(part, names[0][0].start, names[0][-1].end,
                              args={**args, "what": "a name"})
                continue
            words = _wording(text)
            if not (set(words) <= set(ref_words) or set(ref_words) <= set(words)):
                yield Finding(part, 0, len(text), level="suggestion",
                              args={**args, "what": "wording only"})


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
