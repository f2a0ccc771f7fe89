"""Audit planning: partitions hold whole articles, and a worker's slice
reads with the export's own line numbers (no Dask needed)."""
from __future__ import annotations

import json
import os

import pytest

from archive_gen import articles, write_jsonl, write_wxr

pytest.importorskip("fsspec")

from lint.audit.plan import PlanError, plan, sources  # noqa: E402
from lint.audit.work import Settings, lint_partition  # noqa: E402
from lint.config import Config  # noqa: E402
from lint.engine import lint_bytes  # noqa: E402


def findings_of(parts, settings) -> list[tuple]:
    rows = []
    for part in parts:
        columns, _, _ = lint_partition(part, settings)
        named = [a or p for a, p in zip(columns["article"], columns["path"])]   # a file's: null
        rows += zip(named, columns["line"], columns["column"], columns["rule"])
    return sorted(rows)


def whole(path) -> list[tuple]:
    result = lint_bytes(str(path), path.read_bytes(), Config())
    return sorted((d.article, d.line, d.column, d.rule) for d in result.diagnostics)


def test_jsonl_cuts_count_lines_and_skip_blank_ones(tmp_path):
    path = tmp_path / "d.jsonl"
    write_jsonl(path, articles(7, seed=1))
    text = path.read_text().splitlines(keepends=True)
    path.write_text("".join(text[:3]) + "\n\n" + "".join(text[3:]))     # two blank lines
    parts = plan([str(path)], articles_per_partition=3)
    assert [p.articles for p in parts] == [3, 3, 1]
    assert [p.pieces[0][2] for p in parts] == [1, 4, 9]      # blank lines ride along
    settings = Settings(None, (), Config())
    assert findings_of(parts, settings) == whole(path) != []


def test_wxr_cuts_keep_each_post_with_its_attachment(tmp_path):
    path = tmp_path / "export.xml"
    items = articles(40, seed=3)
    write_wxr(path, items)
    parts = plan([str(path)], articles_per_partition=7)
    assert sum(p.articles for p in parts) == 40 and len(parts) == 6
    assert any(len(p.pieces) > 1 for p in parts)          # a late attachment joins its post
    settings = Settings(None, (), Config())
    assert findings_of(parts, settings) == whole(path)
    assert any(rule == "captions.missing-credit" for *_, rule in findings_of(parts, settings))


def test_sources_walk_folders_and_refuse_nothing(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "s.md").write_text("# Hi\n")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.md").write_text("# No\n")
    (tmp_path / "notes.bin").write_text("x")
    assert sources([str(tmp_path)]) == [str(tmp_path / "a" / "s.md")]
    with pytest.raises(PlanError, match="no such file"):
        sources([str(tmp_path / "missing")])
    with pytest.raises(PlanError, match="no such file"):     # as the shell hands check such a glob
        sources([str(tmp_path / "*.txt")])
    (tmp_path / "bare").mkdir()
    with pytest.raises(PlanError, match="no article"):
        sources([str(tmp_path / "bare")])


def test_a_source_that_exists_is_that_path_and_only_a_missing_one_is_a_glob(tmp_path):
    (tmp_path / "star*.md").write_text("# Named\n")
    (tmp_path / "starlet.md").write_text("# Never named\n")
    (tmp_path / "desk [2019]").mkdir()
    (tmp_path / "desk [2019]" / "s.md").write_text("# Hi\n")
    (tmp_path / "desk 2").mkdir()                         # what `desk [2019]` as a glob would match
    (tmp_path / "desk 2" / "t.md").write_text("# No\n")
    assert sources([str(tmp_path / "star*.md")]) == [str(tmp_path / "star*.md")]
    assert sources([str(tmp_path / "desk [2019]")]) == [str(tmp_path / "desk [2019]" / "s.md")]
    # a glob where nothing is named so is still expanded (quoted from the shell)
    assert sources([str(tmp_path / "star?et.md")]) == [str(tmp_path / "starlet.md")]


def test_a_missing_source_is_a_file_missing_row_and_the_rest_is_planned(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("Council meets\n\nThe the council met.\n")
    (tmp_path / "bare").mkdir()
    empty: list[str] = []
    parts = plan(["a.txt", "nope/", "gone-*.jsonl", "bare", "nope/"], empty=empty)
    assert [(p.kind, p.paths) for p in parts] == [("files", ("a.txt",)),
                                                  ("missing", ("nope/", "gone-*.jsonl"))]
    assert empty == ["bare: no article or export files found"]
    settings = Settings(None, (), Config())
    rows = findings_of(parts, settings)
    assert [r for r in rows if r[3] == "file.missing"] == [("gone-*.jsonl", 1, 1, "file.missing"),
                                                           ("nope/", 1, 1, "file.missing")]
    assert ("a.txt", 3, 1, "hygiene.doubled-word") in rows
    ignored = Settings(None, (("ignore", ("file.missing",)),), Config())
    assert [r for r in findings_of(parts, ignored) if r[3] == "file.missing"] == []
    with pytest.raises(PlanError, match="^bare: no article"):       # nothing at all to audit
        plan(["bare"], empty=[])


def test_word_processor_files_a_walk_leaves_out_are_said_as_check_says_them(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "desk" / "sub").mkdir(parents=True)
    (tmp_path / "desk" / "a.txt").write_text("Council meets\n\nThe council met.\n")
    (tmp_path / "desk" / "story.docx").write_bytes(b"PK\x03\x04")
    (tmp_path / "desk" / "sub" / "old.PDF").write_bytes(b"%PDF-1.4")
    (tmp_path / "words").mkdir()
    (tmp_path / "words" / "b.odt").write_bytes(b"PK\x03\x04")
    left_out: list[str] = []
    parts = plan(["desk"], left_out=left_out)
    assert [p.paths for p in parts] == [("desk/a.txt",)]
    assert len(left_out) == 1 and left_out[0].startswith(
        "left out 2 word-processor or PDF files (1 .docx, 1 .pdf: desk/story.docx, desk/sub/old.PDF)")
    assert plan(["desk"]) == parts                # not asked: planned the same, nothing said
    with pytest.raises(PlanError, match=r"^words: no article .*; left out 1 word-processor or PDF file "
                                        r"\(1 \.odt: words/b\.odt\)"):
        plan(["words"], empty=[], left_out=[])


def test_articles_sharing_an_id_keep_their_own_findings_and_dates(tmp_path):
    dump = tmp_path / "dump.jsonl"
    dump.write_text('{"id": "a", "headline": "One", "body": "It it rained.", "published": "2024-01-02"}\n'
                    '{"id": "a", "headline": "Two", "body": "Dry.", "published": "2024-05-06"}\n'
                    '{"id": "a", "headline": "Three", "body": "Hot and and dry, the the end.", '
                    '"published": "2024-07-08"}\n')
    settings = Settings(Config(select=("hygiene.doubled-word",)), (), Config(), str(tmp_path))
    (part,) = plan([str(dump)])
    found, arts, _ = lint_partition(part, settings)
    assert arts["findings"] == [1, 0, 2] and arts["article"] == ["a", "a", "a"]
    assert [(line, str(day)) for line, day in zip(found["line"], found["published"])] == [
        (1, "2024-01-02"), (3, "2024-07-08"), (3, "2024-07-08")]


def test_each_local_file_gets_its_nearest_config_as_help_says(tmp_path, monkeypatch):
    from lint.audit import settings
    (tmp_path / "wire").mkdir()
    (tmp_path / "wire" / ".newslint.yaml").write_text("select: [hygiene.placeholder]\n")
    (tmp_path / ".newslint.yaml").write_text("select: [dates]\n")
    monkeypatch.chdir(tmp_path)
    chosen = settings(None)
    assert chosen.config_for("wire/a.jsonl").select == ("hygiene.placeholder",)
    assert chosen.config_for("b.jsonl").select == ("dates",)
    assert chosen.config_for("s3://desk/c.jsonl").select == ("dates",)     # a URL: the current folder's


def test_sources_leave_out_site_folders_and_excludes_as_check_does(tmp_path):
    from lint.audit import settings as audit_settings
    from lint.files import expand
    from lint.session import Session
    from test_site_folders import ARTICLE, JEKYLL, tree

    tree(tmp_path, {**JEKYLL, "drafts/memo.md": ARTICLE, "wire/feed.jsonl": "{}\n",
                    ".newslint.yaml": "exclude: [drafts/]\n"})
    walked = sources([str(tmp_path)], audit_settings().config_for)
    checked, _ = expand([str(tmp_path)], Session().config_for)
    assert sorted(walked) == sorted(checked)
    assert str(tmp_path / "wire" / "feed.jsonl") in walked          # the site's own articles
    tops = {os.path.relpath(p, tmp_path).split(os.sep)[0] for p in walked}
    assert tops == {"_posts", "about.md", "wire"}      # not _site, _layouts, vendor, drafts
    (tmp_path / ".newslint.yaml").write_text("site-folders: false\n")
    assert str(tmp_path / "_site" / "2024" / "05" / "18" / "council.md") in \
        sources([str(tmp_path)], audit_settings().config_for)


def test_a_url_folder_skips_site_folders_too():
    fsspec = pytest.importorskip("fsspec")
    fs = fsspec.filesystem("memory")
    for rel, text in {"_config.yml": "title: x\n", "_posts/a.md": "# A\n",
                      "_site/a/index.html": "<p>A</p>\n", "node_modules/x/README.md": "# x\n"}.items():
        fs.pipe(f"/site-audit/{rel}", text.encode())
    try:
        assert sources(["memory://site-audit"]) == ["memory:///site-audit/_posts/a.md"]
    finally:
        fs.rm("/site-audit", recursive=True)


def test_a_wxr_item_nested_in_an_item_leaves_its_post_in_the_audit(tmp_path):
    # Check reads the post (the nested item is no post of the channel); the
    # plan once took the nested item for the article and dropped the post.
    path = tmp_path / "export.xml"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
        'xmlns:wp="http://wordpress.org/export/1.2/">\n<channel><title>Site</title>\n'
        "<item><title>Council votes on budget</title>\n<wp:post_id>7</wp:post_id><wp:post_type>post</wp:post_type>"
        "<wp:status>publish</wp:status>\n<content:encoded><![CDATA[<p>The the council voted "
        "on Tuesday, Mayor Ann Cole said.</p>]]></content:encoded>\n"
        "<item><title>Inner</title><wp:status>draft</wp:status></item>\n</item>\n</channel></rss>\n",
        encoding="utf-8")
    parts = plan([str(path)], articles_per_partition=5)
    assert sum(p.articles for p in parts) == 1
    settings = Settings(None, (), Config())
    assert findings_of(parts, settings) == whole(path)
    assert any(rule == "hygiene.doubled-word" for *_, rule in whole(path))


def test_a_sitemap_in_an_archive_is_skipped_not_a_finding_row(tmp_path):
    # was a file.format warning row, counted in the audit's findings
    (tmp_path / "story.txt").write_text("Vote\n\nThe the council met.\n")
    (tmp_path / "sitemap.xml").write_text('<?xml version="1.0"?>\n<urlset><url><loc>https://x/'
                                          "</loc></url></urlset>\n")
    settings = Settings(Config(), (), Config(), str(tmp_path))
    rows, skipped = [], []
    for part in plan([str(tmp_path), str(tmp_path / "sitemap.xml")]):     # a walk leaves it out (nu73 #2)
        columns, _, _ = lint_partition(part, settings, skipped)
        rows += zip(columns["path"], columns["rule"])
    assert "file.format" not in {rule for _, rule in rows}
    assert ("hygiene.doubled-word" in {rule for _, rule in rows}) and len(skipped) == 1
    assert skipped[0].startswith(str(tmp_path / "sitemap.xml") + ": file.format: skipped: ")


FIFO_PLAN = """
import json, sys
from lint.audit.plan import plan
from lint.audit.work import Settings, lint_partition
from lint.config import Config
rows = []
for part in plan(sys.argv[1:], empty=[]):
    columns, _, _ = lint_partition(part, Settings(None, (), Config()))
    rows += zip(columns["path"], columns["rule"], columns["message"])
print(json.dumps(sorted(rows)))
"""


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs")
def test_a_fifo_in_a_folder_or_named_is_refused_as_check_refuses_it_never_opened(tmp_path):
    """nu26 #7: the audit opened a FIFO in the folder (or named) and waited for
    ever for a writer; check says file.unreadable and goes on. The plan and the
    worker run in a child with a timeout, so the old code fails, not hangs."""
    import subprocess
    import sys

    from conftest import ROOT

    (tmp_path / "a.txt").write_text("Council meets\n\nThe the council met.\n")
    for name in ("pipe.txt", "feed.jsonl", "export.xml", "named.md"):
        os.mkfifo(tmp_path / name)
    args = [str(tmp_path), str(tmp_path / "named.md"), str(tmp_path / "export.xml")]   # a walk's .xml: nu73 #2
    try:
        done = subprocess.run([sys.executable, "-c", FIFO_PLAN, *args], capture_output=True,
                              text=True, cwd=ROOT, timeout=120)
    except subprocess.TimeoutExpired:
        pytest.fail("the audit's plan or worker opened a FIFO and waited for a writer")
    assert done.returncode == 0, done.stderr
    rows = [tuple(r) for r in json.loads(done.stdout)]
    said = "cannot read file: a FIFO (named pipe), not a regular file; skipped"
    assert [(os.path.basename(p), rule, m) for p, rule, m in rows if rule != "hygiene.doubled-word"] == [
        (name, "file.unreadable", said) for name in ("export.xml", "feed.jsonl", "named.md", "pipe.txt")]
    assert (str(tmp_path / "a.txt"), "hygiene.doubled-word", "doubled word: 'The the'") in rows
