"""fx553 (nu73 #7): a headline of two sentences parted by a full stop is
flagged by titles.trailing-period with no fix (AP writes it with a
semicolon, the writer's rewrite); guards: a one-sentence headline, an
abbreviation's stop inside and a question before a sentence keep the fix,
and the finding stays on the closing stop."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from lint.kinds.title_trailing_period import _sentences, _stop


@pytest.mark.parametrize("hed", ["Writing for the web is easy. Writing for users is not.",
                                 "Vote set for Jan. 5. Polls open early.",
                                 "It's over. Or is it over."])
def test_two_sentences_are_seen(hed):
    at, word = _stop(hed)
    assert at == len(hed) - 1 and word == ""
    assert _sentences(hed[:at])


@pytest.mark.parametrize("hed", ["Council approves budget.", "Market opens at 9 a.m. Saturday.",
                                 "U.S. Senate passes bill.", "Gov. Newsom signs bill.",
                                 "Who wins? Voters decide."])
def test_guard_one_sentence_or_a_question_first(hed):
    at, word = _stop(hed)
    assert at == len(hed) - 1 and word == ""
    assert not _sentences(hed[:at])


def _run(tmp_path, hed, *args):
    (tmp_path / "a.md").write_text(f'---\ntitle: "{hed}"\ndate: 2025-09-01\n---\n\n'
                                   "Writing for the web is easy, but writing for users is not, editors said.\n")
    done = subprocess.run([sys.executable, "-m", "lint", "check", "--no-cache", "--format", "json",
                           "--select", "titles.trailing-period", *args, "a.md"],
                          cwd=tmp_path, capture_output=True, text=True, check=False)
    assert done.returncode in (0, 1), done.stderr
    return json.loads(done.stdout) if done.stdout.strip() else [], (tmp_path / "a.md").read_text()


@pytest.mark.parametrize("hed, fixed", [
    ("Writing for the web is easy. Writing for users is not.", None),
    ("Writing for the web is easy.", "Writing for the web is easy"),
    ("Who wins? Voters decide.", "Who wins? Voters decide"),
])
def test_fix_writes_only_a_whole_headline(tmp_path, hed, fixed):
    (found,) = _run(tmp_path, hed)[0]
    assert found["column"] == 8 + len(hed) and found["end_column"] == found["column"] + 1   # the closing stop
    assert ("two sentences" in found["message"]) == (fixed is None)
    after = _run(tmp_path, hed, "--fix")[1]
    assert f'title: "{fixed or hed}"' in after
