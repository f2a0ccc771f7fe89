"""fx561 (qa408 #3): a footnote figure in a `<sup>` glued to a time
(`7pm<sup>1</sup>.`, read `7pm1.`) ends the time, in HTML and in Markdown's
raw HTML; a `<sup>` of letters (an ordinal's `th`) and a figure after the
stop are read as before."""
from __future__ import annotations

import pytest

from lint.config import Config
from lint.engine import lint_bytes
from lint.readers import read_bytes

HTML = "<html><head><title>Council</title></head><body><h1>Council</h1><p>{}</p></body></html>\n"
MD = "# Council approves budget\n\n{}\n"


def _found(name: str, body: str, rules=("style.time-of-day",)):
    text = (HTML if name.endswith(".html") else MD).format(body)
    out = []
    for d in lint_bytes(name, text.encode(), Config(select=rules)).diagnostics:
        out.append((d.rule, d.snippet, text[:d.fix.start] + d.fix.replacement + text[d.fix.end:] if d.fix else None))
    return text, out


@pytest.mark.parametrize("name", ["a.html", "a.md"])
@pytest.mark.parametrize("body, fixed", [
    ("It met at 7pm<sup>1</sup>. Then it voted.", "It met at 7 p.m.<sup>1</sup>. Then it voted."),
    ("It met at 10:30PM<sup>12</sup> and voted.", "It met at 10:30 p.m.<sup>12</sup> and voted."),
])
def test_a_time_before_a_sup_figure_is_found_and_fixed(name, body, fixed):
    text, found = _found(name, body)
    assert found == [("style.time-of-day", body.split("<sup>")[0].split()[-1], text.replace(body, fixed))]


@pytest.mark.parametrize("name", ["a.html", "a.md"])
def test_the_reader_marks_the_sup(name):
    text = (HTML if name.endswith(".html") else MD).format("It met at 7pm<sup>1</sup>.")
    (part,) = [p for p in read_bytes(name, text.encode()).parts if "7pm" in p.text]
    (s, e), = [(s, e) for k, s, e in part.attrs["inline"] if k == "superscript"]
    assert part.text[s:e] == "1"


@pytest.mark.parametrize("name", ["a.html", "a.md"])
def test_guard_an_ordinal_sup_is_still_read(name):
    _, found = _found(name, "It met on August 5<sup>th</sup>.", ("style.date-ordinal",))
    assert [r for r, _, _ in found] == ["style.date-ordinal"]


@pytest.mark.parametrize("name", ["a.html", "a.md"])
def test_guard_a_figure_glued_to_no_letter_or_after_the_stop(name):
    body = "It met at 7pm.<sup>1</sup> Then 7<sup>2</sup> pm came."
    text, found = _found(name, body)
    # the stop is the a.m./p.m.'s (kept by the fix); '72 pm' holds no time of the figure before the mark
    assert found == [("style.time-of-day", "7pm", text.replace("7pm.", "7 p.m."))]
