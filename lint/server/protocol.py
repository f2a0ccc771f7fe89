"""pygls's protocol, with the protocol's rules pygls (2.1) does not keep:

- Before `initialize` (LSP 3.17), which pygls dispatches like any other
  message (a hover then answered `null`): a request gets the error
  ServerNotInitialized (-32002), a notification other than `exit` is dropped.
- A message pygls cannot read into its type (JSON-RPC 2.0): pygls raises while
  reading it, before any handler, so a request was never answered (the client
  waited forever, at start for a malformed `initialize`) and an "internal
  error" popped up (qa45 #2, #3). Here a request whose params do not fit its
  method (line -1, `params: null`, a missing range) is answered InvalidParams
  (-32602) and a notification with such params is dropped; `params`, optional
  in JSON-RPC, may be left out of a request for a method the server does not
  offer, which pygls then answers MethodNotFound (-32601).
- Once only (LSP 3.17): a second `initialize` was answered in full and gave
  the server a new, empty workspace, dropping every open document (qa45 #6);
  it is now answered InvalidRequest (-32600) and changes nothing.
- After `shutdown`, a request "should error with InvalidRequest" (LSP 3.17):
  pygls dropped it unanswered (qa45 #7). It gets -32600; a notification other
  than `exit` is dropped.
- What is no JSON-RPC 2.0 message (JSON, but without `"jsonrpc": "2.0"`, a
  number, a batch array, which LSP never sends): pygls failed on it with an
  "internal error" pop-up (qa45 #8). A request among it (an id and a method)
  is answered InvalidRequest (-32600); the rest is dropped. So is a JSON-RPC
  2.0 object that is no message: a method that is no string (`null`), an id
  and no method, an id that is no whole number or string (answered at a null
  id), which gave a pop-up or no answer (qa48 #3), and a request whose id is
  null, which pygls ran (qa48 #9). `"jsonrpc": 2.0`, a number, is no JSON-RPC
  2.0 message either (cattrs read it as "2.0"). A body that is not JSON at all
  is answered ParseError (-32700): see framing.py.
- Only the message itself is read as one (qa48 #2): pygls's `object_hook`
  ran on every object, so one in params that looked like a request was
  answered at its own id, twice when that id was pending.
- A `$/cancelRequest` whose id is no whole number or string (an object, an
  array, null) is dropped (qa51 #3): pygls looked an object or an array up
  among its pending requests and failed with an "internal error" pop-up.

Each is said in one line of the server's log, with no pop-up. pygls takes a
protocol class (`LanguageServer(protocol_cls=...)`, "the
LanguageServerProtocol class definition, or any subclass of it"); this one
looks at each message before pygls handles it.
"""
from __future__ import annotations

import json
import logging
from urllib.parse import unquote

from cattrs import transform_error
from lsprotocol import types
from pygls.exceptions import (JsonRpcInvalidParams, JsonRpcInvalidRequest, JsonRpcMethodNotFound,
                              JsonRpcParseError, JsonRpcRequestCancelled, JsonRpcServerNotInitialized)
from pygls.protocol import JsonRPCProtocol, LanguageServerProtocol
from pygls.protocol.json_rpc import JsonRPCNotification, JsonRPCRequestMessage

from .framing import id_in, unreadable

log = logging.getLogger("newslint.server")
DETAIL = 200          # characters of the reason sent back and logged
# Errors that are the client's, answered with their code: never "internal",
# never a traceback (pygls logs one for each).
ANSWERED = (JsonRpcMethodNotFound, JsonRpcRequestCancelled, JsonRpcInvalidParams)
PYGLS_LOGS = ("pygls.server", "pygls.protocol.json_rpc")     # its reader loop, its handler results


class NewslintProtocol(LanguageServerProtocol):
    initialize_seen = False
    framed = None          # the stdin reader (framing.Framed): the last body it read

    def structure_message(self, data):
        """pygls's `object_hook`, called for every object in the body, nested
        ones in params included: each is left a dict here, and only the message
        itself (each item of a batch) is read as one, in handle_message. An
        object in executeCommand's arguments that looked like a request was
        answered at its own id (qa48 #2)."""
        return data

    def handle_message(self, message):
        if isinstance(message, list):
            return self._batch(message)
        if not isinstance(message, dict) or message.get("jsonrpc") != JsonRPCProtocol.VERSION:
            return self._not_a_message(message)
        problem = _malformed(message)
        if problem is not None:
            return self._invalid_request(message, problem)
        method = message.get("method")
        if method is None:                            # a response to a request of the server's
            return self._response(message)
        if method != types.EXIT:
            if not self.initialize_seen:
                if method != types.INITIALIZE:
                    return self._turn_away(message, "before initialize", JsonRpcServerNotInitialized())
            elif method == types.INITIALIZE:
                return self._turn_away(message, "sent again", JsonRpcInvalidRequest(
                    f"{JsonRpcInvalidRequest.MESSAGE}: initialize was already sent"), level=logging.WARNING)
            elif self._shutdown:
                return self._turn_away(message, "after shutdown", JsonRpcInvalidRequest(
                    f"{JsonRpcInvalidRequest.MESSAGE}: the server is shutting down"))
        if method == types.CANCEL_REQUEST and not _cancels_an_id(message):
            log.warning("%s with invalid params, dropped: an id that is no whole number or string (%s)",
                        method, type(message["params"].get("id")).__name__)
            return None
        structured = self._structure(message, method)
        if structured is None:
            return None
        if method == types.INITIALIZE:
            self.initialize_seen = True
        return super().handle_message(structured)

    def _structure(self, data: dict, method: str):
        """The message read into its type; None when its params do not fit
        (a request is answered InvalidParams, a notification dropped)."""
        kind = self.get_message_type(method)
        if kind is None:                              # not offered: pygls answers -32601
            kind = JsonRPCRequestMessage if "id" in data else JsonRPCNotification
            data = {"params": None, **data}
        try:
            return self._converter.structure(data, kind)
        except Exception as exc:                      # the client's message, not our fault
            return self._refuse(data, method, exc)

    def _response(self, data: dict) -> None:
        """The client's answer to a request the server sent, read by pygls."""
        try:
            structured = LanguageServerProtocol.structure_message(self, data)
        except Exception as exc:
            log.warning("a response that cannot be read (id %r), dropped: %s", data.get("id"), exc)
            return None
        return super().handle_message(structured)

    def _invalid_request(self, data: dict, problem: str) -> None:
        """A JSON-RPC 2.0 object that is no message (no method, a method or an
        id of the wrong type): a request is answered InvalidRequest, at its id
        when that can be read, else at null; one log line."""
        if "id" in data:
            msg_id = _readable_id(data["id"])
            log.warning("%s: answered InvalidRequest%s", problem,
                        f" to request {msg_id!r}" if msg_id is not None else "")
            self._answer(msg_id, JsonRpcInvalidRequest(f"{JsonRpcInvalidRequest.MESSAGE}: {problem}"))
        else:
            log.warning("%s: dropped", problem)

    def _refuse(self, data, method: str, exc: Exception) -> None:
        try:
            reason = "; ".join(transform_error(exc))
        except Exception:
            reason = f"{type(exc).__name__}: {exc}"
        reason = reason if len(reason) <= DETAIL else reason[:DETAIL - 1] + "…"
        if "id" not in data:
            log.warning("%s with invalid params, dropped: %s", method, reason)
            if method == types.TEXT_DOCUMENT_DID_CHANGE:     # the copy is no longer the editor's
                self._lost_step(data, reason)
        else:
            log.warning("%s with invalid params, answered InvalidParams: %s", method, reason)
            error = JsonRpcInvalidParams(f"{JsonRpcInvalidParams.MESSAGE} for {method}: {reason}")
            self._answer(data.get("id"), error)
        return None

    def _lost_step(self, data: dict, reason: str) -> None:
        """A didChange dropped: its document (when the message still names an
        open one) is out of step with the editor (workspace.py)."""
        params = data.get("params")
        ident = params.get("textDocument") if isinstance(params, dict) else None
        uri = ident.get("uri") if isinstance(ident, dict) else None
        docs = self._workspace.text_documents if self._workspace is not None else {}
        doc = docs.get(uri) or docs.get(unquote(uri)) if isinstance(uri, str) else None
        if doc is not None and hasattr(doc, "lose_step"):
            doc.lose_step(f"a change that could not be read ({reason})")
            state = getattr(self._server, "open", {}).get(uri)
            if state is not None:               # its kept lint is of a text the editor no longer has
                state.linted = None
                self._server.schedule(uri)      # the document says so at once

    def _turn_away(self, message, when: str, error, level: int = logging.INFO) -> None:
        """Answer a request with `error`, drop a notification; one log line."""
        if "id" in message:
            log.log(level, "%s %s: answered %s", message["method"], when, type(error).__name__[7:])
            self._answer(message["id"], error)
        else:
            log.log(level, "%s %s: dropped", message["method"], when)

    def _not_a_message(self, message) -> None:
        """JSON that is no JSON-RPC 2.0 message: a request (id and method) is
        answered InvalidRequest, anything else dropped; one log line."""
        method = _get(message, "method")
        what = repr(method) if method is not None else type(message).__name__
        if _is_request(message):         # without "jsonrpc", or with "jsonrpc": "1.0"
            log.warning("%s is not a JSON-RPC 2.0 request: answered InvalidRequest", what)
            self._answer(_get(message, "id"), JsonRpcInvalidRequest(
                f"{JsonRpcInvalidRequest.MESSAGE}: not a JSON-RPC 2.0 message"))
        else:
            log.warning("a message that is not JSON-RPC 2.0 (%s), dropped", what)

    def _batch(self, messages: list) -> None:
        """A JSON-RPC batch, which LSP never sends: each request in it is
        answered InvalidRequest (an empty batch once, with a null id)."""
        asked = [m for m in messages if _is_request(m)]
        log.warning("a batch of %d messages (LSP sends none): %d requests answered InvalidRequest",
                    len(messages), len(asked) + (not messages))
        error = JsonRpcInvalidRequest(f"{JsonRpcInvalidRequest.MESSAGE}: LSP takes no batches")
        for msg_id in [_readable_id(_get(m, "id")) for m in asked] or ([None] if not messages else []):
            self._answer(msg_id, error)

    def _answer(self, msg_id, error) -> None:
        """Answer request `msg_id` with `error`. An id that cannot be read is
        sent as `"id": null`, which JSON-RPC asks for (pygls leaves a null
        id out, and the client cannot tell the answer from a notification)."""
        msg_id = _readable_id(msg_id)
        if msg_id is not None:
            self._send_response(msg_id, None, error.to_response_error())
        else:
            self._send_data({"jsonrpc": JsonRPCProtocol.VERSION, "id": None,
                             "error": {"code": error.code, "message": error.message}})

    def answer_unreadable(self, error: BaseException) -> bool:
        """A body that is not JSON (pygls's reader raised): answered ParseError
        with one log line. False for any other error."""
        broken = unreadable(error, self.framed.body if self.framed is not None else b"")
        if broken is None:
            return False
        body, why = broken
        msg_id = _readable_id(id_in(body))
        log.warning("a message that is not JSON (%s): answered ParseError%s", why,
                    f" to request {msg_id!r}" if msg_id is not None else "")
        self._answer(msg_id, JsonRpcParseError(f"{JsonRpcParseError.MESSAGE}: {why}"))
        return True


def _malformed(data: dict) -> str | None:
    """Why a JSON-RPC 2.0 object is no message, or None: a method that is no
    string (`null`, 5), an id that is no whole number or string (an object, an
    array, true), no method and no result or error (JSON-RPC 2.0 section 4).
    A request with `"id": null` is refused too (qa48 #9): JSON-RPC 2.0 allows
    it but discourages it, as null is the id of an answer to a request whose
    id could not be read, so the client cannot tell the two apart; LSP 3.17's
    RequestMessage has `id: integer | string`. pygls (2.1) ran such a request
    (`shutdown` shut the server down) and answered it at null."""
    if "id" in data and data["id"] is not None and _readable_id(data["id"]) is None:
        return f"an id that is no whole number or string ({type(data['id']).__name__})"
    if "method" in data:
        if not isinstance(data["method"], str):
            return f"a method that is no string ({json.dumps(data['method'])[:DETAIL]})"
        if "id" in data and data["id"] is None:
            return "a request with a null id (LSP's ids are whole numbers or strings)"
        return None
    if "result" not in data and "error" not in data:
        return "a message with no method" if "id" in data else "an object with no method"
    return None


def _cancels_an_id(message: dict) -> bool:
    """Whether a `$/cancelRequest`'s params name an id a request can have (a
    whole number or a string; LSP's CancelParams). cattrs let an object or an
    array through, and pygls looked it up among its pending requests: a
    TypeError and an "internal error" pop-up (qa51 #3)."""
    params = message.get("params")
    return not isinstance(params, dict) or _readable_id(params.get("id")) is not None


def _get(message, key: str):
    """A key of a message that `structure_message` left a dict; None for any
    other JSON value (a batch item that is a number or a string)."""
    return message.get(key) if isinstance(message, dict) else None


def _is_request(message) -> bool:
    return isinstance(message, dict) and "id" in message and "method" in message


def _readable_id(msg_id):
    """The id to answer with: JSON-RPC ids are numbers or strings; one that
    cannot be read is answered as null."""
    return msg_id if isinstance(msg_id, (int, str)) and not isinstance(msg_id, bool) else None


def no_answered_traceback(record: logging.LogRecord) -> bool:
    """A filter for pygls's logs: its record of an error the server has
    answered (one in ANSWERED, a body that is not JSON) is left out; the
    server logs that in one line of its own."""
    info = record.exc_info
    error = info[1] if info else None
    return error is None or not (isinstance(error, ANSWERED) or unreadable(error) is not None)


def can(caps, *path) -> bool:
    """Whether the client capability at `path` (attribute names under
    `ClientCapabilities`, as `"workspace", "configuration"`) is present and truthy."""
    for name in path:
        caps = getattr(caps, name, None)
        if caps is None:
            return False
    return bool(caps)
