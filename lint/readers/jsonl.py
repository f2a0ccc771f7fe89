"""JSON Lines (`.jsonl`): one article per line, as CMS dumps and data teams
write them.

Each line is a JSON object. Its fields default to `id`, `headline`, `body`,
`published`, `format` (`text`, `markdown` or `html`; when absent, `html` for
a body that opens with an HTML block element closed in it, as `<p>…</p>`,
else `text`),
`dek`, `byline` and `section`; the config's `jsonl:` mapping renames them
(`jsonl: {headline: hed, body: content, published: pubdate}`). A line without
the default key for the headline or the date, or with no text in it (null,
"", blank, not a string), is read from the first key dumps most
often name it by that holds text (`ALIASES`: `title`; `date`, then schema.org's
`datePublished`), unless the mapping names that field's key. Only top-level
string fields are read. The body is read by the reader for its format (a
text body's first line is never taken for a missing headline); every
part maps through the JSON string's escapes to the line's own characters.
A body that is an array of strings is read item by item, each at its own
characters (CMSs that store paragraphs so: refusing it hid their text). A
line that is not a JSON object is reported (`file.jsonl`) and skipped; the
other lines are read (a BOM opening a later line, as `cat` joins exports, is passed over; one alone is blank). Also reported, on their own line with the article:
a field that is not a string (null is an empty field, except for the body),
an unknown `format` (read as text), an id an earlier line of the text has,
and the first line with no body field (a dump that names it otherwise
needs the mapping). An `id` that is missing, null or not a scalar is `line N`
(`line N (no id)` when another line's id is spelled `line N`).
"""
from __future__ import annotations

import json
from json.decoder import scanstring

from .. import rx as regex

from ..document import Document, Notice, Part
from ._articles import choose_date, new_article
from ._embed import adopt, read_as
from ._json_fm import NotAnObject as _NotAnObject
from ._stitch import slice_segments
from .options import DEFAULT, ReadOptions

FORMAT = "jsonl"
FIELDS = ("id", "headline", "dek", "byline", "body", "published", "format", "section")
# Keys a line's headline and date are read from when it lacks the default
# key and the config's mapping does not name one, in order: the names CMS
# dumps and scrapers use (WordPress's REST API and most exporters `title`
# and `date`; schema.org NewsArticle `headline` and `datePublished`).
ALIASES = {"headline": ("title",), "published": ("date", "datePublished")}
# A body with no `format` key that opens with an HTML block element closed
# later in it (`<p>The council met.</p>`) is HTML, as CMS dumps store it;
# "<3 the ferry" or "<b>" alone stays text.
HTML_BODY = regex.compile(
    r"(?is)\s*(?:<!doctype\s+html|<html[\s>]|<!--.*?-->\s*<"
    r"|<(p|div|h[1-6]|article|section|figure|blockquote|ul|ol|table|header|main|aside)[\s>]"
    r"(?=.*</\1\s*>))")
BODY_FORMATS = ("text", "markdown", "html")
# A fix may not write a quote, a backslash or a control character into a JSON string.
UNSAFE_JSON = '"\\' + "".join(map(chr, range(32)))
# A BOM opening a line other than the file's first (two exports joined with
# `cat`) is passed over, as the file's own is, so its columns stay the line's (qa94 #8).
BOM = "\ufeff"
_DECODER = json.JSONDecoder()
_WS = regex.compile(r"[ \t\r\n]*")
_ESCAPE = regex.compile(r"\\(?:u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}"
                        r"|u[0-9a-fA-F]{4}|.)", regex.DOTALL)


def read(doc: Document, options: ReadOptions = DEFAULT, slice_: bool = False,
         earlier: tuple[tuple[str, int], ...] = (), said: bool = False,
         taken: tuple[str, ...] = ()) -> None:
    """Read every line of `doc.source` into `doc.articles` (any run of whole
    lines reads alike, so `slice_` changes nothing). A slice of an export
    is told what the lines before it hold (`line_facts` over them, done by
    an audit's plan: qa87 #4, #6): `earlier`, (id, its first line) for the
    ids of its lines that an earlier line has, and `said`, whether an
    earlier line lacked the body field (the notice is then not said again),
    and `taken`, the ids of other slices' lines spelled as the name of one
    of its lines without an id (`line 7`). Such a line is `line 7 (no id)`,
    so two records are never one article (qa87 #8)."""
    names = field_keys(options)
    unmapped = [(name, keys) for name, keys in ALIASES.items() if name not in dict(options.jsonl)]
    src, pos, bodiless = doc.source, 0, said
    seen: dict[str, int] = dict(earlier)      # id -> its first line in the file
    unnamed: list[Document] = []              # the articles called `line N`
    while pos < len(src):
        nl = src.find("\n", pos)
        end = len(src) if nl == -1 else nl
        if src[pos:end].removeprefix(BOM).strip():      # a line of only a BOM is blank (qa97 #4)
            line = doc.lines.position(pos)[0]      # the export's own line, in a slice too
            try:
                fields = object_fields(src, pos, end)
            except (ValueError, RecursionError) as exc:
                from ._json_fm import placed, unreadable      # the file's line and column (nu73 #3)
                said, at = f"line {line} is not a JSON object ({placed(exc, doc.lines)}); skipped", pos
                if not isinstance(exc, (json.JSONDecodeError, _NotAnObject)):
                    # no position: a number too long for int(), or nesting too deep (as JSON front matter)
                    what, at = unreadable(src, pos, end, exc)
                    said = f"line {line} cannot be read: {what}; skipped"
                doc.notices.append(Notice("file.jsonl", "error", said, at))
            else:
                ident = _ident(fields, names)
                aliased, looked = _aliased(fields, names, unmapped)
                article = _article(doc, fields, aliased, options, line, ident, looked)
                article.article_at = end - len(src[pos:end].removeprefix(BOM).lstrip())   # its `{`
                article.article_end = end
                if article.first("headline") is None and article.headline_at is None:
                    # no headline key at all: said at the record's `{`, not its first value read (its date)
                    article.headline_at = article.article_at
                doc.articles.append(article)
                if ident is None:
                    unnamed.append(article)
                if not bodiless and names["body"] not in fields:
                    bodiless = True        # said once a file: a dump without the key says it on every line
                    article.notices.append(_no_body(fields, names["body"], line, pos))
                if ident is not None and ident in seen:
                    article.notices.append(Notice(
                        "file.jsonl", "warning", f"line {line}: id {ident!r} is also line "
                        f"{seen[ident]}'s; findings name both articles alike (a dump's ids should be "
                        "unique)", fields[names["id"]][1]))
                elif ident is not None:
                    seen[ident] = line
        pos = end + 1
    taken = set(taken) | set(seen)
    for article in unnamed:
        if article.article in taken:          # an id spelled as its name: not one article
            article.article += " (no id)"


def field_keys(options: ReadOptions) -> dict[str, str]:
    """Each field's key in a line: its default, or the config's `jsonl:` mapping."""
    names = dict(zip(FIELDS, FIELDS))
    names.update(dict(options.jsonl))
    return names


def line_facts(line: str, options: ReadOptions = DEFAULT) -> tuple[str | None, bool] | None:
    """(the id `read` names the line's article by, None for `line N`;
    whether the line lacks the body field) for one line of an export, its
    newline left off; None when it is no JSON object (`read` skips it). What
    an audit's plan carries from one slice to the next (`read`'s `earlier`
    and `said`)."""
    names = field_keys(options)
    try:
        fields = object_fields(line, 0, len(line))
    except (ValueError, RecursionError):
        return None
    return _ident(fields, names), names["body"] not in fields


def _aliased(fields: dict, names: dict, unmapped: list) -> tuple[dict, dict[str, list[str]]]:
    """`names` for one line, and for each field the keys it was looked up
    under that the line has (its default key and `ALIASES`, or the mapped
    key), in order. A field the mapping leaves alone whose default key the
    line lacks, or holds with no text in it (null, "", blank, not a string),
    is read from the first alias that has text (else the default key stays,
    else the first alias the line has)."""
    out = names
    looked = {name: [key] for name, key in names.items() if key in fields}
    for name, keys in unmapped:
        looked[name] = [k for k in (names[name], *keys) if k in fields]
        if _has_text(fields.get(names[name]), name == "headline"):
            continue
        key = next((k for k in keys if _has_text(fields.get(k), name == "headline")), None)
        if key is None and names[name] not in fields:
            key = next((k for k in keys if k in fields), None)
        if key is not None:
            out = {**out, name: key}
    return out, looked


def _passed(looked: dict, name: str, names: dict) -> list[str]:
    """The keys `_aliased` passed over for `name` before the one read."""
    keys = looked.get(name, [])
    return keys[:keys.index(names[name])] if names[name] in keys else keys


def _has_text(field, bare: bool = False) -> bool:
    """Whether the (value, start, end) `field` holds text; `bare`: a number or
    true/false counts (a headline's: `_bare`)."""
    return field is not None and (isinstance(field[0], str) and bool(field[0].strip())
                                  or bare and _bare(field[0]))


def _bare(value) -> bool:
    """A number or true/false: a headline field holding one (`"headline": 1984`)
    is read as its text as written, as front matter's `"title": 1984` is."""
    return isinstance(value, (int, float))


def _no_text(value) -> str:
    """What a headline field with no text holds, as said in the missing headline."""
    return ("empty" if value == "" else "blank") if isinstance(value, str) else _what(value)


def _no_body(fields: dict, key: str, line: int, pos: int) -> Notice:
    """The first line without a body field: most often the dump names it otherwise."""
    keys = ", ".join(repr(k) for k in list(fields)[:12]) or "none"
    return Notice("file.jsonl", "warning", f"line {line} has no body field {key!r} (its keys: "
                  f"{keys}); name the body's key in the config, e.g. jsonl: {{body: content}} "
                  "(said once a file)", pos)


def _ident(fields: dict, names: dict) -> str | None:
    """The article's id as written (a string or number), or None: `line N` then."""
    ident = fields.get(names["id"])
    usable = ident is not None and isinstance(ident[0], (str, int, float)) \
        and not isinstance(ident[0], bool) and str(ident[0]).strip()
    return str(ident[0]).strip() if usable else None


def _what(value) -> str:
    return "null" if value is None else "true or false" if isinstance(value, bool) else \
        "a number" if isinstance(value, (int, float)) else \
        ("an empty array" if not value else "an array") if isinstance(value, list) else "an object"


def _not_text(article: Document, fields: dict, key: str, line: int, why: str,
              wanted: str = "a string") -> None:
    """A text field that is no string: said on its line, never silently dropped."""
    article.notices.append(Notice("file.jsonl", "warning", f"line {line}: {key!r} is "
                                  f"{_what(fields[key][0])}, not {wanted}; {why}", fields[key][1]))


def object_fields(src: str, start: int, end: int) -> dict[str, tuple[object, int, int]]:
    """key -> (value, start, end) for the JSON object in src[start:end]; the
    span is the value's own characters (a string's with its quotes). Errors:
    ValueError saying what is wrong where. The line is read as a copy of its
    own: a copy of the file up to it, made for every line, was quadratic in
    the line count (qa71 #1). A line that is no object is read again as that
    copy, so the JSON error names the file's line and column as before."""
    try:
        fields = _fields(src[start:end], 0, end - start)
    except ValueError:
        return _fields(src[:end], start, end)      # raises again, placed in the file
    return {key: (value, a + start, b + start) for key, (value, a, b) in fields.items()}


def _fields(line: str, start: int, end: int) -> dict[str, tuple[object, int, int]]:
    """`object_fields` of line[start:end], `line` ending at `end`."""
    pos = _WS.match(line, start + line.startswith(BOM, start)).end()
    if not line.startswith("{", pos):
        raise _NotAnObject("it does not start with '{'")
    out: dict[str, tuple[object, int, int]] = {}
    pos = _WS.match(line, pos + 1).end()
    if line.startswith("}", pos):
        pos += 1
    else:
        while True:
            if not line.startswith('"', pos):
                raise _NotAnObject("a key was expected", pos)
            key, pos = scanstring(line, pos + 1)
            pos = _WS.match(line, pos).end()
            if not line.startswith(":", pos):
                raise _NotAnObject("':' was expected", pos)
            pos = _WS.match(line, pos + 1).end()
            value, stop = _DECODER.raw_decode(line, pos)
            out[key] = (value, pos, stop)
            pos = _WS.match(line, stop).end()
            if line.startswith(",", pos):
                pos = _WS.match(line, pos + 1).end()
                continue
            if line.startswith("}", pos):
                pos += 1
                break
            raise _NotAnObject("',' or '}' was expected", pos)
    if (data := _WS.match(line, pos).end()) != end:
        raise _NotAnObject("extra data", data)
    return out


def string_map(src: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """Segments from a JSON string's decoded text to src (the string's span,
    quotes included): verbatim runs, and one character per escape, at its
    backslash, or at the character itself for `\\"` and `\\/` (as `_scalars`)."""
    segments, t, pos = [], 0, start + 1
    for m in _ESCAPE.finditer(src, start + 1, end - 1):
        if m.start() > pos:
            segments.append((t, pos))
            t += m.start() - pos
        segments.append((t, m.start() + (m[0] in ('\\"', "\\/"))))
        t += 1
        pos = m.end()
    if pos < end - 1 or not segments:
        segments.append((t, pos))
    return tuple(segments)


def _article(container: Document, fields: dict, names: dict, options: ReadOptions,
             number: int, ident: str | None, looked: dict | None = None) -> Document:
    """Line `number`'s article, named `ident` (`_ident`), else by its line;
    `looked` is `_aliased`'s keys each field was looked up under (a key
    passed over is said if it holds no string, as the key read is)."""
    def get(name: str) -> tuple[object, int, int] | None:
        return fields.get(names[name])

    article = new_article(container, ident if ident is not None else f"line {number}", "text")
    id_field = get("id")
    if id_field is not None and isinstance(id_field[0], (bool, list, dict)):
        _not_text(article, fields, names["id"], number, f"the article is called 'line {number}'",
                  "a string or number")
    looked = looked or {}
    keys = [names[n] for n in ("headline", "dek", "byline", "section", "published", "format")]
    for key in dict.fromkeys(keys + [k for n in ("headline", "published") for k in _passed(looked, n, names)]):
        value = fields.get(key)       # null is an empty field, as CMS dumps write one
        if key == names["headline"] and value is not None and _bare(value[0]):
            continue                  # read as the headline, as written
        if value is not None and value[0] is not None and not isinstance(value[0], str):
            _not_text(article, fields, key, number, "not read")
    for name, kind in (("headline", "headline"), ("dek", "dek"), ("byline", "byline")):
        field = get(name)
        part = _string_part(container.source, kind, field)
        if field is not None and part is not None:
            article.add(part)
            if not isinstance(field[0], str):     # `"headline": 1984`: `19,84` would be no JSON
                article.held.append((field[1], field[2], "bare"))
    if article.first("headline") is None:
        said = [(k, fields[k]) for k in looked.get("headline", ())]
        if said:       # headline fields with no text: said so, at the first one's value
            article.headline_at = said[0][1][1]
            article.headline_said = " and ".join(f"{k!r} is {_no_text(v[0])}" for k, v in said)
    section = get("section")
    if section is not None and isinstance(section[0], str):
        article.fields["section"] = section[0]
        article.state_section(section[0], f"the JSON field {names['section']!r}")
    date = _string_part(container.source, "field", get("published"), name=names["published"])
    if date is not None:
        # `TK`, `YYYY-MM-DD`: said at the value, not a silent lack
        choose_date(article, [(article.add(date), f"the JSON field {names['published']!r}")],
                    "file.jsonl", f"line {number}: {names['published']}", written=True)
    body = get("body")
    if body is None:
        return article
    if isinstance(body[0], list) and body[0] and all(isinstance(v, str) for v in body[0]):
        items = array_items(container.source, body[1], body[2])     # one paragraph (or more) each
    elif isinstance(body[0], str):
        items = [body]
    else:
        why = "the article's text is not read" + (
            " (an array is read only when every item is a string)"
            if isinstance(body[0], list) and body[0] else "")
        _not_text(article, fields, names["body"], number, why)
        return article
    items = [item for item in items if item[0].strip()]
    if not items:
        return article
    fmt, given = "text", get("format")
    if given is None and HTML_BODY.match(items[0][0]):
        fmt = "html"    # no format key: markup is sniffed, as the .xml readers sniff theirs
    elif given is not None and given[0] in BODY_FORMATS:
        fmt = given[0]
    elif given is not None and isinstance(given[0], str):
        article.notices.append(Notice(
            "file.jsonl", "warning", f"line {number}: format {given[0]!r} is not one of "
            f"{', '.join(BODY_FORMATS)}; the body is read as text", given[1]))
    article.format = fmt
    for text, start, end in items:
        # A text body's first line is body, never a headline the dump lacks (a
        # headline check's fix would rewrite it); Markdown and HTML mark theirs.
        sub = read_as(fmt, container.path, text, options,
                      headline=article.first("headline") is not None or fmt == "text")
        for part in sub.parts:
            if part.kind == "headline" and article.first("headline") is not None:
                part.kind = "heading"
        adopt(article, sub, string_map(container.source, start, end), unsafe=UNSAFE_JSON)
    return article


def array_items(src: str, start: int, end: int) -> list[tuple[object, int, int]]:
    """(value, start, end) of each item of the JSON array src[start:end]
    (already decoded whole, so well formed), each span the item's own
    characters, as `object_fields` gives a value's."""
    items: list[tuple[object, int, int]] = []
    pos = _WS.match(src, start + 1, end).end()
    while not src.startswith("]", pos):
        value, stop = _DECODER.raw_decode(src, pos)
        items.append((value, pos, stop))
        pos = _WS.match(src, stop, end).end()
        if src.startswith(",", pos):
            pos = _WS.match(src, pos + 1, end).end()
    return items


def _string_part(src: str, kind: str, field, name: str = "") -> Part | None:
    """The part of a string field, without the white space at its ends; a
    headline's number or true/false (`_bare`) is its text as written."""
    if field is not None and kind == "headline" and _bare(field[0]):
        part = Part.from_slice(kind, src, field[1], field[2], name=name)
        part.attrs["unsafe_chars"] = UNSAFE_JSON
        return part
    if field is None or not isinstance(field[0], str) or not field[0].strip():
        return None
    text = field[0]
    lead, stop = len(text) - len(text.lstrip()), len(text.rstrip())
    segments = slice_segments(string_map(src, field[1], field[2]), lead, stop)
    part = Part(kind, text[lead:stop], segments, name=name)
    part.attrs["unsafe_chars"] = UNSAFE_JSON
    return part

