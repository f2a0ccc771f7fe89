"""`newslint server`'s "Disable RULE for this line", end to end: a pytest-lsp
client asks for the action on each finding, applies its edit as an editor
would, and newslint reads the edited article again. The article must read
the same (every part's kind and text), the finding must be gone (the
server's next publish, and `newslint check`'s reading), and nothing else may
change. Where no place hides exactly that line without changing the
article, the action is not offered (nu21 #2)."""
from __future__ import annotations

import re

import pytest
import pytest_lsp
from lsprotocol import types

from lint import lint_text
from lint.readers import read_bytes
from lsp_helpers import apply, capabilities, config, edits_of, open_doc, published, replace_all

pytestmark = pytest.mark.asyncio(loop_scope="module")
RULE = "hygiene.placeholder"
DISABLE = f"Disable {RULE} for this line"


@pytest_lsp.fixture(config=config(), scope="module")
async def client(lsp_client: pytest_lsp.LanguageClient, tmp_path_factory):
    lsp_client.root = tmp_path_factory.mktemp("disable")
    await lsp_client.initialize_session(types.InitializeParams(
        capabilities=capabilities(), root_uri=lsp_client.root.as_uri(),
        initialization_options={"select": [RULE, "captions.placeholder"]}))
    yield
    await lsp_client.shutdown_session()


def parts(name: str, text: str) -> list[tuple[str, str]]:
    return [(p.kind, p.text) for p in read_bytes(name, text.encode("utf-8")).parts]


async def actions_on(client, doc: str, finding: types.Diagnostic) -> list[types.CodeAction]:
    return await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(doc), range=finding.range,
        context=types.CodeActionContext(diagnostics=[finding]))) or []


async def opened(client, name: str, text: str) -> tuple[str, list[types.Diagnostic]]:
    doc = (client.root / name).as_uri()
    language = "html" if name.endswith(".html") else "markdown"
    found = await published(client, doc, 1, open_doc(client, doc, text, language=language))
    return doc, [d for d in found if d.code.endswith(".placeholder")]


FRONT = "---\ntitle: Ferry fares rise\ndate: 2026-11-25\n---\n\n"
PLACED = [
    # nu21's table: the comment went on the delimiter row and the table became a paragraph
    ("table-first-row.md", FRONT + "| a | b |\n|---|---|\n| TK | x |\n"),
    ("table-later-row.md", "# Board meets\n\n| a | b |\n|---|---|\n| x | y |\n| TK | z |\n"),
    # nu21's code block: the comment went on the code line, was printed, and hid nothing
    ("after-code.md", "# Board meets\n\n    indented code\nTK after code.\n"),
    ("after-fence.md", "# Board meets\n\n```\ncode\n```\nTK after code.\n"),
    ("link-across-lines.md", "# Board meets\n\nSome text with a [link\nTK](https://example.com) here.\n"),
    ("paragraph.md", "# Board meets\n\nThe board met.\nThe cost is TK.\n"),
    ("bom.md", "\ufeffThe cost is TK.\n"),          # the comment goes after the BOM, never before it
    # qa45 #10: a quote's blank line (only `>`), where an appended comment joins two paragraphs
    ("quote-blank-line.md", "# Board meets\n\nIntro.\n\n> The board met.\n>\n> The cost is TK.\n"),
    ("nested-quote-blank-line.md", "# Board meets\n\n> > The board met.\n> >\n> > The cost is TK.\n"),
    # nu21's textarea: the comment went inside it (RCDATA), where it shows as text
    ("textarea.html", "<html><body><article><h1>Board meets</h1>\n<textarea>\nold</textarea>"
                      "<p>The cost is TK.</p></article></body></html>\n"),
    ("script.html", "<html><body><article><h1>Board meets</h1>\n<script>\nvar a = 1;</script>"
                    "<p>The cost is TK.</p></article></body></html>\n"),
    ("title.html", "<html>\n<head>\n<title>Board meets</title>\n</head>\n<body>\n<h1>Board meets</h1>\n"
                   "<p>The board met.\nThe cost is TK.</p>\n</body>\n</html>\n"),
]


@pytest.mark.parametrize("name,text", PLACED, ids=[n for n, _ in PLACED])
async def test_the_comment_hides_the_finding_and_the_article_reads_the_same(client, name, text):
    doc, found = await opened(client, name, text)
    assert len(found) == 1
    disable = [a for a in await actions_on(client, doc, found[0]) if a.title == DISABLE]
    assert len(disable) == 1
    edits = edits_of(disable[0].edit, doc)
    assert len(edits) == 1 and edits[0].range.start == edits[0].range.end      # an insertion only
    assert edits[0].new_text.strip(" \n") in (f"<!-- newslint-disable-next-line {RULE} -->",
                                               f"<!-- newslint-disable-line {RULE} -->")
    edited = apply(text, edits)
    assert edited[0] == text[0]                                  # after a BOM, never before it
    assert parts(name, edited) == parts(name, text)              # the article reads the same
    assert [d.rule for d in lint_text(text, name, select=[RULE])] == [RULE]
    assert lint_text(edited, name, select=[RULE]) == []
    after = await published(client, doc, 2, replace_all(client, doc, edited, 2))
    assert [d for d in after if d.code == RULE] == []


async def test_the_markdown_cases_render_the_same():
    """The rendered HTML, comment left out, is the original's (markdown-it,
    CommonMark and tables, as the Markdown reader parses)."""
    from markdown_it import MarkdownIt
    from lint.server.suppressing import disable_edit
    md = MarkdownIt("commonmark").enable("table")
    for name, text in PLACED:
        if not name.endswith(".md"):
            continue
        text = text.removeprefix("\ufeff")
        body = len(FRONT) if text.startswith("---") else 0
        at, insert = disable_edit(text, "markdown", text.index("TK"), RULE, body)
        html = md.render(text[:at] + insert + text[at:])
        comment = insert.strip()
        assert re.sub(rf"(?m)^{re.escape(comment)}\n", "", html).replace(comment, "") == md.render(text), name
        assert "&lt;!--" not in html                                     # never escaped into text
        assert not re.search(r"<code>[^<]*<!--", html)                     # nor put in code


@pytest.mark.parametrize("name", ["quote-blank-line.md", "nested-quote-blank-line.md"])
async def test_a_quote_blank_line_stays_blank(client, name):
    """The line of only `>` markers before the finding is left as it was:
    with a comment on it, it is a text line, and a renderer that does not
    take an HTML comment as a block (Python-Markdown) joins the quote's two
    paragraphs (qa45 #10). The comment goes on the finding's own line."""
    text = dict(PLACED)[name]
    doc, found = await opened(client, f"own-{name}", text)
    disable = [a for a in await actions_on(client, doc, found[0]) if a.title == DISABLE]
    edited = apply(text, edits_of(disable[0].edit, doc))
    blank = next(line for line in text.splitlines() if set(line) <= {">", " "})
    assert blank in edited.splitlines()
    assert f"The cost is TK.<!-- newslint-disable-line {RULE} -->" in edited


NOT_OFFERED = [
    # nu21's one-line page: "this line" is the whole page
    ("minified.html", "<!DOCTYPE html><html><head><title>Board meets</title></head><body>"
                      "<h1>Board meets</h1><p>The board met.</p><p>The cost is TK.</p></body></html>"),
    # every place on the line or the one before is inside a <textarea>
    ("two-textareas.html", "<html><body><article><h1>Board meets</h1>\n<textarea>\nold</textarea>"
                           "<p>The cost is TK.</p><textarea>\nnew</textarea></article></body></html>\n"),
    # the middle line of a tag written over three lines (captions.placeholder, in the alt)
    ("tag.html", "<html><body><h1>Board meets</h1>\n<img src=x.jpg\n alt=\"The cost is TK\"\n width=3>\n"
                 "<p>The board met.</p></body></html>\n"),
    # MDX 2/3 rejects an HTML comment ("Unexpected character `!`"): the article would not build (qa45 #5)
    ("story.mdx", "# Board meets\n\nIntro para.\n\nThe cost is TK.\n"),
]


@pytest.mark.parametrize("name,text", NOT_OFFERED, ids=[n for n, _ in NOT_OFFERED])
async def test_no_action_where_no_comment_hides_exactly_that_line(client, name, text):
    doc, found = await opened(client, name, text)
    assert len(found) == 1
    titles = [a.title for a in await actions_on(client, doc, found[0])]
    assert not [t for t in titles if t.startswith("Disable")]


async def test_a_wide_range_searches_a_few_findings_per_request(client):
    """A selection of the whole document (qa45 #4: 100 findings held the lint
    thread for 6 to 19 s): each request searches at most SEARCHED_AT_ONCE
    findings, the first in the range; the next request goes on from there."""
    from lint.server.actions import SEARCHED_AT_ONCE
    count = SEARCHED_AT_ONCE + 2
    text = "# Board meets\n\n" + "".join(f"Item {i} costs TK.\n\n" for i in range(count))
    doc, found = await opened(client, "wide.md", text)
    assert len(found) == count
    whole = types.Range(found[0].range.start, found[-1].range.end)

    async def disabled_lines():
        got = await client.text_document_code_action_async(types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(doc), range=whole,
            context=types.CodeActionContext(diagnostics=found))) or []
        return sorted(a.diagnostics[0].range.start.line for a in got if a.title == DISABLE)

    lines = [d.range.start.line for d in found]
    assert await disabled_lines() == lines[:SEARCHED_AT_ONCE]
    assert await disabled_lines() == lines


async def test_in_yaml_front_matter_the_comment_is_a_yaml_one(client):
    """nu28 #5: a finding in the headline gets `# newslint-disable-line RULE`
    at the end of its line, where `<!--` would be data."""
    text = "---\ntitle: Ferry TK fares   \ndate: 2026-11-25\n---\n\nThe board met.\n"
    doc, found = await opened(client, "fm-title.md", text)
    assert len(found) == 1
    disable = [a for a in await actions_on(client, doc, found[0]) if a.title == DISABLE]
    edited = apply(text, edits_of(disable[0].edit, doc))
    assert edited == text.replace("fares", f"fares  # newslint-disable-line {RULE}")
    assert parts("fm-title.md", edited) == parts("fm-title.md", text)
    assert lint_text(edited, "fm-title.md", select=[RULE]) == []


@pytest.mark.parametrize("front", ["description: |\n  Ferry TK fares\n  more\n",
                                   "title: \"Ferry TK\n  fares\"\n"], ids=["block", "quoted-run-on"])
async def test_no_yaml_comment_where_it_would_be_text(front):
    from lint.server.suppressing import disable_edit
    text = f"---\n{front}---\n\nThe board met.\n"
    assert disable_edit(text, "markdown", text.index("TK"), RULE, text.index("\n\n") + 1) is None
    # TOML takes the comment since fx107, but not inside a multi-line string that runs on
    toml = "+++\ntitle = \"\"\"Ferry TK fares\nmore\"\"\"\n+++\n\nThe board met.\n"
    assert disable_edit(toml, "markdown", toml.index("TK"), RULE, toml.index("\n\n") + 1) is None
    toml = "+++\ntitle = \"Ferry TK fares\"\n+++\n\nThe board met.\n"
    assert disable_edit(toml, "markdown", toml.index("TK"), RULE, toml.index("\n\n") + 1) == \
        (len('+++\ntitle = "Ferry TK fares"'), f"  # newslint-disable-line {RULE}")
