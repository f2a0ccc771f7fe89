"""Front matter of a Markdown article: YAML between `---` lines, Hugo's TOML
between `+++` lines, or Hugo's JSON object (`{ ... }`), at the very top of the file.

The front matter is never prose. Its well-known keys become named parts
(title, publication date, dek, byline, picture caption/credit/alt) and every
other string value a `field` part, each placed exactly: YAML is composed
first so every value node carries its source marks, then constructed
safely (`_fm_yaml`); string values are decoded with their map
(`_scalars`), and HTML character references in them (`&#8217;`) decoded on
top (`_fm_entry`). Hugo's TOML is read by `_fm_toml`, its JSON by
`_json_fm`; this module locates the block and turns every language's
entries into parts. The keys it knows are `_fm_keys`'.
"""
from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass

from .. import rx as regex

from ..analysis.calendar import EARLIEST_PUBLICATION_YEAR, coerce_date, implausible_publication
from ..document import Document, Notice, Part
from . import _fm_hints, _fm_images, _fm_yaml
from ._conventions import PLANNED_RUN_SOURCES, not_a_date, refused_date
from ._fm_entry import MAX_DEPTH, MAX_ENTRIES, UNSAFE, Entry, with_refs
from ._fm_keys import BYLINE_KEYS, DATE_KEYS, DEK_KEYS, HEADLINE_KEYS, TITLE_KEYS, known, same
from ._stitch import slice_segments

_OPEN = regex.compile(r"(?P<fence>---|\+\+\+)[ \t]*\r?\n")
_CLOSE = {"---": regex.compile(r"^(?:---|\.\.\.)[ \t]*\r?$", regex.M),
          "+++": regex.compile(r"^\+\+\+[ \t]*\r?$", regex.M)}
# Eleventy's `date` keywords: the file's own dates, which no text holds (no error, no date).
_FILE_DATES = frozenset({"last modified", "created", "git last modified", "git created"})
CASE_SENSITIVE_MARKUPS = ("jekyll", "eleventy")


def mark_unread_case(doc: Document, markup: str) -> None:
    """Under a case-sensitive site (`CASE_SENSITIVE_MARKUPS`), tag each
    front-matter field whose key is a title or publication date key in
    another case (`Title:`, `Date:`) with what the site reads instead
    (attrs `unread`: the role, `headline` or `date`, the key it reads and
    the site's name), so that the missing headline and the `-v` no-date
    line can say why the key was not read (nu20 #4)."""
    for part in doc.parts:
        key = known(part.name) if part.kind == "field" else part.name
        if key == part.name:
            continue
        role = "headline" if key in HEADLINE_KEYS or key == "title" else "date" if key in DATE_KEYS else ""
        if role:
            part.attrs["unread"] = (role, key, markup.capitalize())


# A line that starts a front matter's `key: value` (or TOML `key =`).
_KEY_LINE = regex.compile(r"[ \t]*[\w\"'-][^\n:=]*[:=]")
# Blank lines before a fence line: Hugo's lexer skips them (nu22 #5), Jekyll
# and Eleventy do not, so the front matter is read and the file told.
# Only a fence over a `key:` line counts: after a blank line, `---` over prose
# is a thematic break. So too for a `---` never closed: over a `key:` line it is
# a block of fields left open, whose title and date go unread (nu30 #4).
_BLANK_LEAD = regex.compile(r"(?:[ \t]*\r?\n)+(?=(?:---|\+\+\+)[ \t]*\r?\n" + _KEY_LINE.pattern + ")")
_JSON_OPEN = regex.compile(r"\{[ \t\r\n]*[\"}]")


@dataclass
class FrontMatter:
    lang: str            # "yaml", "toml" or "json"
    start: int           # first character of the content (after the opening fence line)
    end: int             # end of the content (start of the closing fence line)
    body: int            # where the Markdown body starts


def locate(doc: Document) -> FrontMatter | None:
    """The front matter block, if the file opens with one (after blank lines,
    as Hugo reads it, with a warning: Jekyll and Eleventy do not). An
    opening fence that is never closed is reported, and the whole file is
    read as Markdown."""
    src = doc.source
    if _JSON_OPEN.match(src):          # `{"` or `{}`: never a `{{<`/`{%` template tag
        from . import _json_fm   # here, as `_fm_toml` in `read`: YAML runs never load them
        end = _json_fm.object_end(src)
        if end is None:
            return None
        nl = src.find("\n", end)
        return FrontMatter("json", 0, end, len(src) if nl == -1 else nl + 1)
    blank = _BLANK_LEAD.match(src)
    lead = blank.end() if blank else 0
    m = _OPEN.match(src, lead)
    if not m:
        return None
    close = _CLOSE[m["fence"]].search(src, m.end())
    if not close:
        from . import _fm_open      # a fence never closed only
        line, keys = src.count("\n", 0, lead) + 1, _KEY_LINE.match(src, m.end()) is not None
        # the block's key lines, read once when first wanted: for the hint, then to hold
        lines = functools.cache(functools.partial(_fm_open.key_lines, src, m["fence"], m.end()))
        doc.notices.append(Notice("file.front-matter", "warning",
                                  f"front matter opened with '{m['fence']}' on line {line} is never closed; "
                                  f"read as Markdown: {_fm_hints.never_closed(src, m['fence'], m.end(), lines)}",
                                  lead, unread_front=keys))
        if keys:        # fields, not prose: never fixed (qa67 #2)
            _fm_open.hold(doc, lines())
        return None
    if lead:
        doc.notices.append(Notice(
            "file.front-matter", "warning", "a blank line stands before the front matter: Hugo reads "
            "it, but Jekyll and Eleventy read the file as Markdown with no front matter; start the "
            f"file with '{m['fence']}'", lead))
    nl = src.find("\n", close.end())
    return FrontMatter("yaml" if m["fence"] == "---" else "toml", m.end(), close.start(),
                       len(src) if nl == -1 else nl + 1)


def read(doc: Document, fm: FrontMatter, image_fields: dict[str, str] | None = None,
         case_blind: bool = True) -> None:
    """Fill doc.fields and add the front matter's parts (and publication date).
    `image_fields` maps a house's own keys to a picture role (`_fm_images`);
    `case_blind`: well-known keys in any case, as Hugo reads them (`KNOWN_KEYS`)."""
    if fm.lang == "yaml":
        data, entries = _fm_yaml.entries(doc, fm.start, fm.end)
    elif fm.lang == "json":
        from . import _json_fm
        data, entries = _json_fm.entries(doc, fm.start, fm.end, MAX_ENTRIES, MAX_DEPTH)
        entries = [Entry(*e, UNSAFE['"']) for e in entries]
    else:
        from . import _fm_toml
        data, entries = _fm_toml.entries(doc, fm.start, fm.end)
    doc.fields = data if isinstance(data, dict) else {}
    doc.state_section(doc.fields.get("section"), "front matter section")
    _apply(doc, [with_refs(e) for e in entries], image_fields or {}, known if case_blind else same, fm.lang)


def _part(kind: str, e: Entry, **kw) -> Part:
    """The entry as a part, without the whitespace a block scalar keeps at its ends.
    A part with no text stands where its key is given its value (`Entry.stated_at`)."""
    start, end = 0, len(e.text)
    while start < end and e.text[start].isspace():
        start += 1
    while end > start and e.text[end - 1].isspace():
        end -= 1
    segments = slice_segments(e.segments, start, end) if start < end else ((0, e.stated_at()),)
    part = Part(kind, e.text[start:end], segments, **kw)
    part.attrs["unsafe_chars"] = e.unsafe
    if e.plain:
        part.attrs["yaml_plain"] = e.plain
    return part


def _apply(doc: Document, entries: list[Entry], image_fields: dict[str, str], known=known,
           lang: str = "yaml") -> None:
    """Turn scalar entries into parts: the well-known keys get their kinds. The
    title is the headline (a body `#` heading is then a heading); the
    publication date is `_publish_entry`'s. Headline keys that are there with
    no text (`title: ""`, `hed: " "`, `title: ~`, `title: []`, `title: 0`:
    each reader gives these an `Entry.stated`) set `doc.headline_at` (the
    first one's value in the file) and `doc.headline_said` (what each holds,
    `_holds`), so the missing headline says so there."""
    images: dict[str, dict[str, tuple[Part, object]]] = {}
    by_key: dict[str, Entry] = {}
    for e in entries:              # the exact key beats another case of it (`date` over `Date`)
        key = known(e.key)
        if key not in by_key or e.key == key:
            by_key[key] = e
    heads = [by_key[k] for k in HEADLINE_KEYS + ("title",) if k in by_key]
    headline = next((e for e in heads if isinstance(e.value, str) and _SHOWN.search(e.text)), None)
    if headline is None and heads:       # `title: ""`, `title: ~`: stated, with no text: said so, at its value
        heads.sort(key=Entry.stated_at)          # in the file's order
        doc.headline_at = heads[0].stated_at()
        doc.headline_said = "front-matter " + " and ".join(f"{e.key!r} is {_holds(e.value)}" for e in heads)
    date_entry = _publish_entry(by_key)
    for key in DATE_KEYS:     # a skipped placeholder date (0001-01-01, TK) is said, not silent
        if key not in by_key:
            continue
        entry, value = by_key[key], coerce_date(by_key[key].value)
        notice = refused_date(value, f"front matter {entry.key}", entry.segments[0][1]) \
            if value is not None else _not_a_date(entry)
        if notice is not None:
            doc.notices.append(notice)
    for e in entries:
        key = known(e.key)
        head, _, rest = e.key.partition(".")
        head = known(head)
        picture = _fm_images.classify(e.key, e.value, image_fields)
        if picture is not None:
            group, role = picture
            if role in _fm_images.ROLES and role not in images.get(group, {}):
                images.setdefault(group, {})[role] = (_part("field", e, name=e.key), e.value)
            continue
        if e is headline:
            doc.add(_part("headline", e, name="front-matter " + e.key))
        elif (key == "title" or key in TITLE_KEYS) and isinstance(e.value, str):
            doc.add(_part("title", e, name="front-matter " + e.key))
        elif key in DATE_KEYS and (e.text or isinstance(e.value, str)):    # not a stated `date: [2024]`
            part = doc.add(_part("field", e, name=e.key))
            if e is date_entry:
                doc.published, doc.published_part = coerce_date(e.value), part
                doc.published_from = f"front matter {e.key}"      # the key as written (`PublishDate`)
        elif key in DEK_KEYS and isinstance(e.value, str):
            doc.add(_part("dek", e, name=e.key))
        elif head in BYLINE_KEYS and (not rest or rest.isdigit() or rest.lower().endswith("name")):
            doc.add(_part("byline", e, name=e.key))
        elif e.text.strip():
            doc.add(_part("field", e, name=e.key))
    _fm_images.add_images(doc, images, lang)


# A character a page shows: a title of only zero-width spaces, soft hyphens
# or other format characters (Unicode Cf) is blank, as one of spaces is (qa72 #6).
_SHOWN = regex.compile(r"[^\s\p{Cf}]")


def _holds(value: object) -> str:
    """What a headline key with no text holds, as the missing headline says
    it: `empty`, `blank`, `null`, `an empty list`, `a number, not text`."""
    if isinstance(value, str):
        return "blank" if value else "empty"
    if value is None:
        return "null"
    if isinstance(value, (list, tuple, set, dict)):
        noun = "mapping" if isinstance(value, dict) else "list"
        return f"a {noun}, not text" if value else f"an empty {noun}"
    what = str(value).lower() if isinstance(value, bool) else "a date" if isinstance(value, dt.date) else \
        "a number" if isinstance(value, (int, float)) else "binary data" if isinstance(value, bytes) else "a value"
    return f"{what}, not text"


def _not_a_date(e: Entry) -> Notice | None:
    """The notice for a date key whose value reads as no date (`TK`,
    `2024-XX-XX`) or holds no text (`1e400`, `[2024, 1]`: said by what it
    holds, `a number`), which would otherwise leave the date checks quiet unsaid.
    An empty value, a generator's template (`{{ .Date }}` in a Hugo
    archetype) and an Eleventy keyword (`Last Modified`) are left alone. The
    key is named as written (`PublishDate`), as `published_from` names it."""
    if not e.segments or str(e.value).lower() in _FILE_DATES:
        return None
    holds = "" if isinstance(e.value, str) or e.text else _holds(e.value).removesuffix(", not text")
    return not_a_date("file.front-matter", f"front matter {e.key}:", e.text, e.stated_at(), holds)


def _publish_entry(by_key: dict[str, Entry]) -> Entry | None:
    """The entry holding the publication date: the first date key (in
    `DATE_KEYS` order) whose value is a date, skipping placeholders
    (0001-01-01, Hugo's zero date). A date refused for lying too far ahead is
    still the one the site would use, so no later key stands in for it."""
    for key in DATE_KEYS:
        published = coerce_date(by_key[key].value) if key in by_key else None
        if published is None or published.year < EARLIEST_PUBLICATION_YEAR:
            continue
        refused = implausible_publication(published, future_ok=f"front matter {key}" in PLANNED_RUN_SOURCES)
        return by_key[key] if refused is None else None
    return None


def states_date(doc: Document, case_blind: bool = True) -> bool:
    """Whether the front matter gave a date key a date (used or refused), or
    one of Eleventy's keywords for the file's own date (`Last Modified`,
    which overrides the date in its path: 11ty.dev/docs/dates): a file-name
    date then never stands in for it. `case_blind` as `read`'s."""
    match = known if case_blind else same
    return any(p.kind == "field" and match(p.name) in DATE_KEYS
               and (coerce_date(p.text) is not None or p.text.strip().lower() in _FILE_DATES)
               for p in doc.parts)
