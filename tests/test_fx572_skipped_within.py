"""fx572: SkippedScopes take out a figure's caption inside a skipped quote,
item or cell (qa427 #3), a paragraph or list inside a skipped <td>/<th>
(qa427 #6) and an item inside a quote (qa427 #8); guards for the nearest
shapes, which stay linted."""
from __future__ import annotations

from tests.test_qa427_review import CAPTIONS, CELLS, LATIN, _desk, _vale_lines

FIGURE = ("<html><body><h1>Crew</h1><p>They left, ok.</p>\n"
          "<figure><img src=\"x.jpg\"><figcaption>Plain caption, i.e. here.</figcaption></figure>\n"
          "<blockquote><p>Quote, i.e. here.</p></blockquote>\n</body></html>\n")


def test_guard_caption_outside_a_skipped_tag_is_linted(tmp_path, run_cli):
    _desk(tmp_path, "script, style, pre, blockquote, li, td", Latin=LATIN)
    (tmp_path / "a.html").write_text(FIGURE)
    assert _vale_lines(run_cli, tmp_path, "a.html") == [2]


def test_guard_captions_linted_when_nothing_round_them_is_skipped(tmp_path, run_cli):
    _desk(tmp_path, "script, style, pre", Latin=LATIN)
    (tmp_path / "a.html").write_text(CAPTIONS)
    assert _vale_lines(run_cli, tmp_path, "a.html") == [2, 2, 3, 3, 4, 5, 5, 6]


def test_td_leaves_the_header_cell_and_th_the_data_cell(tmp_path, run_cli):
    _desk(tmp_path, "script, style, pre, td", Latin=LATIN)
    (tmp_path / "a.html").write_text(CELLS)
    assert _vale_lines(run_cli, tmp_path, "a.html") == [3, 4]
    _desk(tmp_path / "b", "script, style, pre, th", Latin=LATIN)
    (tmp_path / "b" / "a.html").write_text(CELLS)
    assert _vale_lines(run_cli, tmp_path / "b", "a.html") == [2, 2, 4]


def test_ul_skips_an_item_in_a_quote_but_not_the_quote(tmp_path, run_cli):
    _desk(tmp_path, "script, style, pre, ul", Latin=LATIN)
    (tmp_path / "a.md").write_text("# Crew\n\nThey left, ok.\n\n> Outer, i.e. here.\n>\n"
                                   "> - Item in quote, i.e. here.\n\nLast, i.e. here.\n")
    assert _vale_lines(run_cli, tmp_path, "a.md") == [5, 9]
