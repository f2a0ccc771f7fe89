"""The count words of newslint's messages (lint/plural.py): the same words the
messages wrote inline before, 0 and 2 plural, 1 singular."""
from __future__ import annotations

import pytest

from lint.formatters._html_context import characters_left_out
from lint.plural import counted, plural


@pytest.mark.parametrize("n, said", [(0, "0 files"), (1, "1 file"), (2, "2 files"), (1000, "1000 files")])
def test_a_count_and_its_noun(n, said):
    assert counted(n, "file") == said


def test_an_irregular_word_and_a_verb():
    assert [counted(n, "fix", "fixes") for n in (1, 2)] == ["1 fix", "2 fixes"]
    assert [plural(n, "it", "them") for n in (0, 1, 2)] == ["them", "it", "them"]
    assert [plural(n, "skips", "skip") for n in (1, 3)] == ["skips", "skip"]     # a verb after n names


def test_a_formatted_count_keeps_its_format():
    assert characters_left_out(1) == " … 1 character not shown … "
    assert characters_left_out(12345) == " … 12,345 characters not shown … "
