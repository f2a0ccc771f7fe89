"""What arrives before a message can be read: the Content-Length framing and
the JSON body (qa45 #8).

pygls (2.1) reads each body with `json.loads` in its reader loop. A body that
is not JSON (cut short, not UTF-8) raised there: pygls logged a traceback,
the server's error handler showed an "internal error" pop-up, and the client
got no answer. Here the handler answers it ParseError (-32700, JSON-RPC 2.0
section 5.1) with one log line: the id is null, as JSON-RPC says, unless the
start of the body still names the request's id (`{"jsonrpc": "2.0", "id": 50,
...` cut short), which is then answered so the client stops waiting for it.

A Content-Length shorter than its body leaves the body's tail in front of the
next header (`...}}Content-Length: 80`), where pygls, which wants the header
at the start of a line, missed it and so lost the next message as well.
`Framed` hands pygls the header from where it starts.
"""
from __future__ import annotations

import json
import logging
import re

log = logging.getLogger("newslint.server")
HEADER = b"Content-Length:"
_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[{}\[\]]')
_ID_VALUE = re.compile(r'\s*:\s*(-?\d+(?![\d.eE])|"(?:[^"\\]|\\.)*")')


class Framed:
    """The client's byte stream (stdin) as pygls reads it, with each header
    line starting at its header: bytes a too-short Content-Length left over
    are dropped (they were part of a body already answered ParseError)."""

    def __init__(self, stream):
        self.stream = stream

    def readline(self) -> bytes:
        line = self.stream.readline()
        at = line.find(HEADER)
        if at > 0:
            log.warning("%d stray bytes before a Content-Length header, dropped", at)
            return line[at:]
        return line

    def read(self, n: int) -> bytes:
        return self.stream.read(n)


def unreadable(error: BaseException) -> tuple[str, str] | None:
    """(the body as text, why) when `error` is a body that is not JSON;
    None for any other error."""
    if isinstance(error, json.JSONDecodeError):
        return error.doc, f"{error.msg} at character {error.pos}"
    if isinstance(error, UnicodeDecodeError):
        return error.object.decode("utf-8", "replace"), "not UTF-8"
    return None


def id_in(body: str) -> int | str | None:
    """The request's id as far as a broken body still tells it: the `"id"`
    key of the top-level object with a whole number or string value; None
    when the body is no object or names no id before it breaks off."""
    if not body.lstrip().startswith("{"):
        return None
    depth = 0
    for m in _TOKEN.finditer(body):
        token = m.group()
        if token in ("{", "["):
            depth += 1
        elif token in ("}", "]"):
            depth -= 1
        elif depth == 1 and token == '"id"':
            value = _ID_VALUE.match(body, m.end())
            if value is not None:
                return json.loads(value[1])
    return None
