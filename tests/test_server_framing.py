"""`Framed`, the server's stdin reader, driven as pygls reads it: a header
line, a blank line, then `read(length)`. A Content-Length too long by any
number of bytes loses no next message, whether the read stopped inside the
next header line, before its blank line, or in its body, and whichever of
LSP's headers comes first (qa51 #2); text after a body's JSON, counted right,
is never read as a message: neither a whole framed copy (answered twice), nor
a header that would eat the next message (qa51 #1)."""
from __future__ import annotations

import io
import json

import pytest

pytest.importorskip("pygls")

from lint.server.framing import Framed  # noqa: E402

CONTENT_TYPE = b"Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n"


def body(msg_id) -> bytes:
    return json.dumps({"jsonrpc": "2.0", "id": msg_id, "method": "nl/ping"}).encode()


def framed(data: bytes, over: int = 0, first: bytes = b"") -> bytes:
    return first + b"Content-Length: %d\r\n\r\n" % (len(data) + over) + data


def bodies(stream: bytes) -> list[bytes]:
    """Every body pygls would be handed, in order."""
    reader, out = Framed(io.BytesIO(stream)), []
    while True:
        line = reader.readline()
        if not line:
            return out
        assert line.startswith(b"Content-Length: ") and reader.readline() == b"\r\n"
        out.append(reader.read(int(line.split(b":")[1])))


def ids(stream: bytes) -> list:
    found = []
    for data in bodies(stream):
        try:
            found.append(json.loads(data)["id"])
        except ValueError:
            found.append(("not JSON", json.loads(data[:data.index(b"}") + 1])["id"]))
    return found


@pytest.mark.parametrize("over", [1, 10, 17, 19, 20, 21, 22, 23, 30, 60, 100, 200])
def test_a_length_too_long_by_any_count_loses_no_next_message(over):
    stream = framed(body(24), over) + framed(body(25)) + framed(body(26)) + framed(body(27))
    assert ids(stream)[1:] == [25, 26, 27] and ids(stream)[0] == ("not JSON", 24)


@pytest.mark.parametrize("over", [10, 30, 57, 58, 59, 70, 90])
def test_content_type_first_is_read_as_the_next_messages_header(over):
    stream = framed(body(24), over) + framed(body(25), first=CONTENT_TYPE) + framed(body(26))
    assert ids(stream) == [("not JSON", 24), 25, 26]


def test_a_whole_framed_copy_after_the_json_is_not_run_again():
    stream = framed(body(24) + b"\n" + framed(body(24))) + framed(body(25)) + framed(body(26))
    assert ids(stream) == [("not JSON", 24), 25, 26]


@pytest.mark.parametrize("tail", [b"\nContent-Length: 10\r\n\r\n", b"\nContent-Length: 200\r\n\r\n{}",
                                  b"\nContent-Length: 10\r\n", b"\nContent-Le", b" content-type: x\r\n\r"])
def test_header_text_after_the_json_eats_no_next_message(tail):
    stream = framed(body(24) + tail) + framed(body(25)) + framed(body(26))
    assert ids(stream) == [("not JSON", 24), 25, 26]


def test_a_too_long_length_at_the_end_of_the_input_reads_what_there_is():
    assert ids(framed(body(24)) + framed(body(25), 12)) == [24, 25]


@pytest.mark.parametrize("text", ["Content-Type: x", "Content-Type: text/html; charset=utf-8\n<p>The mayor said.</p>",
                                  "Content-Length: 12"])
def test_header_text_inside_the_next_bodys_json_string_is_no_header(text):
    """A too long length whose read stops just before `Content-Type:` text in
    the next body's JSON string: that text (no raw line end in a JSON string)
    was taken for a header, and two good messages were lost (qa53 #1)."""
    nxt = json.dumps({"jsonrpc": "2.0", "id": 25, "method": "nl/ping", "params": {"t": text}}).encode()
    cut = framed(nxt).rindex(text[:12].encode())
    stream = framed(body(24), cut) + framed(nxt) + framed(body(26)) + framed(body(27))
    assert ids(stream) == [("not JSON", 24), 25, 26, 27]


WIDE = "Zoë said “no” 💡"      # characters of two, three and four bytes in UTF-8


@pytest.mark.parametrize("char", ["ë", "“", "💡"])
def test_a_length_that_cuts_a_character_of_the_next_body_loses_no_message(char):
    """A too long length whose read stops inside a character of the next
    body: the strict decode of that read failed, nothing was put back, and
    the next message was lost (fx70). Every cut inside the character."""
    nxt = json.dumps({"jsonrpc": "2.0", "id": 25, "method": "nl/ping", "params": {"t": WIDE}},
                     ensure_ascii=False).encode()
    whole = framed(nxt)
    at = whole.index(char.encode())
    for cut in range(at + 1, at + len(char.encode())):
        stream = framed(body(24), cut) + whole + framed(body(26))
        assert ids(stream) == [("not JSON", 24), 25, 26], cut


def test_a_body_that_is_not_utf8_and_too_long_loses_no_next_message():
    """A body with a byte that is no UTF-8 in its JSON string, its length too
    long: it is handed on as it was (pygls answers it ParseError), and the
    next message it ran into is read again."""
    bad = b'{"jsonrpc": "2.0", "id": 24, "method": "nl/ping", "params": {"t": "caf\xe9"}}'
    stream = framed(bad, 30) + framed(body(25)) + framed(body(26))
    read = bodies(stream)
    assert read[0][:len(bad)] == bad and [json.loads(b)["id"] for b in read[1:]] == [25, 26]
