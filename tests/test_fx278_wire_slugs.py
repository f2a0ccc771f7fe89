"""fx278: a sport's slug before a headline is read only in a wire story (a
tag before it, or a wire dateline opening the story); a compound after a tag
that no list tells from the opener keeps main's finding; a refile, repeat or
correction mark alone, as Reuters-21578 sets it, is a wire tag (qa168 #1, #2)."""
from __future__ import annotations

import pytest

from lint.analysis.headline import content_tokens
from lint.analysis.headline_wire import wire_lead

_CITY = "The city council set new rules for cars on Tuesday, the mayor said.\n"
_WIRE = "MIAMI, March 3 (Reuters) - The leaders went out in the rain on Tuesday after a long delay.\n"


def _case(run_cli, tmp_path, name: str, text: str):
    (tmp_path / name).write_text(text, encoding="utf-8")
    result = run_cli("check", "--no-cache", "--no-color", "--published", "2026-03-03", "--select",
                     "titles.case", name, cwd=tmp_path)
    return result.stdout


@pytest.mark.parametrize("body", [_CITY, _WIRE])
def test_a_compound_after_a_tag_keeps_mains_finding(run_cli, tmp_path, body):
    """`Tennis-Elbow Cases`: read as slug and opener, one wrong capital is
    left, right after the opener, which may as well be a compound's second
    half; the headline is then read as main read it."""
    out = _case(run_cli, tmp_path, "s.txt", f"UPDATE 1-Tennis-Elbow Cases rise in the city\n\n{body}")
    assert "s.txt:1:10: suggestion [titles.case] headline is not in sentence case: 'Tennis', 'Cases'" in out, out


@pytest.mark.parametrize("name,headline,at", [
    ("s.txt", "Golf-Leading scores at the Honda Classic", "1:6"),
    ("s.md", "# Golf-Leading scores at the Honda Classic", "1:8"),
])
def test_a_slug_with_no_tag_is_read_only_over_a_wire_dateline(run_cli, tmp_path, name, headline, at):
    assert "titles.case" not in _case(run_cli, tmp_path, name, f"{headline}\n\n{_WIRE}")
    out = _case(run_cli, tmp_path, name, f"{headline}\n\n{_CITY}")
    assert f"{name}:{at}: suggestion [titles.case] headline is not in sentence case: 'Leading', 'Classic'" \
        in out, out


def test_a_newspapers_typeset_dateline_is_no_wire_sign(run_cli, tmp_path):
    """`PHOENIX —` is a newspaper's dateline (`wire_story.wire_copy`): the
    compound is judged whole there."""
    out = _case(run_cli, tmp_path, "s.txt", "Golf-Course Owners sue city over taxes\n\n"
                "PHOENIX, March 3 — The owners of three golf courses sued the city on Tuesday.\n")
    assert "s.txt:1:6: suggestion [titles.case] headline is not in sentence case: 'Course', 'Owners'" in out, out


def test_a_slug_and_the_word_after_it_are_read_only_with_a_wire_sign():
    text = "Golf-Course Owners sue city"
    assert wire_lead(text, False) == (0, 0)
    assert wire_lead(text, True) == (0, 5)
    assert wire_lead("RPT-" + text, False) == (4, 9)


@pytest.mark.parametrize("title", [
    "CORRECTED - BANKAMERICA NEGOTIATING SALE OF UNITS",
    "(CORRECTED)-BANKERS TRUST NEW YORK <BT> PAYOUT",
    "RPT-INSITUFORM OF NORTH AMERICA INC <INSUA> NET",
    "REFILE-UPDATE 2-BANKERS TRUST NEW YORK <BT> PAYOUT",
])
def test_a_reuters_correction_or_repeat_mark_is_no_key_word(title):
    words = {t.text.lower() for t in content_tokens(title)}
    assert not words & {"corrected", "rpt", "refile", "update"}, words
    assert words & {"bankamerica", "bankers", "insituform"}, words


def test_a_mark_in_lower_case_stays_words():
    """Reuters-21578 train sets every mark in capitals; `Update 1-` is words."""
    words = {t.text.lower() for t in content_tokens("Update 1-Council votes on budget")}
    assert "update" in words, words
