"""fx542: a time whose stop a Markdown footnote marker keeps from it
(`7 PM[^1].Then`, `*7pm*[^1].`, `[7pm](u)[^1].`) is quoted as the source
holds it and fixed to the whole AP form, the marker and the stop kept
(qa395 #8, #9). The markers are the reader's (`Part.attrs["notes"]`).
Guards: no marker (`7 PM.Then`, `*7pm*.`), a `[^1]` inside a link's
address, a label no definition gives. Synthetic copy only."""
from __future__ import annotations

import pytest

from footnote_helpers import MD_HEAD as HEAD
from lint.config import Config
from lint.engine import lint_bytes
from lint.readers import read_bytes

NOTE = "\n\n[^1]: From the minutes.\n"
SELECT = ("style.time-of-day", "style.noon-midnight")


def _found(body: str) -> list[tuple[str, str | None, str | None]]:
    """(snippet, fixed line, the time as the message quotes it) per finding."""
    text = HEAD + body + NOTE
    out = []
    for d in lint_bytes("a.md", text.encode(), Config(select=SELECT)).diagnostics:
        fixed = text[:d.fix.start] + d.fix.replacement + text[d.fix.end:] if d.fix else None
        quoted = d.message.split("'")[3 if d.rule == "style.noon-midnight" else 1]   # "write 'noon', not '12pm'"
        out.append((d.snippet, fixed and fixed[len(HEAD):-len(NOTE)], quoted))
    return out


@pytest.mark.parametrize("body, want", [
    ("It met at 7 PM[^1].Then it voted.", ("7 PM", "It met at 7 p.m.[^1].Then it voted.")),
    ('It met at 7pm[^1]."The end," she said.', ("7pm", 'It met at 7 p.m.[^1]."The end," she said.')),
    ("It met at 9:30 am[^1].It voted.", ("9:30 am", "It met at 9:30 a.m.[^1].It voted.")),
    ("It met at *7pm*[^1].", ("7pm", "It met at *7 p.m.*[^1].")),
    ("It met at **7pm**[^1].", ("7pm", "It met at **7 p.m.**[^1].")),
    ("It met at [7pm](http://example.org)[^1].", ("7pm", "It met at [7 p.m.](http://example.org)[^1].")),
    ("It met at *12pm*[^1].", ("12pm", "It met at *noon*[^1].")),
    # the a.m.'s own stop missing before the marker: written as the guard `9 p.m[^1].` is
    ("It met at 7 p.m[^1].Then it voted.", ("7 p.m", "It met at 7 p.m.[^1].Then it voted.")),
])
def test_a_time_before_a_marker_and_a_stop_is_quoted_as_written_and_fixed(body, want):
    assert _found(body) == [(*want, want[0])]


@pytest.mark.parametrize("body, want", [
    ("It met at 7 PM.Then it voted.", ("7 PM", "It met at 7 p.m.Then it voted.", "7 PM.")),
    ("It met at 7pm[^1]. It voted.", ("7pm", "It met at 7 p.m.[^1]. It voted.", "7pm")),
    ("It met at *7pm*.", ("7pm*.", None, "7pm.")),
    ("It met at [7pm](http://example.org/[^1]).", ("7pm](http://example.org/[^1]).", None, "7pm.")),
    ("It met at 7pm[^9].", ("7pm", "It met at 7 p.m.[^9].", "7pm")),
])
def test_guard_times_without_a_marker_before_the_stop(body, want):
    assert _found(body) == [want]


def test_guard_the_reader_records_each_marker_at_its_source_span():
    text = HEAD + "It met at *7pm*[^1] and [x](http://e.org)[^1].\n\nNo [^9] here." + NOTE
    doc = read_bytes("a.md", text.encode())
    got = [[text[s:e] for s, e in p.attrs.get("notes", ())] for p in doc.parts if p.kind == "paragraph"]
    assert got == [["[^1]", "[^1]"], []]


def test_fix_writes_exactly_the_time(run_cli, tmp_path):
    path = tmp_path / "a.md"
    text = HEAD + "It met at 7 PM[^1].Then at *8pm*[^1]. And [9pm](http://e.org)[^1]." + NOTE
    path.write_text(text, encoding="utf-8")
    run_cli("check", "--no-cache", "--fix", "--select", ",".join(SELECT), path)
    assert path.read_text(encoding="utf-8") == HEAD + (
        "It met at 7 p.m.[^1].Then at *8 p.m.*[^1]. And [9 p.m.](http://e.org)[^1].") + NOTE
