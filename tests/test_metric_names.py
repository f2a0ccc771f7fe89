"""A `metric` formula is checked when its rule loads (qa99 #12, #13): every
name it reads is one of the counts (`COUNT_NAMES`, which are `counts`'
keys), and a result too big for a float is refused, not an internal error."""
from __future__ import annotations

import pytest

from lint.document import Part
from lint.kinds.base import OptionError
from lint.kinds.metric import COUNT_NAMES, _parse, counts


def test_the_names_a_formula_may_read_are_the_counts():
    part = Part.from_slice("paragraph", "One two three.", 0, 14)
    assert set(counts(None, [part])) == COUNT_NAMES


@pytest.mark.parametrize("formula, said", [
    ("__import__('os')", "'__import__' is no count"),
    ("math.pi", "'math' is no count"),
    ("wrods / sentences", "did you mean words?"),
    ("words ** 10 ** 400", "too big for a number"),
])
def test_a_formula_naming_no_count_or_overflowing_is_refused(formula, said):
    with pytest.raises(OptionError, match=said.replace("?", r"\?").replace(".", r"\.")):
        _parse("formula", formula)


def test_control_a_division_by_zero_loads_as_in_vale():
    assert _parse("formula", "words / 0") is not None
