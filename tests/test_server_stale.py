"""A code action answered after the document moved on (qa45 #1). The
handler waits for the lint thread (the disable search, fix-all); a didChange
handled meanwhile made its edits land at the old offsets in the new text,
which for a client taking unversioned `changes` corrupted a sentence. The
server here (tests/lsp_held_server.py) holds that work and says so; the test
sends its change then, so the race is certain. The answer must carry no edit."""
from __future__ import annotations

import asyncio
import sys

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig

from lsp_helpers import TESTS, capabilities, open_doc, published, recording_client, until

pytestmark = pytest.mark.asyncio(loop_scope="module")
HELD = ClientServerConfig(server_command=[sys.executable, str(TESTS / "lsp_held_server.py")],
                          client_factory=recording_client)
TEXT = "# Council weighs budget\n\nBy Ana Ruiz\n\nThe the council voted.\n"


@pytest_lsp.fixture(config=HELD, scope="module")
async def client(lsp_client: pytest_lsp.LanguageClient, tmp_path_factory):
    lsp_client.root = tmp_path_factory.mktemp("stale")
    caps = capabilities()
    caps.workspace.workspace_edit.document_changes = False     # plain `changes`: no version to refuse
    assert caps.text_document.code_action.resolve_support.properties == ("edit",)
    await lsp_client.initialize_session(types.InitializeParams(
        capabilities=caps, root_uri=lsp_client.root.as_uri()))
    yield
    await lsp_client.shutdown_session()


async def opened(client, name: str) -> tuple[str, types.Diagnostic]:
    doc = (client.root / name).as_uri()
    found = await published(client, doc, 1, open_doc(client, doc, TEXT))
    return doc, next(d for d in found if d.code == "hygiene.doubled-word")


async def insert_note_when_held(client, doc: str, before: int, held: str) -> None:
    """Once the server says it holds `held` in the lint thread, an editor's
    note above the byline: every later line moves down two."""
    await until(lambda: any(m.message == f"held: {held}" for m in client.log_messages[before:]),
                f"the server to hold {held}")
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        types.VersionedTextDocumentIdentifier(uri=doc, version=2),
        [types.TextDocumentContentChangePartial(
            range=types.Range(types.Position(2, 0), types.Position(2, 0)), text="Editor's note.\n\n")]))


async def test_a_change_during_the_disable_search_gets_no_edits(client):
    doc, finding = await opened(client, "during-search.md")
    before = len(client.log_messages)
    asked = asyncio.ensure_future(client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(doc), range=finding.range,
        context=types.CodeActionContext(diagnostics=[finding]))))
    await insert_note_when_held(client, doc, before, "disable_spots")
    assert await asked is None


async def test_a_change_during_fix_all_resolve_gets_no_edit(client):
    doc, finding = await opened(client, "during-resolve.md")
    found = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(doc), range=finding.range,
        context=types.CodeActionContext(diagnostics=[finding], only=["source.fixAll.newslint"])))
    assert [a.edit for a in found] == [None]                   # its edit comes on resolve
    before = len(client.log_messages)
    resolving = asyncio.ensure_future(client.code_action_resolve_async(found[0]))
    await insert_note_when_held(client, doc, before, "fix_all")
    assert (await resolving).edit is None
