"""Encoding labels read as browsers read them (fx102, qa64 #9), and an
unknown label over bytes that are no UTF-8 (fx95's note)."""
from __future__ import annotations

import codecs

import pytest

from lint.config import Config
from lint.engine import lint_bytes
from lint.readers._prescan import meta_label


def _encoding(tmp_path, name: str, data: bytes) -> list:
    path = tmp_path / name
    path.write_bytes(data)
    return [d for d in lint_bytes(str(path), data, Config()).diagnostics if d.rule == "file.encoding"]


PAGE = "<!DOCTYPE html>\n<html><head>{meta}<title>Café owner</title></head><body><p>Café.</p></body></html>\n"


@pytest.mark.parametrize("meta", [
    '<!-- <meta charset="windows-1252"> --><meta charset="utf-8">',      # qa64 t8/h3.html
    '<!-- <meta charset="windows-1252"> -->',
    '<link title="<meta charset=windows-1252>">',
    '<meta name="x" content="text/html; charset=windows-1252">'])       # no http-equiv: no label
def test_a_label_browsers_never_read_is_quiet(tmp_path, meta):
    assert _encoding(tmp_path, "p.html", PAGE.format(meta=meta).encode()) == []


def test_the_first_meta_after_a_comment_still_counts(tmp_path):
    text = PAGE.format(meta='<!-- note --><meta charset="windows-1252">')
    (d,) = _encoding(tmp_path, "p.html", text.encode())
    assert d.offset == text.index("windows-1252") and "names windows-1252" in d.message


def test_a_bom_wins_over_the_pages_label(tmp_path):
    # qa64 t8/b1.html: a UTF-8 BOM, then <meta charset="windows-1252">
    text = PAGE.format(meta='<meta charset="windows-1252">')
    assert _encoding(tmp_path, "b.html", codecs.BOM_UTF8 + text.encode()) == []


def test_bytes_after_a_bom_that_are_no_utf8_are_said_whatever_the_label(tmp_path):
    text = PAGE.format(meta='<meta charset="iso-8859-2">')
    (d,) = _encoding(tmp_path, "b.html", codecs.BOM_UTF8 + text.encode("iso-8859-2"))
    # the BOM that made the file read as UTF-8 is named (nu50 #3)
    assert d.message.startswith("starts with a UTF-8 byte-order mark (EF BB BF), but byte 0xe9 on "
                                "line 2 is not valid UTF-8")


def test_an_unknown_label_over_non_utf8_bytes_is_named(tmp_path):
    text = PAGE.format(meta='<meta charset="bogus-enc">')
    (d,) = _encoding(tmp_path, "p.html", text.encode("cp1252"))
    assert d.message == ("not valid UTF-8 (byte 0xe9 on line 2), and its label names bogus-enc, which "
                         "is no encoding Python knows; read as cp1252")


@pytest.mark.parametrize("head, label", [
    (b'<meta/charset=latin2>', b"latin2"),
    (b'<meta http-equiv="content-type" content="text/html;charset=\'koi8-r\'">', b"koi8-r"),
    (b'<meta charset=" iso-8859-2 ">', b"iso-8859-2"),
    (b'<!--> <meta charset="koi8-r">', b"koi8-r"),            # '<!-->' is a whole comment in the prescan
    (b'<!-- unclosed <meta charset="koi8-r">', None),
    (b'</meta charset="koi8-r"><meta charset=utf-8>', b"utf-8")])
def test_the_prescan_finds_the_label_browsers_use_at_its_place(head, label):
    found = meta_label(head)
    assert (found and found[0]) == label
    if found:
        assert head[found[1]:found[1] + len(label)] == label
