"""fx250 (nu42 H2): what docs/quotes.md says a run-on quote carries over.

A pull quote the markup marks, or a blockquote a dash line signs, sits
between a run-on quote's paragraphs; a plain `>` block is running text."""
from __future__ import annotations

import pytest

from titles_helpers import read, run

POST = ("# Roof repairs\n\n"
        "Superintendent Maria Okafor, 61, said the work would start in March. “We have\n"
        "buckets in classrooms every time it rains,” Okafor said. “That is not a\n"
        "learning environment.\n\n"
        "“Our teachers have been patient. Our students have been patient.\n\n"
        "> “We have buckets in classrooms every time it rains.”\n{sign}\n"
        "“The patience has run out,” she said.\n")


@pytest.mark.parametrize("sign, expected", [
    ("", [True]),
    ("> — Maria Okafor\n", []),
])
def test_only_a_signed_blockquote_is_carried_over_by_a_run_on_quote(sign, expected):
    src = POST.format(sign=sign)
    found = run(read(src, ".md"), "quotes.unbalanced")
    assert ["never closed" in d.message for d in found] == expected
    if expected:
        at = src.index("“Our teachers")
        assert (found[0].line, found[0].column) == (src.count("\n", 0, at) + 1, 1)
