"""The HTML report of an HTML article, shown as read: a finding's source range
mapped back onto the decoded text of each part, across entities and markup."""
from __future__ import annotations

import re

import pytest

from lint.diagnostic import Diagnostic, Fix
from lint.formatters import Report, render
from lint.formatters.html import _ref_at, _span_in
from lint.readers import read_bytes

PAGE = ("<html><body><article><h1>Tom &amp; Jerry</h1>"
        "<p>The the cat &amp; the mouse &lt;3 cheese.</p></article></body></html>")
SOURCE_TEXT = "The the cat &amp; the mouse &lt;3 cheese."
TEXT = "The the cat & the mouse <3 cheese."


def paragraph():
    doc = read_bytes("a.html", PAGE.encode("utf-8"))
    (part,) = [p for p in doc.parts if p.kind == "paragraph"]
    assert part.text == TEXT and len(part.segments) == 5     # three runs, two entities
    return doc, part


def at(piece: str, within: str = SOURCE_TEXT) -> int:
    """Source offset of `piece` inside the paragraph's source."""
    return PAGE.index(SOURCE_TEXT) + within.index(piece)


@pytest.mark.parametrize("start, end, expected", [
    (at("The the"), at("The the") + 7, (0, 7)),                    # the first run
    (at("mouse"), at("mouse") + 5, (18, 23)),                       # the third run
    (at("cheese"), at("cheese") + 6, (27, 33)),                     # the last, after two entities
    (at("&amp;"), at("&amp;") + 5, (12, 13)),                       # an entity is its one character
    (at("&lt;"), at("&lt;") + 4, (24, 25)),
    (at("The"), at("cheese.") + 7, (0, len(TEXT))),                 # across every run
    (at("cat"), at("mouse") + 5, (8, 23)),                          # from the first run to the third
    (at("amp;"), at("amp;") + 4, None),                             # the entity's tail: no text
    (at("The") - 3, at("The"), None),                               # the <p> tag just before
    (0, 5, None),                                                   # markup elsewhere
])
def test_a_source_range_maps_onto_the_decoded_text(start, end, expected):
    _, part = paragraph()
    assert _span_in(part, start, end) == expected
    if expected is not None:                # the text there is the source range decoded
        assert TEXT[expected[0]:expected[1]] == "".join(
            {"&amp;": "&", "&lt;": "<"}.get(m[0], m[0])
            for m in re.finditer(r"&\w+;|[^&]+", PAGE[start:end]))


@pytest.mark.parametrize("offset, expected", [
    (at("The"), 0),                          # where the text starts
    (at("mouse"), 18),                       # inside the third run
    (at("cheese.") + 7, len(TEXT)),          # one past the last character
    (at("The") - 1, None),                   # inside the <p> tag
    (3, None),
])
def test_an_empty_range_maps_to_a_point(offset, expected):
    _, part = paragraph()
    assert _span_in(part, offset, offset) == (None if expected is None else (expected, expected))


def test_findings_are_marked_in_the_parts_they_cover():
    doc, part = paragraph()
    start = at("The the")
    d = Diagnostic("a.html", 1, start + 1, 1, start + 8, "hygiene.doubled-word", "warning",
                   "doubled word", None, start, start + 7, "The the")
    page = render("html", Report([d], files=["a.html"], documents={"a.html": doc}))
    article = page.split('<section class="article"', 1)[1]
    assert article.startswith(' id="file-0"><h2>a.html <small>1 warning</small></h2><p class="asread">Shown as '
                              'read: the page\'s text without its markup.</p><div class="rows">')
    assert 'class="kind">markup</span>' not in article
    assert re.search(r'<div class="tx row-hit"><span class="kind">paragraph</span> '
                     r'<mark class="warning" [^>]*>The the</mark><sup class="ref warning">'
                     r'<a href="#f0-1">1</a></sup> cat &amp; the mouse &lt;3 cheese\.</div>', article)


MULTI = ("<html>\n<head><title>Vote</title></head>\n<body><article>\n<h1>Tom &amp; Jerry</h1>\n"
         "<p>The the cat &amp; the mouse.</p>\n</article></body></html>\n")
ROW = re.compile(r'<div class="ln( row-hit)?">(\d+)</div><div class="tx(?: row-hit)?">'
                 r'(?:<span class="kind">([^<]*)</span> ?)?(.*?)</div>'
                 r'<div class="ms(?: row-hit)?">(.*?)</div>', re.S)


def rows_of(page: str) -> list[dict]:
    """Each row of the article: its line, label, text as shown, marks and message ids."""
    out = []
    section = page.split('<section class="article"', 1)[1].split("</section>", 1)[0]
    rows = section.split('<div class="rows">', 1)[1].rsplit("</div>", 1)[0]
    assert ROW.sub("", rows) == ""                          # rows and nothing between them
    for hit, line, label, text, msgs in ROW.findall(rows):
        items = re.findall(r'<li id="f\d+-(\d+)" class="\w+"><span class="num">(\w+)</span>', msgs)
        assert all(n == num for n, num in items)            # each message shows its number
        # the message column: empty, or a list of the messages and nothing else
        assert re.sub(r"<li [^>]*>(?:(?!</li>).)*</li>", "", msgs) == ("<ol class=msgs></ol>"
                                                                       if hit else "")
        out.append({"line": int(line), "label": label, "hit": bool(hit),
                    "text": re.sub(r"<sup.*?</sup>|<[^>]+>", "", text),
                    "marks": re.findall(r'data-findings="([^"]*)">([^<]*)</mark>', text),
                    "refs": re.findall(r'<a href="#([^"]+)">', text),
                    "messages": re.findall(r'<li id="([^"]+)"', msgs)})
    return out


def test_an_html_article_is_shown_part_by_part_with_markup_findings_first():
    doc = read_bytes("a.html", MULTI.encode("utf-8"))

    def finding(start: int, end: int, rule: str, level: str, fix=None) -> Diagnostic:
        line = MULTI.count("\n", 0, start) + 1
        end_line = MULTI.count("\n", 0, end) + 1
        col = start - MULTI.rfind("\n", 0, start)
        end_col = end - MULTI.rfind("\n", 0, end)
        return Diagnostic("a.html", line, col, end_line, end_col, rule, level, f"{rule} says",
                          fix, start, end, MULTI[start:end])

    mouse = MULTI.index("mouse")
    found = [finding(0, 6, "file.one", "error"),                          # <html>: markup
             finding(MULTI.index("<head>"), MULTI.index("<head>") + 6, "file.two", "warning"),
             finding(MULTI.index("Jerry"), MULTI.index("The") + 3, "r.span", "warning"),
             finding(mouse, mouse + 5, "r.fix", "suggestion", Fix(mouse, mouse + 5, "mice"))]
    page = render("html", Report(found, files=["a.html"], documents={"a.html": doc}))
    rows = rows_of(page)
    assert [(r["line"], r["label"], r["text"], r["messages"]) for r in rows] == [
        (1, "markup", "", ["f0-1", "f0-2"]),          # outside every part, on its first line
        (2, "html title", "Vote", []),
        (4, "headline", "Tom &amp; Jerry", ["f0-3"]),  # a finding's message once, where it starts
        (5, "paragraph", "The the cat &amp; the mouse.", ["f0-4"])]
    assert [r["hit"] for r in rows] == [True, False, True, True]
    assert rows[2]["marks"] == [("f0-3", "Jerry")] and rows[2]["refs"] == ["f0-3"]
    # the same finding goes on into the paragraph: marked there too
    assert rows[3]["marks"] == [("f0-3", "The"), ("f0-4", "mouse")]
    item = re.search(r'<li id="f0-4" class="suggestion">(.*?)</li>', page)[1]
    assert " <em>fix: “mice”</em> " in item and "<code>r.fix</code>" in item
    assert f"<code>5:{MULTI.index('mouse') - MULTI.rfind(chr(10), 0, mouse)}</code>" in item
    one = re.search(r'<li id="f0-1" class="error">(.*?)</li>', page)[1]
    assert "<em>" not in one and one.endswith("file.one says <code>file.one</code> <code>1:1</code>")


@pytest.mark.parametrize("text, end, expected", [
    ("meeting on", 4, 7),            # "meet|ing": after the word it stops in
    ("abc", 1, 3),
    ("ab cd", 1, 2),                 # stops at the space
    ("a bc", 3, 4),
    ("abc", 0, 0),                   # a point before the first letter stays there
    ("ab, cd", 2, 2),                # already after the word
    ("x" + "y" * 100, 1, 41),        # a long token (a URL): at most 40 characters on
])
def test_a_finding_number_moves_to_the_end_of_its_word(text, end, expected):
    assert _ref_at(text, end) == expected


def test_an_empty_finding_gets_its_number_but_no_highlight():
    from lint.document import Document

    source = "Head\n\nThe vote was held.\n"
    at_ = source.index("vote")
    d = Diagnostic("a.txt", 3, 5, 3, 5, "r.point", "warning", "here", None, at_, at_, "")
    page = render("html", Report([d], files=["a.txt"], documents={
        "a.txt": Document(path="a.txt", source=source, format="text")}))
    line = re.search(r'<div class="tx row-hit">(.*?)</div>', page)[1]
    # at a word's start the point is not inside the word: the number stays there
    assert line == 'The <sup class="ref warning"><a href="#f0-1">1</a></sup>vote was held.'


def text_rows(source: str, found: list[tuple[int, int, str, str]]) -> tuple[str, list[dict]]:
    """The report of a plain-text article with findings (start, end, rule, level)."""
    diags = []
    for start, end, rule, level in found:
        line = source.count("\n", 0, start) + 1
        end_line = source.count("\n", 0, end) + 1
        diags.append(Diagnostic("a.txt", line, start - source.rfind("\n", 0, start), end_line,
                                end - source.rfind("\n", 0, end), rule, level, f"{rule} says",
                                None, start, end, source[start:end]))
    doc = read_bytes("a.txt", source.encode("utf-8"))      # a text article has parts too
    page = render("html", Report(diags, files=["a.txt"], documents={"a.txt": doc}))
    return page, rows_of(page)


def test_source_lines_keep_every_character_but_the_line_break():
    source = "Head\r\n\r\nalpha beta gamma\r\nlast line\nend"
    end = len(source)
    page, rows = text_rows(source, [(end - 3, end, "r.x", "warning")])
    # shown line by line (not as read), with no labels, a message only where one starts
    assert [(r["line"], r["label"], r["text"], r["hit"]) for r in rows] == [
        (1, "", "Head", False), (2, "", "", False), (3, "", "alpha beta gamma", False),
        (4, "", "last line", False), (5, "", "end", True)]
    assert "Shown as read" not in page and page.count("<ol") == 1
    # a file that ends in a lone CR shows as one that ends in LF or CRLF: the
    # CR ends its line (LineIndex), none of it shows on a line
    for end in ("\n", "\r\n", "\r"):
        _, rows = text_rows(f"\nHead{end}", [(1, 5, "r.x", "warning")])
        assert [(r["line"], r["text"]) for r in rows] == [(1, ""), (2, "Head"), (3, "")]


def test_nested_findings_take_the_worst_level_still_open():
    source = "Head\n\nalpha beta gamma\nlast line\n"
    at = source.index("alpha")
    page, rows = text_rows(source, [(at, at + 5, "r.error", "error"),
                                    (at, at + 10, "r.warning", "warning"),
                                    (at + 6, at + 8, "r.two", "warning"),
                                    (at + 7, at + 9, "r.three", "warning")])
    assert [(r["line"], r["hit"], r["refs"], r["messages"]) for r in rows] == [
        (1, False, [], []), (2, False, [], []),
        (3, True, ["f0-1", "f0-2", "f0-3", "f0-4"], ["f0-1", "f0-2", "f0-3", "f0-4"]),
        (4, False, [], []), (5, False, [], [])]      # a finding marks only its own lines
    # numbers 2-4 all end inside "beta": each goes after the word, in order
    marks = re.findall(r'<mark class="(\w+)"[^>]*>([^<]*)</mark>', page)
    # the error ends after "alpha": the rest is marked at the warning's level
    assert marks == [("error", "alpha"), ("warning", " "), ("warning", "b"), ("warning", "e"),
                     ("warning", "t"), ("warning", "a")]
    ms = re.search(r'<div class="ms row-hit">(.*?)</div>', page)[1]
    assert re.sub(r"<li .*?</li>", "", ms) == "<ol class=msgs></ol>"
    assert re.findall(r'<span class="num">(\d+)</span>', ms) == ["1", "2", "3", "4"]


def test_a_highlight_names_its_first_eight_findings_and_counts_the_rest():
    source = "Head\n\nalpha beta\n"
    at = source.index("alpha")
    page, _ = text_rows(source, [(at, at + 5, f"r.n{k:02}", "warning") for k in range(11)])
    (title,) = re.findall(r'<mark class="warning" title="([^"]*)"', page)
    lines = title.split("\n")
    assert lines == [f"warning: r.n{k:02} says [r.n{k:02}]" for k in range(8)] + ["… and 3 more"]


def test_each_article_heading_tallies_its_findings_and_unread_files_list_theirs(tmp_path):
    root = tmp_path / "root"
    a, clean, gone = (str(root / n) for n in ("a.txt", "sub/clean.txt", "gone.txt"))
    outside = str(tmp_path / "out.txt")
    source = "Head\n\nalpha beta gamma\n"
    at = source.index("beta")

    def d(path, level, rule="r.x", start=at):
        return Diagnostic(path, 3, 6, 3, 10, rule, level, f"{rule} says", None, start, start + 4,
                          "beta")

    found = [d(a, "warning"), d(a, "error"), d(a, "warning", "r.y"),
             d(gone, "error", "file.unreadable", 0), d(gone, "warning", "file.big", 0),
             d(outside, "suggestion")]
    docs = {p: read_bytes(p, source.encode("utf-8")) for p in (a, clean, outside)}
    page = render("html", Report(found, files=[a, clean, gone], documents=docs,   # not told of
                                 root=str(root)))                                 # `outside`
    heads = re.findall(r'<section class="article" id="(file-\d)"><h2>(.*?) <small>(.*?)</small>', page)
    assert heads == [("file-0", "a.txt", "1 error, 2 warnings"),     # the most errors, then warnings
                     ("file-1", "gone.txt", "1 error, 1 warning"),
                     ("file-2", outside, "1 suggestion")]     # outside the root: its whole path
    assert '<summary>1 file with no findings</summary><p>sub/clean.txt</p>' in page
    unread = page.split('id="file-1">', 1)[1].split("</section>", 1)[0]
    # a file that could not be read lists its findings with no text around them
    assert re.fullmatch(r'<h2>.*?</h2><div class="fileprob"><ol class="msgs">'
                        r'(<li [^>]*>(?:(?!</li>).)*</li>)+</ol></div>', unread)
    assert re.findall(r'<li id="([^"]+)" class="(\w+)"><span class="num">(\d+)</span>', unread) == [
        ("f1-1", "warning", "1"), ("f1-2", "error", "2")]      # in order of position, then rule
    assert "file.unreadable says <code>file.unreadable</code>" in unread
    # each section: heading, then nothing but rows
    rows = f"(?:{ROW.pattern})+"
    for k in (0, 2):
        section = page.split(f'id="file-{k}">', 1)[1].split("</section>", 1)[0]
        assert re.fullmatch(rf'<h2>[^<]* <small>[^<]*</small></h2><div class="rows">{rows}</div>',
                            section, re.S), k
    by_file = re.search(r'<table class="sum" id="by-file">(.*?)</table>', page)[1]
    assert by_file.startswith("<tr><th>File</th><th>errors</th><th>warnings</th>"
                              "<th>suggestions</th><th>Total</th></tr><tr>")
    table = [(anchor, name, re.findall(r'<td class="n">(\d*)</td>', cells)) for anchor, name, cells in
             re.findall(r'<tr(?: class="no-errors")?><td><a href="#(file-\d)">([^<]*)</a></td>'
                        r'((?:<td class="n">\d*</td>){4})</tr>', by_file)]
    assert table == [("file-0", "a.txt", ["1", "2", "", "3"]),     # errors, warnings, suggestions, all
                     ("file-1", "gone.txt", ["1", "1", "", "2"]),
                     ("file-2", outside, ["", "", "1", "1"])]
    assert by_file.count("<tr") == 4 and re.sub(r"<tr[ >](?:(?!</tr>).)*</tr>", "", by_file) == ""
    by_rule = re.search(r'<table class="sum" id="by-rule">(.*?)</table>', page)[1]
    # most frequent first, then by id; a rule's levels worst first
    assert by_rule.startswith("<tr><th>Rule</th><th>Level</th><th>Count</th><th>What it checks</th>"
                              "</tr><tr>") and by_rule.count("<tr") == 5
    assert re.sub(r"<tr[ >](?:(?!</tr>).)*</tr>", "", by_rule) == ""
    assert re.findall(r'<tr(?: class="no-errors")?><td><code>([^<]*)</code></td><td>(.*?)</td><td class="n">(\d+)</td>'
                      r'<td>File problem: (?:x|y|big|unreadable)</td></tr>', by_rule) == [
        ("r.x", '<span class="badge error">error</span> <span class="badge warning">warning</span> '
                '<span class="badge suggestion">suggestion</span>', "3"),
        ("file.big", '<span class="badge warning">warning</span>', "1"),
        ("file.unreadable", '<span class="badge error">error</span>', "1"),
        ("r.y", '<span class="badge warning">warning</span>', "1")]
    assert "<h2>Rules</h2><p>No findings.</p>\n<h2>Files</h2>\n<h2>Articles</h2><p>No findings.</p>" in \
        render("html", Report([]))


def test_the_page_header_counts_findings_files_and_levels():
    def page_of(found, files):
        page = render("html", Report(found, files=files))
        title = re.search(r"<title>(.*?)</title>", page)[1]
        header = re.search(r"<header><h1>newslint report</h1>\n<p>(.*?)</p></header>", page)[1]
        articles = page.split("<h2>Articles</h2>", 1)[1].split("</main>", 1)[0]
        return title, header, articles

    one = Diagnostic("a.txt", 1, 1, 1, 2, "file.x", "error", "bad")
    title, header, articles = page_of([one], ["a.txt"])
    assert title == "newslint report: 1 finding"
    assert header == ('1 finding in 1 file <span class="badge error">1 error</span> '
                      '<span class="badge warning zero">0 warnings</span> '
                      '<span class="badge suggestion zero">0 suggestions</span>')
    warn = [Diagnostic(p, 1, 1, 1, 2, "file.x", "warning", "w") for p in ("b.txt", "b.txt", "c.txt")]
    title, header, articles = page_of([one] + warn, ["a.txt", "b.txt", "c.txt", "d.txt"])
    assert title == "newslint report: 4 findings"
    assert header == ('4 findings in 4 files <span class="badge error">1 error</span> '
                      '<span class="badge warning">3 warnings</span> '
                      '<span class="badge suggestion zero">0 suggestions</span>')
    # the articles follow one another, nothing between them
    assert re.fullmatch(r'<section class="article" id="file-0">(?:(?!<section).)*</section>'
                        r'(<div class="no-errors"><section class="article" id="file-\d">'
                        r'(?:(?!<section).)*</section></div>){2}', articles, re.S)
    assert "<summary>1 file with no findings</summary><p>d.txt</p>" in render(
        "html", Report([one] + warn, files=["a.txt", "b.txt", "c.txt", "d.txt"]))
    title, header, _ = page_of([], [])
    assert (title, header.split(" <span")[0]) == ("newslint report: 0 findings", "0 findings in 0 files")
    from lint import __version__

    assert f"<footer>newslint {__version__}: hover" in render("html", Report([]))


def test_a_rule_link_that_is_not_http_is_shown_as_text():
    from types import SimpleNamespace

    from lint.ruleset import Rule

    rule = Rule("r.x", "k", "m", "warning", (), "Checks x here at length.", "javascript:alert(1)",
                [], {}, "", checker=SimpleNamespace(fixable=False))
    page = render("html", Report([Diagnostic("a.txt", 1, 1, 1, 2, "r.x", "warning", "m")],
                                 files=["a.txt"], rules={"r.x": rule}))
    cell = re.search(r'<td class="n">1</td><td>(.*?)</td></tr>', page)[1]
    assert cell == 'Checks x here at length. <span class="link">reference: javascript:alert(1)</span>'


def test_two_findings_in_one_part_list_both_messages_and_nothing_else():
    doc = read_bytes("a.html", MULTI.encode("utf-8"))

    def on_line_5(piece: str, rule: str, level: str, message: str) -> Diagnostic:
        start = MULTI.index(piece)
        col = start - MULTI.rfind("\n", 0, start)
        return Diagnostic("a.html", 5, col, 5, col + len(piece), rule, level, message, None,
                          start, start + len(piece), piece)

    found = [on_line_5("The the", "r.double", "warning", "doubled"),
             on_line_5("mouse", "r.plural", "suggestion", "plural")]
    page = render("html", Report(found, files=["a.html"], documents={"a.html": doc}))
    (row,) = [r for r in rows_of(page) if r["label"] == "paragraph"]
    assert row["messages"] == ["f0-1", "f0-2"]       # rows_of: and nothing between them
    assert row["marks"] == [("f0-1", "The the"), ("f0-2", "mouse")]


def test_a_markup_finding_is_shown_where_it_stands_in_the_page():
    doc = read_bytes("a.html", MULTI.encode("utf-8"))
    at = MULTI.index("</article>")
    late = Diagnostic("a.html", 5, 1, 5, 11, "file.late", "warning", "late says", None, at, at + 10,
                      MULTI[at:at + 10])
    head = MULTI.index("<h1>")
    early = Diagnostic("a.html", 4, 1, 4, 5, "file.early", "warning", "early says", None, head,
                       head + 4, MULTI[head:head + 4])
    page = render("html", Report([early, late], files=["a.html"], documents={"a.html": doc}))
    assert [(r["label"], r["messages"]) for r in rows_of(page)] == [
        ("html title", []), ("markup", ["f0-1"]), ("headline", []), ("paragraph", []),
        ("markup", ["f0-2"])]
