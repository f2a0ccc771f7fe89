"""fx573: check's 'no article files to lint here (folders are walked for ...)'
names the .xml a walk reads by its root (qa428 #3); a line of an older
newslint, without it, is still told as newslint's own in a saved report."""
from __future__ import annotations

import re

from lint.readers._own_reports import NEWS_XML, NO_ARTICLES, STDERR, STDERR_LINES

EXTS = ".md .markdown .mdown .mkd .mdx .html .htm .xhtml .txt .text .nitf .jsonl .ndjson"


def test_an_empty_folder_says_the_xml_it_walks(run_cli, tmp_path):
    (tmp_path / "only").mkdir()
    (tmp_path / "only" / "sitemap.xml").write_text("<?xml version='1.0'?>\n<urlset/>\n")
    done = run_cli("check", "--no-cache", "only", cwd=tmp_path)
    assert done.exit_code == 0
    assert (f"newslint: no article files to lint here (folders are walked for {EXTS} and NITF, "
            "NewsML-G2 or WordPress .xml)") in done.stderr.splitlines()


def test_guard_an_older_line_and_the_new_one_are_both_ours():
    for xml in ("", NEWS_XML):
        for left_out in ("", "; the config's exclude: skips files"):
            line = STDERR + NO_ARTICLES.format(extensions=EXTS, xml=xml, left_out=left_out)
            assert re.fullmatch(STDERR_LINES, line), line
    assert not re.fullmatch(STDERR_LINES, STDERR + NO_ARTICLES.format(
        extensions=EXTS, xml=" and sitemaps", left_out=""))
