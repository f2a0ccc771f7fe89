"""Text a story repeats on purpose is story text: only a second copy of
(most of) the whole story is dropped (readers/_html_repeats.py). A chorus
sung twice, a highlights box that copies the lede, a second story that
opens with the same wire paragraphs, and a copy that differs in case are
all read. The pages are written for the test (qa40's reproducers)."""
from __future__ import annotations

import pytest

from lint.readers import read_bytes

HED = "Ferry riders brace for higher fares after harbor board vote"
LEDE = [
    "Commuters who ride the morning ferry will pay 50 cents more a trip from November 5, after the "
    "harbor board voted 5-2 on Tuesday to raise fares.",
    "The board's chair, Dana Whitfield, said the increase would cover fuel costs that have risen sharply "
    "since the last adjustment, and that the money would stay with the ferry service.",
    "Riders at the Pier 9 terminal were not pleased. \"We already pay more than the bus,\" said Luis Ortega, "
    "who takes the 7:15 boat every weekday to his job downtown.",
]
REST = [
    "The board will hold a public hearing on the new schedule next month, and riders can comment online "
    "until the end of May, a spokesman for the harbor authority said.",
    "Ferry ridership fell during the pandemic but has since recovered to about 90 percent of its earlier "
    "level, according to figures the authority released in January.",
]
CHORUS = [
    "Oh the harbor lights are calling me home on November 5 when the tide rolls in,",
    "and the ferry horn is singing low across the water where we've always been,",
    "so carry me over, carry me over, carry me over to the other side again.",
]


def _page(body: str) -> str:
    return f"""<!DOCTYPE html>
<html><head><title>{HED}</title></head>
<body>
<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<main><article>
<h1>{HED}</h1>
{body}
</article></main>
<footer><p>Copyright 2026 Coastline Ledger</p></footer>
</body></html>
"""


def _ps(texts: list[str]) -> str:
    return "\n".join(f"<p>{t}</p>" for t in texts)


CASES = {
    "chorus": [LEDE[0], "The band's new single, which the crews sing on the late boats, goes like this:",
               *CHORUS, "Then the second verse turns to the fare rise itself.", *CHORUS, *REST],
    "highlights": None,
    "two stories": None,
    "same wire opening": None,
    "case": [*LEDE, *REST, LEDE[0], LEDE[1], "r" + LEDE[2][1:]],
}


@pytest.mark.parametrize("name", CASES)
def test_text_the_story_repeats_is_read(name):
    if name == "highlights":
        body = f'<div class="story-highlights"><h2>Story highlights</h2>{_ps(LEDE)}</div>\n{_ps(LEDE + REST)}'
        texts = LEDE + LEDE + REST
    elif name == "two stories":
        second = ["The ferry crews' union said it would meet on Friday to talk about the new schedule."]
        body = f"{_ps(LEDE + REST)}\n<h2>Also today: the union meets</h2>\n{_ps(LEDE + second)}"
        texts = LEDE + REST + LEDE + second
    elif name == "same wire opening":     # a roundup's second item: the wire's 3 paragraphs, its own end
        second = ["The board will decide on late-night service in April, the chair said on November 5."]
        body = f"{_ps(LEDE + REST[:1])}\n<h2>Ferry board also weighs new late-night boats</h2>\n{_ps(LEDE + second)}"
        texts = LEDE + REST[:1] + LEDE + second
    else:
        texts = CASES[name]
        body = _ps(texts)
    src = _page(body)
    doc = read_bytes("page.html", src.encode())
    got = [(p.text, p.source_offset(0)) for p in doc.parts_of(("paragraph",))]
    want, at = [], 0
    for text in texts:
        at = src.index(f"<p>{text}</p>", at) + 3
        want.append((text, at))
    assert got == want


def test_two_different_paragraphs_between_repeated_labels_are_never_compared_letter_by_letter(monkeypatch):
    # An "Advertisement" label between paragraphs starts a run try at every
    # label; the paragraphs beside it differ, and their word sets say so
    # before the costly character comparison runs (rv18 M1: 7x slower pages).
    from lint.readers import _html_repeats

    def costly(*args, **kwargs):
        raise AssertionError("difflib ran on two different paragraphs")
    monkeypatch.setattr(_html_repeats.difflib, "SequenceMatcher", costly)
    keys = ["Advertisement", "The council voted on the budget today, officials said.",
            "Advertisement", "Fire crews worked through the night to save the barn.", "Advertisement"]
    assert not _html_repeats._edited(keys, 1, 3, 2)
    monkeypatch.undo()
    para = "Crews worked through the night to save the barn, the fire chief said."
    keys = [keys[1], para, keys[1].rstrip("."), para]          # a copy whose first block lost its full stop
    assert _html_repeats._edited(keys, 0, 2, 2)
    keys[1] = keys[3] = "Advertisement"                        # only a label beside it: no comparison
    assert not _html_repeats._edited(keys, 0, 2, 2)
