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
    assert re.search(r'>clean\.txt</a></td>(<td class="n"></td>){3}<td class="n">0</td>', by_file)
    by_rule = re.search(r'<table class="sum" id="by-rule">(.*?)</table>', html)[1]
    assert re.search(r"<code>hygiene\.doubled-word</code></td><td>.*?warning.*?</td>"
                     r'<td class="n">1</td>', by_rule)
    assert "No findings in this article." in html


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
