"""The story from a page's JSON-LD `articleBody`, when the HTML does not show it.

Some pages render their story with JavaScript from a state blob: the saved
HTML holds a caption and little else, so the extractor finds next to nothing,
while the page's schema.org `NewsArticle` (or `BlogPosting`) carries the whole
text in `articleBody`. That field is the CMS's own copy of the body, so it is
read as the story when the page's HTML story is missing or tiny against it:

- `articleBody` has at least MIN_WORDS words, and
- the story read from the HTML has under SHARE of that many words (on a page
  where the extractor found no story at all, any count).

The HTML story's paragraphs, block quotes and subheads are then dropped (they
are a teaser of the same text, or a caption taken for one) and the field's
paragraphs stand in their place, each a `paragraph` part named
"JSON-LD articleBody" whose characters map to their exact source, JSON
escapes (`\\n`, `\\"`, `\\u2019`, `\\/`) and HTML character references
(`&amp;`, `&#8217;`) included (`_html_jsonld.JStr.part`). Paragraphs break at
line breaks (`\\n`, `\\r`, U+2028, U+2029) and at block tags some CMSes leave
in the field (`<p>`, `<br>`, `<div>`, `<li>`, headings); other tags are left
out. A fix may edit the field only with characters that keep the JSON string
valid (no `"`, `\\` or control characters). A `file.article-body` notice says
where the story came from.
"""
from __future__ import annotations

from .. import rx as regex

from ..document import Document, Notice, Part
from ._html_jsonld import JStr
from ._html_media import keep_parts
from ._stitch import Builder, slice_segments, without_html

MIN_WORDS = 100        # words in articleBody before it may stand in for the story
SHARE = 0.2            # the HTML story below this share of articleBody's words is "tiny"
NAME = "JSON-LD articleBody"
BODY_TEXT = ("paragraph", "blockquote")        # whose words say how much story the HTML shows
STORY_TEXT = BODY_TEXT + ("heading",)          # what the field's paragraphs stand in for
UNSAFE_JSON = '"\\' + "".join(map(chr, range(32)))
_BREAK = regex.compile(r"[\r\n\u2028\u2029]+|</?(?:p|div|br|li|ul|ol|h[1-6]|blockquote|section)\b[^<>]*>",
                       regex.IGNORECASE)
_WORD = regex.compile(r"\w+")


def words(text: str) -> int:
    return len(_WORD.findall(text))


def paragraphs(src: str, token: JStr) -> list[Part]:
    """The field's paragraphs as parts with exact source maps (empty ones left out)."""
    whole = token.part(src, "paragraph", name=NAME)
    if whole is None:
        return []
    out = []
    prev = 0
    for m in [*_BREAK.finditer(whole.text), None]:
        end = m.start() if m is not None else len(whole.text)
        if end > prev:
            text, segments = without_html(whole.text[prev:end],
                                          slice_segments(whole.segments, prev, end))
            b = Builder()
            b.add_segments(text, segments)
            part = b.part("paragraph", name=NAME)
            if part is not None:
                part.attrs["unsafe_chars"] = UNSAFE_JSON
                out.append(part)
        if m is not None:
            prev = m.end()
    return out


def read_article_body(doc: Document, src: str, token: JStr | None, found: bool) -> bool:
    """Put the field's paragraphs in place of the page's story text when the
    rule above says so (`found`: the extractor found a story in the HTML).
    True when it did; the page is left alone otherwise."""
    if token is None:
        return False
    body = paragraphs(src, token)
    total = sum(words(p.text) for p in body)
    if total < MIN_WORDS:
        return False
    shown = sum(words(p.text) for p in doc.parts if p.kind in BODY_TEXT)
    if found and shown >= SHARE * total:
        return False
    _replace(doc, body)
    where = (f"the page's HTML shows {shown} of its {total} words" if found
             else "the extractor found no story in the page's HTML")
    doc.notices.append(Notice("file.article-body", "suggestion",
                              f"story read from the page's JSON-LD articleBody ({where})",
                              token.start))
    return True


def _replace(doc: Document, body: list[Part]) -> None:
    """The body parts where the first story-text part was (else after the
    headline, else at the end); story-text parts dropped, links remapped."""
    def dropped(part: Part) -> bool:
        return part.kind in STORY_TEXT and part.name != NAME

    at = next((i for i, p in enumerate(doc.parts) if dropped(p)), None)
    if at is None:
        at = next((i + 1 for i, p in enumerate(doc.parts) if p.kind == "headline"), len(doc.parts))
    for k, part in enumerate(body):
        part.index = -1 - k       # never an old index, so keep_parts maps old links only
    doc.parts[at:at] = body
    keep_parts(doc, lambda p: not dropped(p))
