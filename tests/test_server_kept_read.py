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


def test_two_stopped_lints_each_run_again_on_their_own_read(tmp_path, reads):
    linter = Linter()
    a, b = (target((tmp_path / name).as_uri(), None, []) for name in ("a.md", "b.md"))
    other = STORY.replace("council", "board")
    want_a, want_b = found(Linter().lint(a, STORY)), found(Linter().lint(b, other))
    reads.clear()
    with pytest.raises(Stopped):
        linter.lint(a, STORY, Once())             # the writer types in small.md: a stops, goes behind b
    with pytest.raises(Stopped):
        linter.lint(b, other, Once())             # b starts, the next keystroke stops it
    assert found(linter.lint(a, STORY, threading.Event())) == want_a
    assert found(linter.lint(b, other, threading.Event())) == want_b
    assert [p.rsplit("/", 1)[-1] for p in reads] == ["a.md", "b.md"]     # each story read once


def stopped(linter, doc, text=STORY):
    with pytest.raises(Stopped):
        linter.lint(doc, text, Once())


@pytest.mark.parametrize("drop", ["configure", "refresh", "forget", "forget-all", "keep"])
def test_a_kept_read_is_dropped_on_settings_config_and_close(tmp_path, reads, drop):
    linter = Linter()
    a, b = (target((tmp_path / name).as_uri(), None, []) for name in ("a.md", "b.md"))
    stopped(linter, a)
    stopped(linter, b)
    if drop == "configure":               # settings changed
        linter.configure({})
    elif drop == "refresh":               # a config or rule file changed
        linter.refresh()
    elif drop == "forget":                # a.md closed or changed (`Scheduling.close`, `edited`)
        linter.forget(a.lint_as)
    elif drop == "forget-all":
        linter.forget()
    reads.clear()
    linter.lint(a, STORY, threading.Event())
    linter.lint(b, STORY, threading.Event())
    again = {"configure": ["a.md", "b.md"], "refresh": ["a.md", "b.md"], "forget": ["a.md"],
             "forget-all": ["a.md", "b.md"], "keep": []}[drop]
    assert [p.rsplit("/", 1)[-1] for p in reads] == again


def test_the_newest_reads_are_kept(tmp_path, reads):
    linter = Linter()
    docs = [target((tmp_path / f"{n}.md").as_uri(), None, []) for n in range(linting.KEEP + 1)]
    for doc in docs:
        stopped(linter, doc)
    reads.clear()
    for doc in reversed(docs):
        linter.lint(doc, STORY, threading.Event())
    assert [p.rsplit("/", 1)[-1] for p in reads] == ["0.md"]      # the oldest stopped was let go
