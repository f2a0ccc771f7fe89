"""The built-in rules' `link:` (nu22 #10): each is a public https page, and
the one that pointed at an unrelated page no longer does."""
from __future__ import annotations

from urllib.parse import urlsplit

from lint.config import Config
from lint.engine import rules_for


def links() -> dict[str, str]:
    return {r.id: r.link for r in rules_for(Config()) if r.link}


def test_every_link_is_a_public_https_page():
    for rule_id, link in links().items():
        parts = urlsplit(link)
        assert parts.scheme == "https" and "." in parts.netloc and " " not in link, rule_id
        assert "example." not in parts.netloc, rule_id


def test_a_rule_links_to_a_page_about_it_or_to_none():
    found = links()
    # dates.after-publication pointed at Wikipedia's "Dateline", a page about
    # something else; only the rule about datelines links there now
    assert [r for r, link in found.items() if link.endswith("/wiki/Dateline")] == ["dates.dateline-mismatch"]
    assert found["hygiene.doubled-word"].endswith("/wiki/Dittography")        # the word for the slip
    assert found["hygiene.placeholder"].endswith("/wiki/To_come_(publishing)")  # TK
