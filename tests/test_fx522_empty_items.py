"""fx522: qa384 #1. A NewsML-G2 file whose reader says `file.empty` (an
item with nothing in it, a message with no item) holds no story, as a file
of white space does, so its audit rows carry no publication date under
`--published` or a config's `published:`; a message's item with a story
keeps the date, beside an empty one too. Inputs are synthetic (tmp_path)."""
from __future__ import annotations

import datetime as dt

import pytest

from audit_helpers import scheduler_args as _at, rows as _rows
from test_qa77_regressions import audit

MAR9 = dt.date(1987, 3, 9)
MESSAGE = ('<?xml version="1.0" encoding="UTF-8"?>\n<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/">\n'
           ' <header><sent>2024-01-01T00:00:00Z</sent></header>\n <itemSet>{}</itemSet>\n</newsMessage>\n')
ITEM = ('\n  <newsItem guid="{guid}" version="1" standard="NewsML-G2" standardversion="2.29">\n'
        '   <itemMeta><itemClass qcode="ninat:text"/><pubStatus qcode="stat:{status}"/></itemMeta>\n'
        '   {meta}<contentSet><inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml">'
        '<body>{body}</body></html></inlineXML></contentSet>\n  </newsItem>\n ')
STORY = ITEM.format(guid="urn:fx522:story", status="usable",
                    meta="<contentMeta><headline>Acme sets dividend</headline></contentMeta>",
                    body="<p>NEW YORK (Reuters) - Acme Corp said its board will vote on the dividend.</p>")
HOLLOW = ITEM.format(guid="urn:fx522:hollow", status="usable", meta="", body="")
KILLED = ITEM.format(guid="urn:fx522:killed", status="canceled", meta="", body="")


@pytest.fixture
def desk(tmp_path):
    for name, items in {"mixed.xml": STORY + HOLLOW, "none.xml": "", "killed.xml": KILLED}.items():
        (tmp_path / name).write_text(MESSAGE.format(items), encoding="utf-8")
    return tmp_path


def _dated(folder):
    return {(r["path"], r["article"]): r["published"] for r in _rows(folder / "_articles")}


def test_an_empty_item_beside_a_story_is_undated_and_the_story_dated(desk, audit_client):
    done = audit(desk, "mixed.xml", "none.xml", "-o", "out", "--published", "1987-03-09", *_at(audit_client))
    assert done.exit_code == 0, done.stderr      # file.empty is a warning
    dated = _dated(desk / "out")
    assert dated[("mixed.xml", "urn:fx522:story")] == MAR9
    assert dated[("mixed.xml", "urn:fx522:hollow")] is None
    assert [v for (path, _), v in dated.items() if path == "none.xml"] == [None]
    empty = {(r["path"], r["article"]): r["published"] for r in _rows(desk / "out") if r["rule"] == "file.empty"}
    assert empty and set(empty.values()) == {None}, empty
    assert {p for p, _ in empty} == {"mixed.xml", "none.xml"}


def test_a_configs_published_leaves_an_empty_item_undated_too(desk, audit_client):
    (desk / ".newslint.yaml").write_text("published: 1987-03-09\n")
    done = audit(desk, "mixed.xml", "-o", "out", *_at(audit_client))
    assert done.exit_code in (0, 1), done.stderr
    assert _dated(desk / "out") == {("mixed.xml", "urn:fx522:story"): MAR9, ("mixed.xml", "urn:fx522:hollow"): None}


def test_guard_a_withdrawn_item_is_no_empty_one_and_keeps_the_date_given(desk, audit_client):
    # a kill notice carries no content by design: no file.empty, so the date given stays
    done = audit(desk, "killed.xml", "-o", "out", "--published", "1987-03-09", *_at(audit_client))
    assert done.exit_code in (0, 1), done.stderr
    assert not [r for r in _rows(desk / "out") if r["rule"] == "file.empty"]
    assert _dated(desk / "out") == {("killed.xml", "urn:fx522:killed"): MAR9}
