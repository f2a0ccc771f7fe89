"""A pull sent after a save is answered after it (fx179 #2): a client that
does not watch files has the config looked at again on each save, in the
lint thread, before the save's lint. A pull handled meanwhile was answered
from the lint before the save, 'unchanged', for a document over liveLimit
whose edits wait for the save: once in a few runs under load
(test_server_modes' ...linted_again_on_save). The server here
(tests/lsp_save_held_server.py) holds the save's config look until the pull
has come in, so the race is certain."""
from __future__ import annotations

import sys

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig

from lsp_helpers import TESTS, capabilities, open_doc, recording_client, replace_all

pytestmark = pytest.mark.asyncio(loop_scope="module")
HELD = ClientServerConfig(server_command=[sys.executable, str(TESTS / "lsp_save_held_server.py")],
                          client_factory=recording_client)


@pytest_lsp.fixture(config=HELD, scope="module")
async def puller(lsp_client: pytest_lsp.LanguageClient, tmp_path_factory):
    lsp_client.root = tmp_path_factory.mktemp("save-order")
    await lsp_client.initialize_session(types.InitializeParams(
        capabilities=capabilities("neovim@v0.10.0"), root_uri=lsp_client.root.as_uri(),
        initialization_options={"select": ["hygiene"], "liveLimit": 3000}))
    yield
    await lsp_client.shutdown_session()


async def pull(client, uri: str, previous: str | None = None):
    return await client.text_document_diagnostic_async(types.DocumentDiagnosticParams(
        text_document=types.TextDocumentIdentifier(uri), previous_result_id=previous))


async def test_a_pull_after_a_save_waits_for_the_saves_lint(puller):
    doc = (puller.root / "long.md").as_uri()
    text = "# Hed\n\n" + "The council met again. " * 150 + "\n"
    open_doc(puller, doc, text)
    first = await pull(puller, doc)
    assert list(first.items) == []
    replace_all(puller, doc, text + "\nLeave a Reply\n", 2)
    puller.text_document_did_save(types.DidSaveTextDocumentParams(types.TextDocumentIdentifier(doc)))
    saved = await pull(puller, doc, first.result_id)
    assert saved.kind == "full", saved
    assert [d.code for d in saved.items] == ["hygiene.boilerplate"]
