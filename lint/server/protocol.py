"""pygls's protocol, with two of the protocol's rules pygls (2.1) does not keep:

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

Each is said in one line of the server's log, with no pop-up. pygls takes a
protocol class (`LanguageServer(protocol_cls=...)`, "the
LanguageServerProtocol class definition, or any subclass of it"); this one
looks at each message before pygls handles it.
"""
from __future__ import annotations

import logging

from cattrs import transform_error
from lsprotocol import types
from pygls.exceptions import JsonRpcInvalidParams, JsonRpcServerNotInitialized
from pygls.protocol import LanguageServerProtocol
from pygls.protocol.json_rpc import RPCRequest

log = logging.getLogger("newslint.server")
DETAIL = 200          # characters of the reason sent back and logged


class Refused:
    """A message answered (or dropped) while it was read: nothing to handle."""


class NewslintProtocol(LanguageServerProtocol):
    initialize_seen = False

    def structure_message(self, data):
        method = data.get("method") if "jsonrpc" in data else None
        if not isinstance(method, str) or "error" in data or "result" in data:
            return super().structure_message(data)    # a nested object, a response
        kind = self.get_message_type(method)
        if kind is None:                              # not offered: pygls answers -32601
            return super().structure_message({"params": None, **data})
        try:
            return self._converter.structure(data, kind)
        except Exception as exc:                      # the client's message, not our fault
            return self._refuse(data, method, exc)

    def _refuse(self, data, method: str, exc: Exception) -> Refused:
        try:
            reason = "; ".join(transform_error(exc))
        except Exception:
            reason = f"{type(exc).__name__}: {exc}"
        reason = reason if len(reason) <= DETAIL else reason[:DETAIL - 1] + "…"
        msg_id = data.get("id")
        if "id" not in data:
            log.warning("%s with invalid params, dropped: %s", method, reason)
        else:
            log.warning("%s with invalid params, answered InvalidParams: %s", method, reason)
            if not isinstance(msg_id, (int, str)) or isinstance(msg_id, bool):
                msg_id = None                        # JSON-RPC: an id that cannot be read is null
            error = JsonRpcInvalidParams(f"{JsonRpcInvalidParams.MESSAGE} for {method}: {reason}")
            self._send_response(msg_id, None, error.to_response_error())
        return Refused()

    def handle_message(self, message):
        if isinstance(message, Refused):
            return None
        method = getattr(message, "method", None)
        if self.initialize_seen or method is None or method == types.EXIT:
            return super().handle_message(message)
        if method == types.INITIALIZE:
            self.initialize_seen = True
            return super().handle_message(message)
        if isinstance(message, RPCRequest):
            log.info("%s before initialize: answered ServerNotInitialized", method)
            self._send_response(message.id, None, JsonRpcServerNotInitialized().to_response_error())
        else:
            log.info("%s before initialize: dropped", method)
        return None
