"""Template syntax in the body of a static-site article, found as the generators find it.

Static-site generators expand their template syntax before Markdown is
rendered, anywhere in the body (code blocks included), so newslint finds it
first and treats it as markup, never prose:

- Hugo shortcodes (gohugo.io/content-management/shortcodes; the lexer is
  `parser/pageparser/pagelexer_shortcode.go`): `{{< name params >}}` and
  `{{% name params %}}`, closing `{{< /name >}}`, self-closing `{{< name />}}`,
  inner spaces optional, quoted values with `\\"` escapes (or backquoted raw
  strings) that may hold the closing delimiter; `{{</* ... */>}}` shows a
  shortcode literally. A `highlight` pair is code. A Go template comment
  `{{/* ... */}}` (`{{- /* ... */ -}}` trimmed; text/template's lexer: the
  first `*/` must meet the closing delimiter) is markup whole.
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

import bisect
from dataclasses import dataclass

from .. import rx as regex

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
# A Go template comment's opening, `{{/*` or `{{- /*` (a trim marker is `-` and one space),
# and its closing delimiter right after `*/`, `}}` or ` -}}` (text/template's lexComment).
_GO_COMMENT = regex.compile(r"\{\{(?:-[ \t\r\n])?/\*")
_GO_COMMENT_END = regex.compile(r"(?:[ \t\r\n]-)?\}\}")
_NOT_BREAK = regex.compile(r"[^\r\n]")
_ANY_OPENER = regex.compile(r"\{[{%#:.]")
_SC_NAME = regex.compile(r"[ \t\r\n]*(?P<close>/)?[ \t\r\n]*(?P<name>[\w\-/]+(?:\.inline)?)")
_LIQUID_NAME = regex.compile(r"-?[ \t\r\n]*(?P<name>#|[A-Za-z_][\w\-]*)")
_INCLUDE_FILE = regex.compile(r"[ \t\r\n]*(?:\"(?P<dq>[^\"]*)\"|'(?P<sq>[^']*)'|(?P<bare>[^\s,%}]+))")
_ATTR_LIST = regex.compile(
    r"""\{[ \t]*(?:[#.][\w\-]+|[\w\-]+=(?:"[^"\n]*"|'[^'\n]*'|[\w\-.]+))
        (?:[ \t]+(?:[#.][\w\-]+|[\w\-]+=(?:"[^"\n]*"|'[^'\n]*'|[\w\-.]+)))*[ \t]*\}""",
    regex.VERBOSE)
# An attribute list `{: ...}` or extension `{::name ...}` runs to the first `}`
# on its line outside quotes. Found by walking indexed stops, not by a regex per
# `{:`, which rescanned the line at every opener (`{: {: {: ...`, quadratic).
_IAL_STOP = r"[}\"'\n]"
_EXT_STOP = r"[}\n]"
_KRAMDOWN_EXT = regex.compile(r"\{::(?P<name>\w+)")


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
    """Every template tag in src[start:end], in source order, never overlapping.
    Linear in the text: closing delimiters are indexed once, never searched per opener."""
    if jsx:
        from ._jsx import scan_jsx   # MDX only: imported when an .mdx file is read
        return scan_jsx(src, start, end)
    families = _FAMILIES.get(markup, _FAMILIES["auto"])
    return _Scanner(src, end, families).run(start) if families else []


class _Scanner:
    def __init__(self, src: str, end: int, families):
        self.src, self.end, self.families = src, end, families
        self._index: dict[str, list[int]] = {}     # pattern -> match starts, in order
        self._ends: dict[str, list[int]] = {}      # pattern -> match ends
        self._ial: dict[int, int] = {}             # attribute-list stop -> its end, or -1

    def next_at(self, pattern: str, pos: int, limit: int, regex_: bool = False) -> tuple[int, int] | None:
        """(start, end) of the first match of `pattern` at or after pos, before limit."""
        found = self._index.get(pattern)
        if found is None:
            rx = regex.compile(pattern if regex_ else regex.escape(pattern))
            found = self._index[pattern] = []
            ends = self._ends[pattern] = []
            for m in rx.finditer(self.src, 0, self.end):
                found.append(m.start())
                ends.append(m.end())
        k = bisect.bisect_left(found, pos)
        if k < len(found) and found[k] < limit:
            return found[k], self._ends[pattern][k]
        return None

    def run(self, pos: int) -> list[Tag]:
        src, end = self.src, self.end
        tags: list[Tag] = []
        while True:
            m = _ANY_OPENER.search(src, pos, end)
            if m is None:
                return tags
            at = m.start()
            tag = self.tag_at(at)
            if tag is None:
                pos = at + 1
                continue
            tags.append(tag)
            pos = tag.end
            follow = self.block_end(tag)
            if follow is None:
                continue
            kind, stop = follow
            if kind == "whole":
                tags[-1] = Tag(tag.start, stop, tag.family, tag.name, False, tag.inner, True)
                pos = stop
                continue
            closer = self.tag_at(stop)   # raw body: literal text; the closing tag is markup
            if closer is not None:
                tags.append(closer)
                pos = closer.end
            else:
                pos = stop

    def tag_at(self, at: int) -> Tag | None:
        src, families = self.src, self.families
        two = src[at:at + 2]
        if two == "{{" and "shortcode" in families:
            if src[at + 2:at + 3] in ("<", "%"):
                return self.shortcode(at)
            go = _GO_COMMENT.match(src, at, self.end)
            if go:
                return self.go_comment(at, go.end())
        if two in ("{{", "{%") and ("liquid" in families or "nunjucks" in families):
            return self.liquid(at)
        if two == "{#" and "nunjucks" in families:
            stop = self.next_at("#}", at + 2, min(self.end, at + _MAX_TAG))
            if stop is not None:
                return Tag(at, stop[1], "comment", inner=(at + 2, stop[0]), block=True)
        if two == "{:" and "kramdown" in families:
            return self.kramdown(at)
        if two in ("{#", "{.") and "attributes" in families:
            m = _ATTR_LIST.match(src, at, self.end)
            if m:
                return Tag(at, m.end(), "attributes", inner=(at + 1, m.end() - 1))
        return None

    def shortcode(self, at: int) -> Tag | None:
        """A Hugo shortcode; quoted values may hold `>}}`, as in Hugo's lexer. The
        scan stops at the next `{{` outside quotes, which Hugo refuses inside a tag."""
        src = self.src
        right = ">}}" if src[at + 2] == "<" else "%}}"
        limit = min(self.end, at + _MAX_TAG)
        if src.startswith("/*", at + 3):    # {{</* x */>}}: shown literally, still markup
            stop = self.next_at("*/" + right, at + 5, limit)
            return None if stop is None else Tag(at, stop[1], "shortcode", "comment",
                                                  inner=(at + 5, stop[0]), block=True)
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
                q = self.next_at("`", p + 1, limit)
                if q is None:
                    return None
                p = q[1]
            elif ch == "{" and src.startswith("{{", p):
                return None
            else:
                p += 1
        return None

    def go_comment(self, at: int, body: int) -> Tag | None:
        """A Go template comment `{{/* ... */}}` whose body starts at `body`: markup
        whole. Comments do not nest; a first `*/` not closing the tag is no comment."""
        stop = self.next_at("*/", body, min(self.end, at + _MAX_TAG))
        if stop is None:
            return None
        close = _GO_COMMENT_END.match(self.src, stop[1], self.end)
        return None if close is None else Tag(at, close.end(), "comment", inner=(body, stop[0]),
                                              block=True)

    def liquid(self, at: int) -> Tag | None:
        """A Liquid/Nunjucks tag or output, ending at the first closing delimiter."""
        src = self.src
        output = src[at + 1] == "{"
        found = self.next_at("}}" if output else "%}", at + 2, min(self.end, at + _MAX_TAG))
        if found is None:
            return None
        stop = found[0]
        inner = (at + 2, stop - 1 if src[stop - 1] == "-" and stop - 1 > at + 2 else stop)
        m = _LIQUID_NAME.match(src, at + 2, stop)
        name = m["name"] if m else ""
        body = m.end() if m else inner[0]
        if output:
            return Tag(at, stop + 2, "output", name, inner=(body, inner[1]))
        if name in _INCLUDES:
            f = _INCLUDE_FILE.match(src, body, stop)
            if f:
                file = next(g for g in (f["dq"], f["sq"], f["bare"]) if g is not None)
                return Tag(at, stop + 2, "liquid", f"include {file}", inner=(f.end(), inner[1]))
        return Tag(at, stop + 2, "liquid" if name != "#" else "comment", name,
                   name.startswith("end"), (body, inner[1]))

    def kramdown(self, at: int) -> Tag | None:
        src = self.src
        ext = _KRAMDOWN_EXT.match(src, at, self.end)
        if ext:
            stop = self.next_at(_EXT_STOP, ext.end(), self.end, True)
            if stop is None or src[stop[0]] != "}":
                return None
            name, close = ext["name"], stop[1]
            if src[ext.end():stop[0]].rstrip().endswith("/"):
                return Tag(at, close, "attributes", name)
            c = self.next_at(r"\{:/(?:" + regex.escape(name) + r")?\}", close, self.end, True)
            return Tag(at, c[1] if c else close, "comment" if c else "attributes", name,
                       block=c is not None)
        close = self._ial_end(at + 2)
        return Tag(at, close, "attributes", inner=(at + 2, close - 1)) if close > 0 else None

    def _ial_end(self, pos: int) -> int:
        """End (after `}`) of the attribute list whose body starts at pos, or -1:
        the first `}` outside quotes, with `"..."`/`'...'` closed on their line.
        Each stop's outcome is remembered, so openers sharing a line share the walk."""
        memo = self._ial
        seen: list[int] = []
        result = -1
        while True:
            stop = self.next_at(_IAL_STOP, pos, self.end, True)
            if stop is None:
                break
            s = stop[0]
            if s in memo:
                result = memo[s]
                break
            seen.append(s)
            ch = self.src[s]
            if ch == "}":
                result = s + 1
                break
            if ch == "\n":
                break
            quote = self.next_at(ch, s + 1, self.end)
            line = self.next_at("\n", s + 1, self.end)
            if quote is None or (line is not None and line[0] < quote[0]):
                break
            pos = quote[1]
        for s in seen:
            memo[s] = result
        return result

    def block_end(self, tag: Tag) -> tuple[str, int] | None:
        """For a tag that opens a code, comment or raw block: ("whole", end of the
        closing tag) or ("raw", start of the closing tag)."""
        if tag.closing or tag.block:
            return None
        if tag.family == "shortcode" and tag.name in _CODE_SHORTCODES:
            pattern = (r"\{\{[<%][ \t\r\n]*/[ \t\r\n]*" + regex.escape(tag.name)
                       + r"[ \t\r\n]*[>%]\}\}")
            m = self.next_at(pattern, tag.end, self.end, True)
            return ("whole", m[1]) if m else None
        if tag.family != "liquid":
            return None
        if tag.name in _WHOLE_LIQUID_BLOCKS:
            m = self.next_at(_closer(_WHOLE_LIQUID_BLOCKS[tag.name]), tag.end, self.end, True)
            return ("whole", m[1]) if m else None
        if tag.name in _RAW_LIQUID_BLOCKS:
            m = self.next_at(_closer(_RAW_LIQUID_BLOCKS[tag.name]), tag.end, self.end, True)
            return ("raw", m[0]) if m else None
        return None


def _closer(name: str) -> str:
    return r"\{%-?[ \t\r\n]*" + name + r"[ \t\r\n]*-?%\}"


def masked(src: str, tags: list[Tag]) -> str:
    """src with every tag's characters but line breaks replaced by MASK."""
    if not tags:
        return src
    out, pos = [], 0
    for t in tags:
        out.append(src[pos:t.start])
        piece = src[t.start:t.end]
        if "\n" in piece or "\r" in piece:
            out.append(_NOT_BREAK.sub(MASK, piece))
        else:
            out.append(MASK * len(piece))
        pos = t.end
    out.append(src[pos:])
    return "".join(out)
