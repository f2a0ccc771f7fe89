"""Faults QA (qa121) found on lead39 in fx204 (pull-quote wrappers, held
fixes' reasons), the lead's Vale switch fix (qa119 #1) and the pair-year fix
(qa120 #3). Synthetic input only; each asserts the right behaviour. All
four are fixed and are guards now (each fix is said where it was; #4, a
held fix blamed on a link's markup where there is no link, by fx207)."""
from __future__ import annotations

import json

import pytest

from lint.config import Config
from lint.engine import lint_bytes
from test_qa115_regressions import _dates   # the dates findings of one sentence, as JSON
from test_qa117_regressions import _held   # the last stderr line of a --diff of quotes.mixed-marks

_QUOTES = Config(select=("quotes.unattributed",))
_BQ = "<blockquote><p>“We will shut the branch for good before the spring comes round again.”</p></blockquote>"
_PAGE = ("<html><body><article><h1>Library runs short of books</h1><p>The library lends hundreds of books "
         "every day and has run short of new titles, staff said on Monday.</p>{}</article></body></html>\n")


# 1 (HIGH, new on lead39; main reports the quote) ----------------------------
# _html_opens._in_pull_box asks is_pull_quote of the nearest <div>/<section>,
# whose class test (_html_media._PULL) is a substring search: a story wrapper
# classed "pullquote-container", "article-body pullquote-enabled" or
# "no-pullquote" makes every real body blockquote in it a pull quote, so
# quotes.unattributed, which main reports, is lost.

# fixed by the lead (a guard now)
@pytest.mark.parametrize("markup", [
    f'<div class="pullquote-container"><p>The council met on Tuesday.</p>{_BQ}<p>More later.</p></div>',
    f'<section class="article-body pullquote-enabled"><p>The council met on Tuesday.</p>{_BQ}</section>',
    f'<div class="no-pullquote">{_BQ}</div>',
])
def test_a_wrapper_class_merely_holding_pullquote_keeps_a_body_quote(markup):
    result = lint_bytes("p.html", _PAGE.format(markup).encode("utf-8"), _QUOTES)
    assert [d.rule for d in result.diagnostics] == ["quotes.unattributed"]


# 2 (HIGH, lead39; main also false-alarms, differently) ----------------------
# date_scan.SECOND_DAY now reads any 4-digit number after a space as the
# pair's year, so a count or a compound after the pair ("2000 runners",
# "1999-style") becomes the year and a right pair is called wrong.

# fixed by the lead (a guard now)
@pytest.mark.parametrize("sentence", [
    "On Friday and Saturday, March 7 and 8 2000 runners will race.",
    "On Friday and Saturday, March 7 and 8 1999-style costumes are banned.",
])
def test_a_number_after_a_weekday_pair_is_no_year(run_cli, tmp_path, sentence):
    assert _dates(run_cli, tmp_path, sentence, "2025-03-01") == []


# 3 (MED, new on lead39: main reads no on/off) -------------------------------
# suppress._VALE_SWITCH takes on/off only at the comment's end or before a
# comma; switches parted by a space or a line break, which it reads for
# YES/NO, drop an 'off' switch silently: the rule is neither hidden nor
# said to be unknown.

# fixed by the lead (a guard now)
@pytest.mark.parametrize("sep", [" ", "\n"])
def test_an_off_switch_before_another_without_comma_is_read_as_no(run_cli, tmp_path, sep):
    body = ("City news\n\n<!-- vale quotes.mixed-marks = {}" + sep + "dates = NO -->\n\n"
            "\"We back it,\" Ana Lee said. “It is good,” she said. “Yes,” she said.\n")
    out = {}
    for value in ("NO", "off"):
        (tmp_path / "v.md").write_text(body.format(value), encoding="utf-8")
        r = run_cli("check", "--no-cache", "--select", "quotes.mixed-marks", "--format", "json", "v.md",
                    cwd=tmp_path)
        out[value] = [f["rule"] for f in json.loads(r.stdout)]
    assert out["NO"] == []
    assert out["off"] == out["NO"]


# 4 (MED, lead39; main names escapes, also wrong) -----------------------------
# (then document._unverbatim, now source_markup.unverbatim): _LINK matched any [bracketed words] (even escaped
# '\[1\]' or an editor's '[sic]' that is no reference), and a URL or 'www.'
# inside a code span or an HTML attribute, so a span held for emphasis, a
# code span or a tag is said to hold "a link's markup".

# fixed (fx207): a link is one the reader parsed in the text, or a URL outside code spans and tags
@pytest.mark.parametrize("line", [
    '"It uses *the* [sic] portal now," Lee said.',
    '"It uses *the* \\[1\\] portal now," Lee said.',
    '"It uses `https://x.org` now," Lee said.',
    '"It uses <span title="www.x.org">the</span> portal now," Lee said.',
])
def test_no_link_is_not_named_a_link(run_cli, tmp_path, line):
    note = _held(run_cli, tmp_path, line)
    assert "left unfixed on purpose" in note
    assert "a link's markup" not in note
