"""fx543: a web URL's format is its path's (RFC 3986 §3.3: the query and
the fragment after it left out), an S3 object's its key's (without s3fs's
`?versionId=`), behind cache layers and archives alike (qa402 #4). Guards:
a local path's, a file:// URL's and an archive member's own `?` or `#`
stays in its name; a URL without a query is judged as before."""
from __future__ import annotations

import pytest

from lint.format_names import format_ext, format_name


@pytest.mark.parametrize("url, name", [
    ("https://h/news/a.html?x=1", "https://h/news/a.html"),
    ("http://h/a.md#top", "http://h/a.md"),
    ("HTTPS://h/a.md?b=c.txt#d.xml", "HTTPS://h/a.md"),
    ("https://h/a.jsonl#x?y", "https://h/a.jsonl"),
    ("blockcache::https://h/feed.xml?page=2", "h/feed.xml"),
    ("s3://b/a.md?versionId=3", "s3://b/a.md"),
    ("s3a://b/d/a.html?versionId=x", "s3a://b/d/a.html"),
    ("zip://::https://h/z.zip?token=1", "h/z.zip"),
])
def test_a_web_or_s3_url_is_named_by_its_path(url, name):
    assert format_name(url) == name


@pytest.mark.parametrize("path, ext", [
    ("notes/a#1.md", ".md"),
    ("what?.md", ".md"),
    ("file:///d/a#1.md", ".md"),
    ("file:///d/a.md#1", ".md#1"),            # a file named so: its own name, as check reads it
    ("zip://a.md?x::https://h/z.zip?y", ".md?x"),
    ("zip://a#1.md::file:///z.zip", ".md"),
    ("memory://d/a.md?x=1", ".md?x=1"),
    ("s3://b/what?.md", ".md"),              # a key's own `?`: not a version
    ("s3://b/a.md#top", ".md#top"),
    ("https://h/news/a.html", ".html"),
    ("simplecache::s3://b/a.md", ".md"),
])
def test_guard_other_names_keep_their_question_marks_and_hashes(path, ext):
    assert format_ext(path) == ext
