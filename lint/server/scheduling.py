"""When the language server lints each open document, and where the result
goes: the `Scheduling` half of `app.NewslintServer` (`app` keeps its state
and messages, settings and config files).

Every lint runs in the one lint thread (`worker`), reached through
`in_worker`; the asyncio loop only waits for it.

Order (nu30 #3): the document the writer last opened or changed (`focus`)
is linted in front of the others, as are requests the writer waits on; a
lint of another document that is running then stops at its next rule and
runs again after, from its first rule on the text it read (kept for the
last few stopped documents). A lint is published first; then its rules'
hover texts are made one rule at a time (`explain_later`), and a hover
waits for no lint: before its text is made it shows the rule without
examples. Each
document has one lint in flight (`Run`), shared by the push and any
request that needs it; a newer version (or a settings or
config change) stops it, so only the newest version of each is linted.

Push or pull: a client that declares `textDocument.diagnostic` pulls
diagnostics when it wants them, and gets none pushed (no duplicates). Other
clients get `textDocument/publishDiagnostics` after open and save at once,
and after a change at once for a quick document, or once typing pauses for
a slow one (see `delay`). A run overtaken by a newer version is dropped,
never published; changes that arrive while a run works are linted together
after it.
"""
from __future__ import annotations

import asyncio
import logging
import threading
from dataclasses import dataclass, field

from lsprotocol import types

from .convert import Linted, lint_buffer, out_of_step
from .documents import Target
from .linting import Stopped
from .protocol import can
from .text import UTF16

log = logging.getLogger("newslint.server")
MAX_DEBOUNCE = 0.5       # seconds: the longest wait after a change before linting
QUICK = 0.05             # seconds: a document linted faster than this is linted at once


@dataclass
class Run:
    """One lint of one version of a document under one settings generation,
    in the lint thread or done (`task`'s result: the Linted, or None when it
    was dropped for a newer version, a settings change or the close)."""

    version: int | None
    generation: int
    task: asyncio.Future | None = None
    stop: threading.Event = field(default_factory=threading.Event)
    dropped: bool = False
    step: str | None = None       # the document's `out_of_step` when it started
    text: str | None = None       # the text it lints (the document's own object, compared by identity)

    def drop(self) -> None:
        """Nobody wants this lint any more: it stops at its next rule."""
        self.dropped = True
        self.stop.set()


@dataclass
class Open:
    """What the server keeps for one open document."""

    target: Target | None            # None: not an article newslint reads
    linted: Linted | None = None     # the newest lint of the current version, if any
    task: asyncio.Task | None = None      # the push waiting (debounce) or linting
    run: Run | None = None                # the lint in flight, or the last one
    seconds: float = 0.0             # how long its last lint took
    told_size: bool = False
    shown: bool = False              # findings of it are pushed and not cleared since
    serial: int = 0                  # which open this is (`app.NewslintServer.track`): a pulled
                                     # report's id, so a reopen at version 1 is never 'unchanged'
    save: asyncio.Event | None = None     # set once the save being handled is (`saving`)
    explaining: set[threading.Event] = field(default_factory=set)    # the stops of its hover texts' jobs
                                     # in flight (`explain_later`): its next lint or close sets them all

    def stop_explaining(self) -> None:
        """Stop every hover texts' job of this document between two rules."""
        for stop in list(self.explaining):
            stop.set()



class Scheduling:
    """The scheduling methods of `app.NewslintServer`, which holds what they
    use: `open` (uri -> Open), `focus`, `worker`, `linter`, `explain`, `settings`,
    `generation`, `pull` and `settled`, and `tell` and `document`."""

    async def in_worker(self, fn, *args, front: bool = True, owner: str | None = None,
                        stop: threading.Event | None = None):
        """Run `fn(*args)` in the lint thread and wait for it (see `Worker`: a
        front job runs before background ones and stops another document's lint)."""
        return await asyncio.wrap_future(self.worker.submit(fn, *args, front=front, owner=owner,
                                                            stop=stop))

    async def lint(self, uri: str) -> Linted | None:
        """The lint of the document's newest version: the one in flight, or a
        new one. Kept when the document has not moved on meanwhile; a lint
        overtaken while awaited is followed by the newest version's. None: not
        ours, or closed."""
        state = self.open.get(uri)
        if state is None or state.target is None:
            return None
        await self.settled.wait()
        while True:
            doc = self.document(uri)
            if doc is None or self.open.get(uri) is not state:
                return None
            run = state.run
            step = getattr(doc, "out_of_step", None)
            if run is None or run.dropped or run.text is not doc.source or (
                    run.version, run.generation, run.step) != (doc.version, self.generation, step):
                if run is not None:
                    run.drop()
                run = state.run = Run(doc.version, self.generation, step=step, text=doc.source)
                encoding = doc.position_codec.encoding or UTF16
                if step is not None:
                    run.task = asyncio.get_running_loop().create_future()
                    run.task.set_result(out_of_step(state.target, doc.source, doc.version, step,
                                                    encoding, self.generation))
                    state.linted = run.task.result()
                else:
                    run.task = asyncio.ensure_future(self._linting(uri, state, run, doc.source, encoding))
            linted = await asyncio.shield(run.task)
            if linted is not None:
                return linted

    async def _linting(self, uri: str, state: Open, run: Run, text: str, encoding: str) -> Linted | None:
        """Run one lint in the lint thread: again after a job in front stopped
        it, not at all once it is dropped."""
        while True:
            stop = run.stop
            state.stop_explaining()         # its hover texts go on after this lint (`explain_later`)
            try:
                linted = await self.in_worker(lint_buffer, self.linter, state.target, text, run.version,
                                              encoding, run.generation, stop,
                                              front=uri == self.focus, owner=uri, stop=stop)
            except Stopped:
                if run.dropped:
                    log.debug("stopped an overtaken lint of %s (version %s)", uri, run.version)
                    return None
                run.stop = threading.Event()       # a job in front came: again, after it
                continue
            break
        state.seconds = linted.outcome.seconds
        for problem in linted.outcome.problems:
            self.tell(problem)
        for notice in linted.outcome.notices:      # a skipped rule, as check says it (nu27)
            self.tell(notice, types.MessageType.Info)
        current = self.document(uri)
        if linted.fits(current) and run.generation == self.generation:
            state.linted = linted
        return linted

    def edited(self, uri: str) -> None:
        """The writer opened or changed `uri`: it is linted first from now on,
        and its lint in flight, for an older version, is dropped."""
        self.focus = uri
        state = self.open.get(uri)
        doc = self.document(uri)
        if state is not None and state.target is not None:
            self.linter.forget(state.target.lint_as)      # a stopped lint's read of its old text
        if state is not None and state.run is not None and doc is not None \
                and (state.run.version != doc.version or state.run.text is not doc.source):
            state.run.drop()

    async def current(self, uri: str) -> Linted | None:
        """The lint of the document's current version: kept, or run now. A
        document over `liveLimit` keeps its last lint until it is saved (a
        client that pulls after every key would queue 30-second lints)."""
        state = self.open.get(uri)
        while state is not None and state.save is not None and not state.save.is_set():
            await state.save.wait()         # a save came first: answer after it (`saving`)
        state, doc = self.open.get(uri), self.document(uri)
        if state is None or doc is None:
            return None
        kept = state.linted
        if kept is not None and kept.generation == self.generation and (
                kept.fits(doc) or not self.live(uri)):
            return kept
        return await self.lint(uri)

    def saving(self, uri: str) -> asyncio.Event:
        """A save of `uri` has come: until the returned event is set (the save
        handled: the config looked at again, `saved`), `current` waits, so a
        request sent after the save (a pull) is never answered from the lint
        before it, as the protocol orders them. Called before the save's
        handler awaits anything; a later save replaces the event."""
        done = asyncio.Event()
        state = self.open.get(uri)
        if state is not None:
            state.save = done
        return done

    def saved(self, uri: str) -> None:
        """A save: lint a document over `liveLimit` again (pushed, or asked
        to be pulled again); a smaller one is already up to date."""
        state = self.open.get(uri)
        if state is None or self.live(uri):
            self.schedule(uri)
            return
        state.linted = None
        if not self.pull:
            self.schedule(uri)
        else:
            self.pull_again()

    def schedule(self, uri: str, delay: float = 0.0) -> None:
        """Lint `uri` after `delay` seconds and push the result, replacing any
        run still waiting or working for an older version."""
        state = self.open.get(uri)
        if state is None or state.target is None or self.pull:
            return
        if state.task is not None and not state.task.done():
            state.task.cancel()
        state.task = asyncio.ensure_future(self._run(uri, delay))

    def delay(self, uri: str) -> float:
        """How long to wait after a change: `debounce` if set; else nothing for
        a document that lints faster than QUICK (a keystroke's gap: the run is
        done before the next key), and its last lint time (at most
        MAX_DEBOUNCE) for a slower one, so a burst of keys costs one run."""
        if self.settings.debounce is not None:
            return self.settings.debounce
        state = self.open.get(uri)
        seconds = state.seconds if state else 0.0
        return 0.0 if seconds < QUICK else min(MAX_DEBOUNCE, seconds)

    async def _run(self, uri: str, delay: float) -> None:
        if delay > 0:
            await asyncio.sleep(delay)
        linted = await self.lint(uri)
        doc = self.document(uri)
        if linted is None or not linted.fits(doc) or linted.generation != self.generation:
            log.debug("dropped an overtaken lint of %s (version %s)", uri,
                      linted.version if linted else None)
            return
        self.publish(uri, linted.diagnostics, linted.version)
        self.explain_later(uri, linted)

    def explain_later(self, uri: str, linted: Linted) -> None:
        """After `linted` is published (or answered to a pull): make the hover
        texts of its rules not made yet (`hover.Explained`), in the lint
        thread, one rule at a time; a job in front stops them between rules
        and they go on after it. Given up once the settings change or the
        document is closed."""
        rules = self.explain.missing(linted.outcome.rules, (d.rule for d in linted.outcome.diagnostics),
                                     linted.generation)
        state = self.open.get(uri)
        if rules and state is not None:
            asyncio.ensure_future(self._explaining(uri, state, rules, linted.generation))

    async def _explaining(self, uri: str, state: Open, rules: list, generation: int) -> None:
        while rules and generation == self.generation and self.open.get(uri) is state:
            stop = threading.Event()
            state.explaining.add(stop)    # each job's own: a second one must not hide it (qa268 #2)
            try:
                rules = await self.in_worker(self.explain.make, rules, generation, stop,
                                             front=uri == self.focus, owner=uri, stop=stop)
            finally:
                state.explaining.discard(stop)

    def publish(self, uri: str, diagnostics: list, version: int | None = None) -> None:
        """Push `textDocument/publishDiagnostics` (an empty list clears them)."""
        state = self.open.get(uri)
        if state is not None:
            state.shown = bool(diagnostics)
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=uri, diagnostics=diagnostics, version=version))

    def unlinted_change(self, uri: str) -> None:
        """A change to a document over `liveLimit`, not linted until it is saved:
        its pushed findings stand at the old text's places, which may now hold
        other words (qa95 #2), so they are cleared (one empty publish) until the
        save's lint. A pulling client keeps its last report (`current`)."""
        state, doc = self.open.get(uri), self.document(uri)
        if state is not None and state.shown and doc is not None and not self.pull:
            self.publish(uri, [], doc.version)

    def live(self, uri: str) -> bool:
        """Whether a change is linted as the writer types: not for a document
        over `liveLimit` characters (it is linted when opened and saved)."""
        state, doc = self.open.get(uri), self.document(uri)
        limit = self.settings.live_limit
        if state is None or doc is None or not limit or len(doc.source) <= limit:
            return True
        if not state.told_size:
            state.told_size = True
            self.tell(f"{state.target.path if state.target else uri} is over {limit:,} characters: "
                      "linted when opened and saved, not as you type (liveLimit setting)",
                      types.MessageType.Info)
        return False

    def close(self, uri: str) -> None:
        """The client closed the document: stop its run, clear its diagnostics."""
        state = self.open.pop(uri, None)
        if state is not None and state.task is not None:
            state.task.cancel()
        if state is not None and state.run is not None:
            state.run.drop()
        if state is not None:
            state.stop_explaining()
        if state is not None and state.target is not None:
            self.linter.forget(state.target.lint_as)       # a stopped lint's read, if kept
        if state is not None and state.target is not None and not self.pull:
            self.publish(uri, [])


    def pull_again(self) -> None:
        """Ask a pulling client to pull every document's diagnostics again
        (`workspace/diagnostic/refresh`), when it says it can be asked."""
        if can(self.client_capabilities, "workspace", "diagnostics", "refresh_support"):
            self.workspace_diagnostic_refresh(None)
