"""fx480 (qa336 #4): a name's or a figure's spaced ‘s (Chardin ‘s, 1990 ‘s)
in a headline, a title or a caption, parts the quote scan reads no quotes
in, is a quotes.apostrophe-mark finding at the mark, with the fix taking
the space out; the nearest shapes that are quotes or no apostrophe stay
quiet, and a dek's (which the scan does read) stays one finding."""
from __future__ import annotations

import pytest

from lint.config import Config
from lint.engine import lint_bytes
from lint.fixes import fix_bytes

L, R = "\u2018", "\u2019"
BODY = "\n\nThe show opened on Tuesday, Lee said.\n"


def _found(name: str, text: str) -> list[tuple[str, int, str]]:
    """(rule, offset in `text`, snippet) of each quotes finding."""
    return [(d.rule, d.offset, d.snippet)
            for d in lint_bytes(name, text.encode("utf-8"), Config(select=("quotes",))).diagnostics]


def _fixed(name: str, text: str) -> str:
    return fix_bytes(name, text.encode("utf-8"), Config(select=("quotes",))).fixed


@pytest.mark.parametrize("head", [f"Chardin {L}s show opens", f"The 1990 {L}s return", f"Hawai{L}i {L}s coast shuts"])
def test_a_spaced_s_in_a_text_headline_is_found_at_the_mark_and_fixed(head):
    text = head + BODY
    assert _found("story.txt", text) == [("quotes.apostrophe-mark", head.rindex(L), L)]
    assert _fixed("story.txt", text).startswith(head.replace(f" {L}s", f"{R}s") + "\n")


def test_a_spaced_s_in_an_html_title_heading_and_caption_keeps_each_position():
    text = (f"<html><head><title>Chardin {L}s show</title></head><body><h1>Chardin {L}s show opens</h1>"
            f"<p>The show opened on Tuesday, Lee said.</p><figure><img src=a.jpg alt=x>"
            f"<figcaption>The 1990 &lsquo;s hall. Photo: Jane Roe/AP</figcaption></figure></body></html>")
    marks = [i for i, ch in enumerate(text) if ch == L] + [text.index("&lsquo;")]
    assert [(rule, at) for rule, at, _ in _found("story.html", text)] == \
        [("quotes.apostrophe-mark", at) for at in marks]


def test_a_spaced_s_in_a_dek_is_one_finding():
    text = (f"---\ntitle: Show opens\ndek: Chardin {L}s show is big\ndate: 2024-05-01\n---\n\n# Show opens"
            + BODY)
    assert _found("story.md", text) == [("quotes.apostrophe-mark", text.index(L), L)]


# --- guards --------------------------------------------------------------------

@pytest.mark.parametrize("head", [
    f"Press {L}s.{R} to save",          # closed after its stop: a quote
    f"The letter {L}s is silent",       # after a lower-case word: may open a quote
    f"Chardin {L}s{R} show opens",      # closed at once: a quote of the letter
    f"Model {L}S returns",              # a capital: no possessive ending
    f"Chardin {L}s-curve opens",        # a hyphen after it
    f"Chardin{R}s show opens",          # right already
])
def test_nearest_headline_shapes_stay_quiet(head):
    assert _found("story.txt", head + BODY) == []


def test_a_spaced_s_in_a_headline_is_no_unbalanced_finding_when_apostrophe_mark_is_off():
    data = (f"Chardin {L}s show opens" + BODY).encode("utf-8")
    found = lint_bytes("story.txt", data, Config(select=("quotes",), ignore=("quotes.apostrophe-mark",)))
    assert found.diagnostics == []
