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
`Framed` reads each header block itself and hands pygls a clean one (qa48
#1, #4, #5: a huge length, header names matched whole and in any case).
"""
from __future__ import annotations

import json
import logging
import re

log = logging.getLogger("newslint.server")
MAX_BODY = 64 << 20     # bytes a message may have: a 10 MB article, escaped, with room to spare
LINE, KEEP = 1 << 16, 256    # a header line is read this much at a time; of a longer one, its end
DETAIL = 80
# A header field (RFC 9110 section 5: the name is a token, any case; whitespace
# around the value), its line ending in CRLF or, leniently, LF alone.
_FIELD = re.compile(rb"([!#$%&'*+.^_`|~0-9A-Za-z-]+):[ \t]*(.*?)[ \t]*\r?\n")
# A Content-Length header ending a line of stray bytes: whole (no token
# character before its name) and last on the line.
_GLUED = re.compile(rb"(?:^|[^!#$%&'*+.^_`|~0-9A-Za-z-])((?i:content-length)[ \t]*:[ \t]*\d+[ \t]*\r?\n)\Z")
# LSP's two headers (`_put_back`): a whole line, or, `_PART`, all that was read of one.
_NAMES = (b"content-length", b"content-type")
_LSP_LINE = re.compile(rb"(?i:content-(?:length:[ \t]*(\d+)|type:[^\r\n]*))[ \t]*\r?\n")
_PART = re.compile(rb"(?i:content-(?:length:[ \t]*\d*|type:[^\r\n]*))[ \t]*\r?")
_CUT = re.compile(rb"(?i:content-(?:length:[ \t]*\d*[ \t]*|type:[ \t]*[!#$%&'*+.^_`|~0-9A-Za-z/;=, -]*)\r?)")
PEEK = 128          # body bytes read ahead to tell a miscounted message from junk (`_doubted`)
_WHITE = " \t\r\n"          # JSON's whitespace
_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[{}\[\]]')
_ID_VALUE = re.compile(r'\s*:\s*(-?\d+(?![\d.eE])|"(?:[^"\\]|\\.)*")')


class Framed:
    """The client's byte stream (stdin) as pygls reads it. Each header block
    is read here whole and handed on as the one line pygls matches
    (`Content-Length: N\\r\\n`) and a blank line, so that:

    - a header's name is matched whole and in any case (`content-length`;
      `X-Original-Content-Length` is another header), with or without
      whitespace after the colon, and a line may end in `\\n` only (qa48 #4,
      #5: pygls wants exactly `Content-Length: N\\r\\n`);
    - bytes a too-short Content-Length left in front of the next header
      (`...}}Content-Length: 80`) are dropped (they were part of a body
      already answered ParseError);
    - a length over MAX_BODY is refused, never read: pygls's `read(n)`
      allocated n bytes at once, and `Content-Length: 999999999999` ended the
      server with a MemoryError (qa48 #1). The message is skipped: its bytes
      are dropped up to the next header, as a too-short one's tail is;
    - a length too long by any count loses no next message (`_put_back`),
      and text after a body's JSON, counted right, runs no message and eats
      none (qa51 #1, #2).

    A header block with no readable Content-Length is dropped; each dropped
    message is one log line."""

    def __init__(self, stream):
        self.stream = stream
        self.body = b""           # the last body read (for an answer when it is not JSON)
        self._blank = False       # the block's blank line is owed to pygls
        self._skipping = False    # the bytes ahead are a refused message's body
        self._ahead = b""         # bytes read, to be read again: the next message (`_put_back`)
        self._doubt = False       # they are a body's tail: the stream's next bytes must bear them out

    def readline(self) -> bytes:
        if self._blank:
            self._blank = False
            return b"\r\n"
        while True:
            length = self._block()
            if length is None:
                return b""        # end of input
            if length >= 0:
                self._blank = True
                return b"Content-Length: %d\r\n" % length

    def read(self, n: int) -> bytes:
        body = self._ahead[:n]
        self._ahead = self._ahead[n:]
        if len(body) < n:
            body += self.stream.read(n - len(body))
        self.body = body
        self._put_back(body)
        return body

    def _put_back(self, body: bytes) -> None:
        """A Content-Length longer than its body read the start of the next
        message as well (qa48 #8), which was then lost. When the body is one
        JSON value and then what reads as the start of LSP messages (their
        headers, Content-Length or Content-Type in any order, and bodies), cut
        off inside one (`_framing`), the bytes after the value are read again,
        as the next message; the body is answered as it was (ParseError,
        "Extra data", at its id). A tail of whole messages is not: a length
        too long by exactly whole messages is rare, and a body that holds
        whole framed messages after its JSON (counted right) is no request
        to run twice (qa51 #1). A tail that is junk in a body counted right
        (header text with no body after it) is told by the stream's next
        bytes, which then start a header, not the rest of its message
        (`_doubted`, `_readline`). The bytes are decoded leniently
        (surrogateescape, which gives each back as it was): a length that
        stops inside a character of the next body (`é`, `“`, an emoji) cuts
        it, and a strict decode refused the whole read, losing that next
        message; a body that is not UTF-8 is answered as it was (ParseError,
        "not UTF-8") and its tail read again all the same."""
        if b"\n" not in body and body[-1:] in b"}]":   # compact JSON, nothing after it
            return
        text = body.decode("utf-8", "surrogateescape")
        try:
            start = len(text) - len(text.lstrip(_WHITE))
            end = json.JSONDecoder().raw_decode(text, start)[1]
        except (ValueError, RecursionError):
            return
        end += len(text[end:]) - len(text[end:].lstrip(_WHITE))
        at = len(text[:end].encode("utf-8", "surrogateescape"))
        if at < len(body) and _framing(body[at:]):
            log.warning("Content-Length %d is longer than its message (%d bytes): the next "
                        "message, which it ran into, is read from its header", len(body), at)
            self._ahead = body[at:] + self._ahead
            self._doubt = True

    def _doubted(self, length: int) -> bool:
        """Whether a header block read from a put-back tail is junk: its body
        goes on past the tail, and the stream's next bytes (up to PEEK of the
        bytes the body still needs, so a wait for more never starts) start an
        LSP header line instead (a body counted right, with header text after
        its JSON: qa51 #1). They are then read as the next message's. A body's
        rest never holds a whole header line (JSON has no bare words, and its
        strings no raw line end), nor all of one cut short, as it ends in `}`
        or `]` (`_cut_header`): `Content-Type:` text in the next body's string
        is no header (qa53 #1)."""
        if not self._doubt or len(self._ahead) >= length:
            return False
        self._doubt = False
        need = length - len(self._ahead)
        more = self.stream.read(min(need, PEEK))
        if _LSP_LINE.match(more) is None and not (need < PEEK and _cut_header(more)):
            self._ahead += more
            return False
        log.warning("a body's tail read as a message's header (%d bytes) was text after its "
                    "JSON, not the next message: dropped", len(self._ahead))
        self._ahead = more
        return True

    def _block(self) -> int | None:
        """Read one header block: its Content-Length; -1 when the block is
        dropped; None at the end of the input."""
        line = self._line()
        while line in (b"\r\n", b"\n"):   # blank lines between messages
            line = self._line()
        if not line:
            return None
        if _FIELD.fullmatch(line) is None:            # stray bytes, maybe a header after them
            at = _GLUED.search(line)
            dropped = at.start(1) if at else len(line)
            if not self._skipping:
                log.warning("%d stray bytes before a Content-Length header, dropped", dropped)
            if at is None:
                return -1
            line = line[dropped:]
        self._skipping = False
        length, fields = None, 0
        while line and line not in (b"\r\n", b"\n"):
            field = _FIELD.fullmatch(line)
            if field is None:
                log.warning("a header line that is no 'Name: value' (%r): its message is dropped",
                            line[:DETAIL])
                return self._skip()
            if field[1].lower() == b"content-length":
                value = field[2].strip()
                if not value.isdigit():
                    log.warning("Content-Length %r is no number: its message is dropped",
                                value[:DETAIL])
                    return self._skip()
                length = int(value)
            fields += 1
            line = self._line()
        if not line:
            return None
        if length is None:
            log.warning("a header block (%d lines) with no Content-Length: its message is dropped",
                        fields)
            return self._skip()
        if length > MAX_BODY:
            log.warning("Content-Length %d is over the %d MB a message may have: "
                        "its message is dropped", length, MAX_BODY >> 20)
            return self._skip()
        return -1 if self._doubted(length) else length

    def _skip(self) -> int:
        self._skipping = True
        return -1

    def _line(self) -> bytes:
        """One line of the stream, its end kept; a line longer than LINE
        (stray bytes, a body sent with no header) keeps only its end, which is
        where a header glued to it is."""
        line = self._readline()
        while len(line) >= LINE and not line.endswith(b"\n"):
            line = line[-KEEP:] + self._readline()
        return line

    def _readline(self) -> bytes:
        """At most LINE bytes up to a line's end: first what was put back."""
        if not self._ahead:
            return self.stream.readline(LINE)
        end = self._ahead.find(b"\n", 0, LINE) + 1 or min(len(self._ahead), LINE)
        line, self._ahead = self._ahead[:end], self._ahead[end:]
        if not line.endswith(b"\n") and len(line) < LINE:
            more = self.stream.readline(LINE - len(line))
            if self._doubt and _LSP_LINE.fullmatch(more):      # not its rest: a header of its own
                log.warning("a body's tail read as a header line (%d bytes) was text after its "
                            "JSON, not the next message: dropped", len(line))
                line = b""
            self._doubt = False
            line += more
        return line


def _framing(tail: bytes) -> bool:
    """Whether `tail` (a body's bytes after its JSON) reads as the start of LSP
    messages cut off inside one: header blocks of LSP's headers with a
    Content-Length (blank lines between messages), each with its body; the
    last cut off in a header line, at a line's end, or in its body. False for
    anything else, and for whole messages."""
    at = 0
    while True:
        length, lines = None, 0
        while True:
            end = tail.find(b"\n", at) + 1
            if not end:                                 # ends in a line (or at a line's end)
                rest = tail[at:]
                if not rest:
                    return lines > 0
                return _header_start(rest) or (rest == b"\r" and lines > 0)
            line, at = tail[at:end], end
            if line in (b"\r\n", b"\n"):
                if lines:
                    break
                continue
            header = _LSP_LINE.fullmatch(line)
            if header is None:
                return False
            if header[1] is not None:
                length = int(header[1])
            lines += 1
        if length is None:
            return False
        at += length
        if at >= len(tail):
            return at > len(tail)


def _header_start(data: bytes) -> bool:
    """Whether `data` starts with an LSP header line, or is all the start of one."""
    return _LSP_LINE.match(data) is not None or _partial(data, _PART)


def _cut_header(data: bytes) -> bool:
    """Whether `data` is all the start of an LSP header line, with no byte a
    JSON body's end has (a quote, a brace, a bracket) in its value."""
    return _partial(data, _CUT)


def _partial(data: bytes, line: re.Pattern[bytes]) -> bool:
    """Whether `data` is all the start of an LSP header: part of its name, or
    its name, colon and what `line` takes of a value."""
    low = data.lower()
    if b":" not in low:
        return bool(low) and any(name.startswith(low) for name in _NAMES)
    return line.fullmatch(data) is not None


def unreadable(error: BaseException, body: bytes = b"") -> tuple[str, str] | None:
    """(the body as text, why) when `error` is a body that is not JSON;
    None for any other error. `body`, the last body read, is the one a
    RecursionError names none of: JSON nested deeper than Python's decoder
    goes (100,000 `[`, qa48 #3) is no JSON the server can read."""
    if isinstance(error, RecursionError) and "decoding a JSON" in str(error):
        return body.decode("utf-8", "replace"), "nested too deep"
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
