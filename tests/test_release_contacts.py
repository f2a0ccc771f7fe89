"""A press release's contact block is a `contact` part: no prose (no date,
quote or name checks), but placeholders left in it are found (nu15, item 5)."""
from __future__ import annotations

from lint import lint_text
from lint.ruleset import builtin_rules_dir, load_rules

LEDE = "AUSTIN, Texas -- Acme Robotics Inc. raised its revenue forecast on Tuesday, chief executive Dana Cole said.\n"
HED = "Acme Robotics raises full-year outlook\n\n"


def found(text: str) -> list[tuple[int, str]]:
    return [(d.line, d.rule) for d in lint_text(text)]


def test_placeholders_in_a_contact_block_are_found():
    assert found(HED + LEDE + "\nContacts\nMedia: Jane Whitaker, (512) 555-TK, press@acme.example\n") == \
        [(6, "hygiene.placeholder")]
    assert found(HED + LEDE + "\nContact\nJane Whitaker\n[phone number]\n") == [(7, "hygiene.placeholder")]
    # under the release notice too
    notice = "FOR IMMEDIATE RELEASE\nMedia Contact: Jane Whitaker, 555-010-TKTK\n\n"
    assert found(notice + HED + LEDE) == [(2, "hygiene.placeholder")]


def test_a_contact_block_gets_no_prose_checks():
    # a date, a quote mark and a lone surname in the contact lines: none is the story's
    block = "\nContacts\nJane Whitaker, Feb. 30 hours only, \"press\" line\nWhitaker: 555-010-1234\n"
    assert found(HED + LEDE + block) == []


def test_only_hygiene_placeholder_sees_contact_parts():
    assert sorted(r.id for r in load_rules((str(builtin_rules_dir()),)) if "contact" in r.scope) == ["hygiene.placeholder"]
