"""A press release's contact block is a `contact` part: no prose (no date,
quote or name checks), but placeholders left in it are found (nu15, item 5)."""
from __future__ import annotations

from lint import lint_text
from lint.rule_sets import load_rules
from lint.ruleset import builtin_rules_dir

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


def test_a_contact_block_in_markdown_and_html_is_a_contact_part():
    dated = "Jane Whitaker, Monday, March 4, 2025, 555-010-TK"      # March 4, 2025 was a Tuesday
    md_hed = "# Acme Robotics raises full-year outlook\n\n"
    html = f"<h1>Acme Robotics raises full-year outlook</h1><p>{LEDE.strip()}</p><p>Contacts<br>{dated}</p>"
    for text, path, line in ((md_hed + LEDE + f"\nContacts\n{dated}\n", "r.md", 6), (html, "r.html", 1)):
        # the placeholder is found; the weekday in the contact line is no story's date
        assert [(d.line, d.rule) for d in lint_text(text, path)] == [(line, "hygiene.placeholder")]
    # names and phones under a `Media Contact` heading
    text = md_hed + LEDE + "\n### Media Contact\n\nJane Whitaker, Monday, March 4, 2025  \n555-010-1234\n"
    assert [d.rule for d in lint_text(text, "r.md")] == []
    # a sentence after `Contact:` is the story's, and keeps its checks
    text = md_hed + LEDE + "\nContact: the mayor's office said on Monday, March 4, 2025, it would not comment.\n"
    assert [d.rule for d in lint_text(text, "r.md")] == ["dates.weekday-mismatch"]
