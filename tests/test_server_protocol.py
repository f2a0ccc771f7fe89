"""`newslint server` and ordinary protocol traffic that is no error of its
own (nu21 #10): a request for a method it does not offer, a change to a
document never opened, a request before `initialize`. Each gets its
protocol answer with no `window/showMessage` pop-up and no traceback in the
server's log; a real internal error is still told."""
from __future__ import annotations

import asyncio
import shutil
import tempfile
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pygls.exceptions import JsonRpcException, JsonRpcInvalidParams, JsonRpcMethodNotFound

from lsp_helpers import TIMEOUT, capabilities, config, open_doc, published

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


# -- messages pygls cannot read (qa45 #2, #3): answered, one log line, no pop-up --------------

async def raw_request(client, message: dict):
    """Send `message` as written (pygls's client would fill in what it lacks)
    and wait for its answer: the result, or the JsonRpcException it carries."""
    future = asyncio.get_running_loop().create_future()
    client.protocol._request_futures[message["id"]] = future
    client.protocol._send_data({"jsonrpc": "2.0", **message})
    return await asyncio.wait_for(future, TIMEOUT)


def at(line, character):
    return {"line": line, "character": character}


def action_params(doc: str, **changed) -> dict:
    params = {"textDocument": {"uri": doc}, "range": {"start": at(2, 0), "end": at(2, 7)},
              "context": {"diagnostics": []}}
    return {**params, **changed}


MALFORMED = {     # name: (method, params or ..., for none at all)
    "hover line -1": ("textDocument/hover", lambda doc: {"textDocument": {"uri": doc}, "position": at(-1, 0)}),
    "hover line 'a'": ("textDocument/hover", lambda doc: {"textDocument": {"uri": doc}, "position": at("a", 0)}),
    "hover without params": ("textDocument/hover", None),
    "action without range": ("textDocument/codeAction", lambda doc: {
        k: v for k, v in action_params(doc).items() if k != "range"}),
    "action character 10**12": ("textDocument/codeAction", lambda doc: action_params(
        doc, range={"start": at(2, 10**12), "end": at(2, 10**12)})),
    "action params list": ("textDocument/codeAction", lambda doc: [1, 2]),
    "action params null": ("textDocument/codeAction", lambda doc: "null"),
    "action odd diagnostic": ("textDocument/codeAction", lambda doc: action_params(
        doc, context={"diagnostics": [{"foo": 1}]})),
    "resolve without title": ("codeAction/resolve", lambda doc: {"kind": "quickfix"}),
}


@pytest.mark.parametrize("name", list(MALFORMED))
async def test_a_request_with_params_that_do_not_fit_is_answered_invalid_params(client, name):
    method, params = MALFORMED[name]
    doc = (client.root / "story.md").as_uri()
    message = {"id": f"bad-{name}", "method": method}
    if params is not None:
        value = params(doc)
        message["params"] = None if value == "null" else value
    with pytest.raises(JsonRpcException) as raised:
        await raw_request(client, message)
    assert raised.value.code == JsonRpcInvalidParams.CODE == -32602
    assert method in raised.value.message
    await round_trip(client, f"after-{name.replace(' ', '-')}.md")
    assert client.messages == []
    said = [line for line in log_text().splitlines() if method in line and "invalid params" in line]
    assert said and "Traceback" not in log_text() and "internal error" not in log_text()


async def test_an_unknown_method_without_params_gets_method_not_found(client):
    with pytest.raises(JsonRpcException) as raised:
        await raw_request(client, {"id": "no-params", "method": "foo/bar"})      # params are optional
    assert raised.value.code == JsonRpcMethodNotFound.CODE
    await round_trip(client, "after-no-params.md")
    assert client.messages == []
    assert "Traceback" not in log_text() and "internal error" not in log_text()


async def test_a_notification_with_params_that_do_not_fit_is_dropped(client):
    doc = (client.root / "odd-open.md").as_uri()
    client.protocol._send_data({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {
        "textDocument": {"uri": doc, "languageId": "markdown", "version": "one", "text": "The the.\n"}}})
    await round_trip(client, "after-odd-open.md")
    assert client.messages == [] and [p.uri for p in client.published if p.uri == doc] == []
    assert [line for line in log_text().splitlines() if "didOpen with invalid params, dropped" in line]


@pytest.mark.parametrize("msg_id", [{"a": 1}, [1], None], ids=["dict", "list", "NoneType"])
async def test_a_cancel_whose_id_is_no_number_or_string_is_dropped(client, msg_id):
    # qa51 #3: pygls looked an object or an array up among its pending requests: a pop-up
    kind = type(msg_id).__name__
    client.protocol._send_data({"jsonrpc": "2.0", "method": "$/cancelRequest", "params": {"id": msg_id}})
    await round_trip(client, f"after-cancel-{kind}.md")
    assert client.messages == []
    assert "Traceback" not in log_text() and "internal error" not in log_text()
    said = [line for line in log_text().splitlines() if "$/cancelRequest with invalid params, dropped" in line]
    assert [line for line in said if line.endswith(f"({kind})")]


async def test_a_malformed_initialize_is_answered_and_a_good_one_then_works():
    client = await config().start()
    client.capabilities = capabilities()
    with pytest.raises(JsonRpcException) as raised:
        await raw_request(client, {"id": "init", "method": "initialize", "params": {"capabilities": 5}})
    assert raised.value.code == -32602
    await client.initialize_session(types.InitializeParams(capabilities=capabilities()))
    doc = "untitled:after-bad-init"
    found = await published(client, doc, 1, open_doc(client, doc, "# H\n\nThe the.\n"))
    assert [d.code for d in found] == ["hygiene.doubled-word"]
    assert client.messages == []
    await client.shutdown_session()
