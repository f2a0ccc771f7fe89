"""fx527 (qa386 #1): findings of an export's articles that tie on path,
line, column, rule and message come in the file's order of their articles
(`Diagnostic.article_at`, where each article starts), never in a set's order
that changes with PYTHONHASHSEED; the engine drops repeats keeping the first.
Guards: a finding's identity (equality, hash: baselines, dedupe) is as before."""
from __future__ import annotations

import datetime as dt
import json

from lint.config import Config
from lint.diagnostic import Diagnostic
from lint.engine import lint_bytes
from test_qa386_review import _check, _jsonl

REFUSED = "file.implausible-date"
GIVEN = ("--published", "0001-01-01")


def _refused(findings) -> list[tuple]:
    """(article, line, column) of each refused-date warning, in report order."""
    return [(f.get("article") or None, f["line"], f["column"]) for f in findings if f["rule"] == REFUSED]


def _checked(folder, spec: str, *args: str) -> list[dict]:
    done = _check(folder, [spec], *args, "--format", "json")
    assert done.returncode in (0, 1), done.stderr
    return json.loads(done.stdout)


def test_sort_key_breaks_a_tie_by_where_the_article_starts():
    tied = [Diagnostic("d.jsonl", 1, 1, 1, 1, REFUSED, "warning", "m", article=a, article_at=at)
            for a, at in (("c", 90), ("a", 0), ("b", 40))]
    assert [d.article for d in sorted(tied, key=Diagnostic.sort_key)] == ["a", "b", "c"]
    # never compared or hashed: a finding's identity (baselines, dedupe) is as before
    assert Diagnostic("p", 1, 1, 1, 1, "r", "warning", "m", article_at=5) == \
        Diagnostic("p", 1, 1, 1, 1, "r", "warning", "m")


def test_each_article_s_findings_carry_its_start(tmp_path):
    data = _jsonl({"id": "a0"}, {"id": "a1"}).encode()
    result = lint_bytes("d.jsonl", data, Config(published=dt.date(1, 1, 1)))
    starts = {a.article: a.article_at for a in result.document.articles}
    assert starts == {"a0": 0, "a1": data.decode().index("\n") + 1}
    assert result.diagnostics and all(d.article_at == starts[d.article] for d in result.diagnostics)


def test_tied_articles_come_in_file_order_under_every_hash_seed(tmp_path):
    """Six articles' refused warnings that say the same (wherever placed)."""
    (tmp_path / "d.jsonl").write_text(_jsonl(*({"id": f"a{5 - i}", "date": "1987-02-20"} for i in range(6))))
    runs = [_check(tmp_path, ["d.jsonl"], *GIVEN, "--format", "json", seed=seed).stdout for seed in (1, 2, 3)]
    assert runs[0] == runs[1] == runs[2]
    assert [a for a, _, _ in _refused(json.loads(runs[0]))] == [f"a{5 - i}" for i in range(6)]
