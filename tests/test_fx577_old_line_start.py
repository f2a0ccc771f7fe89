"""fx577: an old baseline's line-start record of a Vale match over markup
(`baseline_entries.old_vale_entries`) still knows its match after an edit
earlier on the line changed the rest of its text (qa435 #1, #2): its text
still ends with the match and the words after it are the recorded ones.
Guards: the words after it changed, or the match on another line, and it is
new."""
from __future__ import annotations

from tests.test_qa435_review import TWO_OLD, _check, _desk_lines, _setup


def test_an_edit_before_the_second_match_keeps_it_known(tmp_path, run_cli):
    _setup(tmp_path, "a.md", "# Odd\n\nIt was odd, quite odd and *kind* of late.\n", TWO_OLD)
    res = _check(run_cli, tmp_path, "a.md")
    assert not _desk_lines(res) and "1 known finding hidden" in res.stderr
    assert "1 recorded finding is gone" in res.stderr


def test_guard_words_after_the_match_changed_make_it_new(tmp_path, run_cli):
    _setup(tmp_path, "a.md", "# Odd\n\nIt was odd. Quite odd and *kind* of early.\n", TWO_OLD)
    res = _check(run_cli, tmp_path, "a.md")
    assert [ln.split(":")[1] for ln in _desk_lines(res)] == ["3"] and "2 recorded findings are gone" in res.stderr


def test_guard_match_moved_to_another_line_is_new(tmp_path, run_cli):
    _setup(tmp_path, "a.md", "# Odd\n\nIt was odd. Quite odd.\n\nAnd *kind* of late.\n", TWO_OLD)
    res = _check(run_cli, tmp_path, "a.md")
    assert [ln.split(":")[1] for ln in _desk_lines(res)] == ["5"] and "2 recorded findings are gone" in res.stderr
