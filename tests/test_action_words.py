"""The Action reads `args` and `paths` as shell words (qa96 #7): a `#` that
begins a word starts a comment to the line's end, as in a POSIX shell; a
`#` inside a word, quoted or escaped is text (a file `content/#1.md`)."""
from __future__ import annotations

import pytest

from test_qa92_regressions import _action_argv


@pytest.mark.parametrize("args, words", [
    ("--select hygiene  # one\n--fail-level warning # two\n",
     ["--select", "hygiene", "--fail-level", "warning"]),
    ("content/#1.md a#b", ["content/#1.md", "a#b"]),
    ("\"# kept\" '#kept' \\#kept z # gone", ["# kept", "#kept", "#kept", "z"]),
    ("#only a comment", []),
])
def test_a_comment_begins_only_a_word(tmp_path, args, words):
    assert _action_argv(tmp_path, args, "")[3:] == words
