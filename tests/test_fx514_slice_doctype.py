"""fx514 (qa369 #6): an audit's slice of a WordPress export under a DOCTYPE
naming a DTD reads entities as check reads the whole export: an HTML name
(`&eacute;`) is its character, any other (`&widget;`) is left out with one
file.xml warning, and the slice's posts are linted. Guards: an export with
no DOCTYPE is still never cut over an undefined entity (read whole, the
error check gives), and one with a DOCTYPE but no entity agrees as before."""
from __future__ import annotations

import shutil

import pytest

from test_qa101_regressions import HEAD, _both, _item

fsspec = pytest.importorskip("fsspec")

DOCTYPE = '<!DOCTYPE rss SYSTEM "wxr.dtd">\n'


def _export(items, doctype: str = DOCTYPE) -> bytes:
    head = HEAD.format(enc="UTF-8")
    decl, rest = head.split("\n", 1)
    return (decl + "\n" + doctype + rest + "".join(items) + "</channel>\n</rss>\n").encode("utf-8")


POSTS = [_item(1, title="Council &widget; meets", body="The council met and the the vote passed. TK."),
         _item(2, title="Caf&eacute; opens", body="It costs TK, said the mayor."),
         _item(3, title="Plan &w1; and &w2; fail", body="The the end came on Monday.")]


def _slice_doc(path: str, per: int):
    from lint.audit.wxr_plan import cuts
    from lint.readers import read_slice
    data = open(path, "rb").read()
    docs = []
    for pieces, _posts, codec, _said in cuts(fsspec, path, per):
        source, offset, places = "", 0, []
        for start, end, line, column in pieces:
            places.append((offset, line, column))
            source += data[start:end].decode(codec)
            offset += end - start
        docs.append(read_slice(path, source, "wxr", tuple(places)))
    return docs


def test_each_slice_says_its_own_entities_and_reads_html_names(tmp_path):
    (tmp_path / "wp.xml").write_bytes(_export(POSTS))
    docs = _slice_doc(str(tmp_path / "wp.xml"), 1)
    said = [[n.message.split("'")[1] for n in d.notices if n.rule == "file.xml"] for d in docs]
    assert said == [["&widget;"], [], ["&w1;", "&w2;"]], said
    titles = [p.text for d in docs for a in d.articles for p in a.parts if p.kind == "headline"]
    assert "Café opens" in titles, titles


SUBSET = '<!DOCTYPE rss SYSTEM "wxr.dtd" [\n  <!-- a ] and a > -->\n  <?pi ]> ?>\n]>\n'
CASES = {
    "entities": lambda: _export(POSTS),
    "two-in-one-title": lambda: _export([_item(1, title="Caf&eacute; &widget;"), *POSTS[1:]]),
    "crlf": lambda: _export(POSTS).replace(b"\n", b"\r\n"),
    "subset-with-comment-and-pi": lambda: _export(POSTS, doctype=SUBSET),
    "one-line": lambda: _export(POSTS).replace(b"\n", b""),
    "utf-16": lambda: _export(POSTS).decode().replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16"),
    "latin1-label-over-utf8": lambda: _export([_item(1, title="Caf\u00e9 &widget;"), *POSTS[1:]]).replace(
        b'encoding="UTF-8"', b'encoding="ISO-8859-1"'),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_the_audit_gives_checks_rows_under_a_doctype(tmp_path, audit_client, run_cli, case):
    (tmp_path / "wp.xml").write_bytes(CASES[case]())
    for size in ("1", "2", "1000"):
        rows, audited = _both(tmp_path, audit_client, run_cli, ["wp.xml"], "--partition-size", size)
        assert any(r[6] == "file.xml" for r in rows), rows
        assert audited == rows, size
        shutil.rmtree(tmp_path / "out")


def test_the_doctype_is_each_slices_first_piece(tmp_path):
    from lint.audit.wxr_plan import cuts
    data = _export(POSTS, doctype=SUBSET)
    (tmp_path / "wp.xml").write_bytes(data)
    firsts = [pieces[0] for pieces, *_ in cuts(fsspec, str(tmp_path / "wp.xml"), 1)]
    assert len(firsts) == 3 and len(set(firsts)) == 1, firsts
    start, end, line, column = firsts[0]
    assert data[start:end] == SUBSET.rstrip("\n").encode() and (line, column) == (2, 1), firsts


def test_guard_no_doctype_is_never_cut_over_an_undefined_entity(tmp_path):
    from lint.audit.wxr_plan import Unplanned, cuts
    (tmp_path / "wp.xml").write_bytes(_export(POSTS, doctype=""))
    with pytest.raises(Unplanned):
        list(cuts(fsspec, str(tmp_path / "wp.xml"), 1))


def test_guard_no_doctype_audit_and_check_agree_on_the_error(tmp_path, audit_client, run_cli):
    (tmp_path / "wp.xml").write_bytes(_export(POSTS, doctype=""))
    rows, audited = _both(tmp_path, audit_client, run_cli, ["wp.xml"], "--partition-size", "1")
    assert rows and audited == rows


def test_guard_slice_with_a_stray_entity_and_no_plan_is_still_malformed_in_place(tmp_path):
    """A slice is fed under a DTD-naming DOCTYPE; malformed XML in it is placed in the file as before (expat stands past `</`)."""
    from lint.readers import ReadError, read_slice
    source = "<item><title>x</item>"
    with pytest.raises(ReadError) as err:
        read_slice(str(tmp_path / "wp.xml"), source, "wxr", ((0, 7, 3),))
    assert (err.value.line, err.value.column) == (7, 19) and "mismatched tag" in str(err.value), err.value
