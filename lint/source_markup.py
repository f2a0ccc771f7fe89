"""What a span of an article's source holds besides its words: character
references and escapes (`ENTITY`, `ESCAPE`, as readers decode them), and
why a span whose text is not copied verbatim may not be rewritten by a fix
(`unverbatim`: a line break's markup, template text, a link's, an image's,
inline markup, escapes). `Part` maps offsets with these; `--fix` names a
held fix's reason from `unverbatim` (`fixes.HELD`)."""
from __future__ import annotations

import re

# A character reference (HTML 5 named, decimal or hex), as readers decode them.
ENTITY = re.compile(r"&(?:#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[A-Za-z][A-Za-z0-9]*;|amp(?![A-Za-z0-9]))")
# What one decoded character can stand for in a source: a character reference,
# a JSON string escape (a surrogate pair is one character), or a CRLF that XML
# reads as one line break.
ESCAPE = re.compile(ENTITY.pattern + r"|\\(?:u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}"
                     r"|u[0-9a-fA-F]{4}|.)|\r\n", re.DOTALL)

_BR = re.compile(r"<br\b", re.IGNORECASE)
_HARD_BREAK = re.compile(r"(?:  |\\)\r?\n|  \r")
_NEXT_LINE = re.compile(r"(?:\r\n?|\n)([ \t]*)(>?)")


# A link the reader marks in no part's text (`attrs["inline"]`'s `link`): an
# autolink `<https:...>` or `<name@host>` and a bare `www.` or `https://`
# address (GFM), whose words the text leaves out, and HTML's `<a href>` that
# Markdown passes as raw HTML. Searched outside code spans and, but for `<a
# href>`, outside HTML tags (`_TAG`), whose characters are no link (qa121 #4);
# `<a href>` outside HTML comments (`_COMMENT`), as an attribute named href
# among the tag's attributes, not `data-href` nor a value's word (qa125 #9).
# (No attribute's name or value holds `<` or `>`: each `<a` is read only up to
# the next, so a run of them is read in linear time.)
_LINK_TAG = re.compile(r"""<a(?:\s+(?!href\s*=)[^\s=<>/"']+(?:\s*=\s*(?:"[^"<>]*"|'[^'<>]*'|[^\s<>"'=]+))?)*"""
                       r"""\s+href\s*=""", re.IGNORECASE)
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_BARE_LINK = re.compile(r"<(?:https?|ftp|mailto):|<[^\s<>@]+@[^\s<>@]+>|(?<![\w.])www\.\w|\bhttps?://",
                        re.IGNORECASE)
# An HTML tag (a name after `<` or `</`, its attributes) or comment: not an autolink's `<https:`.
_TAG = re.compile(r"</?[A-Za-z][\w-]*(?:\s[^>]*)?/?>|<!--.*?-->", re.DOTALL)
# An image's markup: Markdown's `![alt](src)`, HTML's `<img>`.
_IMAGE = re.compile(r"!\[[^\]]*\]|<img\b", re.IGNORECASE)
# Template text a site's build reads: Liquid / Jinja / Hugo `{{ }}` and `{% %}`.
_TEMPLATE = re.compile(r"\{\{|\{%")
# A code span: its characters are literal (an `&amp;` in it is no reference).
_CODE = re.compile(r"(`+)(?:(?!\1).)+?\1", re.DOTALL)
# Other inline markup: an HTML tag or comment, a Markdown emphasis mark or code span's backtick.
_MARKUP = re.compile(r"</?[A-Za-z][^>]*>|<!--|[*_`~]")


def unverbatim(between: str, linked: bool) -> str:
    """Why the source `between` (a span whose text is not copied verbatim)
    may not be rewritten, as a `fixes.HELD` key: a `<br>`, a Markdown hard
    break, a block-quote marker or a continuation line's indent inside it;
    else `template` for template text (`{{ }}`, `{% %}`); else `link` for a
    link's markup (the text holds only the link's words, qa110 #1): a link
    the reader parsed in the span's text (`linked`: `[words](url)`, a
    defined `[words]`, `<a href>` in a page), or one its text leaves out
    (`_BARE_LINK`, `_LINK_TAG`), never brackets that are no link (`[sic]`,
    `\\[1\\]`) nor a URL in a code span or a tag's attribute (qa121 #4); else
    `image` for an image's; else, outside code spans (whose characters are
    literal), `markup` for inline markup alone (emphasis, a code span, an
    HTML tag or comment), `escaped` for escapes or character references
    alone (`ESCAPE`), and `unverbatim` ("markup or escapes") for both or
    for neither, as the characters cannot tell which (qa117 C1-C8)."""
    if _BR.search(between):
        return "br"
    if _HARD_BREAK.search(between):
        return "hardbreak"
    nexts = _NEXT_LINE.findall(between)
    if any(marker for _, marker in nexts):
        return "marker"
    if any(indent for indent, _ in nexts):
        return "indent"
    if _TEMPLATE.search(between):
        return "template"
    uncoded = _CODE.sub("", between)
    if linked or _LINK_TAG.search(_COMMENT.sub("", uncoded)) or _BARE_LINK.search(_TAG.sub("", uncoded)):
        return "link"
    if _IMAGE.search(uncoded):
        return "image"
    markup = bool(_MARKUP.search(between))
    escaped = bool(ESCAPE.search(uncoded))
    if markup != escaped:
        return "markup" if markup else "escaped"
    return "unverbatim"
