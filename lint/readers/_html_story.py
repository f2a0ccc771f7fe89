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

import regex

_WORD = regex.compile(r"\w+")
SLACK = 5            # lines: an element's start tag may sit a few lines before its text
MIN_SHARE = 0.5      # share of a part's trigrams that must be in the kept text
FULL_BELOW = 1000    # characters: a fast extraction this short is redone in full


def _trigrams(text: str) -> set[tuple[str, ...]]:
    toks = _WORD.findall(text.lower())
    if len(toks) < 3:
        return {tuple(toks)} if toks else set()
    return {tuple(toks[i:i + 3]) for i in range(len(toks) - 2)}


class Story:
    """The text trafilatura kept, indexed by the source line each element starts on."""

    def __init__(self, lined: list[tuple[int, str]], unlined: list[str], images: set[str]):
        lined.sort(key=lambda x: x[0])
        self.lines = [line for line, _ in lined]
        self.grams = [_trigrams(text) for _, text in lined]
        self.loose = set().union(*map(_trigrams, unlined)) if unlined else set()
        self.images = images      # sources of the pictures trafilatura kept, and their file names
        lined_chars = sum(len(text) for _, text in lined)
        self.chars = lined_chars + sum(map(len, unlined))
        self.loose_share = 1 - lined_chars / self.chars if self.chars else 1.0
        self.everything = self.loose.union(*self.grams)
        self.empty = not self.everything

    def holds(self, text: str, first_line: int, last_line: int) -> tuple[bool, bool]:
        """(story text anywhere on the page, story text kept at this place): for
        `text` found on source lines first..last."""
        grams = _trigrams(text)
        if not grams:
            return False, False
        need = MIN_SHARE * len(grams)
        if len(grams & self.everything) < need:
            return False, False
        pool = set(self.loose)
        # Elements whose span (from their start line to the next element's) meets ours.
        lo = bisect.bisect_left(self.lines, first_line - SLACK)
        i = max(lo - 1, 0)
        while i < len(self.lines) and self.lines[i] <= last_line + SLACK:
            nxt = self.lines[i + 1] if i + 1 < len(self.lines) else self.lines[i]
            if nxt + SLACK >= first_line:
                pool |= self.grams[i]
            i += 1
        return True, len(grams & pool) >= need


def image_name(src: str) -> str:
    """The file name of an image source, without query or fragment."""
    return src.split("?", 1)[0].split("#", 1)[0].rstrip("/").rsplit("/", 1)[-1]


def _extract(trafilatura, source: str, fast: bool):
    return trafilatura.bare_extraction(source, include_comments=False, include_tables=True,
                                       include_images=True, with_metadata=False, fast=fast)


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
    unlined: list[str] = []
    todo = list(body)
    while todo:
        elem = todo.pop()
        if elem.sourceline is not None:        # an element of the page: all its text
            lined.append((elem.sourceline, "".join(elem.itertext())))
        elif (elem.text or "").strip() or any((c.tail or "").strip() for c in elem):
            unlined.append("".join(elem.itertext()))    # text trafilatura rebuilt
        else:                                  # a container it built: look inside
            todo.extend(elem)
    images = set()
    for graphic in body.iter("graphic"):
        src = (graphic.get("src") or "").strip()
        if src:
            images.update((src, image_name(src)))
    story = Story(lined, unlined, images)
    return (None, "trafilatura found no main text") if story.empty else (story, "")
