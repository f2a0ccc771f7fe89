"""fx497: XML that ends before its root closes (an error expat finds only at
close, when it has let go of its parser) is one `file.xml` line at the end,
not a traceback (found by tests/test_hostile_articles_s51.py on lead57)."""
from __future__ import annotations

import pytest

from lint.readers import ReadError, read_bytes


@pytest.mark.parametrize("data, where", [
    (b'<?xml version="1.0"?>\n', (2, 1)),
    (b"<nitf><body>x", (1, 14)),
    (b"<nitf><body>caf\xc3\xa9 x", (1, 19)),
])
def test_xml_ending_early_is_one_read_error_at_the_end(data, where):
    with pytest.raises(ReadError) as err:
        read_bytes("a.nitf", data)
    assert err.value.rule == "file.xml" and (err.value.line, err.value.column) == where
    assert str(err.value) == f"malformed XML at line {where[0]}, column {where[1]}: no element found"


def test_guard_undefined_entity_mid_file_keeps_its_place_and_words():
    with pytest.raises(ReadError) as err:
        read_bytes("a.nitf", b"<nitf>&bogus;</nitf>")
    assert (err.value.line, err.value.column) == (1, 7)
    assert str(err.value).startswith("malformed XML at line 1, column 7: undefined entity '&bogus;'")
