"""The scale words a headline's figure may carry (`$4M`, `10.572 mln`) are
written twice: in `lint/data/titles.yaml` (`scales`, their values) and in
`words.NUMBER`'s `scale` group (what a number may end in). These tests keep the
two lists the same, so a scale added to one is never read without a value or
valued but never read."""
from __future__ import annotations

import pytest

from lint.analysis.words import NUMBER, number_value, tables


def _scales_in_number_pattern() -> set[str]:
    group = NUMBER.pattern.split("(?P<scale>", 1)[1].split(")", 1)[0]
    return set(group.split("|"))


def test_the_pattern_reads_exactly_the_scales_the_table_values():
    assert _scales_in_number_pattern() == set(tables()["scales"])


@pytest.mark.parametrize("scale", sorted(tables()["scales"]))
def test_each_scale_after_a_number_multiplies_it(scale):
    m = NUMBER.search(f"grew to 4 {scale} last year")
    assert m is not None and m["scale"].lower() == scale
    assert number_value(m) == str(4 * tables()["scales"][scale])
