"""What a skipped .xml file is called (fx102, qa64 #11): no `<<<>` or `<?>`
for XML without a root element, and a broken symlink in a walk is a file
that cannot be read, not one with no root element."""
from __future__ import annotations

import os

import pytest


@pytest.mark.parametrize("data, said", [
    (b"garbage <<<\n", "XML with no root element found"),
    (b"<?xml version='1.0'?>\n<!-- only a comment -->\n", "XML with no root element found"),
    (b"<?xml version='1.0'?>\n<urlset/>\n", "XML with root element <urlset>")])
def test_a_named_xml_file_of_no_article_format_says_its_root_or_none(run_cli, tmp_path, data, said):
    (tmp_path / "f.xml").write_bytes(data)
    err = run_cli("check", "f.xml", cwd=tmp_path).stderr
    assert f"skipped: not an article format ({said}, not NITF, NewsML-G2 or a WordPress export)" in err


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks")
def test_a_broken_symlink_in_a_walk_is_its_file_missing_line_not_no_root(run_cli, tmp_path):
    # (fx589, qa444 #2: read as a walked .md is, so said without -v too, never counted as skipped)
    feed = tmp_path / "feed"
    feed.mkdir()
    (feed / "a.md").write_text("# Council meets\n\nThe council met.\n")
    (feed / "bad.xml").write_bytes(b"garbage <<<")
    os.symlink("gone.xml", feed / "broken.xml")
    done = run_cli("check", "feed", "-v", cwd=tmp_path)
    said = [x for x in done.stderr.splitlines() if ".xml file" in x]
    assert said == ["newslint: skipped 1 .xml file in feed (1 with no root element found; a walk reads an "
                    ".xml only when its root is NITF, NewsML-G2 or WordPress; name them, e.g. feed/*.xml, "
                    "to lint NITF, NewsML-G2 or WordPress exports)"]
    assert "feed/broken.xml:1:1: error [file.missing] broken symlink: its target 'gone.xml' does not exist" \
        in done.stdout
