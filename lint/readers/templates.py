"""Template syntax in the body of a static-site article, found as the generators find it.

Static-site generators expand their template syntax before Markdown is
rendered, anywhere in the body (code blocks included), so newslint finds it
first and treats it as markup, never prose:

- Hugo shortcodes (gohugo.io/content-management/shortcodes; the lexer is
  `parser/pageparser/pagelexer_shortcode.go`): `{{< name params >}}` and
  `{{% name params %}}`, closing `{{< /name >}}`, self-closing `{{< name />}}`,
  inner spaces optional, quoted values with `\\"` escapes (or backquoted raw
  strings) that may hold the closing delimiter; `{{</* ... */>}}` shows a
  shortcode literally. A `highlight` pair is code.
- Liquid (Jekyll, Eleventy; shopify.github.io/liquid): tags `{% ... %}` and
  outputs `{{ ... }}`, each ending at the first `%}` / `}}` as Liquid's own
  tokenizer does, with `-` whitespace control; `{% raw %}` keeps its body as
  literal text; `{% comment %}` and `{% highlight %}` pairs are markup whole.
- Nunjucks/Jinja (Eleventy): the same tags and outputs, `{# ... #}` comments
  and `{% verbatim %}` bodies.
- kramdown (Jekyll's Markdown): attribute lists `{: .class}`, `{:ref: ...}`
  and extensions `{::comment}...{:/comment}`; Goldmark/markdown-it-attrs
  attribute lists `{#id .class}` (Hugo).
- MDX (`.mdx`): ESM `import`/`export` blocks, `{expressions}` and
  capitalised JSX component tags `<Chart data={x} />`, fragments `<>`.

`scan` returns `Tag`s with exact source offsets; `masked` blanks them out
(same length, line breaks kept) so the Markdown parser sees neither their
quote marks nor their `<`/`*`/`[` and every offset stays the source's.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

MARKUPS = ("auto", "hugo", "jekyll", "eleventy", "none")
MASK = "\ue000"          # a private-use character: plain text to markdown-it, never prose
_FAMILIES = {
    "auto": {"shortcode", "liquid", "nunjucks", "kramdown", "attributes"},
    "hugo": {"shortcode", "attributes"},
    "jekyll": {"liquid", "kramdown"},
    "eleventy": {"liquid", "nunjucks", "attributes"},
    "none": set(),
}
_MAX_TAG = 20_000        # a delimiter left open this far is text, not a tag
_CODE_SHORTCODES = {"highlight", "code"}
_WHOLE_LIQUID_BLOCKS = {"comment": "endcomment", "highlight": "endhighlight"}
_RAW_LIQUID_BLOCKS = {"raw": "endraw", "verbatim": "endverbatim"}
_INCLUDES = {"include", "include_relative", "render", "include_cached"}

_OPENERS = {
    "shortcode": regex.compile(r"\{\{[<%]"),
    "liquid": regex.compile(r"\{[{%]"),
    "nunjucks": regex.compile(r"\{#"),
    "kramdown": regex.compile(r"\{:"),
    "attributes": regex.compile(r"\{[#.]"),
}
_ANY_OPENER = regex.compile(r"\{[{%#:.]")
_SC_NAME = regex.compile(r"[ \t\r\n]*(?P<close>/)?[ \t\r\n]*(?P<name>[\w\-/]+(?:\.inline)?)")
_LIQUID_NAME = regex.compile(r"-?[ \t\r\n]*(?P<name>#|[A-Za-z_][\w\-]*)")
_INCLUDE_FILE = regex.compile(r"[ \t\r\n]*(?:\"(?P<dq>[^\"]*)\"|'(?P<sq>[^']*)'|(?P<bare>[^\s,%}]+))")
_ATTR_LIST = regex.compile(
    r"""\{[ \t]*(?:[#.][\w\-]+|[\w\-]+=(?:"[^"\n]*"|'[^'\n]*'|[\w\-.]+))
        (?:[ \t]+(?:[#.][\w\-]+|[\w\-]+=(?:"[^"\n]*"|'[^'\n]*'|[\w\-.]+)))*[ \t]*\}""",
    regex.VERBOSE)
_IAL = regex.compile(r"""\{:(?::?[\w\-]*:)?(?:[^}"'\n]|"[^"\n]*"|'[^'\n]*')*\}""")
_KRAMDOWN_EXT = regex.compile(r"\{::(?P<name>\w+)(?P<attrs>[^}\n]*)\}")


@dataclass(frozen=True)
class Tag:
    """One piece of template syntax: `src[start:end]` is markup.

    `family` is shortcode, liquid, output, comment, attributes, jsx, expression
    or esm; `name` the shortcode/tag name (`include image.html` for includes);
    `inner` the source span between the delimiters, where parameters are.
    `block` marks a span that covers a whole code or comment block.
    """

    start: int
    end: int
    family: str
    name: str = ""
    closing: bool = False
    inner: tuple[int, int] = (0, 0)
    block: bool = False


def scan(src: str, start: int, end: int, markup: str = "auto", jsx: bool = False) -> list[Tag]:
    """Every template tag in src[start:end], in source order, never overlapping."""
    families = _FAMILIES.get(markup, _FAMILIES["auto"])
    tags: list[Tag] = []
    if jsx:
        from ._jsx import scan_jsx   # MDX only: imported when an .mdx file is read
        return scan_jsx(src, start, end)
    if not families:
        return tags
    pos = start
    while True:
        m = _ANY_OPENER.search(src, pos, end)
        if m is None:
            break
        at = m.start()
        tag = _tag_at(src, at, end, families)
        if tag is None:
            pos = at + 1
            continue
        tags.append(tag)
        pos = tag.end
        follow = _block_end(src, tag, end)
        if follow is not None:
            kind, stop = follow
            if kind == "whole":
                tags[-1] = Tag(tag.start, stop, tag.family, tag.name, False, tag.inner, True)
                pos = stop
            else:   # raw body: literal text up to the closing tag, which is markup
                closer = _tag_at(src, stop, end, families)
                if closer is not None:
                    tags.append(closer)
                    pos = closer.end
                else:
                    pos = stop
    return tags


def _tag_at(src: str, at: int, end: int, families) -> Tag | None:
    two = src[at:at + 2]
    if two == "{{" and "shortcode" in families and src[at + 2:at + 3] in ("<", "%"):
        return _shortcode(src, at, end)
    if two in ("{{", "{%") and ("liquid" in families or "nunjucks" in families):
        return _liquid(src, at, end)
    if two == "{#" and "nunjucks" in families:
        stop = src.find("#}", at + 2, min(end, at + _MAX_TAG))
        if stop != -1:
            return Tag(at, stop + 2, "comment", inner=(at + 2, stop), block=True)
    if two == "{:" and "kramdown" in families:
        return _kramdown(src, at, end)
    if two in ("{#", "{.") and "attributes" in families:
        m = _ATTR_LIST.match(src, at, end)
        if m:
            return Tag(at, m.end(), "attributes", inner=(at + 1, m.end() - 1))
    return None


def _shortcode(src: str, at: int, end: int) -> Tag | None:
    """A Hugo shortcode; quoted values may hold `>}}`, as in Hugo's lexer."""
    right = ">}}" if src[at + 2] == "<" else "%}}"
    limit = min(end, at + _MAX_TAG)
    if src.startswith("/*", at + 3):    # {{</* x */>}}: shown literally, still markup
        stop = src.find("*/" + right, at + 5, limit)
        return None if stop == -1 else Tag(at, stop + 5, "shortcode", "comment", block=True,
                                           inner=(at + 5, stop))
    m = _SC_NAME.match(src, at + 3, limit)
    if not m:
        return None
    p = m.end()
    while p < limit:
        ch = src[p]
        if src.startswith(right, p):
            inner_end = p - 1 if src[p - 1] == "/" and p - 1 >= m.end() else p
            return Tag(at, p + 3, "shortcode", m["name"], bool(m["close"]), (m.end(), inner_end))
        if ch == '"':
            q = p + 1
            while q < limit and src[q] not in '"\n':
                q += 2 if src[q] == "\\" else 1
            if q >= limit or src[q] != '"':
                return None   # Hugo: unterminated quoted string
            p = q + 1
        elif ch == "`":
            q = src.find("`", p + 1, limit)
            if q == -1:
                return None
            p = q + 1
        else:
            p += 1
    return None


def _liquid(src: str, at: int, end: int) -> Tag | None:
    """A Liquid/Nunjucks tag or output, ending at the first closing delimiter."""
    output = src[at + 1] == "{"
    right = "}}" if output else "%}"
    stop = src.find(right, at + 2, min(end, at + _MAX_TAG))
    if stop == -1:
        return None
    inner = (at + 2, stop - 1 if src[stop - 1] == "-" and stop - 1 > at + 2 else stop)
    m = _LIQUID_NAME.match(src, at + 2, stop)
    name = m["name"] if m else ""
    if output:
        return Tag(at, stop + 2, "output", name, inner=(m.end() if m else inner[0], inner[1]))
    closing = name.startswith("end")
    if name in _INCLUDES:
        f = _INCLUDE_FILE.match(src, m.end(), stop)
        if f:
            file = f["dq"] if f["dq"] is not None else f["sq"] if f["sq"] is not None else f["bare"]
            return Tag(at, stop + 2, "liquid", f"include {file}", inner=(f.end(), inner[1]))
    return Tag(at, stop + 2, "liquid" if name != "#" else "comment", name, closing,
               (m.end() if m else inner[0], inner[1]))


def _kramdown(src: str, at: int, end: int) -> Tag | None:
    ext = _KRAMDOWN_EXT.match(src, at, end)
    if ext:
        name = ext["name"]
        if ext["attrs"].rstrip().endswith("/"):
            return Tag(at, ext.end(), "attributes", name)
        closer = regex.compile(r"\{:/(?:" + regex.escape(name) + r")?\}")
        c = closer.search(src, ext.end(), min(end, at + _MAX_TAG * 10))
        stop = c.end() if c else ext.end()
        return Tag(at, stop, "comment" if c else "attributes", name, block=bool(c))
    m = _IAL.match(src, at, end)
    return Tag(at, m.end(), "attributes", inner=(at + 2, m.end() - 1)) if m else None


def _block_end(src: str, tag: Tag, end: int) -> tuple[str, int] | None:
    """For a tag that opens a code, comment or raw block: ("whole", end of the
    closing tag) or ("raw", start of the closing tag)."""
    if tag.closing or tag.block:
        return None
    if tag.family == "shortcode" and tag.name in _CODE_SHORTCODES:
        close = regex.compile(r"\{\{([<%])[ \t\r\n]*/[ \t\r\n]*" + regex.escape(tag.name)
                              + r"[ \t\r\n]*\1\}\}")
        m = close.search(src, tag.end, end)
        return ("whole", m.end()) if m else None
    if tag.family != "liquid":
        return None
    if tag.name in _WHOLE_LIQUID_BLOCKS:
        m = _closer(_WHOLE_LIQUID_BLOCKS[tag.name]).search(src, tag.end, end)
        return ("whole", m.end()) if m else None
    if tag.name in _RAW_LIQUID_BLOCKS:
        m = _closer(_RAW_LIQUID_BLOCKS[tag.name]).search(src, tag.end, end)
        return ("raw", m.start()) if m else None
    return None


def _closer(name: str):
    return regex.compile(r"\{%-?[ \t\r\n]*" + name + r"[ \t\r\n]*-?%\}")


def masked(src: str, tags: list[Tag]) -> str:
    """src with every tag's characters but line breaks replaced by MASK."""
    if not tags:
        return src
    out, pos = [], 0
    for t in tags:
        out.append(src[pos:t.start])
        piece = src[t.start:t.end]
        if "\n" in piece or "\r" in piece:
            out.append(regex.sub(r"[^\r\n]", MASK, piece))
        else:
            out.append(MASK * len(piece))
        pos = t.end
    out.append(src[pos:])
    return "".join(out)
