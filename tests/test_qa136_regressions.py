"""qa136: fx220 (a time's fix keeps the stop a letter follows: '7:00 PM.Then'
-> '7 p.m.Then') tried as a copy editor and an engineer. Each test asserts the
right behaviour. fx224 fixed all five faults, so each test now guards its fix."""
from __future__ import annotations

import pytest

from lint.config import Config
from lint.engine import lint_bytes
from lint.fixes import fix_bytes
from story_helpers import FRONT_MATTER



def _md(body: str) -> tuple[str, bytes]:
    return "story.md", (FRONT_MATTER + body + "\n").encode("utf-8")


def _html_caption(caption: str) -> tuple[str, bytes]:
    return "story.html", (
        "<html><head><title>Council votes</title></head><body><article><h1>Council votes</h1>"
        "<p>The council met on Monday, officials said.</p>"
        f'<figure><img src="a.jpg" alt="Fans"><figcaption>{caption}</figcaption></figure>'
        "<p>The vote was close, officials said.</p></article></body></html>\n").encode("utf-8")


@pytest.mark.parametrize("path, data, glued", [
    (*_md("Polls close at 7 p.m.Then they count."), "p.m.Then"),
    (*_md("The board met at 9:30 a.m.It rained all day."), "a.m.It"),
    (*_html_caption("Fans gather at 7 p.m.Credit: Jane Roe/AP"), "p.m.Credit"),
], ids=["paragraph-pm", "paragraph-am", "caption-credit"])
def test_a_sentence_run_on_after_a_time_is_still_reported(path, data, glued):
    source = data.decode("utf-8")
    stop = source.index(glued) + 3                # the stop after "p.m" / "a.m"
    assert source[stop] == "."
    found = lint_bytes(path, data, Config()).diagnostics
    assert any(d.offset <= stop <= d.end_offset for d in found), \
        [(d.rule, d.message) for d in found]


@pytest.mark.parametrize("written, fixed", [
    ('The vote was at 9:30 am."The count can wait," she said.',
     'The vote was at 9:30 a.m. "The count can wait," she said.'),
    ("The vote was at 9:30 am.“The count can wait,” she said.",
     "The vote was at 9:30 a.m. “The count can wait,” she said."),
    ("She called it “a vote at 9:30 am.”The council left.",
     "She called it “a vote at 9:30 a.m.” The council left."),
], ids=["straight-open", "curly-open", "curly-close"])
def test_a_times_fix_and_missing_space_before_a_quote_both_apply(written, fixed):
    path, data = _md(written)
    assert fixed in fix_bytes(path, data, Config()).fixed


def _time_finding():
    path, data = _md("The mayor met at 7:00 PM.Then he left.")
    (d,) = [d for d in lint_bytes(path, data, Config()).diagnostics if d.rule == "style.time-of-day"]
    return d


@pytest.mark.parametrize("surface", ["lsp-title", "sarif", "html"])
def test_the_fix_a_reader_sees_has_its_closing_stop(surface):
    d = _time_finding()
    if surface == "lsp-title":
        from lint.server.actions import fix_title
        shown = fix_title(d)
    elif surface == "sarif":
        from lint.formatters.sarif import _fix
        shown = _fix(d, {"uri": "story.md"})["description"]["text"]
    else:
        from lint.formatters.html import _message_item
        shown = _message_item("f1", 1, d).split("fix:", 1)[1]
    assert "7 p.m'" not in shown and "7 p.m”" not in shown, shown


@pytest.mark.parametrize("written", ["Email tickets@7pm.org for seats.",
                                     "Tickets are sold at 7pm.com and by phone."])
def test_an_email_address_or_domain_is_no_time(written):
    path, data = _md(written)
    found = lint_bytes(path, data, Config(select=("style.time-of-day",))).diagnostics
    assert found == [], [d.message for d in found]
    assert written in fix_bytes(path, data, Config()).fixed


def test_noon_quotes_the_stop_it_keeps_before_a_letter():
    path, data = _md("The vote was at 12 p.m.Then they left.")
    (d,) = [d for d in lint_bytes(path, data, Config(select=("style.noon-midnight",))).diagnostics]
    assert "'12 p.m.'" in d.message, d.message
