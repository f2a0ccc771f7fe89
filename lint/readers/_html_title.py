"""Which element is a page's headline, and where a title's site-name suffix
starts (`html._read`, after `_html_page` chose the story's parts).

Headline: the `<h1>` that best agrees with what the page says its title is
(JSON-LD headline, og:title, twitter:title, `<title>`), since the first h1 is
often a section or brand name; with no agreeing h1 the best title field
stands in. A kicker the h1 opens with (`class="kicker"`) is already cut out
(`_html_text._h1_kicker`).

Site suffix: ` | Site`, ` - Site`, `: Site` at the end of a title field.
A `|` tail of up to six words is always furniture; a dash or colon tail only
when it names the site (og:site_name, the JSON-LD publisher, the domain).
Site prefix: `Site | ` at the start (qa151 #4), when the part before the first
separator is the site's name (a site key), or, a `|` with no site key to go
by, when the page's other title fields leave that part out and tell the rest.
"""
from __future__ import annotations

from collections import Counter

from .. import rx as regex

from ..document import Document, Part
from ._stitch import marks_within, sub_part

_WORD = regex.compile(r"\w+")
_SEPARATOR = regex.compile(r"\s+(?P<sep>[|\u2013\u2014\-:\u00bb\u2022/]{1,2})\s+(?=\S)|(?P<sep2>:)\s+(?=\S)")
# The dash family, one separator for a section after a site prefix
# ("Daily Planet \u2013 News - 5 dead ...", qa161 #8).
_DASHES = {"\u2013": "-", "\u2014": "-", "--": "-"}
_LEAD_SEPARATOR = regex.compile(r"^\s*[|\u2013\u2014\-:\u00bb\u2022/]+")
_TRAIL_SEPARATOR = regex.compile(r"[|\u2013\u2014\-:\u00bb\u2022/]+\s*$")
# A site's name or host as a key: a leading "the" or "www" dropped (`_key`), the
# host of a URL (`site_keys`). Compiled here: `regex.sub(pattern, ...)` looks its
# pattern up in the module's cache on every call, two to four calls a page.
_LEAD_THE = regex.compile(r"^(?:the|www)\b")
_HOST = regex.compile(r"(?:[a-z]+:)?//(?:www\.)?([^/:]+)")
AGREE = 0.3              # token F1 above which an h1 and a title field tell one headline
STAND_IN_ORDER = ("schema headline", "og:title", "twitter:title", "html title")


def _tokens(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def agreement(a: str, b: str) -> float:
    """Token F1 of two titles (0 when either is empty)."""
    ta, tb = Counter(_tokens(a)), Counter(_tokens(b))
    common = sum((ta & tb).values())
    if not common:
        return 0.0
    p, r = common / sum(ta.values()), common / sum(tb.values())
    return 2 * p * r / (p + r)


def _key(text: str) -> str:
    return "".join(_tokens(_LEAD_THE.sub("", text.strip().lower())))


def site_keys(sites: list[str], urls: list[str]) -> set[str]:
    keys = {k for k in map(_key, sites) if k}
    for url in urls:
        m = _HOST.match(url.strip().lower())
        if m:
            host = m[1]
            keys.add(_key(host))
            keys.add(_key(host.split(".")[0]))
    return {k for k in keys if len(k) >= 2}


def suffix_start(text: str, sites: set[str]) -> int | None:
    """Where a site-name tail starts in a title, or None. Tails are cut from
    the end one at a time (`Story | Section | Site`)."""
    cut = None
    end = len(text)
    while True:
        seps = [m for m in _SEPARATOR.finditer(text, 0, end)]
        if not seps:
            return cut
        m = seps[-1]
        tail = text[m.end():end].strip()
        head = text[:m.start()].strip()
        if len(_tokens(head)) < 2 or not tail:
            return cut
        sep = m["sep"] or m["sep2"]
        words = len(_tokens(tail))
        named = _key(tail) in sites or any(s and s in _key(tail) for s in sites)
        if not (named or (sep == "|" and words <= 6)):
            return cut
        cut = end = m.start()


def prefix_end(text: str, sites: set[str], others: list[str]) -> int:
    """Where a title's headline starts after a site name that opens it
    (`Daily Planet | 5 dead in fire`: the offset of `5`), or 0. The part
    before the first separator is the site's name when its key is one of
    `sites` (any separator), or, with `|` and no site key naming either
    part, when none of `others` (the page's other title fields' texts)
    shares a word with it, it holds no digit, and one of `others` agrees
    with the rest (token F1 of `AGREE` or more)."""
    m = _SEPARATOR.search(text)
    if m is None:
        return 0
    head, rest = text[:m.start()], text[m.end():]
    if len(_tokens(rest)) < 2:
        return 0
    if _key(head) in sites:
        return m.end()
    if (m["sep"] != "|" or len(_tokens(head)) > 6 or _key(rest) in sites
            or any(s and s in _key(rest) for s in sites)):
        return 0
    words = set(_tokens(head))
    # A weak signal: the head must look like no part of a headline. One
    # with a figure or a word another field shares is a kicker ("5 dead |
    # Port Averill apartment fire"): main's reading, nothing cut.
    if any(words & set(_tokens(o)) for o in others) or regex.search(r"\d", head):
        return 0
    return m.end() if any(agreement(rest, o) >= AGREE for o in others) else 0


def _section_end(text: str, start: int, end: int, site_sep: str) -> int:
    """Where the headline starts after a one-word section that opens
    `text[start:end]` (`News | 5 dead in fire`: the offset of `5`), else
    `start`. Asked only once a named site is cut. Right after a site prefix
    the section takes the separator that follows the site, any dash for a
    dash (`site_sep`:
    `Daily Planet | News | ...`, `Daily Planet - Local - ...`), so a dash
    after `Daily Planet |` is the headline's own ("Daily Planet | Trump -
    Biden debate", fx254); a bare colon never makes one ("Trump: ..."). With
    the site cut from the end (`site_sep` "|") only `|` does (`News | ... |
    Daily Planet`, not "Trump - Biden debate ... | Daily Planet", rr42a #2)."""
    m = _SEPARATOR.search(text, start, end)
    if m is None or not m["sep"] or regex.search(r"\d", text[start:m.start()]):
        return start
    if _DASHES.get(m["sep"], m["sep"]) != _DASHES.get(site_sep, site_sep):
        return start
    if len(_tokens(text[start:m.start()])) != 1 or len(_tokens(text[m.end():end])) < 2:
        return start
    return m.end()


def carve_suffix(doc: Document, part: Part, sites: set[str], others: list[str] = ()) -> Part:
    """The title part without its site name: a suffix (`suffix_start`) or a
    prefix (`prefix_end`, judged against `others`, the other title fields'
    texts), the name kept in attrs["site"]. Offsets stay the source's; inline
    marks (`attrs["inline"]`) are kept over the kept words, rebased."""
    start = prefix_end(part.text, sites, list(others))
    cut = suffix_start(part.text[start:], sites)
    if not start and cut is None:
        return part
    end = len(part.text) if cut is None else start + cut
    site = part.text[:start] if start else part.text[end:]
    site = _LEAD_SEPARATOR.sub("", _TRAIL_SEPARATOR.sub("", site))
    if _key(site) in sites:
        sep = _TRAIL_SEPARATOR.search(part.text[:start]) if start else None
        start = _section_end(part.text, start, end, sep[0].strip() if sep else "|")
    attrs = {**part.attrs, "site": site.strip()}
    # its inline marks over the kept words only, rebased: Vale's emphasis, strong and link scopes read them
    if marks := marks_within(attrs.pop("inline", ()), start, end):
        attrs["inline"] = marks
    core = sub_part(part, part.kind, start, end, name=part.name, attrs=attrs)
    core.index = part.index
    if 0 <= part.index < len(doc.parts) and doc.parts[part.index] is part:
        doc.parts[part.index] = core
    return core


def choose_headline(h1s: list[Part], titles: list[Part],
                    region: tuple[int, int] | None) -> Part | None:
    """Make the best h1 (or a title field standing in) the headline part."""
    refs = [t.text for t in titles if t.text.strip()]
    for h1 in h1s:
        if h1.kind == "headline":
            h1.kind = "heading"
    best = None
    if refs and h1s:
        score, _, h1 = max((max(agreement(h.text, r) for r in refs), -i, h)
                           for i, h in enumerate(h1s))
        best = h1 if score >= AGREE else None
    elif h1s:
        best = _nearest(h1s, region)
    if best is None:
        by_name = {t.name: t for t in titles}
        best = next((by_name[n] for n in STAND_IN_ORDER if n in by_name), None)
    if best is not None:
        best.kind = "headline"
    return best


def _nearest(h1s: list[Part], region: tuple[int, int] | None) -> Part:
    """With no title field to compare: the last h1 above the story, else the first in it."""
    if region is None:
        return h1s[0]
    above = [h for h in h1s if h.source_offset(0) <= region[0]]
    within = [h for h in h1s if region[0] < h.source_offset(0) <= region[1]]
    return above[-1] if above else within[0] if within else h1s[0]
