"""The editors' HTML report: self-contained, escaped, findings in place; and a
real headless Chromium renders it (skipped where Chromium is not installed)."""
from __future__ import annotations

import re
import shutil
import subprocess
from html.parser import HTMLParser

import pytest

from conftest import ROOT
from lint.diagnostic import Diagnostic
from lint.document import Document
from lint.formatters import Report, render

XSS = ('Budget <script>alert("pwned")</script> vote\n\n'
       'The the council met & agreed. It said Kowalczyk.After that, <img src=x onerror=alert(1)>.\n')
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"]


class Tags(HTMLParser):
    """Every start tag with its attributes, to inspect the page as a browser would parse it."""

    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def page(run_cli, tmp_path, *paths) -> str:
    result = run_cli("check", "--format", "html", "--select", "hygiene", *paths, cwd=tmp_path)
    assert result.exit_code in (0, 1), result.output
    return result.stdout


def test_article_text_and_paths_are_escaped(run_cli, tmp_path):
    (tmp_path / "x.txt").write_text(XSS, encoding="utf-8")
    (tmp_path / "a<b>.txt").write_text("Title\n\nThe the end.\n", encoding="utf-8")
    html = page(run_cli, tmp_path, "x.txt", "a<b>.txt")
    assert "&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html and "a&lt;b&gt;.txt" in html
    parsed = Tags()
    parsed.feed(html)
    names = [t for t, _ in parsed.tags]
    assert "script" not in names and "img" not in names and "link" not in names
    assert not any(k.startswith("on") or k == "src" for _, attrs in parsed.tags for k in attrs)
    assert "@import" not in html and "url(" not in html          # nothing loaded from outside


def test_findings_are_highlighted_in_place_with_messages_beside(run_cli, tmp_path):
    (tmp_path / "x.txt").write_text(XSS, encoding="utf-8")
    html = page(run_cli, tmp_path, "x.txt")
    marks = re.findall(r'<mark class="(\w+)" title="([^"]*)" data-findings="([^"]*)">([^<]*)</mark>', html)
    assert [(level, text) for level, _, _, text in marks] == [
        ("warning", "The the"), ("warning", ".After")]
    assert "doubled word: &#x27;The the&#x27;" in marks[0][1]
    # The number before each highlight links to its message in the column beside the line.
    for _, _, anchor, _ in marks:
        assert f'href="#{anchor}"' in html and f'<li id="{anchor}" class="warning">' in html
    row = re.search(r'<div class="ln row-hit">3</div><div class="tx row-hit">(.*?)</div>'
                    r'<div class="ms row-hit">(.*?)</div>', html)
    assert row and "Kowalczyk.After" in row[1] and "missing space after the sentence end" in row[2]


def test_summary_tables_per_file_and_per_rule(run_cli, tmp_path):
    (tmp_path / "x.txt").write_text(XSS, encoding="utf-8")
    (tmp_path / "clean.txt").write_text("Quiet day\n\nNothing happened.\n", encoding="utf-8")
    html = page(run_cli, tmp_path, "x.txt", "clean.txt")
    by_file = re.search(r'<table class="sum" id="by-file">(.*?)</table>', html)[1]
    assert re.search(r'>x\.txt</a></td><td class="n"></td><td class="n">2</td>'
                     r'<td class="n"></td><td class="n">2</td>', by_file)
    assert "clean.txt" not in by_file
    by_rule = re.search(r'<table class="sum" id="by-rule">(.*?)</table>', html)[1]
    assert re.search(r"<code>hygiene\.doubled-word</code></td><td>.*?warning.*?</td>"
                     r'<td class="n">1</td>', by_rule)


ARCHIVE = {
    "a-warned.txt": "Vote\n\nThe the council met.\n",
    "b-clean.txt": "Quiet day\n\nNothing happened at the quiet harbor.\n",
    "c-errors.txt": "Budget\n\nThe TK council met TK.\n",
    "d-clean.txt": "Calm\n\nThe calm sea shone.\n",
    "e-one-error.txt": "Ferry\n\nThe the ferry left TK.\n",
}


def test_an_archive_report_puts_rules_first_worst_files_first_and_folds_clean_ones(run_cli, tmp_path):
    """nu26 #16: on an archive the report opened with every file in path
    order, clean ones too, and held every clean article's full text."""
    for name, text in ARCHIVE.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    html = page(run_cli, tmp_path, *ARCHIVE)
    assert html.index('id="by-rule"') < html.index('id="by-file"') < html.index('class="article')
    by_file = re.search(r'<table class="sum" id="by-file">(.*?)</table>', html)[1]
    assert re.findall(r'>([\w-]+\.txt)</a>', by_file) == ["c-errors.txt", "e-one-error.txt",
                                                         "a-warned.txt"]
    folded = re.search(r'<details class="clean-files" id="clean-files"><summary>2 files with no '
                       r'findings</summary><p>(.*?)</p></details>', html)
    assert folded and folded[1] == "b-clean.txt, d-clean.txt"
    articles = re.findall(r'(<div class="no-errors">)?<section class="article" id="file-\d+"><h2>'
                          r'([\w-]+\.txt) ', html)
    assert articles == [("", "c-errors.txt"), ("", "e-one-error.txt"),
                        ('<div class="no-errors">', "a-warned.txt")]
    assert "quiet harbor" not in html and "calm sea" not in html      # a clean article's text: left out
    # "Errors only": a checkbox before header and main, and CSS; no script
    assert re.search(r'<body><input type="checkbox" id="errors-only"[^>]*>\s*<header>', html)
    assert '<label class="only" for="errors-only">Errors only</label>' in html
    assert "#errors-only:checked~main .no-errors" in html and "<script" not in html
    assert '<tr class="no-errors"><td><code>hygiene.doubled-word</code>' in html
    assert '<tr class="no-errors"><td><a href="#file-2">a-warned.txt</a>' in html


def test_overlapping_findings_and_crlf_lines():
    source = "Head\r\n\r\nalpha beta gamma\r\n"
    doc = Document(path="a.txt", source=source, format="text")
    start = source.index("alpha")

    def d(s, e, rule, level):
        return Diagnostic("a.txt", 3, s - start + 1, 3, e - start + 1, rule, level, f"{rule} says",
                          None, s, e, source[s:e])

    diags = [d(start, start + 10, "r.one", "warning"), d(start + 6, start + 16, "r.two", "error")]
    html = render("html", Report(diags, files=["a.txt"], documents={"a.txt": doc}))
    assert ('<mark class="warning" title="warning: r.one says [r.one]" data-findings="f0-1">'
            'alpha </mark>') in html
    assert ('<mark class="error" title="warning: r.one says [r.one]\nerror: r.two says [r.two]"'
            ' data-findings="f0-1 f0-2">beta</mark>') in html
    # the \r is not shown; each number follows the end of its finding, never inside a word
    assert ('data-findings="f0-1 f0-2">beta</mark><sup class="ref warning"><a href="#f0-1">1</a>'
            '</sup><mark class="error"') in html
    assert ('data-findings="f0-2"> gamma</mark><sup class="ref error"><a href="#f0-2">2</a></sup>'
            '</div>') in html


def test_chromium_renders_the_report(run_cli, sample, tmp_path):
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        pytest.skip("chromium is not installed (Debian package: chromium)")
    shutil.copy(sample, tmp_path / "story.txt")
    (tmp_path / "x.txt").write_text(XSS, encoding="utf-8")
    result = run_cli("check", "--format", "html", "--output", "report.html", "--select", "hygiene",
                     "story.txt", "x.txt", cwd=tmp_path)
    assert result.exit_code == 1
    url = (tmp_path / "report.html").as_uri()
    profile = tmp_path / "profile"
    dom = subprocess.run([chromium, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "--dump-dom", url],
                         capture_output=True, text=True, timeout=180)
    assert dom.returncode == 0, dom.stderr[-2000:]
    text = Tags()
    text.feed(dom.stdout)
    shown = "".join(text.text)
    assert "missing space after the sentence end in 'Reyes.Council'" in shown
    assert "CMS boilerplate in the copy: 'Share this article'" in shown
    assert "missing space after the sentence end in 'Kowalczyk.After'" in shown
    assert '<script>alert("pwned")</script>' in shown      # shown as text, never run
    assert not [t for t, _ in text.tags if t == "script"]
    artifacts = ROOT / "test-artifacts"
    artifacts.mkdir(exist_ok=True)
    shot = artifacts / "html-report.png"
    shot.unlink(missing_ok=True)
    subprocess.run([chromium, *CHROMIUM_FLAGS, f"--user-data-dir={profile}",
                    f"--screenshot={shot}", "--window-size=1200,2000", url],
                   capture_output=True, text=True, timeout=180, check=True)
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000


PROBE = """<script>
document.getElementById("errors-only").click();
const shown = (sel) => [...document.querySelectorAll(sel)].filter(
  (el) => el.getClientRects().length > 0).map((el) => el.textContent.trim().split(/\\s+/)[0]);
document.title = JSON.stringify({rules: shown("#by-rule code"), files: shown("#by-file a"),
  articles: shown("section.article h2"), messages: shown("ol.msgs li .badge")});
</script></body>"""


def test_errors_only_hides_warnings_in_a_real_browser(run_cli, tmp_path):
    """The switch is a checkbox and CSS (the report runs no script): clicked in
    headless Chromium by a probe added to a copy, only errors stay in view."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        pytest.skip("chromium is not installed (Debian package: chromium)")
    import json

    for name, text in ARCHIVE.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    html = page(run_cli, tmp_path, *ARCHIVE)
    (tmp_path / "probe.html").write_text(html.replace("</body>", PROBE), encoding="utf-8")
    dom = subprocess.run([chromium, *CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile'}",
                          "--dump-dom", (tmp_path / "probe.html").as_uri()],
                         capture_output=True, text=True, timeout=180)
    assert dom.returncode == 0, dom.stderr[-2000:]
    seen = json.loads(__import__("html").unescape(re.search(r"<title>(.*?)</title>", dom.stdout)[1]))
    assert seen == {"rules": ["hygiene.placeholder"], "files": ["c-errors.txt", "e-one-error.txt"],
                    "articles": ["c-errors.txt", "e-one-error.txt"],
                    "messages": ["error", "error", "error"]}
