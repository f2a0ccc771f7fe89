"""The one article model every reader fills and every check reads.

A `Document` is a list of `Part`s (headline, paragraph, caption, ...). Each
part's prose text is stitched from slices of the source file, and keeps the
map back to the source, so a finding at `text[i:j]` lands on the exact line
and column of the file without searching the text again.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from datetime import date
from typing import Iterable

# What readers report of the file itself, and the `file.*` ids: readers and
# checks import them from here, with the parts they go with.
from . import yaml_plain
from .file_notices import Notice, Suppression
from .line_index import LineIndex  # noqa: F401  (the model's positions; readers import it from here)
from .line_end_fix import placed, verbatim_but_line_ends
from .source_markup import ENTITY, ESCAPE, unverbatim

_MISSING = object()    # no cached analysis yet (None is a result)

# Stands in a part's text for an inline object that is not prose (a code span,
# a template tag): see `readers._stitch`. Mapped to where the object starts.
OBJECT = "\ufffc"
_SHOWN_OBJECT = 40     # an object's source quoted in a message is cut to this

# The front matter keys (`Document.fields`) of a link post or a redirect, whose value
# is a URL or a site path: `readers._no_body` reads such a file as a page with no
# body of its own, and title-unrelated a link-out post's address there.
LINK_KEYS = ("source_url", "external_url", "external_link", "externallink", "link", "redirect_to")


def is_link_key(key: str) -> bool:
    """Whether the front matter key `key` is one of `LINK_KEYS`, in any case
    (`Link`, `External_URL`: Hugo reads front matter keys without regard to
    case). The one test both readers of the keys make, so a file that
    `readers._no_body` reads as a link post is one to title-unrelated too
    (qa128 #4: `Link:` was a link post to one, not to the other)."""
    return key.lower() in LINK_KEYS

# Every part kind a reader may produce, and so every name a rule's `scope` may use.
PART_KINDS = (
    "headline",    # the story's headline (first H1, else a title field)
    "title",       # other title fields: front-matter title, <title>, og:title, ...
    "dek",         # the standfirst under the headline
    "byline",
    "dateline",    # a date line or wire dateline
    "heading",     # sub-headings inside the body
    "paragraph",
    "blockquote",
    "caption",
    "credit",      # the credit carved out of a caption
    "alt",         # image alt text
    "field",       # other front-matter / meta fields (name says which)
    "contact",     # a press release's contact block: names, phones, emails; no prose
    "embed",       # an embedded post (a tweet, an Instagram post): someone else's words
    "footnote",    # a footnote's text (Markdown `[^1]: ...`): prose, but not the story's flow
)
# Scope aliases, so a rule can say `scope: prose` rather than list every part.
SCOPE_ALIASES = {
    "prose": ("headline", "dek", "heading", "paragraph", "blockquote", "caption", "footnote"),
    "body": ("paragraph", "blockquote"),
    "all": PART_KINDS,
}


# Scope names that pick some parts of one kind, not a kind: `advisory` is a
# wire's advisory lines read from the copy (its release or embargo line, its
# note to editors: `field` parts named in `ADVISORY_FIELDS` that a reader of
# the story's text marked `attrs["copy_line"]`), so a rule may read them for
# what is left in them (a `TK`) without reading every front-matter value.
ADVISORY_FIELDS = ("release", "eds")
SCOPE_PICKS = ("advisory",)


def _picked(part: "Part") -> bool:
    """Whether `part` is one of the `advisory` scope's parts."""
    return part.kind == "field" and part.name in ADVISORY_FIELDS and part.attrs.get("copy_line", False)


def expand_scope(names: Iterable[str]) -> tuple[str, ...]:
    """Turn a rule's scope list (with aliases) into part kinds, order kept."""
    out: list[str] = []
    for name in names:
        for kind in SCOPE_ALIASES.get(name, (name,)):
            if kind not in out:
                out.append(kind)
    return tuple(out)


@dataclass(eq=False)
class Part:
    """One named piece of the article with its map back into the source.

    `segments` is a sorted tuple of (text_offset, source_offset) pairs: the run
    of text starting at text_offset is copied verbatim from source_offset until
    the next segment begins. A plain slice of the file has one segment.
    `attrs["unsafe_chars"]`: characters no fix may write into this part (a
    quoted front-matter value would end or stop parsing).
    """

    kind: str
    text: str
    segments: tuple[tuple[int, int], ...]
    name: str = ""
    attrs: dict = field(default_factory=dict)
    index: int = 0

    @classmethod
    def from_slice(cls, kind: str, source: str, start: int, end: int, **kw) -> "Part":
        return cls(kind, source[start:end], ((0, start),), **kw)

    def __post_init__(self) -> None:
        self._text_starts = [t for t, _ in self.segments]

    def source_offset(self, i: int) -> int:
        """Source offset of text[i] (i may equal len(text): one past the end)."""
        k = max(bisect.bisect_right(self._text_starts, i) - 1, 0)
        t0, s0 = self.segments[k]
        return s0 + (i - t0)

    def source_span(self, start: int, end: int, source: str | None = None) -> tuple[int, int]:
        """Source [start, end) for text[start:end]; the end maps from its last
        character. With the `source`, a last character decoded from an escape
        (`&quot;`, `\\u201d`) ends the span after the whole escape, not after
        its first character."""
        if end <= start:
            s = self.source_offset(start)
            return s, s
        return self.source_offset(start), self._char_end(end - 1, source)

    def _char_end(self, i: int, source: str | None) -> int:
        """One past the source of text[i]."""
        at = self.source_offset(i)
        if source is None:
            return at + 1
        ch = self.text[i]
        if source.startswith(ch, at) and ch not in "&\\":
            return at + 1
        m = ESCAPE.match(source, at)
        if m is None or self.text.startswith(m[0], i):     # an "&" or "\\" as itself
            return at + 1
        return m.end()

    def shown_objects(self, message: str, start: int, end: int, source: str) -> str:
        """`message` with each OBJECT in it (text quoted from text[start:end])
        shown as the source of the objects there, in order (from the first
        again when it quotes more): "`content/`", never U+FFFC. An object's
        source runs to where the next character's starts; one that ends the
        part, whose end is not known, shows as "…"."""
        if OBJECT not in message:
            return message
        shown = []
        for i in range(start, min(end, len(self.text))):
            if self.text[i] == OBJECT:
                a = self.source_offset(i)
                b = self.source_offset(i + 1) if i + 1 < len(self.text) else a
                piece = source[a:b].strip() or "…"
                shown.append(piece if len(piece) <= _SHOWN_OBJECT else piece[:_SHOWN_OBJECT - 1] + "…")
        if not shown:
            return message
        pieces = message.split(OBJECT)
        return pieces[0] + "".join(shown[k % len(shown)] + rest for k, rest in enumerate(pieces[1:]))

    def is_verbatim(self, source: str, start: int, end: int, line_ends: list[str] | None = None) -> bool:
        """True when text[start:end] is copied unchanged and contiguously from the
        source: only then may a fix replace that source range safely. Text read
        from template syntax (`attrs["template"]`) is never rewritten. With
        `line_ends` (a list), a LF of the text may stand for a CRLF or a lone
        CR of the source, and each line end of the span is appended to it as
        the source holds it (`line_end_fix.verbatim_but_line_ends`), with no
        copy of the source."""
        if "template" in self.attrs:
            return False
        s, e = self.source_span(start, end)
        if line_ends is not None:
            if not verbatim_but_line_ends(source, self, start, end, s, e, line_ends):
                return False
        elif source[s:e] != self.text[start:end]:
            return False
        # A front-matter `\"` maps its quote mark to the quote, which then reads as
        # verbatim: a fix there would leave the backslash before what it writes.
        if escaped_at(source, s) and (start == 0 or self.source_offset(start - 1) != s - 1):
            return False
        # '&' is the one character an entity decodes to that also starts it:
        # "&amp;" read as "&" compares equal here, but replacing it would leave
        # "amp;". An entity left as it was ("&unknown;") is in the text too.
        return "&" not in self.text[start:end] or not any(
            (m := ENTITY.match(source, self.source_offset(i))) and not self.text.startswith(m[0], i)
            for i in range(start, end) if self.text[i] == "&")


def escaped_at(source: str, i: int, start: int = 0) -> bool:
    """Is source[i] after an odd run of backslashes (escaped by them), counting
    back no further than `start`?"""
    n = 0
    while i - 1 - n >= start and source[i - 1 - n] == "\\":
        n += 1
    return n % 2 == 1


@dataclass(eq=False)
class Document:
    """One article, or one file holding several (an export: WXR, JSON Lines,
    a NewsML-G2 news message). Such a file's `articles` are Documents of their
    own that share its `source` and line index, so every offset in them is an
    offset into the one file; each names itself by `article` (post id, item
    GUID, the JSON Lines `id`). A file's own notices stay on the file."""

    path: str
    source: str
    format: str
    encoding: str = "utf-8"
    bom: bool = False
    parts: list[Part] = field(default_factory=list)
    fields: dict = field(default_factory=dict)       # parsed front matter / meta
    published: date | None = None
    published_from: str = ""                       # where the date came from
    published_part: Part | None = None
    # Dates the story's text or JSON-LD gives as its update, in reading order
    # (an `Updated Dec. 4, 2026` stamp line, JSON-LD `dateModified`): never
    # the publication date's; `lint.analysis.update_date` takes the latest
    # plausible one with the front matter's and meta tags'.
    updates: list[date] = field(default_factory=list)
    # Each update stamp with no year (`Updated 3:15 p.m. Dec. 4`): its month
    # and day as a date in leap year 2000, and the latest dated update stamp
    # read before it or None; `update_date` places it on or after that
    # stamp or the publication date.
    update_days: list[tuple[date, date | None]] = field(default_factory=list)
    # The desk or section the article states for itself (the audit's `section`
    # column): front matter `section:`, a JSON Lines `section`, a WordPress
    # post's first category, a page's `article:section` meta tag or JSON-LD
    # `articleSection`, its white space folded; "" when it states none.
    # `section_from` says which, as `newslint parse` shows it. A static site's
    # content folder is no part of the file: `site_sections.folder_section` adds that.
    section: str = ""
    section_from: str = ""
    notices: list[Notice] = field(default_factory=list)
    suppressions: list[Suppression] = field(default_factory=list)
    # Source spans no fix may touch: template syntax the site's build reads
    # (shortcodes, Liquid tags); sorted by start, as a reader finds them.
    protected: list[tuple[int, int]] = field(default_factory=list)
    # Source spans no fix may touch for another reason, with `fixes.HELD`'s key
    # for it: the key lines of front matter never closed (`_fm_open`), a TOML or
    # JSON value written bare (`title = 1984`, `"headline": true`: `bare`).
    held: list[tuple[int, int, str]] = field(default_factory=list)
    cache: dict = field(default_factory=dict)      # shared analyses, one run each
    article: str = ""                              # the article's id inside an export
    # Where an export's article starts in the file (a source offset): its JSON Lines
    # record's `{`, its WordPress `<item>`, its NewsML-G2 `newsItem`; 0 for a file of
    # one. What is said of the article as a whole is placed there (a refused
    # `--published`: `publication.settle`), the same in check and an audit's slice.
    article_at: int = 0
    # Where that article's own text ends (one past its `</item>`, `</newsItem>`, its
    # JSON Lines record's line end); None for a file of one. Vale's `raw` is [article_at, article_end).
    article_end: int | None = None
    # Other source spans of the article's own (a WordPress post's attachments: their captions are its).
    article_also: list[tuple[int, int]] = field(default_factory=list)
    # Where the headline belongs when a reader knows it and the file's start is
    # not it (a NewsML-G2 item's `contentMeta`, a WordPress post's `title`): a missing
    # headline is put there.
    headline_at: int | None = None
    # Why the headline fields a reader found give none, when they do not
    # (a JSON Lines line's `'headline' is empty and 'title' is blank`): the
    # missing headline says it instead of "no headline or title field".
    headline_said: str = ""
    articles: list["Document"] = field(default_factory=list)   # an export's articles
    _lines: LineIndex | None = None

    @property
    def blank(self) -> bool:
        """Is the source nothing but white space? `isspace` stops at the first
        other character and copies nothing, where `strip` copied the whole
        file for every article of an export (quadratic: qa71 #1)."""
        return not self.source or self.source.isspace()

    @property
    def empty(self) -> bool:
        """Does the reader say this holds no story (`file.empty`)? A file of
        white space only (`blank`), and also a NewsML-G2 item with nothing
        in it or a message with no item, which are not white space (qa384
        #1). The audit's rows and `check -v`'s date line both ask this."""
        return self.blank or any(n.rule == "file.empty" for n in self.notices)

    @property
    def lines(self) -> LineIndex:
        if self._lines is None:
            self._lines = LineIndex(self.source)
        return self._lines

    def state_section(self, value: object, source: str) -> None:
        """Take `value` as the article's section when it is a string with
        words in it and none was stated yet (the first source a reader
        offers wins)."""
        if not self.section and isinstance(value, str) and value.split():
            self.section, self.section_from = " ".join(value.split()), source

    def add(self, part: Part) -> Part:
        part.index = len(self.parts)
        self.parts.append(part)
        return part

    def fix_refused(self, part: "Part", f_start: int, f_end: int, start: int, end: int, fix: str) -> str:
        """`fix_judged`'s why ("" when the fix may be kept)."""
        return self.fix_judged(part, f_start, f_end, start, end, fix)[0]

    def fix_judged(self, part: "Part", f_start: int, f_end: int, start: int, end: int,
                   fix: str) -> tuple[str, str]:
        """(why, written): why a fix writing `fix` over part.text[f_start:f_end] (source
        [start, end)) must not be kept, as a key `fixes.HELD` words for --fix;
        "" when it may. `embed`: an embedded post is someone else's words;
        `escaped`: the text is not copied verbatim (escapes, references,
        template text), or `br`, `hardbreak`, `marker`, `indent` when that is
        so because of what its line break carries (`source_markup.unverbatim`, qa64 #6),
        `template`, `link`, `image` or `markup` because of template text, a link's, an image's or
        other inline markup, `unverbatim` when it cannot be told; `line-ends`: it is verbatim
        but for line ends of more than one kind that the fix's cannot be matched to
        (`line_end_fix`); `quoting` and the characters: they would end or break
        the value's quoting (`attrs["unsafe_chars"]`); `template`: it touches
        template syntax the site's build reads; a key of `held`: it touches
        that span; `plain`: the part is a YAML plain scalar (`attrs["yaml_plain"]`)
        the fixed text of which YAML would read otherwise (`yaml_plain`).
        `written`: the fix as the file takes it, `fix` but over a line end the
        text holds as LF and the file as CRLF or lone CR (`line_end_fix`:
        each line end written as the file holds it there); judged
        here once, not again by `placing` (rr53a #5)."""
        if part.kind == "embed":
            return "embed", fix
        for a, b, why in self.held:     # an insertion at either end of the span is in it
            if (a < end and start < b) or a <= start == end <= b:
                return why, fix
        written = fix
        if not part.is_verbatim(self.source, f_start, f_end):
            forms: list[str] = []       # its line ends as the file holds them (line_end_fix), one walk
            verbatim = part.is_verbatim(self.source, f_start, f_end, line_ends=forms)
            written = placed(fix, forms) if verbatim else None
            if written is None:
                if self.is_protected(start, end):
                    return "template", fix
                if verbatim:
                    return "line-ends", fix         # verbatim but for mixed line ends
                linked = any(s < f_end and f_start < e for k, s, e in part.attrs.get("inline", ()) if k == "link")
                return unverbatim(self.source[start:end], linked), fix
        unsafe = part.attrs.get("unsafe_chars", "")
        if any(c in unsafe for c in fix):
            return "quoting" + "".join(dict.fromkeys(c for c in fix if c in unsafe)), written
        plain = part.attrs.get("yaml_plain")
        if plain and not yaml_plain.reads_as_itself(part.text[:f_start] + fix + part.text[f_end:], plain == "flow"):
            return "plain", written
        return ("template" if self.is_protected(start, end) else ""), written

    def is_protected(self, start: int, end: int) -> bool:
        """Would a fix over source [start, end) change a protected span? An
        insertion (start == end) only does strictly inside one."""
        k = bisect.bisect_right(self.protected, (end, len(self.source) + 1)) - 1
        while k >= 0:
            ps, pe = self.protected[k]
            if pe <= start and start != end:
                return False
            if (ps < end and start < pe) if start != end else ps < start < pe:
                return True
            if pe < start:
                return False
            k -= 1
        return False

    def parts_of(self, kinds: Iterable[str]) -> list[Part]:
        """The parts of the kinds `kinds` names, in order, and of the scope
        picks among them (`SCOPE_PICKS`: `advisory`)."""
        wanted = set(kinds)
        if "advisory" not in wanted or "field" in wanted:
            return [p for p in self.parts if p.kind in wanted]
        return [p for p in self.parts if p.kind in wanted or _picked(p)]

    def first(self, kind: str) -> Part | None:
        return next((p for p in self.parts if p.kind == kind), None)

    def analysis(self, key: str, build) -> object:
        """Run a shared analysis at most once per document and keep the result."""
        found = self.cache.get(key, _MISSING)       # (one look-up: kinds call this a lot)
        if found is _MISSING:
            found = self.cache[key] = build(self)
        return found

    def per_part(self, key: str, part: Part, build) -> object:
        """Like `analysis`, once per part: kinds that share one scan of each text."""
        cache = self.cache.get(key)
        if cache is None:
            cache = self.cache[key] = {}
        found = cache.get(part.index, _MISSING)
        if found is _MISSING:
            found = cache[part.index] = build(part.text)
        return found
