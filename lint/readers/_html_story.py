"""Which blocks of a full web page are the story, decided by trafilatura.

trafilatura (Barbaresi 2021, ACL demo; the reference main-content extractor)
reads the page with lxml and returns the article's elements. We never take
its text as the article: newslint's own reader still makes every part with
exact offsets, and this module only says which of those parts belong to the
story. A part belongs when at least half of its word trigrams appear in an
element trafilatura kept at the same place in the page: each kept element
carries its source line (lxml's `sourceline`), so a teaser that repeats the
story's first paragraph elsewhere on the page does not match. When the lines
do not agree (trafilatura fell back to a rebuilt tree), text anywhere counts.

trafilatura is imported on first use only, so runs without full HTML pages
never load it (nor lxml).
"""
from __future__ import annotations

import bisect

from .. import rx as regex

from ..analysis.sentence_ends import LINE_ENDS_SENTENCE

_WORD = regex.compile(r"\w+")
SLACK = 5            # lines: an element's start tag may sit a few lines before its text
MIN_SHARE = 0.5      # share of a part's trigrams that must be in the kept text
FULL_BELOW = 1000    # characters: a fast extraction this short is redone in full
TAIL_WORDS = 5       # words: text kept after an element, outside any, that counts as story text
# Elements of trafilatura's output that part words as the page shows them: a
# line break (`<br>` becomes `<lb/>`), a table cell or row, a list item, and a
# block inside another (a cell's `<br>` lines become `<p>`s in the `<cell>`;
# a heading, quote, list or table). Their text runs on from the element
# before with no space, so lxml's itertext() glues the last word of one line
# to the first of the next ("Elliot AckermanSaladin Ambar"), and a part that
# holds those lines finds none of the trigrams across each break.
_BREAKS = frozenset({"lb", "cell", "row", "item", "p", "head", "quote", "list", "table"})


def _trigrams(text: str) -> set[tuple[str, ...]]:
    toks = _WORD.findall(text.lower())
    if len(toks) < 3:
        return {tuple(toks)} if toks else set()
    return set(zip(toks, toks[1:], toks[2:]))


def _short_lines(text: str) -> set[tuple[str, ...]]:
    """The words of each line of `text` that holds one or two, inside the
    story's run of lines: from its first line of prose (three words or
    more, or a sentence's end: "After TK.") to its last. A short part's own
    grams (`_trigrams`), which no trigram of the whole has; the menu and
    button lines above the story and below it ("Subscribe now", "Share")
    are left out."""
    lines = text.split("\n")
    words = [_WORD.findall(line.lower()) for line in lines]
    prose = [i for i, (line, toks) in enumerate(zip(lines, words))
             if len(toks) > 2 or (toks and LINE_ENDS_SENTENCE.search(line))]
    if not prose:
        return set()
    return {tuple(toks) for toks in words[prose[0]:prose[-1] + 1] if 0 < len(toks) < 3}


class Story:
    """The text trafilatura kept, indexed by the source line each element starts on."""

    def __init__(self, lined: list[tuple[int, str]], unlined: list[str], images: set[str]):
        lined.sort(key=lambda x: x[0])
        self.lines = [line for line, _ in lined]
        # The line the kept text may reach: elements start on their line and run on
        # (all of them reported on one line when lxml nested unclosed <p>s); a line
        # holds at least 30 characters.
        per_line: dict[int, int] = {}
        for line, text in lined:
            per_line[line] = per_line.get(line, 0) + len(text)
        self.reach = max((line + chars // 30 for line, chars in per_line.items()), default=0)
        self.where: dict[tuple[str, ...], list[int]] = {}   # trigram -> lines it is kept on
        for line, text in lined:
            for gram in _trigrams(text):
                self.where.setdefault(gram, []).append(line)
        self.loose = set().union(*map(_trigrams, unlined)) if unlined else set()
        if unlined and not lined and sum(map(len, unlined)) < FULL_BELOW and \
                any(len(gram) == 3 for gram in self.loose):
            # a small page all rebuilt (trafilatura's fallback, its few blocks merged
            # in one element, a line break between them) with prose in it: a
            # two-word paragraph ("After TK.") is kept when a line of it holds just
            # its words, inside the run of prose lines (`_short_lines`: not the
            # menus above it or the buttons below); not on a larger page rebuilt,
            # where such lines are its menus' ("Close"), nor where no line is
            # prose ("Home", "TK": no story)
            self.loose.update(*map(_short_lines, unlined))
        self.images = images      # sources of the pictures trafilatura kept, and their file names
        lined_chars = sum(len(text) for _, text in lined)
        self.chars = lined_chars + sum(map(len, unlined))
        self.loose_share = 1 - lined_chars / self.chars if self.chars else 1.0
        self.empty = not self.where and not self.loose

    def holds(self, text: str, first_line: int, last_line: int) -> tuple[bool, bool]:
        """(story text anywhere on the page, story text kept at this place): for
        `text` found on source lines first..last. "At this place": kept by an
        element that starts within SLACK lines of it, or the last one before."""
        grams = _trigrams(text)
        if not grams:
            return False, False
        need = MIN_SHARE * len(grams)
        where, loose = self.where, self.loose
        found = [g for g in grams if g in loose or g in where]
        if len(found) < need:
            return False, False
        i = bisect.bisect_right(self.lines, first_line - SLACK) - 1
        lo = self.lines[i] if i >= 0 else first_line - SLACK
        hi = last_line + SLACK
        placed = 0
        for gram in found:
            lines = where.get(gram)
            if lines is None:
                placed += 1            # rebuilt text with no line: it counts anywhere
                continue
            j = bisect.bisect_left(lines, lo)
            placed += j < len(lines) and lines[j] <= hi
        return True, placed >= need


def _text(elem) -> str:
    """The text of one element of trafilatura's output, as itertext() gives it
    but with a space at each line break, table cell, row and list item
    (`_BREAKS`), as the reader's parts have them."""
    from lxml import etree          # trafilatura's own dependency, loaded with it
    out: list[str] = []
    for event, node in etree.iterwalk(elem, events=("start", "end")):
        if event == "start":
            if node is not elem and node.tag in _BREAKS:
                out.append(" ")
            out.append(node.text or "")
        elif node is not elem:
            out.append(node.tail or "")
    return "".join(out)


def image_name(src: str) -> str:
    """The file name of an image source, without query or fragment."""
    return src.split("?", 1)[0].split("#", 1)[0].rstrip("/").rsplit("/", 1)[-1]


def _extract(trafilatura, source: str, fast: bool):
    """trafilatura's reading of the page; only its `body` (the kept elements,
    with their source lines) is read. `output_format="txt"`: the default,
    "python", also flattens that body to text (`xmltotxt`, about 0.13 ms
    a page with the collector paused), which nothing here reads; without markdown formatting
    the flattening only reads the body, so the body is the same either way."""
    return trafilatura.bare_extraction(source, include_comments=False, include_tables=True,
                                       include_images=True, with_metadata=False, fast=fast,
                                       output_format="txt")


def find_story(source: str) -> tuple[Story | None, str]:
    """(the story of a full page, "") or (None, why there is none). Raises
    nothing: a page trafilatura cannot read has no story."""
    try:
        import trafilatura
    except ImportError as exc:
        return None, f"the main-content extractor trafilatura cannot be imported: {exc}"
    try:
        # The fast cascade first (trafilatura's own extractor); the full one, which
        # also weighs readability and jusText, only when that kept little text.
        result = _extract(trafilatura, source, fast=True)
        body = getattr(result, "body", None)
        if body is None or len("".join(body.itertext())) < FULL_BELOW:
            result = _extract(trafilatura, source, fast=False)
    except Exception as exc:  # noqa: BLE001 - a library failure means "no story", not a crash
        return None, f"trafilatura failed: {type(exc).__name__}"
    body = getattr(result, "body", None)
    if body is None:
        return None, "trafilatura found no main text"
    lined: list[tuple[int, str]] = []
    unlined: list[str] = []          # rebuilt text before any element with a line
    last = None
    todo = list(reversed(body))      # document order
    while todo:
        elem = todo.pop()
        line = elem.sourceline
        if line is None and ((elem.text or "").strip() or any((c.tail or "").strip() for c in elem)):
            line = last                # text trafilatura rebuilt: it sits after the last placed one
            if line is None:
                unlined.append(_text(elem))
                continue
        elif line is None:             # a container it built: look inside
            todo.extend(reversed(elem))
            continue
        if last is None and unlined:
            lined.extend((line, text) for text in unlined)
            unlined = []
        lined.append((line, _text(elem)))
        last = line
        if len(_WORD.findall(elem.tail or "")) >= TAIL_WORDS:
            # text it kept after the element, in no element of its own: the rest of a
            # paragraph that a block inside it (an ad slot) cut, as lxml closes a <p>
            # there (a shorter tail is a button's label: "Take Quiz", "Show all 50").
            # It sits where the element ends: after its last line.
            last = max((n.sourceline for n in elem.iter() if n.sourceline), default=line)
            lined.append((last, elem.tail))
    images = set()
    for graphic in body.iter("graphic"):
        src = (graphic.get("src") or "").strip()
        if src:
            images.update((src, image_name(src)))
    story = Story(lined, unlined, images)
    return (None, "trafilatura found no main text") if story.empty else (story, "")
