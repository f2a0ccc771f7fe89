"""What a saved page states about itself, read by the evaluation, not by newslint.

`eval_pages.py` judges the reader against these: the split a page falls in
(by site, with a seeded hash), its expected body and must-contain strings
from the folder's files, the titles it states (og:title, twitter:title,
JSON-LD headline, `<title>` without its site suffix), its URL and the date
in it, and htmldate's reading of its date.
"""
from __future__ import annotations

import collections
import hashlib
import html as htmlmod
import json
from pathlib import Path

import regex

from _pages_reference import tokens

# newspaper4k's expected files under 200 characters are its output on pages
# with no article (a newsletter box): the README counts 118 bodies in 124 files.
MIN_BODY = 200
_SITE = regex.compile(r"^(.+?\.(?:com|org|net|ie|se|ca|au|uk|jp|kr)|[a-z]+_[a-z]+)(?=[.\-_0-9]|$)")
_URL_DATE = regex.compile(r"/((?:19|20)\d\d)[/-](\d{1,2})[/-](\d{1,2})(?:/|-|$)")
_META = regex.compile(r"""<meta\s[^>]*?(?:property|name)\s*=\s*["']([^"']+)["'][^>]*?content\s*=\s*"([^"]*)\"""",
                      regex.I)
_TITLE = regex.compile(r"<title[^>]*>(.*?)</title>", regex.I | regex.S)
_LD_HEADLINE = regex.compile(r'"headline"\s*:\s*"((?:[^"\\]|\\.)*)"')
_CANONICAL = regex.compile(r"""<link\s[^>]*rel=["']canonical["'][^>]*href=["']([^"']+)""", regex.I)
_SUFFIX = regex.compile(r"\s+[|\u2013\u2014:-]\s+[^|\u2013\u2014:-]{2,40}$")


def site(name: str) -> str:
    """The site a page belongs to: `usnews.com2.html`, `usnews.com2` and
    `expected/usnews.com2.txt` all give `usnews.com`. Only a file type the
    folders use is taken off, never a name's own dotted part (`Path.stem` of
    `usnews.com2` is `usnews`, another site, and a split check on it lies)."""
    stem = Path(name).name.lower()
    for ending in (".html", ".htm", ".txt", ".json"):
        if stem.endswith(ending):
            stem = stem[:-len(ending)]
            break
    m = _SITE.match(stem)
    return m[1] if m else stem


def in_split(name: str, split: str, seed: int, test_share: float = 0.4) -> bool:
    if split == "all":
        return True
    h = int(hashlib.sha256(f"{seed}:{site(name)}".encode()).hexdigest()[:8], 16) / 0xFFFFFFFF
    return (h < test_share) == (split == "test")


def pages(folders: list[str], split: str, seed: int) -> list[dict]:
    """Every page of the chosen split with what its folder knows about it."""
    out = []
    for folder in map(Path, folders):
        bases = [folder] if (folder / "html").is_dir() else \
            [b for b in sorted(folder.iterdir()) if (b / "html").is_dir()] if folder.is_dir() else []
        for base in bases:
            truth = {}
            if (base / "expected.json").is_file():
                truth = json.loads((base / "expected.json").read_text(encoding="utf-8"))
            for path in sorted((base / "html").glob("*.htm*")):
                if not in_split(path.name, split, seed):
                    continue
                page = {"path": str(path), "body": None, "with": [], "without": [], "url": ""}
                exp = base / "expected" / (path.stem + ".txt")
                if exp.is_file() and exp.stat().st_size >= MIN_BODY:
                    page["body"] = exp.read_text(encoding="utf-8", errors="replace")
                if path.name in truth:
                    t = truth[path.name]
                    page["url"] = t.get("url", "")
                    page["with"] = _strings(t.get("with"))
                    page["without"] = _strings(t.get("without"))
                out.append(page)
    return out


def _strings(value) -> list[str]:
    if isinstance(value, str):
        import ast
        try:
            value = ast.literal_eval(value)
        except (ValueError, SyntaxError):
            value = [value]
    return [v for v in value or [] if isinstance(v, str) and v.strip()]


def page_titles(raw: str) -> list[str]:
    """The titles a page states about itself, as the eval reads them (not newslint)."""
    out = [htmlmod.unescape(c) for k, c in _META.findall(raw)
           if k.lower() in ("og:title", "twitter:title")]
    for m in _LD_HEADLINE.finditer(raw):
        try:
            out.append(json.loads(f'"{m[1]}"'))
        except ValueError:
            pass
    m = _TITLE.search(raw)
    if m:
        out.append(htmlmod.unescape(" ".join(m[1].split())))
    return [_SUFFIX.sub("", t.strip()) for t in out if t.strip()]


def f1(a: str, b: str) -> float:
    ta, tb = collections.Counter(tokens(a)), collections.Counter(tokens(b))
    common = sum((ta & tb).values())
    if not common:
        return 0.0
    p, r = common / sum(ta.values()), common / sum(tb.values())
    return 2 * p * r / (p + r)


def url_of(page: dict, raw: str) -> str:
    if page["url"]:
        return page["url"]
    m = _CANONICAL.search(raw)
    if m:
        return m[1]
    return next((c for k, c in _META.findall(raw) if k.lower() == "og:url"), "")


def url_date(url: str) -> str | None:
    m = _URL_DATE.search(url)
    if not m:
        return None
    y, mo, d = int(m[1]), int(m[2]), int(m[3])
    return f"{y:04d}-{mo:02d}-{d:02d}" if 1 <= mo <= 12 and 1 <= d <= 31 else None


def htmldate_of(raw: str) -> str | None:
    """The reference date: htmldate on the raw page (the reader's own call)."""
    from lint.readers._html_dates import htmldate_text
    return htmldate_text(raw)
