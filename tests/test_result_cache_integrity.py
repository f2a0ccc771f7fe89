"""Each result-cache entry ends with a CRC-32 (`cache_dir.seal`): a damaged
entry is a miss, linted again and overwritten, never a report of findings the
file does not have. Marshal reads a flipped byte in a string without an error,
so before the check a cached run reported the damaged text as a finding."""
from __future__ import annotations

import json

import pytest

ARTICLE = "Council meets\n\nThe council met on May 18th to vote. TK\n"


@pytest.fixture
def site(tmp_path):
    folder = tmp_path / "site"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    return folder


def check(run_cli, site, cache):
    result = run_cli("check", "--format", "json", "--no-progress", "--cache-dir", cache, site)
    assert result.exit_code == 1, result.output
    return json.loads(result.stdout)


def flipped(raw: bytes) -> bytes:
    assert raw.count(b"'18th' -> '18'") == 1
    return raw.replace(b"'18th' -> '18'", b"'19th' -> '19'")


@pytest.mark.parametrize("damage", [flipped, lambda raw: raw[:-9], lambda raw: raw[:3],
                                    lambda raw: b"\x7f" * len(raw)],
                         ids=["flipped-bytes", "truncated", "cut-to-3-bytes", "garbage"])
def test_a_damaged_entry_is_linted_again_and_overwritten(run_cli, site, tmp_path, damage,
                                                        monkeypatch):
    cache = tmp_path / "cache"
    first = check(run_cli, site, cache)
    assert "'18th' -> '18'" in first[0]["message"]
    (entry,) = cache.rglob("*.marshal")
    good = entry.read_bytes()
    entry.write_bytes(damage(good))

    from lint.session import Session
    linted = []
    real = Session.lint_bytes
    monkeypatch.setattr(Session, "lint_bytes",
                        lambda self, path, *rest: linted.append(path) or real(self, path, *rest))
    assert check(run_cli, site, cache) == first
    assert linted == [str(site / "a.txt")]            # a miss: linted again
    assert entry.read_bytes() == good                 # and the entry rewritten whole
    assert check(run_cli, site, cache) == first and len(linted) == 1   # a hit again
