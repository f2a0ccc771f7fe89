"""Helpers the machine-readable formats share: paths, rule text, levels."""
from __future__ import annotations

import os
from functools import lru_cache

from .. import rx as regex

from ..vale.messages import blanked
from ..walk_paths import plain as plain_path

FILE_RULE_HELP = "A problem with the file itself (encoding, size, front matter): fix the file."


def relative(path: str, root: str) -> str | None:
    """`path` relative to `root` with forward slashes, or None when it lies
    outside. A root reached through a symlink (`GITHUB_WORKSPACE` on a runner
    whose work folder is under one, while `os.getcwd()` is resolved) is
    compared resolved, with the path's folder resolved too (qa90 #1: the
    folder was dropped); the file's own name is kept as given. A `..` is
    folded only where the folded path is the same file: after a symlinked
    folder (`posts -> ../shared/posts`, `posts/../pages/x.md`) it climbs out
    of the link's target, so the path is None, printed as named (qa324 #1).
    Worked out once per path, root and working folder (`_relative`, qa324
    #2: 200 µs a finding)."""
    return _relative(path, root, os.getcwd())


@lru_cache(maxsize=4096)
def _relative(path: str, root: str, cwd: str) -> str | None:
    """`relative`'s answer; `cwd`, unused, keys the cache: a relative path or
    root means another file from another folder."""
    if not root:
        return path.replace(os.sep, "/") if not os.path.isabs(path) else None
    full = os.path.abspath(path)
    if ".." in path.replace(os.sep, "/").split("/") and os.path.realpath(full) != os.path.realpath(path):
        return None
    rel = _inside(full, root)
    if rel is None:
        folder, name = os.path.split(full)
        rel = _inside(os.path.join(os.path.realpath(folder), name), _resolved(root))
    return rel


def shown_path(path: str, root: str) -> str:
    """The one spelling every format prints a file's path in (nu63 #1): relative
    to `root` with `/` when the file lies inside it, `..` folded where that
    names the same file (`../sub/s.md` run from `sub` is `s.md`, `a/../b.md`
    is `b.md`; not after a symlinked folder, `relative`); else as it was named
    (`../other/story.md`, `/abs/x.md`, `posts/../pages/x.md`), never a climb
    of `../../`, with no `./` in front (`walk_paths.plain`). `-` (stdin) and
    "" as given. SARIF keeps its URIs (`sarif._artifact`)."""
    if path in ("-", ""):
        return path
    return _shown(path, root, os.getcwd())


@lru_cache(maxsize=4096)
def _shown(path: str, root: str, cwd: str) -> str:
    return _relative(path, root, cwd) or plain_path(path).replace(os.sep, "/")


def _inside(path: str, root: str) -> str | None:
    rel = os.path.relpath(path, root)
    if rel == ".." or rel.startswith(".." + os.sep):
        return None
    return rel.replace(os.sep, "/")


@lru_cache(maxsize=8)
def _resolved(root: str) -> str:
    return os.path.realpath(root)


def first_sentence(text: str) -> str:
    """The description's first sentence, for one-line summaries. A stop ends
    it before a capital, a quote or bracket opening on a capital ('. "Was
    to'), or a rule id ('). names.spelling-variant'), a closing quote after the
    stop going with it ('10 a.m." Only'). A stop inside brackets or quotes
    (a bracket quoted, as in "(photo courtesy:", counts for nothing), before
    a lower-case word ("Wed. and"), or in the first 21 characters ends
    nothing."""
    text = " ".join(text.split())
    depth, quoted = 0, False
    for i, ch in enumerate(text):
        if ch == '"':
            quoted = not quoted
        elif ch in "\u201c\u201d":
            quoted = ch == "\u201c"
        elif not quoted:
            depth += (ch in "([") - (ch in ")]")
        if ch in ".!?" and depth <= 0 and i > 20:
            end = _SENTENCE_END.match(text, i + 1)
            if end is not None and (not quoted or end[1]):
                return text[: end.end(1)]
    return text


# After a stop: closing quotes, then the end, or a space and what opens a sentence.
_SENTENCE_END = regex.compile(r'(["\u201d\u2019]?)(?:\Z| (?=["\u201c\u2018(\[]?[A-Z]|[a-z]+\.[a-z][a-z-]*\b))')


def rule_info(rule_id: str, rules: dict) -> tuple[str, str, str]:
    """(short description, full description, link) for a rule id, `file.*` ids included."""
    rule = rules.get(rule_id)
    if rule is None:
        return (f"File problem: {rule_id.split('.', 1)[-1]}", FILE_RULE_HELP, "")
    full = " ".join((rule.description or blanked(rule.message)).split())
    return first_sentence(full), full, rule.link or ""



_CODE = regex.compile(r"`([^`\n]+)`")
_CONTROL = regex.compile(r"[\p{Cc}\p{Zl}\p{Zp}]")


def plain(text: str) -> str:
    """A description for a terminal: `code` spans lose their backticks."""
    return _CODE.sub(regex.group1, text)


def code_spans(text: str, escape) -> str:
    """A description as HTML: escaped, with `code` spans as <code>."""
    out, pos = [], 0
    for m in _CODE.finditer(text):
        out.append(escape(text[pos:m.start()]))
        out.append(f"<code>{escape(m[1])}</code>")
        pos = m.end()
    out.append(escape(text[pos:]))
    return "".join(out)


SHOWN_ARTICLE = 80      # an article id longer than this is shown cut in the middle
_ARTICLE_HEAD, _ARTICLE_TAIL = 34, 36   # kept of a cut id: 34 + "…" + 8-digit digest + "…" + 36 = 80


def with_article(d) -> str:
    """A finding's message, naming an export's article (a JSON Lines or
    WordPress dump's line alone does not say which story it is on). An id
    over `SHOWN_ARTICLE` characters (a 5,000-digit `wp:post_id`, a GUID of a
    page's length) is shown cut to `SHOWN_ARTICLE`: its first 34 characters,
    "…", the digest of the whole id (`article_digest`), "…" and its last 36,
    so two ids alike at both ends (URLs differing in the slug) stay apart
    (qa281 #4). The JSON and SARIF reports carry it whole."""
    if not d.article:
        return d.message
    a = d.article
    if len(a) > SHOWN_ARTICLE:
        a = f"{a[:_ARTICLE_HEAD]}…{article_digest(a)}…{a[-_ARTICLE_TAIL:]}"
    return f"{d.message} (article {a})"


def article_digest(article: str) -> str:
    """Eight lower-case hex digits of the BLAKE2b digest of the id's UTF-8
    (a lone surrogate kept by `surrogatepass`): what a cut id shows in place
    of its middle. The same id always gives the same digits. `hashlib` is
    imported here: it loads OpenSSL (3-10 ms of a one-file run) for a report
    that seldom cuts an id."""
    import hashlib

    return hashlib.blake2b(article.encode("utf-8", "surrogatepass"), digest_size=4).hexdigest()


def printable(text: str) -> str:
    """One line of output: control characters (a newline in a file name) shown escaped."""
    if text.isprintable():
        return text
    return _CONTROL.sub(escaped, text)


def escaped(char) -> str:
    """A control character (a str, or a match of one) as Python writes it:
    `\\x81`, `\\x1b`, `\\n`; what `printable` and `--diff`'s text shown as
    read put in its place."""
    return repr(char if isinstance(char, str) else char[0])[1:-1]


_SURROGATE = regex.compile(r"[\ud800-\udfff]")


def storable(text: str) -> str:
    """`text` as UTF-8 can hold it: a lone surrogate (Python keeps each byte of
    a file name that is not UTF-8 as one, `\\udcff`) becomes U+FFFD, as `ls`
    shows such a name; a report must never fail to be written for it."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", text)
    return text


def safe_link(link: str) -> str:
    """`link` when it is an http(s) URL, else "": only those become live links
    in reports (a rule file's `javascript:` link is shown as text)."""
    from urllib.parse import urlsplit   # here: a plain run never loads urllib (and ipaddress)

    try:
        parts = urlsplit(link.strip())
    except ValueError:
        return ""
    return link.strip() if parts.scheme.lower() in ("http", "https") and parts.netloc else ""
