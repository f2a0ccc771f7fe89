"""nu30 #3: one lint thread, in an order that keeps the story being typed in
quick: a long lint of another document never holds it up, and only the
newest version of each document is linted."""
from __future__ import annotations

import asyncio
import sys
import threading
import time

import pytest
import pytest_lsp
from pytest_lsp import ClientServerConfig

from lint.server.documents import target
from lint.server.linting import Linter, Stopped
from lint.server.worker import Worker
from lsp_helpers import TESTS, house_session, open_doc, published, recording_client, replace_all

RULES = 60               # test-slow rules: 3 s on a SLOW-STORY document (0.05 s each)


# -- the worker and the engine, without a client ------------------------------------------

def test_front_jobs_run_before_background_ones_and_cancelled_ones_never():
    worker, ran, gate = Worker(), [], threading.Event()
    first = worker.submit(gate.wait, 10)                      # holds the thread
    back = worker.submit(ran.append, "back", front=False)
    gone = worker.submit(ran.append, "cancelled", front=False)
    front = worker.submit(ran.append, "front")
    assert gone.cancel()
    gate.set()
    for job in (first, back, front):
        job.result(10)
    assert ran == ["front", "back"]
    worker.shutdown()


def test_a_front_job_for_another_document_stops_a_running_lint():
    worker, started, stop = Worker(), threading.Event(), threading.Event()

    def lint():
        started.set()
        if not stop.wait(10):
            return "ran to its end"
        raise Stopped()

    running = worker.submit(lint, owner="big.md", stop=stop)
    assert started.wait(10)
    mine = worker.submit(lambda: "own", owner="big.md")         # its own document's job waits
    assert not stop.wait(0.2)
    other = worker.submit(lambda: "small", owner="small.md")
    with pytest.raises(Stopped):
        running.result(10)
    assert (mine.result(10), other.result(10)) == ("own", "small")
    worker.shutdown()


def test_a_waiting_lint_of_another_document_goes_behind_the_focus():
    # qa66 #3: the big story's lint was queued (front) while an unstoppable job ran, and
    # the small story opened after it waited for its whole lint.
    worker, ran, gate = Worker(), [], threading.Event()
    warm = worker.submit(gate.wait, 10)                         # the warm-up: not stoppable
    big = worker.submit(ran.append, "big", owner="big.md", stop=threading.Event())
    hover = worker.submit(ran.append, "hover", owner="big.md")  # a request keeps its rank
    small = worker.submit(ran.append, "small", owner="small.md", stop=threading.Event())
    gate.set()
    for job in (warm, big, hover, small):
        job.result(10)
    assert ran == ["hover", "small", "big"]
    worker.shutdown()


def test_a_stopped_lint_raises_and_an_unstopped_one_finds_the_same(tmp_path):
    linter, doc = Linter(), target((tmp_path / "a.md").as_uri(), None, [])
    text = "# Council meets\n\nThe the council met on May 18th, 2025. TK\n"
    plain = [(d.rule, d.offset) for d in linter.lint(doc, text).diagnostics]
    assert [(d.rule, d.offset) for d in linter.lint(doc, text, threading.Event()).diagnostics] == plain
    stop = threading.Event()
    stop.set()
    with pytest.raises(Stopped):
        linter.lint(doc, text, stop)
    calls = []

    class Once(threading.Event):            # set once the engine has asked it twice: mid-lint
        def is_set(self):
            calls.append(1)
            return len(calls) > 2

    with pytest.raises(Stopped):
        linter.lint(doc, text, Once())
    assert [(d.rule, d.offset) for d in linter.lint(doc, text).diagnostics] == plain


# -- end to end ---------------------------------------------------------------------------

SLOW = ClientServerConfig(server_command=[sys.executable, str(TESTS / "lsp_slow_server.py")],
                          client_factory=recording_client)


@pytest_lsp.fixture(config=SLOW)
async def slow(lsp_client: pytest_lsp.LanguageClient, tmp_path):
    lsp_client.root = tmp_path
    await house_session(lsp_client, tmp_path, "test-slow", [f"slow{n}" for n in range(RULES)], debounce=0)
    yield
    await lsp_client.shutdown_session()


@pytest.mark.asyncio
async def test_a_long_lint_of_another_document_never_holds_up_the_one_being_typed_in(slow):
    big, small = (slow.root / "big.md").as_uri(), (slow.root / "small.md").as_uri()
    story = "# Council meets\n\nThe the council met. SLOW-STORY\n"
    small_text = "# Hed\n\nThe vote.\n"
    await published(slow, small, 1, open_doc(slow, small, small_text))
    after_big = open_doc(slow, big, story)
    await asyncio.sleep(0.3)                  # its lint is under way
    began = time.monotonic()
    after = replace_all(slow, small, small_text + "To to.\n", 2)
    found = await published(slow, small, 2, after)
    waited = time.monotonic() - began
    assert [d.code for d in found] == ["hygiene.doubled-word"]
    assert waited < RULES * 0.05 / 2, f"waited {waited:.2f} s behind the other document's lint"
    assert [d.code for d in await published(slow, big, 1, after_big)] == ["hygiene.doubled-word"]
    assert [p.version for p in slow.published[after_big:] if p.uri == big] == [1]
