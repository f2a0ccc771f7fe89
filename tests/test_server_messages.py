"""`newslint server` and messages out of place (qa45 #6, #7, #8): a second
`initialize`, a request after `shutdown`, a body that is not JSON, framing
that is off, JSON that is no JSON-RPC 2.0 message, an unknown command. Each
gets its protocol answer, no `window/showMessage` pop-up and no traceback in
the server's log, and the server goes on working."""
from __future__ import annotations

import asyncio
import inspect
import json
import shutil
import tempfile
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pygls.exceptions import (JsonRpcException, JsonRpcInvalidParams, JsonRpcInvalidRequest,
                              JsonRpcParseError)

from lsp_helpers import TIMEOUT, capabilities, config, open_doc, published, replace_all

pytestmark = pytest.mark.asyncio(loop_scope="module")
LOG = Path(tempfile.mkdtemp(prefix="newslint-lsp-")) / "server.log"
STORY = "# Hed\n\nThe the vote.\n"


@pytest_lsp.fixture(config=config("--log-file", str(LOG)), scope="module")
async def client(lsp_client: pytest_lsp.LanguageClient, tmp_path_factory):
    lsp_client.root = tmp_path_factory.mktemp("messages")
    await lsp_client.initialize_session(types.InitializeParams(
        capabilities=capabilities(), root_uri=lsp_client.root.as_uri()))
    yield
    await lsp_client.shutdown_session()
    shutil.rmtree(LOG.parent, ignore_errors=True)


def log_text() -> str:
    return LOG.read_text(encoding="utf-8") if LOG.exists() else ""


def framed(body: bytes, length: int | None = None) -> bytes:
    return b"Content-Length: %d\r\n\r\n" % (len(body) if length is None else length) + body


async def send_bytes(client, data: bytes) -> None:
    """Write `data` to the server as it is: no framing or JSON filled in."""
    written = client.protocol.writer.write(data)
    if inspect.isawaitable(written):
        await written


async def answer(client, msg_id, data: bytes):
    """Send `data` and wait for the answer with id `msg_id` (None: a null id)."""
    future = asyncio.get_running_loop().create_future()
    client.protocol._request_futures[msg_id] = future
    await send_bytes(client, data)
    return await asyncio.wait_for(future, TIMEOUT)


async def still_works(client, name: str) -> None:
    """The server still lints: every message sent before has been handled."""
    doc = (client.root / name).as_uri()
    found = await published(client, doc, 1, open_doc(client, doc, STORY))
    assert [d.code for d in found] == ["hygiene.doubled-word"]


def quiet(client) -> None:
    assert client.messages == []                                    # no window/showMessage
    assert "Traceback" not in log_text() and "internal error" not in log_text()


def hover(msg_id, doc: str = "file:///x.md") -> dict:
    return {"jsonrpc": "2.0", "id": msg_id, "method": "textDocument/hover",
            "params": {"textDocument": {"uri": doc}, "position": {"line": 0, "character": 0}}}


# -- a body that is not JSON: ParseError (-32700) -----------------------------------------------

NOT_JSON = {    # name: (body, the id answered: the one the broken body still names, else null)
    "cut short": (b'{"jsonrpc":"2.0","id":50,"method":"textDocument/hover","params":{', 50),
    "cut short, string id": (b'{"jsonrpc": "2.0", "method": "x", "id": "q-7", "params": [1, ', "q-7"),
    "id only nested": (b'{"jsonrpc":"2.0","params":{"id":9,"x":', None),
    "not JSON at all": (b"hello there", None),
    "not UTF-8": (b'{"jsonrpc":"2.0","id":51,"method":"foo","params":"\xff\xfe"}', 51),
}


@pytest.mark.parametrize("name", list(NOT_JSON))
async def test_a_body_that_is_not_json_is_answered_parse_error(client, name):
    body, msg_id = NOT_JSON[name]
    with pytest.raises(JsonRpcException) as raised:
        await answer(client, msg_id, framed(body))
    assert raised.value.code == JsonRpcParseError.CODE == -32700
    await still_works(client, f"after-{name.replace(' ', '-').replace(',', '')}.md")
    quiet(client)
    assert [line for line in log_text().splitlines() if "not JSON" in line and "ParseError" in line]


async def test_a_content_length_too_short_loses_only_its_own_message(client):
    """The body's tail ends up in front of the next header: the next message
    is still read (pygls wanted the header at the start of a line)."""
    body = json.dumps(hover(60)).encode()
    doc = (client.root / "after-short-length.md").as_uri()
    opening = {"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {
        "uri": doc, "languageId": "markdown", "version": 1, "text": STORY}}}
    before = len(client.published)
    with pytest.raises(JsonRpcException) as raised:
        await answer(client, 60, framed(body, len(body) - 4) + framed(json.dumps(opening).encode()))
    assert raised.value.code == -32700
    found = await published(client, doc, 1, before)
    assert [d.code for d in found] == ["hygiene.doubled-word"]
    quiet(client)
    assert "stray bytes before a Content-Length header" in log_text()


async def test_a_content_length_over_the_cap_is_skipped_and_the_server_keeps_serving(client):
    """A length the server will not read (pygls allocated it at once and died
    of a MemoryError, qa48 #1): one log line, that message skipped, the next
    read from its header on."""
    doc = (client.root / "after-huge-length.md").as_uri()
    before = len(client.published)
    await send_bytes(client, b"Content-Length: 999999999999\r\n\r\n{}")
    assert await answer(client, "after-huge", framed(json.dumps(hover("after-huge")).encode())) is None
    found = await published(client, doc, 1, open_doc(client, doc, STORY))
    assert [d.code for d in found] == ["hygiene.doubled-word"] and len(client.published) > before
    quiet(client)
    over = [line for line in log_text().splitlines() if "999999999999" in line]
    assert len(over) == 1 and "dropped" in over[0]
    assert not [line for line in log_text().splitlines() if "2 stray bytes" in line]


@pytest.mark.parametrize("over", [30, 400])     # into the next header; past the next message
async def test_a_content_length_too_long_loses_no_next_message(client, over):
    """qa48 #8: the body read for a too-long length held the next message's
    header and body: the first was answered ParseError and the next never. It
    is put back and read as the next message."""
    body = json.dumps(hover(f"long-{over}")).encode()
    loop = asyncio.get_running_loop()
    first = client.protocol._request_futures[f"long-{over}"] = loop.create_future()
    after = framed(json.dumps(hover(f"after-long-{over}")).encode())
    padding = framed(json.dumps({"jsonrpc": "2.0", "method": "foo/bar", "params": {"x": "y" * 400}}).encode())
    assert await answer(client, f"after-long-{over}", framed(body, len(body) + over) + after + padding) is None
    with pytest.raises(JsonRpcException) as raised:
        await asyncio.wait_for(first, TIMEOUT)
    assert raised.value.code == -32700                        # the first, answered as it was
    await still_works(client, f"after-long-{over}.md")
    quiet(client)
    assert "is longer than its message" in log_text()


@pytest.mark.parametrize("char", ["é", "“", "💡"])
async def test_a_content_length_that_cuts_a_character_of_the_next_message_loses_it_not(client, char):
    """The too-long length's read stops inside a character of the next
    body (two, three or four bytes in UTF-8): that read decoded as no text,
    nothing was put back and the next request was never answered (fx70)."""
    name = f"cut-{len(char.encode())}"
    body = json.dumps(hover(name)).encode()
    loop = asyncio.get_running_loop()
    first = client.protocol._request_futures[name] = loop.create_future()
    after = framed(json.dumps(hover(f"after-{name}", f"file:///caf{char}.md"), ensure_ascii=False).encode())
    over = after.index(char.encode()) + 1          # stops after the character's first byte
    padding = framed(json.dumps({"jsonrpc": "2.0", "method": "foo/bar", "params": {"x": "y" * 400}}).encode())
    assert await answer(client, f"after-{name}", framed(body, len(body) + over) + after + padding) is None
    with pytest.raises(JsonRpcException) as raised:
        await asyncio.wait_for(first, TIMEOUT)
    assert raised.value.code == -32700
    await still_works(client, f"after-{name}.md")
    quiet(client)


HEADERS = {     # name: the header block of a hover request (%d: its length), read as LSP's
    "lower case": b"content-length: %d\r\n\r\n",
    "upper case, more space": b"CONTENT-LENGTH:   %d  \r\n\r\n",
    "no space after the colon": b"Content-Length:%d\r\n\r\n",
    "LF line ends": b"Content-Length: %d\n\n",
    "a header named ...Content-Length first": b"X-Original-Content-Length: 5\r\nContent-Length: %d\r\n\r\n",
    "Content-Type after": b"Content-Length: %d\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n",
}


@pytest.mark.parametrize("name", list(HEADERS))
async def test_a_header_is_read_by_its_whole_name_in_any_case(client, name):
    msg_id = f"header-{name}"
    body = json.dumps(hover(msg_id)).encode()
    assert await answer(client, msg_id, HEADERS[name] % len(body) + body) is None
    await still_works(client, f"after-header-{abs(hash(name))}.md")
    quiet(client)


async def test_content_length_in_a_short_bodys_tail_is_not_taken_for_the_header(client):
    """After a too-short length, the leftover tail holds text that names a
    Content-Length; the real header at the line's end is the one read."""
    doc = (client.root / "names-a-header.md").as_uri()
    opening = json.dumps({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {
        "uri": doc, "languageId": "markdown", "version": 1,
        "text": STORY + "\nA Content-Length: 12 is sent."}}}).encode()
    request = json.dumps(hover("after-tail")).encode()
    assert await answer(client, "after-tail", framed(opening, len(opening) - 40) + framed(request)) is None
    quiet(client)


async def test_a_request_nested_in_params_is_no_message(client):
    """Only the message itself is read as one: an object in executeCommand's
    arguments that looks like a request is never answered (qa48 #2)."""
    loop = asyncio.get_running_loop()
    inner = client.protocol._request_futures["nested-inner"] = loop.create_future()
    message = {"jsonrpc": "2.0", "id": "nested-outer", "method": "workspace/executeCommand",
               "params": {"command": "nope", "arguments": [
                   {"jsonrpc": "2.0", "id": "nested-inner", "method": "textDocument/hover", "params": {}}]}}
    with pytest.raises(JsonRpcException) as raised:
        await answer(client, "nested-outer", framed(json.dumps(message).encode()))
    assert raised.value.code == JsonRpcInvalidParams.CODE and "nope" in raised.value.message
    await still_works(client, "after-nested.md")      # every answer to the message has come
    assert not inner.done()
    del client.protocol._request_futures["nested-inner"]
    quiet(client)


# -- JSON that is no JSON-RPC 2.0 message: InvalidRequest (-32600) -------------------------------

@pytest.mark.parametrize("version", [None, "1.0", 2.0])     # 2.0: a number (qa48 #9)
async def test_a_request_that_is_not_json_rpc_2_is_answered_invalid_request(client, version):
    message = {k: v for k, v in hover(f"version-{version}").items() if k != "jsonrpc"}
    if version is not None:
        message["jsonrpc"] = version
    with pytest.raises(JsonRpcException) as raised:
        await answer(client, f"version-{version}", framed(json.dumps(message).encode()))
    assert raised.value.code == JsonRpcInvalidRequest.CODE == -32600
    await still_works(client, f"after-version-{version}.md")
    quiet(client)


async def test_a_method_that_is_not_a_string_is_answered_invalid_request(client):
    message = {"jsonrpc": "2.0", "id": "number-method", "method": 5}
    with pytest.raises(JsonRpcException) as raised:
        await answer(client, "number-method", framed(json.dumps(message).encode()))
    assert raised.value.code == -32600
    await still_works(client, "after-number-method.md")
    quiet(client)


async def test_a_batch_gets_invalid_request_for_each_request_in_it(client):
    batch = [hover("in-batch-1"), {"jsonrpc": "2.0", "method": "foo/bar"}, hover("in-batch-2")]
    loop = asyncio.get_running_loop()
    second = client.protocol._request_futures["in-batch-2"] = loop.create_future()
    with pytest.raises(JsonRpcException) as raised:
        await answer(client, "in-batch-1", framed(json.dumps(batch).encode()))
    assert raised.value.code == -32600
    with pytest.raises(JsonRpcException) as raised:
        await asyncio.wait_for(second, TIMEOUT)
    assert raised.value.code == -32600
    await still_works(client, "after-batch.md")
    quiet(client)


NO_MESSAGE = {     # name: (body, the id answered, code)
    "method null": (b'{"jsonrpc":"2.0","id":"m-null","method":null}', "m-null", -32600),
    "an id and no method": (b'{"jsonrpc":"2.0","id":"no-method"}', "no-method", -32600),
    "an object as id": (b'{"jsonrpc":"2.0","id":{"a":1},"method":"shutdown"}', None, -32600),
    "an array as id": (b'{"jsonrpc":"2.0","id":[7],"method":"shutdown"}', None, -32600),
    "true as id": (b'{"jsonrpc":"2.0","id":true,"method":"shutdown"}', None, -32600),
    "null as id": (b'{"jsonrpc":"2.0","id":null,"method":"shutdown"}', None, -32600),   # qa48 #9: pygls ran it
    "nested 100,000 deep": (b'{"jsonrpc":"2.0","id":"deep","method":"x","params":'
                            + b"[" * 100_000 + b"]" * 100_000 + b"}", "deep", -32700),
}


@pytest.mark.parametrize("name", list(NO_MESSAGE))
async def test_a_json_rpc_object_that_is_no_message_is_answered_at_its_id(client, name):
    body, msg_id, code = NO_MESSAGE[name]
    with pytest.raises(JsonRpcException) as raised:
        await answer(client, msg_id, framed(body))
    assert raised.value.code == code
    await still_works(client, f"after-no-message-{abs(hash(name))}.md")     # not shut down
    quiet(client)


@pytest.mark.parametrize("body", [b"42", b'"text"', b"null", b'{"method": "foo/bar"}'])
async def test_json_that_is_no_request_is_dropped(client, body):
    await send_bytes(client, framed(body))
    await still_works(client, f"after-dropped-{abs(hash(body))}.md")
    quiet(client)


async def test_an_unknown_command_gets_invalid_params_and_no_pop_up(client):
    with pytest.raises(JsonRpcException) as raised:
        await asyncio.wait_for(client.workspace_execute_command_async(
            types.ExecuteCommandParams(command="nope")), TIMEOUT)
    assert raised.value.code == JsonRpcInvalidParams.CODE == -32602
    await still_works(client, "after-unknown-command.md")
    quiet(client)


# -- once only: a second initialize, requests after shutdown -----------------------------------

async def test_a_second_initialize_is_refused_and_keeps_the_open_documents(tmp_path):
    client = await config().start()
    client.capabilities = capabilities()
    await client.initialize_session(types.InitializeParams(
        capabilities=capabilities(), root_uri=tmp_path.as_uri()))
    doc = (tmp_path / "never-saved.md").as_uri()          # not on disk: only the editor has it
    await published(client, doc, 1, open_doc(client, doc, STORY))
    again = {"jsonrpc": "2.0", "id": "again", "method": "initialize", "params": {"capabilities": {}}}
    with pytest.raises(JsonRpcException) as raised:
        await answer(client, "again", framed(json.dumps(again).encode()))
    assert raised.value.code == JsonRpcInvalidRequest.CODE
    assert "already" in raised.value.message
    found = await published(client, doc, 2, replace_all(client, doc, "# Hed\n\nIntro.\n\n" + STORY[7:], 2))
    assert [(d.code, d.range.start.line) for d in found] == [("hygiene.doubled-word", 4)]   # the new text
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(doc), range=found[0].range,
        context=types.CodeActionContext(diagnostics=[found[0]])))
    assert any(a.title.startswith("Fix hygiene.doubled-word") for a in actions)
    assert client.messages == []
    await client.shutdown_session()


async def test_a_request_after_shutdown_is_answered_invalid_request(tmp_path):
    client = await config().start()
    client.capabilities = capabilities()
    await client.initialize_session(types.InitializeParams(capabilities=capabilities()))
    await client.shutdown_async(None)
    with pytest.raises(JsonRpcException) as raised:
        await answer(client, "late", framed(json.dumps(hover("late")).encode()))
    assert raised.value.code == JsonRpcInvalidRequest.CODE
    assert "shutting down" in raised.value.message
    client.exit(None)
    assert await asyncio.wait_for(client._server.wait(), TIMEOUT) == 0     # exit after shutdown: 0
    assert client.messages == []
