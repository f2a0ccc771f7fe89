"""fx482 (qa334 #4, #5, #6): which NewsML-G2 `contentMeta/headline` is the hed.
No role or `hld:main` leads, then a role that names no dek or kicker; the
others are deks; `roleuri` gives the role when `role` is absent; the hed is
called "headline" in messages."""
from __future__ import annotations

import pytest

from test_qa324_review import G2, g2_missing_headline
from test_qa334_review import NO_HED, _g2_disagree


def _parts(meta):
    from lint.readers import read_bytes
    doc = read_bytes("item.xml", G2.format(meta=meta).encode("utf-8"))
    return [(p.kind, p.name, p.text) for p in doc.parts if p.kind in ("headline", "dek")]


MAIN, SUB = "Council passes budget", "Vote was 7-2"


@pytest.mark.parametrize("meta", [
    f'<headline role="hld:subHeadline">{SUB}</headline><headline role="hld:main">{MAIN}</headline>',
    f'<headline role="acme:webHed">{MAIN}</headline><headline role="hld:subHeadline">{SUB}</headline>',
    f'<headline roleuri="http://cv.example.com/hldrole/main">{MAIN}</headline>'
    f'<headline roleuri="http://cv.example.com/hldrole/subHeadline/">{SUB}</headline>',
    f'<headline role="hld:main hld:web">{MAIN}</headline><headline role="hld:subHeadline">{SUB}</headline>',
], ids=["dek-first", "own-role", "roleuri", "role-list"])
def test_the_hed_is_found_beside_a_dek(meta):
    assert [(k, t) for k, _, t in _parts(meta)] == [("dek", SUB), ("headline", MAIN)] \
        if meta.startswith('<headline role="hld:subHeadline"') else [("headline", MAIN), ("dek", SUB)]
    assert g2_missing_headline(meta) == []


def test_a_plain_headline_leads_a_role_of_its_own():
    meta = f'<headline role="acme:webHed">Web hed</headline><headline>{MAIN}</headline>'
    assert [(k, t) for k, _, t in _parts(meta)] == [("dek", "Web hed"), ("headline", MAIN)]


def test_a_second_main_headline_is_a_dek():
    meta = f'<headline>{MAIN}</headline><headline role="hld:main">Another</headline>'
    assert [(k, t) for k, _, t in _parts(meta)] == [("headline", MAIN), ("dek", "Another")]


def test_the_hed_has_no_name_and_the_dek_keeps_its_role():
    meta = f'<headline role="hld:main">{MAIN}</headline><headline role="hld:subHeadline">{SUB}</headline>'
    assert _parts(meta) == [("headline", "", MAIN), ("dek", "hld:subHeadline", SUB)]


def test_a_blank_main_headline_gives_way_to_a_filled_one():
    meta = f'<headline> </headline><headline role="acme:webHed">{MAIN}</headline>'
    assert g2_missing_headline(meta) == []
    assert [(k, t) for k, _, t in _parts(meta)] == [("headline", MAIN)]


@pytest.mark.parametrize("meta", [
    '<headline role="hld:main"> </headline>',
    f'<headline role="hld:main"> </headline><headline role="hld:subHeadline">{SUB}</headline>',
])
def test_a_blank_role_d_hed_is_named(meta):
    assert g2_missing_headline(meta) == ["no headline: the article's <headline> in <contentMeta> is blank"]


@pytest.mark.parametrize("uri", ["http://cv.example.com/hldrole/subHeadline",
                                 "http://cv.example.com/hldrole/deck/",
                                 "http://cv.example.com/roles#kicker",
                                 "urn:example:hldrole:standfirst"])
def test_a_lone_dek_by_roleuri_is_no_headline(uri):
    assert g2_missing_headline(f'<headline roleuri="{uri}">{SUB}</headline>') == NO_HED


def test_role_wins_over_roleuri():
    meta = f'<headline role="hld:main" roleuri="http://cv.example.com/hldrole/subHeadline">{MAIN}</headline>'
    assert g2_missing_headline(meta) == []


@pytest.mark.parametrize("meta", [
    '<headline roleuri="http://cv.example.com/hldrole/main">Council passes $15 million budget</headline>',
    '<headline role="hld:main">Council passes $15 million budget</headline>'
    '<headline role="hld:subHeadline">Vote was 7-2</headline>',
])
def test_the_role_d_hed_is_called_the_headline(meta):
    assert _g2_disagree(meta) == ["title and headline disagree (a number): '$12 million'"]
