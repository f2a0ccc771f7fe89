"""`newslint server` and ordinary protocol traffic that is no error of its
own (nu21 #10): a request for a method it does not offer, a change to a
document never opened, a request before `initialize`. Each gets its
protocol answer with no `window/showMessage` pop-up and no traceback in the
server's log; a real internal error is still told."""
from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pygls.exceptions import JsonRpcException, JsonRpcMethodNotFound

from lsp_helpers import capabilities, config, open_doc, published

pytestmark = pytest.mark.asyncio(loop_scope="module")
LOG = Path(tempfile.mkdtemp(prefix="newslint-lsp-")) / "server.log"


@pytest_lsp.fixture(config=config("--log-file", str(LOG)), scope="module")
async def client(lsp_client: pytest_lsp.LanguageClient, tmp_path_factory):
    lsp_client.root = tmp_path_factory.mktemp("protocol")
    await lsp_client.initialize_session(types.InitializeParams(
        capabilities=capabilities(), root_uri=lsp_client.root.as_uri()))
    yield
    await lsp_client.shutdown_session()
    shutil.rmtree(LOG.parent, ignore_errors=True)


def log_text() -> str:
    return LOG.read_text(encoding="utf-8") if LOG.exists() else ""


async def round_trip(client, name: str) -> None:
    """Open a document and wait for its diagnostics: every message sent
    before has been handled, and whatever it showed has arrived."""
    doc = (client.root / name).as_uri()
    await published(client, doc, 1, open_doc(client, doc, "# Hed\n\nThe the vote.\n"))


def not_offered(method: str, doc: str):
    ident, at = types.TextDocumentIdentifier(doc), types.Position(0, 0)
    return {"textDocument/documentSymbol": types.DocumentSymbolParams(ident),
            "textDocument/completion": types.CompletionParams(ident, at)}.get(method, {"any": 1})


@pytest.mark.parametrize("method", ["textDocument/documentSymbol", "textDocument/completion", "foo/bar"])
async def test_a_method_not_offered_is_answered_and_not_shown(client, method):
    doc = (client.root / "story.md").as_uri()
    with pytest.raises(JsonRpcException) as raised:
        await client.protocol.send_request_async(method, not_offered(method, doc))
    assert raised.value.code == JsonRpcMethodNotFound.CODE == -32601
    await round_trip(client, f"after-{method.replace('/', '-')}.md")
    assert client.messages == []                                  # no window/showMessage
    assert "Traceback" not in log_text() and "internal error" not in log_text()


async def test_a_change_to_a_document_never_opened_is_ignored(client):
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        types.VersionedTextDocumentIdentifier(uri="file:///nope.md", version=2),
        [types.TextDocumentContentChangeWholeDocument(text="# Hed\n\nThe the vote.\n")]))
    await round_trip(client, "after-change.md")
    assert client.messages == []
    assert [p.uri for p in client.published if p.uri == "file:///nope.md"] == []
    said = [line for line in log_text().splitlines() if "nope.md" in line]
    assert len(said) == 1 and "not open" in said[0]
    assert "Traceback" not in log_text() and "KeyError" not in log_text()


async def test_a_request_before_initialize_gets_server_not_initialized():
    client = await config().start()
    client.capabilities = capabilities()     # pytest-lsp checks what it sends against these
    doc = "untitled:early"
    with pytest.raises(JsonRpcException) as raised:
        await client.text_document_hover_async(types.HoverParams(
            types.TextDocumentIdentifier(doc), types.Position(0, 0)))
    assert raised.value.code == -32002
    client.text_document_did_open(types.DidOpenTextDocumentParams(   # a notification: dropped
        types.TextDocumentItem(uri=doc, language_id="markdown", version=1, text="# H\n\nThe the.\n")))
    await client.initialize_session(types.InitializeParams(capabilities=capabilities()))
    assert await client.text_document_hover_async(types.HoverParams(     # never opened: nothing
        types.TextDocumentIdentifier(doc), types.Position(2, 0))) is None
    later = "untitled:later"
    found = await published(client, later, 1, open_doc(client, later, "# H\n\nThe the.\n"))
    assert [d.code for d in found] == ["hygiene.doubled-word"]
    assert [p.uri for p in client.published] == [later]
    assert client.messages == []
    await client.shutdown_session()


async def test_a_real_internal_error_is_still_told_and_protocol_errors_are_not():
    from lint.server.app import NewslintServer
    server = NewslintServer()
    told: list[str] = []
    server.tell = lambda text, kind=None: told.append(text)
    server.report_server_error(JsonRpcMethodNotFound.of("foo/bar"), None)
    assert told == []
    server.report_server_error(KeyError("file:///x.md"), None)
    assert told == ["internal error: KeyError: 'file:///x.md' (see the server log)"]
