"""A plain-text dek: the subhead a release or a feature sets under its
headline, as its own block (`Council approves $42 million budget`, a blank
line, `Cole says taxes stay flat`, a blank line, the lede). Read as a
paragraph it was body copy: `names.first-reference` asked for a full name
that the lede gives next (nu19 #7), where the same line as Markdown's
`dek:` is quiet. A dek reads like a headline: a line of a few words that
does not end like a sentence, right under the hed, with the story below.

A dek set in the hed's own block (no blank line between) may be shorter
than the hed (`Transit Board Holds Bus Fares for 2027` over `Gov. Ruiz
says fares stay flat`, nu20 #2): `hed_over_dek` tells such a pair from a
wrapped first paragraph of two lines.

A hed closed with a semicolon over one line in its block is the layout of
the NYT and USA Today copy in PolNeAR (`Sanders says he's riding momentum; `
over `Takes Wisconsin, but Clinton still has the math.`): the archive joins
hed and dek with '; ', so the line under it is the dek though it ends with a
full stop (`semicolon_dek`)."""
from __future__ import annotations

from functools import lru_cache

from .. import rx as regex

from ..document import Document
from ..rule_cache import load_data
from ._conventions import HED_WORDS
from ._byline_lines import byline_role
from ._captions import editors_note
from ._text_fields import contact_line
from .patterns import dateline_match

# How a sentence ends (a stop, a colon, a comma, a closing mark, '' as typed
# copy closes a quote; a question, as `_conventions._subhead` reads one), or a
# sentence's stop inside the line, before a capital: a dek never has either. The stop of an
# abbreviation (`Gov.`, `Dr.`, `U.S.`, `Nov. 3`: a capital and at most three
# letters, or one letter) ends no sentence (qa43 #4).
_SENTENCE_CLOSE = regex.compile(r"[.!?:;,\"”’')]\s*$"
                                r"|(?<!(?:^|[\s(])(?:\p{Lu}\p{L}{0,3}|\p{L}))[.!?][\"”’')]*\s+[\p{Lu}\"“‘']")
_MORE_TEXT = regex.compile(r"\S")
# A character reference closing a line (`&quot;`, `&#8221;`, `&rdquo;`, as
# feed-scraped copy keeps them): its ';' closes the reference, not the hed.
_REFERENCE_END = regex.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);$")
# Fewer words is a label or a section name (`Analysis`, `Local news`), no dek.
_DEK_MIN_WORDS = 3


def text_dek(doc: Document, line: str, src: str, start: int, after: int, end: int) -> bool:
    """Whether `line`, a block of one line at src[start:] that the reader
    would take as a paragraph, is the story's dek: the part before it is the
    headline, the text has no dek yet, the line reads as a dek (`dek_line`,
    or `semicolon_dek` when no blank line parts it from the hed) and some
    text follows it (src[after:end]) for the story."""
    if not doc.parts or doc.parts[-1].kind != "headline" or any(p.kind == "dek" for p in doc.parts):
        return False
    hed = doc.parts[-1]
    return (dek_line(line) or semicolon_dek(hed.text, line)
            and src.count("\n", hed.source_offset(len(hed.text)), start) == 1) \
        and _MORE_TEXT.search(src, after, end) is not None


def dek_under_hed(hed: str, line: str) -> bool:
    """Whether `line`, the line under `hed` in its block, reads as its dek by
    the tests a block of two lines takes (`_opening_lines._looks_like_hed`):
    under a hed closed with ';', `semicolon_dek`; else a `dek_line` longer
    than the hed, or one that `hed_over_dek` reads under a longer hed."""
    if hed.endswith(";"):
        return semicolon_dek(hed, line)
    return dek_line(line) and (len(hed) < len(line) or hed_over_dek(hed, line))


def semicolon_dek(hed: str, line: str) -> bool:
    """Whether `line`, the line under `hed` (no blank line between), is the
    dek of a hed closed with ';' (the archive's `hed; dek.`): it reads as a
    dek (`dek_line`) once a closing full stop is cut, so it is one sentence
    of at most `HED_WORDS` words. A line ending otherwise (a comma, a colon),
    or holding a second sentence (`... for a new book. She sat down ...`),
    or an editor's note (`editors_note`), is body copy, and so is any line
    under a hed not closed so: a ';' closing a character reference
    (`&quot;`) does not (`_REFERENCE_END`)."""
    if not hed.endswith(";") or _REFERENCE_END.search(hed) or not line.endswith("."):
        return False
    return dek_line(line[:-1]) and not editors_note(line)


def dek_line(line: str) -> bool:
    """Whether a line reads as a dek: it opens with a capital or a figure,
    holds `_DEK_MIN_WORDS` to `HED_WORDS` words, has no wire dateline, no
    sentence close (at its end or inside it) and no writer's role at its end
    (`Staff Writer`, `For The Times`: `byline_role` from a capitalised word;
    `... openings for Cruz and Rubio` runs on in prose), and is no contact line."""
    words = line.split()        # counted first: every test below then reads a short line
    if not _DEK_MIN_WORDS <= len(words) <= HED_WORDS:
        return False
    if not (line[:1].isupper() or line[:1].isdigit()) or _SENTENCE_CLOSE.search(line) \
            or dateline_match(line):      # `LOS ANGELES -- ''The stories begin...'': the lede
        return False
    if any(words[k][:1].isupper() and byline_role(" ".join(words[k:])) for k in range(1, len(words))) \
            or contact_line(line):
        return False                            # `Jane Doe Staff Writer`, `Contact Jane Roe 555-1212`
    return True


def dek_wraps(first: str, second: str) -> bool:
    """Whether `second` runs on from `first`, two lines under a hed
    (stripped), as one dek wrapped over them (qa206 #1, qa212 #5): in lower
    case from a line with no sentence close, or with a comma, which ends
    no sentence (`Spending plan adds two boats,` / `and a new dock for the
    harbor`); or from a word prose runs on from (`run_on_ends`
    in lint/data/plain_text.yaml; in any case but a lone `A`), whatever
    opens it: a name or a figure
    (`... two boats for` / `Millbrook harbor and its ferry`, `... and` /
    `$4 million ...`). A capital after a word that may end a line
    (`... two boats` / `Mayor Cole backs ...`) opens a line of its own."""
    last = first.split()[-1] if first.strip() else ""
    if (last if len(last) == 1 else last.lower()) in _lists()["run on"]:
        return True     # `And`, `AND` (qa219 #4); a lone `A` as typed: `Plan A` may end a line
    return second[:1].islower() and (first.endswith(",") or not _SENTENCE_CLOSE.search(first))


def hed_over_dek(line: str, nxt: str) -> bool:
    """Whether `line`, the text's first line, is a hed over `nxt`, the one
    line under it in its block, as its dek, when `nxt` is no longer than
    the hed (a longer line under a hed is read so by the caller). A
    wrapped first paragraph of two lines is not: its second line ends like
    a sentence (no `dek_line`); its first line ends with a word prose runs
    on from (`run_on_ends` in lint/data/plain_text.yaml: `The board said
    on` over `Friday fares stay flat`) or with a stop or a comma, or tells
    in the past tense, which a hed does not (AP heds take the present:
    `The board voted` over `Friday to keep fares flat`); and a wire
    dateline (`SACRAMENTO --`) opens a lede, never a hed."""
    if not dek_line(nxt) or _SENTENCE_CLOSE.search(line) or dateline_match(line + " "):
        return False
    words = [w.strip("\"“”‘’'()") for w in line.split()]
    lists = _lists()
    if not words or words[-1].lower() in lists["run on"]:
        return False
    return not any(w.islower() and (w in lists["past"] or w.endswith("ed") and len(w) > 4
                                    and w not in lists["not past"]) for w in words)


@lru_cache(maxsize=1)
def _lists() -> dict:
    """`run_on_ends` of lint/data/plain_text.yaml and the past forms of
    lint/data/tense.yaml (`irregular`, `past`; `not_past`: '-ed' words that
    are no verb's past), read on first use."""
    data, tense = load_data("plain_text.yaml"), load_data("tense.yaml")
    return {"run on": frozenset(str(w).lower() for w in data["run_on_ends"]),
            "past": frozenset(map(str, tense["irregular"] + tense["past"])),
            "not past": frozenset(map(str, tense["not_past"]))}
