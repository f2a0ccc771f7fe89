"""fx497: elements nested too deep in an audit slice (`read_slice`, a run of
WordPress items) are placed at the export's line and column, with the
message `check` gives the whole export (qa359 #3)."""
from __future__ import annotations

from pathlib import Path

import pytest

from lint.readers import ReadError, read_bytes, read_slice

EXPORT = Path(__file__).parent / "archives" / "export.xml"


def _deep(title_line_prefix: str, depth: int, eol: str = "\n") -> tuple[str, list[str], list[str]]:
    lines = EXPORT.read_text(encoding="utf-8").splitlines(keepends=True)
    lines = [ln.replace("\n", eol) for ln in lines]
    item = list(lines[28:37])                 # post 12: the file's lines 29 to 37
    item[1] = f"    <title>{title_line_prefix}" + "<b>" * depth + "x" + "</b>" * depth + "</title>" + eol
    return lines, item


def _outcomes(lines, item, first=((0, 29),)):
    whole = "".join(lines[:28] + item + lines[37:]).encode("utf-8")
    try:
        read_bytes("export.xml", whole)
        checked = None
    except ReadError as exc:
        checked = exc
    try:
        read_slice("export.xml", "".join(item), "wxr", first)
        sliced = None
    except ReadError as exc:
        sliced = exc
    return sliced, checked


@pytest.mark.parametrize("prefix", ["", "Café — ", "\U0001F600\U0001F600 "])
def test_too_deep_slice_is_placed_and_worded_as_check(prefix):
    sliced, checked = _outcomes(*_deep(prefix, 600))
    assert checked is not None and sliced is not None
    assert (sliced.rule, sliced.line, sliced.column, str(sliced)) == \
           (checked.rule, checked.line, checked.column, str(checked))
    assert (checked.line, checked.column) == (30, 12 + len(prefix) + 496 * 3)
    assert str(checked) == "elements nested more than 500 deep at line 30; not read"


def test_too_deep_slice_in_a_crlf_export_is_placed_as_check():
    sliced, checked = _outcomes(*_deep("", 600, "\r\n"))
    assert (sliced.line, sliced.column, str(sliced)) == (checked.line, checked.column, str(checked))
    assert (checked.line, checked.column) == (30, 1500)


def test_too_deep_in_a_later_item_of_the_slice_names_its_own_export_line():
    lines, item = _deep("", 600)
    before = list(lines[20:28])              # the item before: lines 21 to 28
    assert before[0].lstrip().startswith("<item>") and item[0].lstrip().startswith("<item>")
    with pytest.raises(ReadError) as sliced:
        read_slice("export.xml", "".join(before + item), "wxr", ((0, 21),))
    assert (sliced.value.line, sliced.value.column) == (30, 1500)
    assert str(sliced.value) == "elements nested more than 500 deep at line 30; not read"


@pytest.mark.parametrize("depth, refused", [(496, False), (497, True)])
def test_guard_slice_refuses_at_the_same_depth_as_check(depth, refused):
    # rss > channel > item > title hold the <b>s: 496 of them are 500 deep
    sliced, checked = _outcomes(*_deep("", depth))
    assert (checked is not None) is refused
    assert (sliced is not None) is refused


def test_guard_malformed_slice_is_still_placed_at_the_exports_character():
    lines, item = _deep("", 3)
    item[3] = item[3].replace("\n", " &bogus;\n")
    sliced, checked = _outcomes(lines, item)
    assert (sliced.line, sliced.column) == (checked.line, checked.column) == (32, item[3].index("&bogus;") + 1)
