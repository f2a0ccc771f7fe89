"""nu29 #4: a message whose two strings look the same names the space
character that tells them apart (lint.placing.unseen_difference)."""
from __future__ import annotations

import pytest

from lint.placing import unseen_difference


def test_the_invisible_character_is_named():
    assert unseen_difference("7\u2009p.m.", "7 p.m.") == (
        " (they differ only in their space characters: a thin space (U+2009) in the text, "
        "a plain space in the fix)")
    assert "a tab in the text" in unseen_difference("7\tp.m.", "7 p.m.")
    assert "a plain space in the text, a no-break space (U+00A0) in the fix" in \
        unseen_difference("Dec. 3", "Dec.\u00a03")
    assert unseen_difference("7 p.m.", "7  p.m.") == " (they differ only in how many spaces they hold)"


def test_qa273_a_mixed_run_names_each_side_s_space_characters_whole():
    assert unseen_difference("7 \u00a0p.m.", "7 p.m.") == (
        " (they differ only in their space characters: a plain space and a no-break space (U+00A0) "
        "in the text, a plain space in the fix)")
    assert unseen_difference("7 p.m.", "7\t p.m.") == (
        " (they differ only in their space characters: a plain space in the text, "
        "a tab and a plain space in the fix)")
    # the nearest case: each side holds one the other lacks, named as before but for the words
    assert unseen_difference("7\u00a0\tp.m.", "7 p.m.") == (
        " (they differ only in their space characters: a tab and a no-break space (U+00A0) in the text, "
        "a plain space in the fix)")


# qa289 #4: three or more names take commas, then one "and" (it read "a tab and a plain space and ...")
@pytest.mark.parametrize("written, names", [
    ("7\t \u2009p.m.", "a tab, a plain space and a thin space (U+2009)"),
    ("7\t\u00a0\u2009p.m.", "a tab, a no-break space (U+00A0) and a thin space (U+2009)")])
def test_qa289_the_two_forms_read_alike_and_a_list_joins_its_last_two_by_and(written, names):
    assert unseen_difference(written, "7 p.m.") == (
        f" (they differ only in their space characters: {names} in the text, a plain space in the fix)")


# qa295 #3: a CRLF's CR and LF are both "a line break"; it read "a line break and a line break"
@pytest.mark.parametrize("written, names", [
    ("7\r\np.m.", "a line break"),
    ("7\np.m.", "a line break"),
    # the nearest case: a line break beside another space character still names both
    ("7\r\n\u00a0p.m.", "a line break and a no-break space (U+00A0)")])
def test_qa295_a_crlf_is_named_as_one_line_break(written, names):
    assert unseen_difference(written, "7 p.m.") == (
        f" (they differ only in their space characters: {names} in the text, a plain space in the fix)")


def test_nothing_is_added_where_the_difference_shows():
    assert unseen_difference("7 PM", "7 p.m.") == ""
    assert unseen_difference("7 p.m.", "7 p.m.") == ""
    assert unseen_difference("7\u00a0PM", "7\u00a0p.m.") == ""


def test_a_no_break_space_in_a_time_is_no_finding(run_cli, tmp_path):
    (tmp_path / "a.txt").write_text("Polls close\n\nPolls close at 7\u00a0p.m. Tuesday, said Mayor Ann Lee.\n")
    got = run_cli("check", "a.txt", "--published", "2026-12-03", "--select", "style", cwd=tmp_path)
    assert "time-of-day" not in got.stdout


def test_a_date_reads_the_same_with_any_no_break_space(run_cli, tmp_path):
    """nu29 #4, the dates: `Dec. 3rd` with a narrow no-break space (U+202F)
    was no date to the date-form rules; a no-break space (U+00A0) was one."""
    lines = ["The vote was held on December{}3rd, the clerk said.",
             "The plan starts in January,{}2027, the clerk said.",
             "The vote was held on Tues.{}Dec. 8, the clerk said."]
    seen = []
    for space in (" ", "\u00a0", "\u202f"):
        (tmp_path / "a.txt").write_text("Council meets\n\n" + "\n\n".join(l.format(space) for l in lines) + "\n")
        got = run_cli("check", "a.txt", "--published", "2026-12-03", "--select", "style", cwd=tmp_path)
        seen.append([line.split(" [")[1].split("]")[0] for line in got.stdout.splitlines() if " [" in line])
    assert seen[0] == ["style.month-abbreviation", "style.date-ordinal", "style.month-year",
                       "style.weekday-abbreviation"]
    assert seen[1] == seen[0] and seen[2] == seen[0]


def test_a_thin_or_hair_space_in_a_time_is_the_writers(run_cli, tmp_path):
    """qa65 #8: a thin (U+2009) or hair (U+200A) space before p.m. is a
    typographer's choice, kept as a no-break space is; a tab is not."""
    from lint.kinds.time_form import scan
    for space in ("\u2009", "\u200a"):
        (tmp_path / "a.txt").write_text(f"Polls close\n\nPolls close at 7{space}p.m. Tuesday, said Mayor Ann Lee.\n")
        got = run_cli("check", "a.txt", "--published", "2026-12-03", "--select", "style", cwd=tmp_path)
        assert "time-of-day" not in got.stdout, repr(space)
        assert [t.replacement for t in scan(f"at 7{space}PM")] == [f"7{space}p.m."]
    assert [t.replacement for t in scan("at 7\tPM")] == ["7 p.m."]
