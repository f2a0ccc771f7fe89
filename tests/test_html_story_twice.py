"""A page that prints its story twice (a print copy, the next page of a
paginated story that repeats the first) is read once: the first copy's
blocks are the story, the second copy's blocks and pictures are dropped
(readers/_html_repeats.py). The page is written for the test."""
from __future__ import annotations

from lint import lint_text
from lint.readers import read_bytes

STORY = [
    "The county water board voted 4-1 on Monday to close the Elm Street pumping station, "
    "which has supplied the east side since 1952, board president Dana Wu said.",
    "Wu said the station's pumps failed twice last winter and would cost $2.4 million to replace. "
    "The east side will draw from the new reservoir line instead.",
    "Residents asked whether their bills would rise. Wu said rates would stay the same through 2027, "
    "\u201cas we promised in the spring.",
    "The board will vote on a plan for the empty building in March.",
]


def _copy(pictured: bool) -> str:
    picture = ('<figure><img src="/img/station.jpg" alt="The Elm Street pumping station">'
               '<figcaption>The Elm Street pumping station. (Photo: Lee Park)</figcaption></figure>\n'
               if pictured else "")
    return picture + "\n".join(f"<p>{p}</p>" for p in STORY)


def _page(second: str) -> str:
    return f"""<!DOCTYPE html>
<html><head><title>Water board closes Elm Street pumping station | Valley Courier</title>
<meta property="og:title" content="Water board closes Elm Street pumping station"></head>
<body>
<header><nav><a href="/">Home</a> <a href="/local">Local</a></nav></header>
<main><article class="story">
<h1>Water board closes Elm Street pumping station</h1>
<div class="story-body page-1">
{_copy(True)}
</div>
<div class="story-body page-print">
{second}
</div>
</article></main>
<footer><p>Copyright 2026 Valley Courier</p></footer>
</body></html>
"""


def test_a_story_printed_twice_is_read_once():
    src = _page(_copy(True))
    doc = read_bytes("page.html", src.encode())
    assert [p.text for p in doc.parts_of(("paragraph",))] == STORY
    first = src.index(STORY[0])
    assert all(p.source_offset(0) < src.index("page-print") for p in doc.parts
               if p.kind in ("paragraph", "alt", "caption", "credit"))
    assert doc.first("paragraph").source_offset(0) == first
    # the unclosed quote in the third paragraph is reported once, at the first copy
    found = [d for d in lint_text(src, "page.html") if d.rule == "quotes.unbalanced"]
    assert [d.offset for d in found] == [src.index("\u201cas we promised")]


def test_a_second_copy_of_two_paragraphs_is_no_copy():
    src = _page("\n".join(f"<p>{p}</p>" for p in STORY[:2]))
    doc = read_bytes("page.html", src.encode())
    texts = [p.text for p in doc.parts_of(("paragraph",))]
    assert texts[:len(STORY)] == STORY and texts.count(STORY[0]) == 2


class _Kept:
    """A stand-in for the extractor's story: every text is story text, kept
    in place only on the given source lines."""

    def __init__(self, lines: set[int]):
        self.lines = lines

    def holds(self, text: str, first_line: int, last_line: int) -> tuple[bool, bool]:
        return True, first_line in self.lines


def test_without_the_copy_the_story_is_chosen_again_from_the_text_kept_in_place():
    from lint.readers._html_page import story_parts
    from lint.readers._html_repeats import first_copy
    promo = "Take our quiz: how well do you know the harbor ferries and the people who run them?"
    blocks = [promo] + STORY + STORY + [promo]      # a promo kept in place, the story, its copy, the promo again
    src = "<div>\n" + "\n".join(f"<p>{b}</p>" for b in blocks) + "\n</div>\n"
    doc = read_bytes("page.html", src.encode())
    story = _Kept(set(range(2, 2 + 1 + len(STORY))))     # lines of the first promo and the first copy
    found = story_parts(doc, story, {})
    chosen = [p.text for p in doc.parts if id(p) in found[0]]
    assert chosen == blocks       # (the copy, kept elsewhere, made the choice take text anywhere)
    chosen, _ = first_copy(doc, found, story, {})
    assert [p.text for p in doc.parts if id(p) in chosen] == [promo] + STORY


def test_check_and_fix_agree_on_a_page_with_a_copy(run_cli, tmp_path):
    """`--fix` fixes the first copy; the second, one fix apart from it, is
    still a copy on the next pass, so `--fix` fixes what `check` counts."""
    story = STORY[:3] + ["The board will vote on a plan for the empty building on November 5."]
    body = "\n".join(f"<p>{p}</p>" for p in story)
    page = tmp_path / "page.html"
    page.write_text(_page(body).replace(_copy(True), body), encoding="utf-8")
    checked = run_cli("check", "--no-cache", "--no-color", "--select", "style.month-abbreviation", page)
    assert checked.stdout.splitlines()[-1].endswith("1 fixable with --fix.")
    fixed = run_cli("check", "--no-cache", "--no-color", "--select", "style.month-abbreviation", "--fix", page)
    assert "fixed 1 problem in 1 file" in fixed.stderr + fixed.stdout
    text = page.read_text(encoding="utf-8")
    assert text.count("on Nov. 5.") == 1 and text.count("on November 5.") == 1
