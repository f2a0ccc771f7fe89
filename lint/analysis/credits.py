"""Photo credits: recognise them in caption text and carve them out as parts.

Readers find captions; `split_credits` (run on every document right after its
reader) finds the credit a caption carries in its own text, such as
"... (AP Photo/Jane Doe)" or "... Photograph: Jane Doe/Reuters", and adds a
`credit` part over exactly that slice, built from the caption's segment map so
positions stay exact without searching the source again. The caption part is
kept whole (its checks see the credit too); the two are linked through
`caption.attrs["credit"]` and `credit.attrs["caption"]`.

`parse` splits any credit part (carved here or marked up by a reader) into
lead-in and body for the credit checks. The vocabulary lives in
lint/data/credits.yaml so a newsroom can add its own agencies and forms.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import regex
import yaml

from ..document import Document, Part

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "credits.yaml"
_LOOKAHEAD = 120  # longest credit body looked for inside a caption


@lru_cache(maxsize=None)
def vocabulary() -> dict:
    with open(DATA_FILE, encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def _alt(items: list[str]) -> str:
    """Literal phrases as one alternation, longest first; spaces match any whitespace."""
    pats = {r"\s+".join(regex.escape(w) for w in str(item).split()) for item in items}
    return "(?:" + "|".join(sorted(pats, key=len, reverse=True)) + ")"


@dataclass(frozen=True)
class Grammar:
    trailing: regex.Pattern   # a credit that ends the caption text
    leading: regex.Pattern    # a credit that opens it and is followed by more text
    whole: regex.Pattern      # a credit part's text split into lead-in and body
    line: regex.Pattern       # a plain-text line that is a caption


@lru_cache(maxsize=None)
def grammar() -> Grammar:
    v = vocabulary()
    # A name word is capitalised, not all capitals: an all-caps wire headline
    # such as "U.S. CORN/OATS GROWERS" is not a "Name/Agency" credit.
    word = r"(?:(?:\p{Lu}\.){1,3}|(?:Jr|Sr|St|Dr|Mt)\.|\p{Lu}(?:['’]\p{Lu})?\p{Ll}[\p{L}\p{M}'’\-]*)"
    particle = r"(?:de|da|del|della|der|den|di|dos|du|el|al|la|le|van|von|bin|ibn|y)"
    nxt = rf"\s+(?:{particle}\s+)?{word}"
    # Atomic: a name takes every capitalised word it can, so a line of prose
    # that opens with capitals fails at once instead of backtracking.
    name, name2 = rf"(?>{word}(?:{nxt}){{0,4}})", rf"(?>{word}(?:{nxt}){{1,4}})"
    join = r"\s*(?:,|&|\band\b)\s*"
    names, names2 = rf"{name}(?:{join}{name}){{0,3}}", rf"{name2}(?:{join}{name}){{0,3}}"
    agency = rf"(?i:{_alt(v['agencies'])})(?![\p{{L}}\p{{N}}])"
    org = rf"(?:{agency}|(?:The\s+)?{name})"
    via, slash = rf"\s+via\s+{org}", r"\s*/\s*"
    suffix = r"(?:\s*,\s*(?i:file|pool|handout))?"
    # Bare credits (no lead-in word), strict enough to stand as a caption line.
    strict = "|".join((
        rf"{names}{slash}{agency}(?:{via})?{suffix}",      # Jane Doe/Getty Images
        rf"{names2}{slash}{org}(?:{via})?{suffix}",        # Jane Doe/The Daily Herald
        rf"(?:{names}|{org})(?:{slash}{org})?{via}{suffix}",  # Handout via Reuters
        rf"{names2}\s+for\s+(?:{agency}|The\s+{name})",     # Jane Doe for The Paper
    ))
    bare = rf"(?:{strict}|{agency}{suffix})"
    start_ok = r"(?=\s*(?:$|[)\]]|\p{Lu}|\p{N}|(?i:the)\b|[“\"‘'(\[]))"
    strong = (rf"(?P<agency>(?i:{_alt(v['agency_leads'])})(?:(?P<slash>\s*/)|(?=\s*[)\]]?\s*\.?\s*$)))"
              rf"|(?P<label>(?i:{_alt(v['labels'])})\s*(?::|/|\.{{2,}}|…))")
    phrase = rf"(?P<phrase>(?i:{_alt(v['phrases'])})(?!\p{{L}})(?:\s*:|{start_ok}))"
    lead = f"(?:{strong}|{phrase})"
    boundary = r"(?:^|(?<=[.!?…;|—–”\"’]\s{0,3})|(?<=\s[-|]\s{1,3})|(?<=\s)(?=[(\[]))"
    sentence = r"(?<=\p{Ll}{2})[.!?]\s"
    body = rf"(?:(?!{sentence})[^()\n]){{0,{_LOOKAHEAD}}}?"
    close = r"(?:\s*\(\d+\))?\s*(?P<dot>\.)?\s*(?P<close>[)\]])?"  # "Getty Images (2)"
    trailing = regex.compile(
        rf"{boundary}\s*(?P<credit>(?P<open>[(\[])?\s*"
        rf"(?:(?P<lead>{lead})\s*(?P<body>{body})|(?P<bare>{bare})){close})\s*$")
    term = r"(?=\s+[|—–-]\s|(?<=[\p{L}\p{N}]{2})[.;]\s+\S)"
    leading = regex.compile(
        rf"^\s*(?P<credit>(?P<open>[(\[])\s*(?:(?P<lead>{lead})\s*[^()\n]{{0,{_LOOKAHEAD}}}?"
        rf"|(?P<bare>{bare}))\s*(?P<close>[)\]])|(?P<lead>{lead})\s*{body}{term})")
    whole = regex.compile(
        rf"^\s*(?P<open>[(\[])?\s*(?:(?P<lead>{lead})\s*)?(?P<body>.*?)"
        rf"\s*(?P<dot>\.)?\s*(?P<close>[)\]])?\s*$", regex.DOTALL)
    exts = "|".join(regex.escape(e) for e in v["image_extensions"])
    filename = (rf"(?:[\w.-]+\.(?i:{exts})|(?i:IMG|DSC[FN]?|PXL|DJI|GOPR)[_-]?\d[\w-]*"
                rf"|(?i:screen\s?shot|screenshot)[ _]\d{{4}}-\d\d-\d\d[^\n]*)")
    short, tail_max = int(v["phrase_line_max"]), int(v["caption_line_max"])
    line_forms = (
        # (photo courtesy: / (AP Photo/... / (Jane Doe/Getty Images) / (Getty Images
        rf"[(\[]\s*(?:{lead}|(?:{strict}|{agency}{suffix})\s*[)\]]?\s*$)",
        strong,                                               # Photo: ... / AP Photo/...
        rf"(?=[^\n]{{0,{short}}}$){phrase}",                    # Courtesy of ... (short)
        rf"(?i:{_alt(v['caption_labels'])})\s*:",             # Caption: ...
        rf"(?=[^\n]{{1,{short}}}$)[^\n(]*(?:\S\s*\(\s*|[.!?”]\s+){agency}{suffix}"  # ... (Getty Images)
        rf"\s*\)?\s*\.?\s*$",
        rf"{filename}\s*$",                                   # IMG_4471.JPG
        rf"(?=[^\n]{{0,{short}}}$)(?=[^\n]*?(?:/|\svia\s|\sfor\s))(?:{strict})\s*$",  # Jane Doe/AP
        # A short line ending in a credit: "... (AP Photo/Jane Doe)", "... Photograph: X"
        rf"(?=[^\n]{{1,{tail_max}}}$)(?:[^\n(.!?”]++|[(.!?”])*?(?:"
        rf"\((?<=\S\s{{0,3}}\()\s*(?:{lead}[^()\n]*\)?|(?:{strict})\s*\))\s*\.?"
        rf"|[.!?”]\s*(?=\p{{Lu}})(?:{lead}\s*{body}|{strict}))\s*$",
    )
    line = regex.compile(r"^\s*(?:" + "|".join(f"(?:{f})" for f in line_forms) + ")")
    return Grammar(trailing, leading, whole, line)


def caption_line_pattern() -> regex.Pattern:
    """The plain-text reader's test for a line that is a caption or a credit."""
    return grammar().line


def find_credit(text: str) -> tuple[int, int] | None:
    """The [start, end) of the credit a caption text carries, or None."""
    g = grammar()
    m = g.trailing.search(text) or g.leading.match(text)
    if not m:
        return None
    start, end = m.span("credit")
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


@dataclass(frozen=True)
class Credit:
    """A credit part's text split up; spans are offsets into `part.text`."""

    part: Part
    lead: tuple[int, int] | None      # "Photo:", "AP Photo/", "Courtesy of"
    body: tuple[int, int]             # what the lead-in introduces (may be empty)
    slash: tuple[int, int] | None     # the slash after an agency lead-in
    complete_lead: bool               # "(AP Photo)": the lead-in is the whole credit

    @property
    def body_text(self) -> str:
        return self.part.text[self.body[0]:self.body[1]]

    @property
    def is_empty(self) -> bool:
        """True when nothing names a photographer or a source."""
        if self.complete_lead:
            return False
        return regex.search(r"[\p{L}\p{N}]", self.body_text) is None


def parse(part: Part) -> Credit:
    m = grammar().whole.match(part.text)
    lead = m.span("lead") if m["lead"] is not None else None
    slash = m.span("slash") if m["slash"] is not None else None
    return Credit(part, lead, m.span("body"), slash,
                  complete_lead=m["agency"] is not None and slash is None)


def credits(doc: Document) -> dict[int, Credit]:
    """Every credit part of the document parsed once, by part index."""
    return doc.analysis("credits", lambda d: {p.index: parse(p) for p in d.parts
                                              if p.kind == "credit"})


def carve(kind: str, part: Part, start: int, end: int, **kw) -> Part:
    """A part over part.text[start:end], its segments taken from the parent's map."""
    segs, n = [], len(part.segments)
    for k, (t0, s0) in enumerate(part.segments):
        t1 = part.segments[k + 1][0] if k + 1 < n else len(part.text)
        if t1 <= start and k + 1 < n:
            continue
        if t0 >= end and segs:
            break
        lo = max(t0, start)
        segs.append((lo - start, s0 + lo - t0))
    return Part(kind, part.text[start:end], tuple(segs), **kw)


def split_credits(doc: Document) -> None:
    """Give every caption without a marked-up credit the credit found in its text."""
    captions = [p for p in doc.parts if p.kind == "caption"]
    credit_only: dict[int, int] = {}
    for cap in captions:
        if cap.attrs.get("credit") is not None:
            continue
        span = find_credit(cap.text)
        if span is None:
            continue
        credit = doc.add(carve("credit", cap, *span, attrs={"caption": cap.index, "split": True}))
        cap.attrs["credit"] = credit.index
        if span == (0, len(cap.text.rstrip())):
            credit_only[cap.index] = credit.index
    if doc.format == "text":
        _link_credit_lines(doc, captions, credit_only)


def _link_credit_lines(doc: Document, captions: list[Part], credit_only: dict[int, int]) -> None:
    """Plain text puts the credit on its own line under the caption: link the two."""
    for cap in captions:
        nxt = cap.index + 1
        if cap.attrs.get("credit") is not None or nxt not in credit_only:
            continue
        gap = doc.source[cap.source_offset(len(cap.text)):doc.parts[nxt].source_offset(0)]
        if not gap.strip() and gap.count("\n") <= 1:
            cap.attrs["credit"] = credit_only[nxt]
