"""fx495: an existence rule's `part-messages` key that names no part kind
is refused in one line at that key (a misspelt kind was never used)."""
from __future__ import annotations

import json

import pytest


def _house(tmp_path, messages):
    pack = tmp_path / "house" / "courier"
    pack.mkdir(parents=True)
    (pack / "rule.yaml").write_text("extends: existence\nmessage: 'x %s'\ntokens: [foo]\n"
                                    "scope: [paragraph, alt]\npart-messages:\n" + messages, encoding="utf-8")
    (tmp_path / ".newslint.yaml").write_text("rules: [house]\nselect: [courier]\n", encoding="utf-8")
    post = tmp_path / "post.md"
    post.write_text("---\ntitle: T\n---\n\nText foo here.\n\n![foo](a.jpg)\n", encoding="utf-8")
    return post


@pytest.mark.parametrize("key, says", [
    ("alt-text", "'alt-text' is no part kind"),
    ("captoin", "did you mean caption?"),
    ("prose", "'prose' names a scope, not a part kind"),
])
def test_an_unknown_part_kind_is_refused_at_its_key(run_cli, tmp_path, key, says):
    post = _house(tmp_path, f"  alt: 'alt %s'\n  {key}: 'y %s'\n")
    result = run_cli("check", post, cwd=tmp_path)
    lines = result.stderr.strip().splitlines()
    assert result.exit_code == 2 and len(lines) == 1, result.stderr
    assert "rule.yaml:7:3:" in lines[0] and "part-messages" in lines[0] and says in lines[0], lines
    assert "Traceback" not in result.stderr
    if "scope" not in says:
        assert "alt, field" in lines[0]       # the kinds there are


def test_known_part_kinds_still_load_and_give_their_message(run_cli, tmp_path):
    post = _house(tmp_path, "  alt: 'alt %s'\n  paragraph: 'para %s'\n")
    result = run_cli("check", "--format", "json", post, cwd=tmp_path)
    assert result.exit_code in (0, 1), result.stderr     # (warnings fail no run by default)
    found = [f["message"] for f in json.loads(result.stdout) if f["rule"] == "courier.rule"]
    assert sorted(found) == ["alt foo", "para foo"], found
