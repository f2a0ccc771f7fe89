"""nu54 #1: a hover on one document is answered while a long lint of
another holds the lint thread. A hover's text (the rule's description and
live examples) is made once per rule and settings, after the lint that
found the rule is published, one rule at a time (`hover.Explained`); a
hover that comes first gets the rule without its examples (qa262 #1)."""
from __future__ import annotations

import asyncio
import sys

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig

from lint.ruleset import load_rule
from lint.server.hover import Explained, fallback, rule_markdown
from lsp_helpers import TESTS, house_session, open_doc, published, recording_client, until

HELD = ClientServerConfig(server_command=[sys.executable, str(TESTS / "lsp_lint_held_server.py")],
                          client_factory=recording_client)
RULES = TESTS.parent / "rules"


@pytest_lsp.fixture(config=HELD)
async def held(lsp_client: pytest_lsp.LanguageClient, tmp_path):
    lsp_client.root = tmp_path
    await house_session(lsp_client, tmp_path, "test-held", ["held"], debounce=0)
    yield
    (tmp_path / "release").write_text("")        # a failed test never leaves the server held
    await lsp_client.shutdown_session()


def hover_at(client, uri: str, line: int, character: int):
    return client.text_document_hover_async(types.HoverParams(
        types.TextDocumentIdentifier(uri=uri), types.Position(line, character)))


@pytest.mark.asyncio
async def test_a_hover_is_answered_while_another_documents_lint_holds_the_lint_thread(held):
    small, big = (held.root / "small.md").as_uri(), (held.root / "big.md").as_uri()
    found = await published(held, small, 1, open_doc(held, small, "# Hed\n\nThe the vote.\n"))
    assert [d.code for d in found] == ["hygiene.doubled-word"]
    texts = []

    async def hovered():          # made after the publish: until then, the rule without examples
        texts.append((await hover_at(held, small, 2, 1)).contents.value)
        return "Flagged:" in texts[-1]

    for _ in range(1000):
        if await hovered():
            break
        assert "**hygiene.doubled-word**" in texts[-1]
        await asyncio.sleep(0.01)
    assert "Flagged:" in texts[-1], "the hover text was never made"
    after_big = open_doc(held, big, "# Council meets\n\nThe the council met. HELD-STORY\n")
    await until(lambda: (held.root / "held").exists(), "the big story's lint to hold the lint thread")

    hover = await hover_at(held, small, 2, 1)       # the kept text
    text = hover.contents.value
    assert "**hygiene.doubled-word**" in text and "Flagged:" in text and "Fine:" in text
    assert not (held.root / "left").exists()        # answered while the lint thread was held
    assert await hover_at(held, small, 0, 2) is None      # no finding there: no hover

    (held.root / "release").write_text("")
    assert [d.code for d in await published(held, big, 1, after_big)] == ["hygiene.doubled-word"]
    hover = await hover_at(held, big, 2, 1)         # the held story's hover, from its own lint
    assert "**hygiene.doubled-word**" in hover.contents.value


# -- the texts, without a client ---------------------------------------------------------

def doubled_word():
    return load_rule("hygiene.doubled-word", RULES / "hygiene" / "doubled-word.yaml")


def test_explained_makes_each_rules_text_once_per_generation(monkeypatch):
    rule = doubled_word()
    made = []
    monkeypatch.setattr("lint.server.hover.rule_markdown",
                        lambda r, live=True: made.append(r.id) or rule_markdown(r, live))
    explain = Explained()
    rules = explain.missing({rule.id: rule}, [rule.id, rule.id, "file.empty"], 0)
    assert rules == [rule] and explain.text(rule, 0) is None   # no rule file: no text (the hover says the id)
    assert explain.make(rules, 0) == [] and explain.text(rule, 0) == rule_markdown(rule)
    assert explain.missing({rule.id: rule}, [rule.id], 0) == [] and made == [rule.id]
    assert explain.text(rule, 1) is None                     # settings or rule files changed
    assert explain.missing({rule.id: rule}, [rule.id], 1) == [rule]
    explain.make([rule], 1)
    assert made == [rule.id, rule.id]


def test_a_rule_whose_examples_cannot_run_gets_its_text_without_them(monkeypatch):
    rule = doubled_word()

    def broken(*args):
        raise ValueError("a house rule's broken example")

    monkeypatch.setattr("lint.server.hover.run_example", broken)
    explain = Explained()
    explain.make([rule], 0)
    text = explain.text(rule, 0)
    assert text.startswith("**hygiene.doubled-word**") and "newslint explain hygiene.doubled-word" in text
    assert "Flagged:" not in text


def test_the_hover_before_a_rules_text_is_made_is_its_fallback():
    from lint.server.features import _explained

    rule = doubled_word()
    explain = Explained()
    ls = type("Server", (), {"explain": explain})()
    d = type("Finding", (), {"rule": rule.id, "message": "Doubled word"})()
    linted = type("Linted", (), {"outcome": type("Outcome", (), {"rules": {rule.id: rule}})(), "generation": 0})()
    first = _explained(ls, linted, d)
    assert first == fallback(rule) and first.startswith("**hygiene.doubled-word**") and "Flagged:" not in first
    explain.make([rule], 0)
    assert "Flagged:" in _explained(ls, linted, d)           # made: the kept text with its examples
    d.rule = "file.empty"                                     # no rule file: the id's meaning
    assert _explained(ls, linted, d).startswith("**file.empty**")


def _found(story: str):
    import tempfile
    from pathlib import Path

    from lint.server.convert import lint_buffer
    from lint.server.documents import target
    from lint.server.linting import Linter

    doc = target((Path(tempfile.mkdtemp()) / "story.md").as_uri(), None, [])
    linted = lint_buffer(Linter(), doc, story, 1)
    return linted.outcome.rules, [d.rule for d in linted.outcome.diagnostics]


STORY = "# Council meets\n\nThe the council met on May 18th, 2025. TK\n"    # three rules found


def test_a_stop_set_while_the_hover_texts_are_made_stops_them(monkeypatch):
    import threading

    rules, ids = _found(STORY)
    stop, made, real = threading.Event(), [], rule_markdown

    def making(rule, live=True):      # a job in front comes while the first text is made
        made.append(rule.id)
        stop.set()
        return real(rule, live)

    monkeypatch.setattr("lint.server.hover.rule_markdown", making)
    explain = Explained()
    wanted = explain.missing(rules, ids, 0)
    assert len(wanted) >= 2
    left = explain.make(wanted, 0, stop)
    assert made == [wanted[0].id] and left == wanted[1:]     # the others wait until the job in front is done
    assert explain.make(left, 0, threading.Event()) == [] and made == [r.id for r in wanted]
    assert explain.missing(rules, ids, 0) == []



def test_a_job_of_old_settings_leaves_the_new_settings_texts_alone():
    import threading

    rule = doubled_word()
    explain = Explained()
    explain.make([rule], 1)                       # the new settings' text, made after their lint
    assert explain.text(rule, 1) is not None
    stopped = threading.Event()
    stopped.set()
    explain.make([rule], 0, stopped)              # a background job queued under the old settings runs now
    assert explain.text(rule, 1) is not None, "the hover falls back until the next lint is published"


def test_a_job_of_old_settings_that_is_not_stopped_makes_nothing_under_the_new_ones():
    rules, ids = _found(STORY)
    new, *old = Explained().missing(rules, ids, 1)
    assert old
    explain = Explained()
    explain.make([new], 1)
    assert explain.make(old, 0) == []             # ends at once: nothing to send again
    assert [explain.text(rule, 1) for rule in old] == [None] * len(old), "an old settings' text under the new"
    assert explain.text(new, 1) is not None and explain.text(new, 0) is None


def test_an_old_settings_job_that_runs_first_makes_only_its_own_texts():
    rule = doubled_word()
    explain = Explained()
    explain.make([rule], 0)                       # queued before the settings change, run before any new one
    assert explain.text(rule, 0) is not None and explain.text(rule, 1) is None
    explain.make([rule], 1)                       # the new settings' job: the old texts go
    assert explain.text(rule, 1) is not None and explain.text(rule, 0) is None


@pytest.mark.asyncio
async def test_the_documents_next_lint_stops_every_hover_texts_job_of_it():
    from types import SimpleNamespace

    from lint.server.linting import Stopped
    from lint.server.scheduling import Open, Run, Scheduling

    rules, ids = _found(STORY)
    stops, never = [], asyncio.get_running_loop().create_future()

    async def in_worker(fn, *args, front=True, owner=None, stop=None):
        stops.append(stop)
        return await never                        # the lint thread is busy: the jobs wait

    server = Scheduling.__new__(Scheduling)
    server.explain, server.generation, server.focus, server.in_worker = Explained(), 0, "u", in_worker
    state = Open(target=None)
    server.open = {"u": state}
    linted = SimpleNamespace(generation=0, outcome=SimpleNamespace(
        rules=rules, diagnostics=[SimpleNamespace(rule=i) for i in ids]))
    server.explain_later("u", linted)             # version 1 published
    server.explain_later("u", linted)             # version 2 published (or pulled) before the texts are made
    await asyncio.sleep(0.01)
    assert len(stops) == 2
    assert not any(stop.is_set() for stop in stops)
    seen = []

    async def linting(fn, *args, front=True, owner=None, stop=None):
        seen.append([s.is_set() for s in stops])  # when version 3's lint reaches the lint thread
        raise Stopped()

    server.in_worker, server.linter = linting, None
    run = Run(3, 0)
    run.drop()                                    # overtaken in turn: `_linting` ends at its Stopped
    assert await server._linting("u", state, run, "text", "utf-16") is None
    assert seen == [[True, True]], "version 3's lint waits for the first job's rules"
    never.cancel()


def _forgetting_server(uri: str):
    from types import SimpleNamespace

    from lint.server.scheduling import Open, Scheduling

    forgot = []
    server = Scheduling.__new__(Scheduling)
    server.linter = SimpleNamespace(forget=forgot.append)
    server.open = {uri: Open(target=SimpleNamespace(lint_as="/news/story.md"))}
    server.document, server.pull = (lambda u: None), True
    return server, forgot


def test_a_change_or_open_drops_the_documents_kept_read():
    server, forgot = _forgetting_server("u")
    server.edited("u")
    assert forgot == ["/news/story.md"] and server.focus == "u"
    server.edited("other")                        # not open here: nothing to drop
    assert forgot == ["/news/story.md"]


def test_a_close_drops_the_documents_kept_read_and_stops_its_hover_texts():
    import threading

    server, forgot = _forgetting_server("u")
    stop = threading.Event()
    server.open["u"].explaining.add(stop)
    server.close("u")
    assert forgot == ["/news/story.md"] and stop.is_set() and "u" not in server.open
    server.close("u")                             # closed twice: nothing more
    assert forgot == ["/news/story.md"]
