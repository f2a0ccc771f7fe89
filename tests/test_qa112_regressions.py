"""qa112: faults found in the breakout-tag reader change (fx192: an
unclosed <svg>/<math> ends at a breakout tag, `_html_foreign.Spaces`) and in
the opening's writer's-name lines (fx194, `_opening_names`)."""
from __future__ import annotations

import json

import pytest

from lint.readers import read_bytes

LEAD = "<h1>Plan wins</h1><p>The council voted on Tuesday.</p>"


def _texts(src: str, name: str = "story.html") -> list[str]:
    return [p.text for p in read_bytes(name, src.encode()).parts]


# --- #1 an HTML ancestor's end tag does not end an unclosed svg -------------------------------

@pytest.mark.parametrize("middle, shown", [
    ('<div class="icon"><svg viewBox="0 0 9 9"><path d="M0"></div><section>Section text here.</section>',
     "Section text here."),
    ('<p>Press the <button><svg viewBox="0 0 9 9"><path d="M0"></button> share button.</p>',
     "Press the  share button."),
])
def test_an_html_ancestors_end_tag_ends_an_unclosed_svg(middle, shown):
    assert shown in _texts(LEAD + middle + "<p>End.</p>")


# --- #2 a headline line of a name's shape is passed over (fx194): fixed (fx199) ---------------

@pytest.mark.parametrize("line", ["Mr Bean Returns", "Mrs Brown's Boys Axed"])
def test_a_headline_led_by_an_honorific_is_no_writers_name(line):
    from test_qa85_regressions import _headline, read, shell
    dek = "Rowan Atkinson brings the character back for a new series"
    doc = read(shell(f"<div>Television</div><div>{line}</div><h2>{dek}</h2>"))
    assert _headline(doc) != dek


# --- #3 every <p> under any open <li> is a list item's text (fx192, qa105 #12) ----------------

STORY_IN_LI = ("<html><head><title>Courier</title></head><body><main><ul class=\"river\"><li class=\"entry\"><article>"
               "<h1>Harbour Board replaces two island ferries</h1>"
               "<p>The Harbour Board voted 6-1 on Tuesday to replace the two ferries that serve the island.</p>"
               "<p>Board chair Marta Quinn said the new boats would cut crossing times and run more often.</p>"
               "<p>The vote followed a long night of debate at the harbour office on the quay.</p>"
               "<p>Martha Quinn said the board would meet again in March to pick a builder.</p>"
               "</article></li></ul></main></body></html>")


def test_a_story_wrapped_in_a_list_item_keeps_its_paragraphs(tmp_path, run_cli):
    path = tmp_path / "story.html"
    path.write_text(STORY_IN_LI, encoding="utf-8")
    found = [f["rule"] for f in json.loads(run_cli("check", "--no-cache", "--format", "json", path).stdout)]
    assert "names.given-name-variant" in found


# --- #4 a second kicker line over a date line is made a byline (fx194): fixed (fx199) ---------

@pytest.mark.parametrize("kicker", ["Premier League", "Live Updates"])
def test_a_second_kicker_over_a_date_line_stays_a_kicker(kicker):
    from test_qa85_regressions import _bylines, _kickers, read, shell
    doc = read(shell(f"<div>Sport</div><div>{kicker}</div><div>March 3, 2026</div>"
                     "<h2>Harbour Board replaces two island ferries</h2>"))
    assert _kickers(doc) == ["Sport", kicker] and _bylines(doc) == []


# --- #5 a label with a numeral 'suffix' over a date line is made a byline (fx194): fixed (fx199)

@pytest.mark.parametrize("label", ["World War II", "King Charles III"])
def test_a_label_ending_in_a_numeral_over_a_date_line_is_no_byline(label):
    from test_qa85_regressions import _bylines, read, shell
    doc = read(shell(f"<div>History</div><div>{label}</div><div>March 3, 2026</div>"
                     "<h2>Harbour Board replaces two island ferries</h2>"))
    assert label not in _bylines(doc)
