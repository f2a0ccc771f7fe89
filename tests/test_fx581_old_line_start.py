"""fx581: an old line-start baseline record side-matches a Vale match over
markup only when the words before it are the recorded ones with a fix's edit:
the word right before the match unchanged, at most one word more added than
taken out (qa438 #1). A new sentence ending in the marked-up words is new."""
from __future__ import annotations

from tests.test_qa435_review import TWO_OLD, _check, _desk_lines, _setup


def test_a_new_sentence_after_the_same_last_word_is_still_new(tmp_path, run_cli):
    # the word before the match is "and" as recorded, but a sentence's worth of words came in
    text = "# Odd\n\nIt was odd. Quite odd and rather late, and then odd and *kind* of late.\n"
    _setup(tmp_path, "a.md", text, TWO_OLD)
    res = _check(run_cli, tmp_path, "a.md")
    assert [ln.split(":")[1] for ln in _desk_lines(res)] == ["3"] and "2 recorded findings are gone" in res.stderr


def test_another_word_right_before_the_match_makes_it_new(tmp_path, run_cli):
    _setup(tmp_path, "a.md", "# Odd\n\nIt was odd. Quite odd but *kind* of late.\n", TWO_OLD)
    res = _check(run_cli, tmp_path, "a.md")
    assert [ln.split(":")[1] for ln in _desk_lines(res)] == ["3"]


def test_guard_a_two_word_swap_for_one_keeps_the_second_known(tmp_path, run_cli):
    _setup(tmp_path, "a.md", "# Odd\n\nIt was odd. Rather odd and *kind* of late.\n", TWO_OLD)
    res = _check(run_cli, tmp_path, "a.md")
    assert not _desk_lines(res) and "1 known finding hidden" in res.stderr


def test_guard_a_one_word_longer_swap_keeps_the_second_known(tmp_path, run_cli):
    # "**Kind** of" (2 words) for "A little bit" (3): one word more than taken out
    _setup(tmp_path, "a.md", "# Odd\n\nIt was odd. A little bit odd and *kind* of late.\n", TWO_OLD)
    res = _check(run_cli, tmp_path, "a.md")
    assert not _desk_lines(res) and "1 known finding hidden" in res.stderr
