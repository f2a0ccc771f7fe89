"""pygls's protocol with LSP 3.17's rule for messages before `initialize`,
which pygls (2.1) dispatches like any other (a hover then answered `null`):
a request gets the error ServerNotInitialized (-32002), a notification other
than `exit` is dropped, each said in one line of the server's log.

pygls takes a protocol class (`LanguageServer(protocol_cls=...)`, "the
LanguageServerProtocol class definition, or any subclass of it"); this one
only looks at each message before pygls handles it.
"""
from __future__ import annotations

import logging

from lsprotocol import types
from pygls.exceptions import JsonRpcServerNotInitialized
from pygls.protocol import LanguageServerProtocol
from pygls.protocol.json_rpc import RPCRequest

log = logging.getLogger("newslint.server")


class NewslintProtocol(LanguageServerProtocol):
    initialize_seen = False

    def handle_message(self, message):
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
