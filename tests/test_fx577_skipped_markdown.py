"""fx577: SkippedScopes over Markdown as Vale renders it: a paragraph
between raw `<figure>` and `</figure>` lines is in the figure (qa427 #4),
and an italic caption under an image in a skipped `>` quote is in the quote
(qa435 #3). Guards: the same caption outside a quote, a raw element never
closed, and a quote that is not skipped are still linted."""
from __future__ import annotations

from tests.test_qa427_review import LATIN, _desk, _vale_lines

RAW = ("# Crew\n\nThey left, ok.\n\n<figure>\n\n![a](x.jpg)\n\n*Caption, i.e. here.*\n\n</figure>\n\n"
       "<ul>\n<li>\n\nIn a raw item, i.e. here.\n\n</li>\n</ul>\n\n<figure>\n\nNever closed, i.e. here.\n")


def test_markdown_inside_raw_figure_or_item_follows_the_skipped_tags(tmp_path, run_cli):
    _desk(tmp_path, None, Latin=LATIN)
    (tmp_path / "a.md").write_text(RAW)
    assert _vale_lines(run_cli, tmp_path, "a.md") == [16, 23]
    _desk(tmp_path / "b", "script, style, pre, li", Latin=LATIN)
    (tmp_path / "b" / "a.md").write_text(RAW)
    assert _vale_lines(run_cli, tmp_path / "b", "a.md") == [9, 23]


def test_guard_caption_under_an_image_outside_a_quote_or_in_a_linted_quote(tmp_path, run_cli):
    _desk(tmp_path, "script, style, pre, blockquote", Latin=LATIN)
    (tmp_path / "a.md").write_text("# Crew\n\nThey left, ok.\n\n![a](x.jpg)\n*Caption, i.e. here.*\n\n"
                                   "Last, i.e. here.\n")
    assert _vale_lines(run_cli, tmp_path, "a.md") == [6, 8]
    _desk(tmp_path / "b", None, Latin=LATIN)
    (tmp_path / "b" / "a.md").write_text("# Crew\n\nThey left, ok.\n\n> ![a](x.jpg)\n> *Caption, i.e. here.*\n\n"
                                         "Last, i.e. here.\n")
    assert _vale_lines(run_cli, tmp_path / "b", "a.md") == [6, 8]
