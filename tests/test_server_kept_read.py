"""nu54 #1: a lint stopped for a job in front (another document's lint, a
settings change) runs again from its first rule on the read it had: reading
a 2 MB story again after each stop took 3-6 s, and a small story being typed
in waited for that read each time."""
from __future__ import annotations

import threading

import pytest

pytest.importorskip("pygls")

from lint.server import linting  # noqa: E402
from lint.server.documents import target  # noqa: E402
from lint.server.linting import Linter, Stopped  # noqa: E402

STORY = "# Council meets\n\nThe the council met on May 18th, 2025. TK\n"


class Once(threading.Event):
    """A stop that is set once the engine has asked it twice: mid-lint."""

    def __init__(self):
        super().__init__()
        self.asked = 0

    def is_set(self):
        self.asked += 1
        return self.asked > 2


@pytest.fixture
def reads(monkeypatch):
    """The paths the Linter reads, in order."""
    seen, real = [], linting.read_file
    monkeypatch.setattr(linting, "read_file", lambda path, *rest: seen.append(path) or real(path, *rest))
    return seen


def found(outcome):
    return [(d.rule, d.offset) for d in outcome.diagnostics]


def test_a_stopped_lint_runs_again_on_its_read_and_finds_the_same(tmp_path, reads):
    linter = Linter()
    big, small = target((tmp_path / "big.md").as_uri(), None, []), target((tmp_path / "small.md").as_uri(), None, [])
    plain = found(linter.lint(big, STORY))
    with pytest.raises(Stopped):
        linter.lint(big, STORY, Once())
    linter.lint(small, "# Hed\n\nThe vote.\n", threading.Event())     # the job in front
    assert found(linter.lint(big, STORY, threading.Event())) == plain
    assert [p.rsplit("/", 1)[-1] for p in reads] == ["big.md", "big.md", "small.md"]
    linter.lint(big, STORY)            # that lint ended: nothing is kept
    assert len(reads) == 4


def test_a_stopped_lint_of_other_text_is_read_afresh(tmp_path, reads):
    linter, big = Linter(), target((tmp_path / "big.md").as_uri(), None, [])
    edited = STORY.replace("The the", "The")              # a newer version came meanwhile
    want = found(Linter().lint(big, edited))
    assert "hygiene.doubled-word" not in {rule for rule, _ in want}
    with pytest.raises(Stopped):
        linter.lint(big, STORY, Once())
    assert found(linter.lint(big, edited, threading.Event())) == want
    assert len(reads) == 3
