"""Golden tests: the CLI's text output over every fixture article.

Each `fixtures/**/NAME.EXT` has `NAME.EXT.expected` beside it. A folder's
`.newslint.yaml` chooses the rule packs its fixtures exercise, so adding a
rule to one pack does not churn every golden file. Regenerate after a
deliberate change with `python tests/update_goldens.py`: it proposes
`*.expected.new` files and prints the diff; `--accept` replaces the goldens.
"""
from __future__ import annotations

import pytest

from conftest import FIXTURES, ROOT
from golden import ARTICLE_SUFFIXES, expected_path, golden_output

ARTICLES = sorted(p for p in FIXTURES.rglob("*") if p.suffix in ARTICLE_SUFFIXES)


def test_every_fixture_has_a_golden_file():
    missing = [str(p.relative_to(ROOT)) for p in ARTICLES if not expected_path(p).exists()]
    assert ARTICLES and not missing, f"no .expected file for: {missing}"


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: str(p.relative_to(FIXTURES)))
def test_fixture_output_matches_golden(article):
    want = expected_path(article).read_text(encoding="utf-8")
    assert golden_output(article) == want


def test_update_goldens_proposes_and_only_accept_replaces(tmp_path, capsys):
    from update_goldens import review

    golden = tmp_path / "a.txt.expected"
    golden.write_text("old line\nexit: 1\n", encoding="utf-8")
    assert review(golden, "new line\nexit: 1\n", accept=False)
    assert golden.read_text(encoding="utf-8") == "old line\nexit: 1\n"          # untouched
    assert (tmp_path / "a.txt.expected.new").read_text(encoding="utf-8") == "new line\nexit: 1\n"
    shown = capsys.readouterr().out
    assert "-old line\n+new line\n" in shown and "proposed " in shown
    assert review(golden, "new line\nexit: 1\n", accept=True)
    assert golden.read_text(encoding="utf-8") == "new line\nexit: 1\n"
    assert not (tmp_path / "a.txt.expected.new").exists()
    assert not review(golden, "new line\nexit: 1\n", accept=False)             # nothing to review

