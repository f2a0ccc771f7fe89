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

import re
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


class LazyPattern:
    """A regex compiled on its first use: most processes (and most documents)
    never need most of the credit patterns, and each costs milliseconds to
    compile. After the first use its methods are the compiled pattern's own."""

    def __init__(self, source: str, flags: int = 0):
        self.source, self.flags, self._compiled = source, flags, None

    def __getattr__(self, name: str):
        if self._compiled is None:
            self._compiled = regex.compile(self.source, self.flags)
            for method in ("match", "search", "fullmatch", "finditer", "findall"):
                setattr(self, method, getattr(self._compiled, method))
        return getattr(self._compiled, name)


@dataclass(frozen=True)
class Grammar:
    trailing: LazyPattern   # a credit from a boundary to the end of the caption text
    leading: LazyPattern    # a credit that opens it and is followed by more text
    whole: LazyPattern      # a credit part's text split into lead-in and body
    line: "CaptionLine"     # a plain-text line that is a caption


@lru_cache(maxsize=None)
def grammar() -> Grammar:
    v = vocabulary()
    # A name word is capitalised, not all capitals: an all-caps wire headline
    # such as "U.S. CORN/OATS GROWERS" is not a "Name/Agency" credit.
    word = r"(?:(?:\p{Lu}\.){1,3}|(?:Jr|Sr|St|Dr|Mt)\.|\p{Lu}(?:['’]\p{Lu})?\p{Ll}[\p{L}\p{M}'’\-]*)"
    particle = r"(?:de|da|del|della|der|den|di|dos|du|el|al|la|le|van|von|bin|ibn|y)"
    nxt = rf"\s+(?:{particle}\s+)?{word}"
    # The agency list recurs up to eight times in a pattern: defined once at
    # its end and called as a subroutine, it halves the compile time. (The
    # name forms stay written out: called, they would make matching slower.)
    defs = rf"(?(DEFINE)(?P<ag_>(?i:{_alt(v['agencies'])})(?![\p{{L}}\p{{N}}])))"
    agency = "(?&ag_)"
    # Atomic: a name takes every capitalised word it can, so a line of prose
    # that opens with capitals fails at once instead of backtracking.
    name, name2 = rf"(?>{word}(?:{nxt}){{0,4}})", rf"(?>{word}(?:{nxt}){{1,4}})"
    join = r"\s*(?:,|&|\band\b)\s*"
    names, names2 = rf"{name}(?:{join}{name}){{0,3}}", rf"{name2}(?:{join}{name}){{0,3}}"
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
    sentence = r"(?<=\p{Ll}{2})[.!?]\s"
    body = rf"(?:(?!{sentence})[^()\n]){{0,{_LOOKAHEAD}}}?"
    close = r"(?:\s*\(\d+\))?\s*(?P<dot>\.)?\s*(?P<close>[)\]])?"  # "Getty Images (2)"
    trailing = LazyPattern(
        rf"\s*(?P<credit>(?P<open>[(\[])?\s*"
        rf"(?:(?P<lead>{lead})\s*(?P<body>{body})|(?P<bare>{bare})){close})\s*${defs}")
    term = r"(?=\s+[|—–-]\s|(?<=[\p{L}\p{N}]{2})[.;]\s+\S)"
    leading = LazyPattern(
        rf"^\s*(?P<credit>(?P<open>[(\[])\s*(?:(?P<lead>{lead})\s*[^()\n]{{0,{_LOOKAHEAD}}}?"
        rf"|(?P<bare>{bare}))\s*(?P<close>[)\]])|(?P<lead>{lead})\s*{body}{term}){defs}")
    whole = LazyPattern(
        rf"^\s*(?P<open>[(\[])?\s*(?:(?P<lead>{lead})\s*)?(?P<body>.*?)"
        rf"\s*(?P<dot>\.)?\s*(?P<close>[)\]])?\s*$", regex.DOTALL)
    exts = "|".join(regex.escape(e) for e in v["image_extensions"])
    filename = (rf"(?:[\w.-]+\.(?i:{exts})|(?i:IMG|DSC[FN]?|PXL|DJI|GOPR)[_-]?\d[\w-]*"
                rf"|(?i:screen\s?shot|screenshot)[ _]\d{{4}}-\d\d-\d\d[^\n]*)")
    short = int(v["phrase_line_max"])
    head = LazyPattern(r"^\s*(?:" + "|".join(f"(?:{f})" for f in (
        # (photo courtesy: / (AP Photo/... / (Jane Doe/Getty Images) / (Getty Images
        rf"[(\[]\s*(?:{lead}|(?:{strict}|{agency}{suffix})\s*[)\]]?\s*$)",
        strong,                                                  # Photo: / AP Photo/...
        rf"(?=[^\n]{{0,{short}}}$){phrase}",                       # Courtesy of ... (short)
        rf"(?i:{_alt(v['caption_labels'])})\s*:",                # Caption: ...
        rf"{filename}\s*$",                                      # IMG_4471.JPG
    )) + ")" + defs)
    firsts = {regex.match(r"[\p{L}]+", str(w))[0].lower()
              for key in ("labels", "phrases", "agency_leads", "caption_labels") for w in v[key]}
    firsts.discard("the")  # "The Canadian Press/..." lines are too rare to test every "The ..."
    firsts |= {"img", "dsc", "dscn", "dscf", "pxl", "mvimg", "dji", "gopr", "screen", "screenshot"}
    line = CaptionLine(
        head=head, firsts=frozenset(firsts),
        exts=tuple("." + e.lower() for e in v["image_extensions"]),
        bare=LazyPattern(rf"\s*(?:{strict})\s*${defs}"),
        paren=LazyPattern(rf"\((?<=\S\s{{0,3}}\()\s*(?:{lead}[^()\n]*\)?|(?:{strict})\s*\))\s*\.?\s*${defs}"),
        sentence=LazyPattern(rf"(?:{lead}\s*{body}|{strict})\s*${defs}"),
        agency=LazyPattern(rf"\(?\s*{agency}{suffix}\s*\)?\s*\.?\s*${defs}"),
        agency_names=tuple(" ".join(str(a).lower().split()) for a in v["agencies"])
        + ("file", "pool", "handout"),
        hints=_hints(v["phrases"]),
        tail_max=int(v["caption_line_max"]), short=short)
    return Grammar(trailing, leading, whole, line)


# Cheap prefilters (the standard library's `re` is quicker per call than `regex`).
_FIRST_WORD = re.compile(r"[^\W\d_]+")
_SENTENCE_END = re.compile(r"[.!?”]\s*")


def _hints(phrases: list[str]) -> tuple[str, ...]:
    """Strings a line end must contain to hold a credit: the separators of
    labels and bare credits ("Name for The Paper" included), and each
    phrase's first word (lowercased; a word that contains a shorter one is
    left out). A plain-text line ending "Name for AGENCY" is not a caption."""
    words = {str(p).split()[0].lower() for p in phrases}
    words = {w for w in words if not any(o != w and o in w for o in words)}
    return (":", "/", "…", "...", " via ", " for the ") + tuple(sorted(words))


@dataclass(frozen=True)
class CaptionLine:
    """The plain-text reader's test for a caption or credit line.

    `match(line)` is truthy for a line that opens with a credit or caption
    lead-in, is only a credit or an image file name, or is a short line that
    ends in a credit. It is used like a compiled pattern's `match`, but runs
    on the first line of every plain-text paragraph, so it tries plain string
    tests first and tries a trailing credit only where one can start: after
    the line's last "(" or after a sentence end near its end.
    """

    head: LazyPattern         # lead-in, caption label, file name or (credit) opening the line
    firsts: frozenset         # first words a lead-in can have, lowercased
    exts: tuple               # image file extensions, with the dot
    bare: LazyPattern         # the whole line is a bare credit: "Jane Doe/Getty Images"
    paren: LazyPattern        # "(AP Photo/Jane Doe)" ending the line
    sentence: LazyPattern     # "Photograph: Jane Doe/Reuters" after the last sentence
    agency: LazyPattern       # "(Getty Images)" or ". Getty Images" ending a short line
    agency_names: tuple       # lowercased agency names, to test a line's last words
    hints: tuple              # strings a line end must contain to hold a credit
    tail_max: int
    short: int

    def match(self, line: str) -> bool:
        s = line.strip()
        if not s:
            return False
        first = _FIRST_WORD.match(s, 1 if s[0] in "([" else 0)
        if ((s[0] in "([" or (first and first[0].lower() in self.firsts)
             or s[-6:].lower().endswith(self.exts)) and self.head.match(s)):
            return True
        n = len(s)
        if n > self.tail_max:
            return False
        short = n <= self.short
        if short and ("/" in s or " via " in s or " for " in s) and self.bare.match(s):
            return True
        lo = max(0, n - _LOOKAHEAD - 30)
        agency = short and s.rstrip(" .)")[-40:].lower().endswith(self.agency_names)
        i = s.rfind("(", lo)
        if i > 0 and (self.paren.match(s, i) or (agency and self.agency.match(s, i))):
            return True
        if not agency and not self.hinted(s[lo:]):
            return False
        for m in _SENTENCE_END.finditer(s, lo):
            at = m.end()
            if at < n and ((agency and self.agency.match(s, at))
                           or (self.hinted(s[at:]) and self.sentence.match(s, at))):
                return True
        return False

    def hinted(self, tail: str) -> bool:
        """Could a credit be in this line end? (plain `in` tests: far cheaper than a regex)"""
        return any(map(tail.lower().__contains__, self.hints))


def caption_line_pattern() -> CaptionLine:
    """The plain-text reader's test for a line that is a caption or a credit."""
    return grammar().line


# Where a trailing credit may start: after sentence punctuation or a dash or
# bar between spaces, or at a bracket that follows a space.
_BOUNDARY = re.compile(r"[.!?…;|—–”\"’]\s*|\s[-|]\s+|\s+(?=[(\[])")


def find_credit(text: str) -> tuple[int, int] | None:
    """The [start, end) of the credit a caption text carries, or None.

    A trailing credit is tried at each boundary in the caption's last stretch
    (a credit body is at most _LOOKAHEAD characters), and only where the rest
    of the text could hold one; then a leading credit."""
    g = grammar()
    lo = max(0, len(text.rstrip()) - _LOOKAHEAD - 40)
    starts = [m.end() for m in _BOUNDARY.finditer(text, lo)]
    if lo == 0:
        starts.insert(0, 0)
    for pos in starts:
        rest = text[pos:]
        if (g.line.hinted(rest) or rest.rstrip(" .)]")[-40:].lower().endswith(g.line.agency_names)):
            m = g.trailing.match(text, pos)
            if m:
                break
    else:
        m = g.leading.match(text)
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
