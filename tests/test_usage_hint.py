"""Every usage error is one line ending in the command's `--help` hint
(qa96 #5 and its "seen, not pinned"): also an option given no value, which
Click's parser reports with no context, and one a command's body raises."""
from __future__ import annotations

import re

import pytest


@pytest.mark.parametrize("args, problem", [
    (("server", "--tcp"), "Option '--tcp' requires an argument."),
    (("check", "--format"), "Option '--format' requires an argument."),
    (("parse",), "Missing argument 'PATHS...'."),
])
def test_a_usage_error_is_one_line_with_the_help_hint(tmp_path, run_cli, args, problem):
    result = run_cli(*args, cwd=tmp_path)
    assert result.exit_code == 2, result.output
    assert re.fullmatch(rf"newslint: {re.escape(problem)} \(see '\S+ {args[0]} --help'\)\n",
                        result.stderr), result.stderr
