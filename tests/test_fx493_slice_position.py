"""fx493: a malformed slice (an archive audit's run of WordPress `<item>`s,
`read_slice`) is placed at the slice's own characters, not counting the
wrapper tag the parser reads it in, and in the file at the file's line and
column; a whole file's error keeps expat's words and place."""
from pathlib import Path

import pytest

from lint.readers import ReadError, read_bytes, read_slice
from lint.readers._xml import XMLError, parse

ARCHIVES = Path(__file__).parent / "archives"


def _slice_error(xml):
    with pytest.raises(XMLError) as err:
        parse(xml, slice_=True)
    return err.value


def test_entity_on_a_slices_first_line_is_at_its_own_column():
    err = _slice_error("<p>a &mdash;</p>")
    assert (err.line, err.column, err.offset) == (1, 6, 5)
    assert "column 22" not in str(err) and "undefined entity '&mdash;'" in str(err), str(err)


def test_error_on_a_later_line_of_a_slice():
    err = _slice_error("<p>a</p>\n<p>b &bogus; c</p>")
    assert (err.line, err.column, err.offset) == (2, 6, 14)


def test_a_slice_left_open_is_placed_at_its_end():
    err = _slice_error("<p>ab")
    assert (err.line, err.column, err.offset) == (1, 6, 5)


def test_guard_a_whole_file_keeps_expats_line_and_column():
    with pytest.raises(XMLError) as err:
        parse("<rss><p>a &mdash;</p></rss>")
    assert (err.value.line, err.value.column, err.value.offset) == (1, 11, None)
    assert str(err.value).startswith("malformed XML at line 1, column 11: undefined entity")


def test_read_slice_places_the_error_at_the_files_line_and_column():
    lines = (ARCHIVES / "export.xml").read_text(encoding="utf-8").splitlines(keepends=True)
    item = lines[28:37]                 # post 12, the file's lines 29 to 37
    assert (item[0], item[1]) == ("  <item>\n", "    <title>Escaped body</title>\n")
    item[1] = "    <title>Escaped &mdash; body</title>\n"
    with pytest.raises(ReadError) as err:
        read_slice("export.xml", "".join(item), "wxr", ((0, 29),))
    assert (err.value.rule, err.value.line, err.value.column) == ("file.xml", 30, 20)
    assert "undefined entity '&mdash;'" in str(err.value)


def test_read_slice_of_an_item_cut_mid_line_counts_from_its_column():
    cut = "<item><title>A &mdash; b</title></item>"
    with pytest.raises(ReadError) as err:
        read_slice("export.xml", cut, "wxr", ((0, 12, 9),))
    assert (err.value.line, err.value.column) == (12, 24)


def test_guard_a_whole_export_is_placed_as_expat_says():
    source = (ARCHIVES / "export.xml").read_text(encoding="utf-8")
    bad = source.replace("<title>Escaped body</title>", "<title>Escaped &mdash; body</title>")
    assert bad != source
    with pytest.raises(ReadError) as err:
        read_bytes("export.xml", bad.encode("utf-8"))
    assert (err.value.line, err.value.column) == (30, 20)
    assert str(err.value).startswith("malformed XML at line 30, column 20: undefined entity")
