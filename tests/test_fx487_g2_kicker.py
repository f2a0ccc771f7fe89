"""fx487 (fx482 leftover): a NewsML-G2 `contentMeta/headline` whose role names
a kicker or overline above the hed is a `kicker` field, as the HTML reader
makes one, never a dek whose figures `titles.dek-disagrees` compares with the
hed's; a lone one still leaves the item with no headline."""
from __future__ import annotations

import pytest

from test_qa324_review import G2, g2_missing_headline
from test_qa334_review import NO_HED

HED = "<headline>Bus fares to rise 25 cents</headline>"
KICKER_TEXT = "Fares up 50 cents in 2026"


def _dek_findings(meta: str):
    from lint.config import Config
    from lint.engine import active_rules, lint_document
    from lint.readers import read_bytes
    config = Config(select=("titles.dek-disagrees",))
    doc = read_bytes("item.xml", G2.format(meta=meta).encode("utf-8"))
    return [(doc.source[d.offset:d.end_offset], d.message)
            for d in lint_document(doc, active_rules(config), config).diagnostics]


def _parts(meta: str):
    from lint.readers import read_bytes
    doc = read_bytes("item.xml", G2.format(meta=meta).encode("utf-8"))
    return doc, [p for p in doc.parts if p.kind in ("headline", "dek", "field") and p.name != "versionCreated"]


ROLES = ['role="hld:kicker"', 'role="acme:overline"', 'role="hld:eyebrow"', 'role="acme:supertitle"',
         'role="acme:kickerHeadline"', 'role="acme:Over-Line"', 'roleuri="http://cv.example.com/roles#kicker"']


@pytest.mark.parametrize("attr", ROLES)
def test_a_kicker_role_gives_no_dek_finding(attr):
    assert _dek_findings(HED + f"<headline {attr}>{KICKER_TEXT}</headline>") == []


@pytest.mark.parametrize("attr", ROLES)
def test_a_kicker_above_the_hed_gives_no_dek_finding(attr):
    assert _dek_findings(f"<headline {attr}>{KICKER_TEXT}</headline>" + HED) == []


def test_the_kicker_is_a_field_named_kicker_at_its_own_text():
    doc, parts = _parts(HED + f'<headline role="hld:kicker">{KICKER_TEXT}</headline>')
    assert [(p.kind, p.name, p.text) for p in parts] == [
        ("headline", "", "Bus fares to rise 25 cents"), ("field", "kicker", KICKER_TEXT)]
    kicker = parts[1]
    start = doc.source.index('<headline role="hld:kicker">') + len('<headline role="hld:kicker">')
    assert kicker.source_span(0, len(kicker.text)) == (start, start + len(KICKER_TEXT))


@pytest.mark.parametrize("attr", ['role="hld:kicker"', 'role="acme:overline"', 'role="hld:eyebrow"',
                                  'role="acme:supertitle"', 'roleuri="urn:x:hldrole:overline"'])
def test_a_lone_kicker_is_still_no_headline(attr):
    assert g2_missing_headline(f"<headline {attr}>{KICKER_TEXT}</headline>") == NO_HED


# The nearest shapes that must not change.
def test_a_subheadline_with_another_figure_is_still_a_dek_finding():
    found = _dek_findings(HED + f'<headline role="hld:subHeadline">{KICKER_TEXT}</headline>')
    assert [at for at, _ in found] == ["50 cents"]


def test_a_main_role_beside_a_kicker_role_is_the_hed():
    meta = '<headline role="hld:main hld:kicker">Bus fares to rise 25 cents</headline>'
    assert g2_missing_headline(meta) == []
    _, parts = _parts(meta)
    assert [(p.kind, p.text) for p in parts] == [("headline", "Bus fares to rise 25 cents")]


@pytest.mark.parametrize("role", ["hld:subHeadline", "hld:teaser", "hld:summary", "acme:tease"])
def test_other_roles_stay_deks(role):
    _, parts = _parts(HED + f'<headline role="{role}">{KICKER_TEXT}</headline>')
    assert [(p.kind, p.name) for p in parts] == [("headline", ""), ("dek", role)]
