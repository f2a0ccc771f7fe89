"""fx538: a `::` chains fsspec layers only where a URL with a protocol
follows it (qa402 #2, #6's naming): a folder or a member named with `::`
is one name, judged by its own extension. Guards keep every chain shape
fx536 judged by its member."""
from __future__ import annotations

import pytest

from lint.format_names import format_ext, format_name
from lint.readers import read_bytes

DOUBLED = "# Council\n\nThe the council met on Tuesday.\n"


@pytest.mark.parametrize("path", ["file:///d/desk::2019/a.md", "s3://b/desk::2019/a.md",
                                  "memory://x::y/a.md", "s3://b/a::b::c.md"])
def test_a_url_whose_path_holds_double_colon_is_its_own_name(path):
    assert format_name(path) == path
    assert format_ext(path) == ".md"


@pytest.mark.parametrize("path, name", [
    ("zip://desk::2019/a.md::file:///z.zip", "desk::2019/a.md"),
    ("tar://n::a.html::s3://b/t.tar", "n::a.html"),
    ("simplecache::zip://x::y.md::file:///z.zip", "x::y.md"),
    ("zip://a::b.md::tar://in::1.zip::file:///o.tar", "a::b.md"),
])
def test_a_member_named_with_double_colon_is_judged_by_its_whole_name(path, name):
    assert format_name(path) == name


def test_a_member_named_with_double_colon_reads_as_its_own_format():
    url = "zip://desk::2019/a.md::file:///z.zip"
    assert read_bytes(url, DOUBLED.encode()).format == "markdown"


@pytest.mark.parametrize("path, name", [
    ("zip://g/a.md::file:///tmp/z.zip", "g/a.md"),
    ("simplecache::zip://g/a.html::s3://b/z.zip", "g/a.html"),
    ("filecache::blockcache::zip://a.md::s3://b/z.zip", "a.md"),      # two bare layers
    ("zip://a.md::simplecache::s3://b/z.zip", "a.md"),                 # a bare layer after the member
    ("zip://::tar://in.zip::file:///o.tar", "in.zip"),
    ("zip://::file:///tmp/z.zip", "/tmp/z.zip"),
])
def test_guard_chains_are_still_judged_by_their_member(path, name):
    assert format_name(path) == name


@pytest.mark.parametrize("path", ["notes::a.zip", "desk::2019/notes.ann", "simplecache::a.md",
                                  "a::b::c.txt", "2019::zip://a.md"])
def test_guard_local_names_with_double_colon_are_their_own(path):
    assert format_name(path) == path
