"""Attribution that comes from the blocks around a quote, not its sentence.

`attribution.py` reads each quote's own sentence; this module reads the
article's layout, in any format:

- a dash line (`— Mayor Ellen Park`, `-- Ellen Park, mayor`) right after a
  quote, on the same line after its closing mark, as the last line of the
  quote's own part or as the next part,
  attributes that quote (and, for a blockquote, the blockquote paragraphs
  right before it);
- an embedded post (an `embed` part, which readers make of a post's
  markup, a part the reader marks `attrs["embed"]`, or one that
  ends with a post's signature: `— Ellen Park (@EllenPark) March 3, 2025`,
  `A post shared by Ellen Park (@ellenpark)`) is attributed by that
  signature, and so is a quote of the body whose words a post carries
  (`carried`: the story quoting the tweet it embeds);
- a digest's source tag closing the paragraph right after a quote
  (`“…” [Reuters.]`) names where the quote comes from;
- a pull quote, marked by the reader from the markup (`attrs["pullquote"]`,
  `attrs["cite"]`: HTML `<aside class="pullquote">`, a blockquote with a
  `<cite>`), or a quote that stands alone in its part and repeats words of
  an attributed quote elsewhere in the body, is not a new quote.

Dash lines, embedded posts, pull quotes, a blockquote a dash line signs
and the page furniture the reader marks (`attrs["furniture"]`: an ad label,
a "Read more:" line) stand apart from the running text (`set_apart`):
`prose_order` skips them (and figures) so the continuation convention sees
the paragraphs as a reader does, and `quotes._analyse` runs a quote on over
them the same way.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from .. import rx as regex

from ..document import Document, Part
from ..regex_cache import SERIAL
from .quote_parts import BODY_KINDS, BREAKS, DASHES as LONG_DASHES, HSPACE, SPACES

if TYPE_CHECKING:                   # (quotes imports this module; types only)
    from .quotes import Quote

# `— Name, title` (`-Name` too): a dash, then a capitalised name or handle, ending the
# text; matched only where a line starts or a closing quote mark ends. Any space
# inside a line counts (`”\u00a0―\u00a0Jane Roe`), or none (`”―Jane Roe`).
DASH_LINE = regex.compile(
    rf"{HSPACE}*(?:[{LONG_DASHES}]|--?(?={HSPACE}|\p{{Lu}})){HSPACE}*"
    rf"(?P<who>[\p{{Lu}}@][^\n\"\u201c\u201d]{{0,118}}){HSPACE}*$")
CLOSING = ("\u201d", '"', "\u2019")
DASHES = LONG_DASHES + "-"
DASH_MARKS = frozenset([*LONG_DASHES, "-", "--"])     # a dash alone, its name on the next line
# The name comes first; a comma, parenthesis or `on`/`in`/`at` starts what follows it.
NAME_END = regex.compile(r"[,(:;]|\s(?:on|in|at|to|after|before|during|speaking|via)\s")
NAME_SMALL = frozenset({"of", "the", "and", "for", "de", "del", "da", "di", "du", "van", "von",
                        "der", "den", "bin", "ibn", "al", "el", "la", "le", "y"})
DASH_WORDS = 16          # a longer "dash line" is a sentence, not an attribution
SIGNED_REACH = 160       # characters a dash line after a quote can take (`who` is at most 119)
# The signature an embedded post's fallback text ends with.
SIGNATURE = regex.compile(
    r"(?:[\u2014\u2013-]\s*[^\n\u2014\u2013]{1,80}|A post shared by [^\n]{1,80}?)"
    r"\(@[\w.]{1,30}\)[^\n]{0,40}$")
SIGNATURE_TAIL = 160     # characters at the end of a part searched for it
# A news digest's source tag closing the paragraph right after its quote: `“…” [Reuters.]`
SOURCE_TAG = regex.compile(r"[\s.,;]*\[\p{Lu}[\p{L}\p{N}.&'’ -]{0,40}\][\s.]*")
WORD = regex.compile(r"[\p{L}\p{N}]+(?:['\u2019][\p{L}\p{N}]+)*")
ELLIPSIS = regex.compile(r"\.\s?\.\s?\.|\u2026|\[[^\]]*\]")
REPEAT_CHECKS = 16       # attributed quotes compared with one pull quote, at most


def dash_line(text: str) -> tuple[int, int] | None:
    """The span of the name in a dash-line attribution that ends `text`: the
    whole text, its last line, or the rest of the line after a closing quote
    mark (`“…” — Jane Roe, a rider`); None if there is none."""
    line = text.rfind("\n") + 1             # where the last line starts
    m = DASH_LINE.match(text, line, None, SERIAL)
    for mark in CLOSING if m is None else ():
        at = text.rfind(mark, line) + 1
        if at:
            m = DASH_LINE.match(text, at + (text[at:at + 1] in (".", ",")), None, SERIAL)
            if m is not None:
                break
    if m is None or len(WORD.findall(m["who"])) > DASH_WORDS or \
            m["who"].rstrip(SPACES + ".")[-1:] in DASHES:
        return None                  # `– Old hands –`: a subhead set between dashes
    head = NAME_END.split(m["who"], 1)[0].split()
    if not all(w[0].isupper() or w[0] in "@#" or w.lower() in NAME_SMALL for w in head):
        return None                  # `— Monday was the third time.`: a sentence, no name
    return m.start("who"), m.end("who")


def is_dash_part(part: Part) -> bool:
    """The whole part is a dash line (a `<footer>`, a paragraph `— Name`)."""
    return _whole(part.text, dash_line(part.text))


def _whole(text: str, found: tuple[int, int] | None) -> bool:
    return found is not None and not text[:found[0]].strip(SPACES + "\n" + DASHES)


def is_embed(part: Part) -> bool:
    """An embedded social post, by the reader's mark or by its signature."""
    if part.attrs.get("embed"):
        return True
    if "(@" not in part.text[-SIGNATURE_TAIL - 40:]:
        return False                            # most parts: no handle near the end
    text = part.text.rstrip(" \t\n.")
    if text.endswith(">"):                      # `…</tweet>` left in scraped copy
        text = text[:text.rfind("<")].rstrip()
    return SIGNATURE.search(text, max(0, len(text) - SIGNATURE_TAIL)) is not None


def is_pull_quote(part: Part) -> bool:
    """The reader knows from the markup that this part is a pull quote."""
    return bool(part.attrs.get("pullquote") or part.attrs.get("cite"))


def layout(doc: Document) -> dict[int, str]:
    """The role of each body part that is not plain running text, by part
    index: "pullquote", "embed" (a post, all its paragraphs), "dash" (a quote
    a dash line attributes), "dash-line" (the line itself), "furniture" (a
    part the reader marks `attrs["furniture"]`). Worked out once
    per document, in one pass from the end, so a long run of blockquotes
    stays linear."""
    return doc.analysis("quotes.layout", _layout)


def _layout(doc: Document) -> dict[int, str]:
    roles: dict[int, str] = {}
    after = ""          # the role the part after this one hands back, if any
    for part in reversed(doc.parts):
        if part.kind not in BODY_KINDS:
            after = ""
            continue
        own = dash_line(part.text)
        if _whole(part.text, own):
            roles[part.index] = "dash-line"
            # a post's signature on its own line (`— Name (@handle) date`) ends an embed
            after = "embed" if SIGNATURE.search(part.text) else "dash"
            continue
        if part.attrs.get("furniture"):
            role = "furniture"
        elif is_pull_quote(part):
            role = "pullquote"
        elif is_embed(part):
            role = "embed"
        elif after and (roles.get(part.index + 1) == "dash-line" or part.kind == "blockquote"):
            role = after     # the part right before a dash line, or a blockquote before that
        elif own is not None:
            role = "dash"
        else:
            role = ""
        if role:
            roles[part.index] = role
        after = role if role in ("dash", "embed") and part.kind == "blockquote" else ""
    return roles


FURNITURE = frozenset({"pullquote", "embed", "dash-line", "furniture"})


def set_apart(part: Part, roles: dict[int, str]) -> bool:
    """Whether the body part stands apart from the running text, by its
    role in `roles` (`layout`): a pull quote, an embedded post, a dash line,
    a blockquote a dash line signs (a signed pull quote in Markdown), or
    page furniture the reader marks."""
    role = roles.get(part.index)
    return role in FURNITURE or role == "dash" and part.kind == "blockquote"


def prose_order(doc: Document) -> Iterator[tuple[Part, Part | None]]:
    """(part, previous running-text part) for each paragraph and blockquote
    of running text. Figures and the parts `set_apart` names are skipped (a
    figure's caption, credit and alt text, a pull quote's cite field, an ad
    label do not interrupt the text); a heading breaks it, so nothing
    continues across it."""
    roles = layout(doc)
    previous: Part | None = None
    for part in doc.parts:
        if part.kind in BODY_KINDS:
            if set_apart(part, roles):
                continue
            yield part, previous
            previous = part
        elif part.kind in BREAKS:
            previous = None


def block_attribution(doc: Document, by_part: dict[int, list[Quote]],
                      how: dict[int, str]) -> None:
    """Mark the quotes that markup, a dash line, a post's signature or a
    source tag attributes: `how[id(segment)]` becomes "pullquote", "embed",
    "dash" or "source"."""
    roles = layout(doc)
    for index, role in roles.items():
        if role != "dash-line":
            for q in by_part.get(index, ()):
                how.setdefault(id(q), role)
    for quotes in by_part.values():
        last = quotes[-1]
        if SOURCE_TAG.fullmatch(last.part.text, last.end, None, SERIAL):
            how.setdefault(id(last), "source")
        for q in quotes:
            if q.closed and signed(q.part.text, q.end):
                how.setdefault(id(q), "dash")


def signed(text: str, end: int) -> bool:
    """A dash line signs the quote that closes at `end` on its own line: the
    rest of that line (`” ― Jane Roe`), or the next line when the rest is
    blank or a dash alone (`” ―` / `Jane Roe`). So a list of reader comments, one signed quote a line, is
    attributed line by line, and an unsigned line among them is not."""
    stop = _line_end(text, end)
    if stop is None:
        return False
    rest = text[end + (text[end:end + 1] in (".", ",")):stop]
    lead = rest.strip(SPACES)
    if not lead or lead in DASH_MARKS:       # the name, or all but the dash, on the next line
        after = _line_end(text, stop + 1) if stop < len(text) else None
        if after is None:
            return False
        rest = f"{lead} {text[stop + 1:after]}"
    return _whole(rest, dash_line(rest))


def _line_end(text: str, start: int) -> int | None:
    """Where the line from `start` ends, or None when it runs on longer than
    a dash line can be (so a long paragraph is never copied quote by quote)."""
    stop = text.find("\n", start, start + SIGNED_REACH)
    if stop >= 0:
        return stop
    return len(text) if len(text) - start <= SIGNED_REACH else None


def repeats(doc: Document, candidates: list[Quote], attributed: list[Quote]) -> set[int]:
    """ids of the candidate quotes that stand alone in their part (a dash line
    may follow) and repeat an attributed quote of another part word for word
    (a pull quote; `…` and `[…]` may cut it). Words are compared without case
    or punctuation. Attributed quotes are indexed by their word trigrams, so
    the work stays linear however many quotes an article holds."""
    alone = [q for q in candidates if _alone(q)]
    if not alone or not attributed:
        return set()
    said: list[tuple[int, str]] = []                 # (part index, " words ")
    index: dict[tuple[str, ...], list[int]] = {}     # trigram -> positions in `said`
    for q in attributed:
        words = _words(q.inner)
        for i in range(len(words) - 2):
            index.setdefault(tuple(words[i:i + 3]), []).append(len(said))
        said.append((q.part.index, f" {' '.join(words)} "))
    out = set()
    for q in alone:
        pieces = _pieces(q)
        if pieces is None:
            continue
        texts = [f" {' '.join(w)} " for w in pieces]
        for k in list(dict.fromkeys(index.get(tuple(pieces[0][:3]), ())))[:REPEAT_CHECKS]:
            part, text = said[k]
            if part != q.part.index and _in_order(texts, text):
                out.add(id(q))
                break
    return out


def carried(doc: Document, candidates: list[Quote]) -> set[int]:
    """ids of the candidate quotes whose words, word for word (`…` and `[…]`
    may cut them; at least three in a row), an embedded post of the document
    carries: the post attributes them. A post is its `embed` parts (by `attrs["post"]`, else a run of
    them); words are compared as `repeats` compares them."""
    posts: dict[object, list[str]] = {}
    run = None                    # where the current run of embed parts started
    for part in doc.parts:
        run = (run if run is not None else part.index) if part.kind == "embed" else None
        if run is not None:
            posts.setdefault(part.attrs.get("post", ("run", run)), []).extend(_words(part.text))
    if not posts:
        return set()
    said = [f" {' '.join(words)} " for words in posts.values()]
    out = set()
    for q in candidates:
        pieces = _pieces(q)
        if pieces is not None:
            texts = [f" {' '.join(w)} " for w in pieces]
            if any(_in_order(texts, post) for post in said):
                out.add(id(q))
    return out


def _pieces(q: Quote) -> list[list[str]] | None:
    """The quote's words, cut at ellipses; None when its first stretch is
    under three words (too short to tell a repeat from a chance match)."""
    pieces = [w for w in (_words(p) for p in ELLIPSIS.split(q.inner)) if w]
    return pieces if pieces and len(pieces[0]) >= 3 else None


def _in_order(pieces: list[str], said: str) -> bool:
    """Every piece (" words ", as `_pieces` cut them) is in `said`, in the
    quote's order: an ellipsis leaves words out, it never reorders them."""
    at = 0
    for piece in pieces:
        at = said.find(piece, at)
        if at < 0:
            return False
        at += len(piece) - 1             # the closing space opens the next piece
    return True


def _alone(q: Quote) -> bool:
    """`q` opens its part, and only punctuation or a dash line follows it."""
    text = q.part.text
    if q.start != len(text) - len(text.lstrip()):
        return False
    rest = text[q.end:]
    return not rest.strip(SPACES + "\n.,;:" + DASHES) or _whole(rest, dash_line(rest))


def _words(text: str) -> list[str]:
    return [w.lower().replace("\u2019", "'") for w in WORD.findall(text)]
