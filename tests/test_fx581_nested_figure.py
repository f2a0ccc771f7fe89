"""fx581: Markdown between raw `<figure>` and `</figure>` lines nested in a
list item or `>` quote is in the figure, out under the default SkippedScopes
(qa438 #4); guards: a figure closed on its own line, one never closed, and
text after the figure's end are still linted."""
from __future__ import annotations

from tests.test_qa427_review import LATIN, _desk, _vale_lines


def test_a_figure_in_a_nested_quote_of_an_item_is_skipped(tmp_path, run_cli):
    _desk(tmp_path, None, Latin=LATIN)
    (tmp_path / "a.md").write_text("# Crew\n\n- item\n\n  > <figure>\n  >\n  > In, i.e. here.\n  >\n  > </figure>\n\n"
                                   "After, i.e. here.\n")
    assert _vale_lines(run_cli, tmp_path, "a.md") == [11]


def test_guard_a_figure_closed_on_its_line_in_a_quote_skips_nothing_after(tmp_path, run_cli):
    _desk(tmp_path, None, Latin=LATIN)
    (tmp_path / "a.md").write_text("# Crew\n\n> <figure><img src=\"x.jpg\"></figure>\n>\n> In, i.e. here.\n\n"
                                   "After, i.e. here.\n")
    assert _vale_lines(run_cli, tmp_path, "a.md") == [5, 7]


def test_guard_an_unclosed_figure_in_an_item_skips_nothing(tmp_path, run_cli):
    _desk(tmp_path, None, Latin=LATIN)
    (tmp_path / "a.md").write_text("# Crew\n\n- item\n\n  <figure>\n\n  In, i.e. here.\n\nAfter, i.e. here.\n")
    assert _vale_lines(run_cli, tmp_path, "a.md") == [7, 9]


def test_guard_text_after_a_nested_figure_is_linted(tmp_path, run_cli):
    _desk(tmp_path, None, Latin=LATIN)
    (tmp_path / "a.md").write_text("# Crew\n\n> <figure>\n>\n> In, i.e. here.\n>\n> </figure>\n>\n> Later, i.e. here.\n")
    assert _vale_lines(run_cli, tmp_path, "a.md") == [9]
