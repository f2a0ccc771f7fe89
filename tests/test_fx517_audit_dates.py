"""An audit row's `published` is the date the article's lint settled
(`publication.settle`), carried by the lint's result (`FileResult.dates`
for an export's articles, the result's `document` for a file of one), never
settled a second time by the audit (`audit.work.dated`). The rows stay as
fx516 made them (qa376 #1): `--published` or the config's `published:` over
the article's own, a refused one dropped, the section a site's folder gives."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from lint import publication
from lint.config import Config
from lint.engine import lint_bytes
from test_fx516_audit_dates import BODY, WXR

STORY = "---\ntitle: Acme sets dividend\n---\n\n" + BODY + "\n"


def _jsonl(*dates: str | None) -> str:
    return "".join(json.dumps({"id": f"a{i}", "headline": "Acme sets dividend", "body": BODY,
                               **({"date": d} if d else {})}) + "\n" for i, d in enumerate(dates))


@pytest.fixture
def settles(monkeypatch):
    """How many times a publication date is settled, by anyone (the engine
    calls `publication.settle`; an audit that settles again would too)."""
    from lint.audit import work

    calls = []
    real = publication.settle

    def counted(doc, config):
        calls.append(doc.article or doc.path)
        return real(doc, config)

    monkeypatch.setattr(publication, "settle", counted)
    if hasattr(work, "settle"):         # a name of its own, bound at import
        monkeypatch.setattr(work, "settle", counted)
    return calls


@pytest.fixture
def archive(tmp_path, monkeypatch):
    (tmp_path / "d.jsonl").write_text(_jsonl("1987-02-20", None, "9999-12-31"))
    (tmp_path / "wp.xml").write_text(WXR)
    (tmp_path / "hugo" / "content" / "business").mkdir(parents=True)
    (tmp_path / "hugo" / "hugo.toml").write_text('title = "Gazette"\n')
    (tmp_path / "hugo" / "content" / "business" / "acme.md").write_text(STORY)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _audited(folder, specs, **plan_kw) -> dict:
    """{(path, article): (published, section)} of the `_articles` rows, and
    the finding rows' dates checked against them."""
    pytest.importorskip("pyarrow")
    from lint.audit.plan import plan
    from lint.audit.work import Settings, lint_partition

    settings = Settings(None, (), Config(), str(folder))
    rows: dict = {}
    for part in plan(specs, **plan_kw):
        findings, articles, problems = lint_partition(part, settings)
        assert problems == []
        got = dict(zip(zip(articles["path"], articles["article"]), zip(articles["published"], articles["section"])))
        for path, article, published in zip(findings["path"], findings["article"], findings["published"]):
            assert got[path, article][0] == published
        rows.update(got)
    return rows


OWN = {("d.jsonl", "a0"): dt.date(1987, 2, 20), ("d.jsonl", "a1"): None, ("d.jsonl", "a2"): None,
       ("wp.xml", "12"): dt.date(1987, 2, 20), ("hugo/content/business/acme.md", None): None}
SPECS = ["d.jsonl", "wp.xml", "hugo"]


@pytest.mark.parametrize("plan_kw", [{}, {"articles_per_partition": 1}], ids=["whole", "slices"])
def test_each_article_s_date_is_settled_once_by_its_lint(archive, settles, plan_kw):
    (archive / ".newslint.yaml").write_text("published: 1987-03-09\n")
    rows = _audited(archive, SPECS, **plan_kw)
    assert {k: v[0] for k, v in rows.items()} == dict.fromkeys(OWN, dt.date(1987, 3, 9))
    assert sorted(settles) == sorted(["a0", "a1", "a2", "12", "hugo/content/business/acme.md"])


def test_guard_without_a_date_given_each_row_keeps_the_articles_own(archive, settles):
    rows = _audited(archive, SPECS)
    assert {k: v[0] for k, v in rows.items()} == OWN      # 9999-12-31 refused: undated
    assert len(settles) == len(OWN)


def test_guard_a_refused_published_leaves_the_articles_own_and_the_section(archive):
    (archive / ".newslint.yaml").write_text("published: 0001-01-01\n")
    rows = _audited(archive, SPECS)
    assert {k: v[0] for k, v in rows.items()} == OWN
    # the folder's section reaches the row whatever its date (it was placed before the copy)
    assert rows["hugo/content/business/acme.md", None] == (None, "business")
    assert rows["wp.xml", "12"] == (dt.date(1987, 2, 20), None)     # a post of no category


def test_guard_a_given_date_keeps_the_folder_s_section(archive):
    (archive / ".newslint.yaml").write_text("published: 1987-03-09\n")
    rows = _audited(archive, ["hugo"])
    assert rows == {("hugo/content/business/acme.md", None): (dt.date(1987, 3, 9), "business")}


@pytest.mark.parametrize("published, dates", [
    (None, [dt.date(1987, 2, 20), None, None]),                     # own; none; a placeholder refused
    (dt.date(1987, 3, 9), [dt.date(1987, 3, 9)] * 3),               # the config's over each
    (dt.date(1, 1, 1), [dt.date(1987, 2, 20), None, None]),         # refused: each its own
])
def test_an_export_s_result_carries_each_article_s_settled_date(published, dates):
    result = lint_bytes("d.jsonl", _jsonl("1987-02-20", None, "9999-12-31").encode(), Config(published=published))
    assert result.dates == dates
    # the export itself is left as read: its articles keep their own dates
    assert [a.published for a in result.document.articles] == [dt.date(1987, 2, 20), None, None]


def test_a_file_of_one_article_carries_its_date_in_its_document():
    result = lint_bytes("a.md", STORY.encode(), Config(published=dt.date(1987, 3, 9)))
    assert result.dates == [] and result.document.published == dt.date(1987, 3, 9)
