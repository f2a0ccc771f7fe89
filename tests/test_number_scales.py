"""The scale words a headline's figure may carry (`$4M`, `10.572 mln`) are
written twice: in `lint/data/titles.yaml` (`scales`, their values) and in
`numbers.NUMBER`'s `scale` group (what a number may end in). These tests keep the
two lists the same, so a scale added to one is never read without a value or
valued but never read."""
from __future__ import annotations

import pytest

from lint.analysis.numbers import NUMBER, number_value
from lint.analysis.words import tables


def _scales_in_number_pattern() -> set[str]:
    group = NUMBER.pattern.split("(?P<scale>", 1)[1].split(")", 1)[0]
    return set(group.split("|"))


def test_the_pattern_reads_exactly_the_scales_the_table_values():
    assert _scales_in_number_pattern() == set(tables()["scales"])


# `b` (AP's `$1.2B`) is a scale after a currency sign only: `Room 5b` is no sum.
CURRENCY_ONLY = {"b"}


@pytest.mark.parametrize("scale", sorted(tables()["scales"]))
def test_each_scale_after_a_number_multiplies_it(scale):
    sign = "$" if scale in CURRENCY_ONLY else ""
    m = NUMBER.search(f"grew to {sign}4 {scale} last year")
    assert m is not None and m["scale"].lower() == scale
    assert number_value(m) == str(4 * tables()["scales"][scale])


@pytest.mark.parametrize("scale", sorted(CURRENCY_ONLY))
def test_a_currency_only_scale_is_no_scale_without_a_sign(scale):
    assert [m[0] for m in NUMBER.finditer(f"Room 5{scale} and row 4 {scale}")] == ["4"]


# nu53 #1: wire and CMS copy often put two spaces (or a tab, or a no-break
# space) between a figure and its scale word; any run of them joins the two
# as one space does, and the span is the source's, gap and all.
@pytest.mark.parametrize("gap", ["  ", "   ", "\t", "\u00a0", " \t", "\u00a0 "])
def test_a_run_of_horizontal_space_joins_a_figure_and_its_scale(gap):
    text = f"rose 743.7{gap}mln Swiss francs"
    m = NUMBER.search(text)
    assert number_value(m) == "743700000"
    assert m.span() == (5, text.index("mln") + 3)


# The nearest cases stay as they were: one line break (a wrapped line) joins
# them; a blank line, a space before the break or a sentence's end parts them.
@pytest.mark.parametrize("text, value", [
    ("rose 743.7\nmln Swiss francs", "743700000"),
    ("rose 743.7\r\nmln Swiss francs", "743700000"),
    ("rose 743.7\r\n\r\nmln Swiss francs", "743.7"),
    ("rose 743.7\n\nmln Swiss francs", "743.7"),
    ("rose 743.7 \nmln Swiss francs", "743.7"),
    ("rose 743.7\n  mln Swiss francs", "743.7"),
    ("rose to 743.7.  Mln Swiss francs", "743.7"),
])
def test_a_blank_line_or_a_sentence_end_still_parts_a_figure_from_a_scale(text, value):
    assert number_value(NUMBER.search(text)) == value
