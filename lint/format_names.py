"""The name a file's format is judged by. A chained fsspec URL names a
member of an archive before its first `::` (`zip://g/a.md::file:///z.zip`):
its extension is the member's (.md), not the outer archive's (.zip) that
the URL ends with (qa387 #1). Every other path or URL is its own name, a
`::` in a folder's or a member's own name included (`desk::2019/a.md`:
qa402 #2, #6). A web URL's name is its path, without the query or the
fragment that follow it (RFC 3986 §3.3: `https://h/a.html?x=1` is an HTML
page), and an S3 object's its key, without s3fs's `?versionId=` (qa402 #4);
a file's or an archive member's name keeps a `?` or `#` it holds."""
from __future__ import annotations

import os
import re

_PROTOCOL = r"[A-Za-z][A-Za-z0-9+.\-]*"
_LAYER = r"[A-Za-z][A-Za-z0-9+\-]*"      # a layer with no path, never a name with a dot (`a.md::`)
_BARE = re.compile(_LAYER + r"\Z")                      # `simplecache`
_OPENS = re.compile(_PROTOCOL + "://")                  # `zip://`, `tar://`, `file://`
# a `::` that chains: what follows is itself a URL, perhaps behind bare layers (`simplecache::s3://`)
# an archive's own protocol (fsspec's zip:// and tar://), whose last layer may be a plain local path
_ARCHIVE = re.compile(r"(?:zip|tar)://", re.IGNORECASE)
_CHAINS = re.compile(f"::(?=(?:{_LAYER}::)*{_PROTOCOL}://)")
# where a layer's name ends, by its protocol: a web URL's path at its query or fragment (RFC 3986
# §3.3: the authority before it holds neither), an S3 key at s3fs's version (`s3fs.S3FileSystem.split_path`)
_NAME_ENDS = {"http": re.compile("[?#]"), "https": re.compile("[?#]"),
              "s3": re.compile(re.escape("?versionId=")), "s3a": re.compile(re.escape("?versionId="))}


def format_name(path: str) -> str:
    """The name whose extension tells `path`'s format: for a chained fsspec
    URL (fsspec's "URL chaining": `inner::outer`, layers without a path such
    as `simplecache::` first), the path after the protocol of its first layer
    that names one, `g/a.md` for `zip://g/a.md::file:///z.zip` (an archive's
    root, `zip://::file:///z.zip`, names none: the next layer's path); `path`
    itself when it is no chained URL (a local `notes::a.md`, `s3://b/a.md`).
    A `::` chains only where a URL with a protocol follows it (`xxx://`, or
    `xxx::` layers and then one), so `file:///d/desk::2019/a.md` is one path
    and `zip://desk::2019/a.md::file:///z.zip` names `desk::2019/a.md`."""
    layers = _CHAINS.split(path)
    at = 0
    while at < len(layers) and _BARE.match(layers[at]):
        at += 1
    if len(layers) == 1 and (archive := _ARCHIVE.match(path)) and "::" in path[archive.end():]:
        # an archive read from a plain local path (`zip://a.md::desk.zip`): the member is up to the
        # last `::`, the path after it the archive's (qa418 #5)
        return path[archive.end():path.rindex("::")] or path[path.rindex("::") + 2:]
    if len(layers) == 1 or at == len(layers) or not _OPENS.match(layers[at]):
        return _named(path)
    for layer in layers[at:]:
        opened = _OPENS.match(layer)
        inner = _named(layer)[opened.end():] if opened else layer
        if inner:
            return inner
    return path


def member_of(path: str) -> tuple[str, str] | None:
    """(the member, the URL of the archive it is read from) for a chained
    archive member URL, split as `format_name` splits it: cache layers
    first are no member (`simplecache::zip://a.md::file:///z.zip`: `a.md`,
    `file:///z.zip`), a `::` in a member's own name stays in it, and an
    archive read from a plain local path ends at the last `::`; None for
    any other path or URL."""
    layers = _CHAINS.split(path)
    at = 0
    while at < len(layers) and _BARE.match(layers[at]):
        at += 1
    if len(layers) == 1 and (archive := _ARCHIVE.match(path)) and "::" in path[archive.end():]:
        cut = path.rindex("::")
        return path[archive.end():cut], path[cut + 2:]
    if at < len(layers) - 1 and (opened := _OPENS.match(layers[at])):
        return layers[at][opened.end():], "::".join(layers[at + 1:])
    return None


def _named(url: str) -> str:
    """`url` up to where its name ends (`_NAME_ENDS`, by its protocol):
    `https://h/a.md` for `https://h/a.md#top`; any other URL or path whole."""
    opened = _OPENS.match(url)
    ends = _NAME_ENDS.get(url[:opened.end() - 3].lower()) if opened else None
    cut = ends.search(url, opened.end()) if ends else None
    return url[:cut.start()] if cut else url


def format_ext(path: str) -> str:
    """The extension, lower case with its dot ("" for none), that tells the
    format of the file at `path` (`format_name`)."""
    return os.path.splitext(format_name(path))[1].lower()
