"""The editor sees a TK typed before a capitalised word (nu26 #2: `TK ` typed
at a paragraph's start through a didChange gave no diagnostic). The real
server process, driven by pytest-lsp, with an incremental change."""
from __future__ import annotations

import pytest
import pytest_lsp
from lsprotocol import types

from lsp_helpers import capabilities, config, open_doc, published

pytestmark = pytest.mark.asyncio(loop_scope="module")

TEXT = ("---\ntitle: Holiday market opens\ndate: 2026-11-25\n---\n\n"
        "The market opens Friday.\n\nThe tree lighting is Dec. 9.\n")


@pytest_lsp.fixture(config=config(), scope="module")
async def client(lsp_client: pytest_lsp.LanguageClient, tmp_path_factory):
    lsp_client.root = tmp_path_factory.mktemp("tk")
    await lsp_client.initialize_session(types.InitializeParams(
        capabilities=capabilities(), root_uri=lsp_client.root.as_uri(),
        initialization_options={"debounce": 50}))
    yield
    await lsp_client.shutdown_session()


def placeholders(diagnostics) -> list[tuple[int, int, int]]:
    """(line, start character, end character) of each placeholder diagnostic."""
    return [(d.range.start.line, d.range.start.character, d.range.end.character)
            for d in diagnostics if d.code == "hygiene.placeholder"]


@pytest.mark.parametrize("line", [5, 7])
async def test_tk_typed_at_a_paragraphs_start_gets_a_diagnostic(client, line):
    doc = (client.root / f"market{line}.md").as_uri()
    assert placeholders(await published(client, doc, 1, open_doc(client, doc, TEXT))) == []
    after = len(client.published)
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        types.VersionedTextDocumentIdentifier(uri=doc, version=2),
        [types.TextDocumentContentChangePartial(
            range=types.Range(types.Position(line, 0), types.Position(line, 0)), text="TK ")]))
    assert placeholders(await published(client, doc, 2, after)) == [(line, 0, 2)]
