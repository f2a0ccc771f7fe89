"""`newslint server` end to end: a pytest-lsp client drives the real server
process (push diagnostics, as a client without pull support gets them).
One server serves this module; each test uses its own documents."""
from __future__ import annotations

import os
import shutil

import pytest
import pytest_lsp
from lsprotocol import types

from lsp_helpers import (apply, capabilities, config, edits_of, open_doc, position_of,
                         published, replace_all, until, utf16)

pytestmark = pytest.mark.asyncio(loop_scope="module")

ARTICLE = ("# Council meets\n\nThe the council met on May 18th, 2025, and agreed on October 21 "
           "to to vote. Leave a Reply\n")


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    root = tmp_path_factory.mktemp("ws")
    (root / "configured").mkdir()
    (root / "configured" / ".newslint.yaml").write_text("select: [hygiene.doubled-word]\n")
    (root / "broken").mkdir()
    (root / "broken" / ".newslint.yaml").write_text("select: [hygeine]\n")
    (root / "picked").mkdir()          # nu26's: only two packs, and a 1 KB limit
    (root / "picked" / ".newslint.yaml").write_text("select: [hygiene, style]\nmax-file-size: 0.001\n")
    (root / "picked" / "quiet").mkdir()
    (root / "picked" / "quiet" / ".newslint.yaml").write_text("select: [hygiene]\nignore: [file.empty]\n")
    return root


@pytest_lsp.fixture(config=config(), scope="module")
async def client(lsp_client: pytest_lsp.LanguageClient, workspace):
    lsp_client.init_result = await lsp_client.initialize_session(types.InitializeParams(
        capabilities=capabilities(), root_uri=workspace.as_uri(),
        workspace_folders=[types.WorkspaceFolder(workspace.as_uri(), "ws")],
        initialization_options={"debounce": 150}))
    lsp_client.root = workspace
    yield
    await lsp_client.shutdown_session()


def uri(client, name: str) -> str:
    return (client.root / name).as_uri()


def rules(diagnostics) -> list[str]:
    return [d.code for d in diagnostics]


async def test_initialize_advertises_what_the_server_does(client):
    caps, info = client.init_result.capabilities, client.init_result.server_info
    assert info.name == "newslint"
    sync = caps.text_document_sync
    assert sync.change == types.TextDocumentSyncKind.Incremental and sync.open_close
    assert caps.hover_provider
    assert caps.diagnostic_provider.identifier == "newslint"
    assert not caps.diagnostic_provider.inter_file_dependencies
    kinds = caps.code_action_provider.code_action_kinds
    assert types.CodeActionKind.QuickFix in kinds and "source.fixAll.newslint" in kinds
    assert caps.code_action_provider.resolve_provider
    assert caps.position_encoding in (None, types.PositionEncodingKind.Utf16)


async def test_diagnostics_after_open_and_after_an_edit(client):
    doc = uri(client, "story.md")
    after = open_doc(client, doc, ARTICLE)
    first = await published(client, doc, 1, after)
    assert rules(first) == ["hygiene.doubled-word", "style.date-ordinal", "style.month-abbreviation",
                            "hygiene.doubled-word", "hygiene.boilerplate"]
    boiler = first[-1]
    assert boiler.source == "newslint" and boiler.severity == types.DiagnosticSeverity.Error
    assert first[0].severity == types.DiagnosticSeverity.Warning
    assert first[2].severity == types.DiagnosticSeverity.Information     # a suggestion
    assert (boiler.range.start.line, boiler.range.start.character) == (2, 76)
    assert first[1].code_description is None or first[1].code_description.href.startswith("http")
    after = replace_all(client, doc, ARTICLE.replace("The the", "The").replace(" Leave a Reply", ""), 2)
    second = await published(client, doc, 2, after)
    assert rules(second) == ["style.date-ordinal", "style.month-abbreviation", "hygiene.doubled-word"]
    assert second[0].range.start.character == 23       # moved left by "the " (4 characters)


async def test_ranges_are_utf16_code_units_with_emoji_and_crlf(client):
    text = ("# Council 😀 meets\r\n\r\n👩‍👩‍👧 The 😀 council met on Thursday, March 7, 2025, "
            "🎉 in the 𝒞ity. Leave a Reply\r\nNext line 😀 the the end.\r\n")
    doc = uri(client, "emoji.md")
    found = await published(client, doc, 1, open_doc(client, doc, text))
    by_rule = {d.code: d for d in found}
    for rule, flagged in (("dates.weekday-mismatch", "Thursday, March 7, 2025"),
                          ("hygiene.boilerplate", "Leave a Reply"), ("hygiene.doubled-word", "the the")):
        start = text.index(flagged)
        want_start, want_end = position_of(text, start), position_of(text, start + len(flagged))
        got = by_rule[rule].range
        assert (got.start.line, got.start.character) == want_start, rule
        assert (got.end.line, got.end.character) == want_end, rule
    # the emoji before it count twice: code points would say 26, UTF-16 says 30
    line = text.split("\r\n")[2]
    assert by_rule["dates.weekday-mismatch"].range.start.character == utf16(line[:line.index("Thurs")])


async def test_incremental_edits_after_a_unicode_line_separator_stay_in_step(client):
    # U+2028 and form feed are text to LSP (only LF, CRLF, CR end a line);
    # str.splitlines would break there and put the edit in the wrong place.
    text = "# Hed\n\nIt was\u2028new \x0c text. Leave a Reply and more.\n"
    doc = uri(client, "separator.md")
    await published(client, doc, 1, open_doc(client, doc, text))
    line = text.split("\n")[2]
    start = line.index("Leave")
    after = len(client.published)
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        types.VersionedTextDocumentIdentifier(uri=doc, version=2),
        [types.TextDocumentContentChangePartial(
            range=types.Range(types.Position(2, start), types.Position(2, start + len("Leave a Reply"))),
            text="the the")]))
    found = await published(client, doc, 2, after)
    assert rules(found) == ["hygiene.doubled-word"]
    assert (found[0].range.start.line, found[0].range.start.character) == (2, start)


async def test_formats_by_extension_or_language_id_and_untitled_documents(client):
    html = uri(client, "page.html")
    found = await published(client, html, 1, open_doc(
        client, html, "<html><body><h1>Hed</h1><p>The the vote. Leave a Reply</p></body></html>\n",
        language="html"))
    assert rules(found) == ["hygiene.doubled-word", "hygiene.boilerplate"]
    plain = "untitled:Untitled-1"
    found = await published(client, plain, 1, open_doc(client, plain, "Hed\n\nThe the vote.\n",
                                                       language="plaintext"))
    assert rules(found) == ["hygiene.doubled-word"]
    readme = uri(client, "README")          # no extension: the language id decides
    found = await published(client, readme, 1, open_doc(client, readme, "# Hed\n\nThe the vote.\n"))
    assert rules(found) == ["hygiene.doubled-word"]
    code = uri(client, "script.py")          # not an article: never linted
    after = open_doc(client, code, "print('the the')\n", language="python")
    later = uri(client, "later.md")
    await published(client, later, 1, open_doc(client, later, "# H\n\nThe the.\n"))
    assert all(p.uri != code for p in client.published[after:])


async def code_actions(client, doc: str, start, end, only=None):
    return await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(doc),
        range=types.Range(types.Position(*start), types.Position(*end)),
        context=types.CodeActionContext(diagnostics=[], only=only))) or []


def check_fix(run_cli, folder, name: str, text: str) -> str:
    """What `newslint check --fix` writes for `text` saved as folder/name."""
    path = folder / name
    path.write_bytes(text.encode("utf-8"))
    run_cli("check", "--fix", "--no-progress", path)
    return path.read_bytes().decode("utf-8")


async def test_quick_fix_applies_the_fix_check_fix_applies(client, run_cli, tmp_path):
    text = "# Hed\n\nThe council met on Tuesday. It voted to to raise taxes.\n"
    doc = uri(client, "quick.md")
    found = await published(client, doc, 1, open_doc(client, doc, text))
    assert rules(found) == ["hygiene.doubled-word"]
    actions = await code_actions(client, doc, (2, 40), (2, 40))
    fix = next(a for a in actions if a.title.startswith("Fix hygiene.doubled-word"))
    assert fix.kind == types.CodeActionKind.QuickFix and fix.is_preferred
    assert fix.title == "Fix hygiene.doubled-word: replace 'to to' with 'to'"
    assert apply(text, edits_of(fix.edit, doc)) == check_fix(run_cli, tmp_path, "quick.md", text)


async def test_fix_all_gives_what_check_fix_writes(client, run_cli, tmp_path):
    text = ARTICLE.replace("\n", "\r\n") + "The 😀 hearing is at 7 PM on Wed. May 18th.\r\n"
    doc = uri(client, "fixall.md")
    await published(client, doc, 1, open_doc(client, doc, text))
    for only, kind in ((None, types.CodeActionKind.QuickFix),
                       (["source.fixAll"], "source.fixAll.newslint")):
        actions = await code_actions(client, doc, (2, 0), (2, 3), only)
        fix_all = [a for a in actions if a.title == "Fix all newslint problems in this file"]
        assert len(fix_all) == 1 and fix_all[0].kind == kind
        resolved = await client.code_action_resolve_async(fix_all[0])
        fixed = apply(text, edits_of(resolved.edit, doc))
        assert fixed == check_fix(run_cli, tmp_path, "fixall.md", text)
        assert fixed != text and "\r\n" in fixed


async def test_disable_for_this_line_hides_that_finding_only(client):
    text = ("# Hed\n\nThe council met.\nIt voted to to raise taxes. Leave a Reply\nand the the end.\n\n"
            "- a list item with to to\n")
    doc = uri(client, "disable.md")
    before = await published(client, doc, 1, open_doc(client, doc, text))
    version = 1
    for line, rule in ((3, "hygiene.doubled-word"), (4, "hygiene.doubled-word"), (6, "hygiene.doubled-word")):
        actions = await code_actions(client, doc, (line, 0), (line, 200))
        disable = next(a for a in actions if a.title == f"Disable {rule} for this line")
        text = apply(text, edits_of(disable.edit, doc))
        version += 1
        after_edit = await published(client, doc, version, replace_all(client, doc, text, version))
        gone = [d for d in before if d.code == rule and d.range.start.line == line]
        assert len(after_edit) == len(before) - len(gone)
        assert sorted((d.code, d.message) for d in after_edit) == sorted(
            (d.code, d.message) for d in before if d not in gone)
        before = after_edit
    assert "<!-- newslint-disable-next-line hygiene.doubled-word -->" in text
    assert text.count("\n\n") == 2          # no paragraph was split by the comments


async def test_no_disable_comment_in_plain_text(client):
    doc = uri(client, "wire.txt")
    await published(client, doc, 1, open_doc(client, doc, "Hed\n\nThe the vote.\n", language="plaintext"))
    titles = [a.title for a in await code_actions(client, doc, (2, 0), (2, 5))]
    assert "Fix hygiene.doubled-word: replace 'The the' with 'The'" in titles
    assert not any(t.startswith("Disable") for t in titles)


async def test_hover_explains_the_rule_with_a_fail_and_a_pass_example(client):
    doc = uri(client, "hover.md")
    await published(client, doc, 1, open_doc(client, doc, "# Hed\n\nHeld on Thursday, March 7, 2025.\n"))
    hover = await client.text_document_hover_async(types.HoverParams(
        types.TextDocumentIdentifier(doc), types.Position(2, 12)))
    text = hover.contents.value
    assert hover.contents.kind == types.MarkupKind.Markdown
    assert "**dates.weekday-mismatch**" in text and "March 7, 2025 is a Friday" in text
    assert text.count("Flagged: ") == 1 and text.count("Fine: ") == 1
    assert "expects:" not in text and "\n->" not in text and "fail:" not in text   # nu30 #8
    assert "(https://en.wikipedia.org/wiki/Determination_of_the_day_of_the_week)" in text
    nothing = await client.text_document_hover_async(types.HoverParams(
        types.TextDocumentIdentifier(doc), types.Position(2, 0)))
    assert nothing is None


async def test_a_config_change_is_picked_up_without_restart(client):
    folder = client.root / "configured"
    doc = (folder / "story.md").as_uri()
    found = await published(client, doc, 1, open_doc(client, doc, ARTICLE))
    assert set(rules(found)) == {"hygiene.doubled-word"}
    cfg = folder / ".newslint.yaml"
    cfg.write_text("select: [hygiene.boilerplate]\n")
    stamp = os.stat(cfg).st_mtime_ns + 10**9
    os.utime(cfg, ns=(stamp, stamp))
    after = len(client.published)
    client.workspace_did_change_watched_files(types.DidChangeWatchedFilesParams(
        [types.FileEvent(cfg.as_uri(), types.FileChangeType.Changed)]))
    found = await published(client, doc, 1, after)
    assert rules(found) == ["hygiene.boilerplate"]


async def test_a_broken_config_is_told_once_and_the_server_lives_on(client):
    """nu30 #2: the document says it is not checked (an error at 0:0 naming the
    config file, line and problem) on every lint, never an empty list; the
    pop-up comes once."""
    doc = (client.root / "broken" / "a.md").as_uri()
    found = await published(client, doc, 1, open_doc(client, doc, ARTICLE))
    cfg = client.root / "broken" / ".newslint.yaml"
    assert refusal(found) == [("config-error", ERROR, 0, 0, 0, 0, found[0].message)]
    assert found[0].message.startswith(f"not checked: {cfg}:1:")
    assert "no rule or pack 'hygeine' (did you mean hygiene?)" in found[0].message
    await until(lambda: any("hygeine" in m.message for m in client.messages), "the config error")
    told = [m for m in client.messages if "hygeine" in m.message]
    assert "did you mean hygiene" in told[0].message and told[0].type == types.MessageType.Warning
    again = await published(client, doc, 2, replace_all(client, doc, ARTICLE + "\n", 2))
    assert [d.code for d in again] == ["config-error"]
    assert len([m for m in client.messages if "hygeine" in m.message]) == 1
    other = uri(client, "alive.md")
    assert rules(await published(client, other, 1, open_doc(client, other, "# H\n\nThe the.\n"))) \
        == ["hygiene.doubled-word"]


async def test_an_overtaken_run_is_never_published(client):
    doc = uri(client, "typing.md")
    await published(client, doc, 1, open_doc(client, doc, "# Hed\n\nThe vote.\n"))
    after = len(client.published)
    for version, extra in ((2, "the the"), (3, "to to"), (4, "a a")):   # faster than the 150 ms debounce
        replace_all(client, doc, f"# Hed\n\nThe vote {extra}.\n", version)
    found = await published(client, doc, 4, after)
    assert [d.message for d in found] == ["doubled word: 'a a'"]
    assert [p.version for p in client.published[after:] if p.uri == doc] == [4]


async def test_closing_a_document_clears_its_diagnostics(client):
    doc = uri(client, "closed.md")
    assert await published(client, doc, 1, open_doc(client, doc, "# H\n\nThe the.\n"))
    after = len(client.published)
    client.text_document_did_close(types.DidCloseTextDocumentParams(types.TextDocumentIdentifier(doc)))
    assert list(await published(client, doc, None, after)) == []


async def test_a_broken_document_gets_its_file_diagnostic(client):
    doc = uri(client, "broken.md")
    found = await published(client, doc, 1, open_doc(
        client, doc, '---\ntitle: "The the vote\n\nBody text. Leave a Reply\n'))
    assert rules(found)[0] == "file.front-matter" and "hygiene.boilerplate" in rules(found)
    assert (found[0].range.start.line, found[0].range.start.character) == (0, 0)
    binary = uri(client, "binary.txt")
    found = await published(client, binary, 1, open_doc(client, binary, "Hed\n\nThe \x00 the.\n",
                                                        language="plaintext"))
    assert rules(found) == ["file.binary"]


def refusal(diagnostics) -> list[tuple]:
    return [(d.code, d.severity, d.range.start.line, d.range.start.character, d.range.end.line,
             d.range.end.character, d.message) for d in diagnostics]


WARN, ERROR = types.DiagnosticSeverity.Warning, types.DiagnosticSeverity.Error


@pytest.mark.parametrize("name, text, want", [
    ("big.md", "# Big story\n\n" + "The TK board met on Tuesday. " * 100 + "\n",
     ("file.too-large", ERROR, "file is 0.003 MB, over the 0.001 MB limit (raise max-file-size in "
                               "the config); skipped")),
    ("nul.md", "# Council meets\n\nThe TK council\x00 met.\n",
     ("file.binary", WARN, "binary file (contains NUL bytes); skipped")),
    ("empty.md", "", ("file.empty", WARN, "empty file: nothing to lint")),
])
async def test_a_refused_document_shows_checks_notice_at_its_start(client, name, text, want):
    """nu26 #13: under a config that selects `hygiene` and `style`, a buffer over
    max-file-size, one with a NUL byte and an empty one were published as `[]`
    (and check said "No problems found"): a file never checked looked clean. A
    refusal is said whatever `select:` picks (`Config.reports`), at 0:0."""
    doc = uri(client, f"picked/{name}")
    after = open_doc(client, doc, text)
    rule, level, message = want
    assert refusal(await published(client, doc, 1, after)) == [(rule, level, 0, 0, 0, 0, message)]


async def test_the_notice_goes_once_the_document_can_be_read(client):
    doc = uri(client, "picked/mended.md")
    after = open_doc(client, doc, "")
    assert [d.code for d in await published(client, doc, 1, after)] == ["file.empty"]
    after = replace_all(client, doc, "# Council meets\n\nThe TK council met.\n", 2)
    assert [d.code for d in await published(client, doc, 2, after)] == ["hygiene.placeholder"]


async def test_an_ignored_refusal_stays_unsaid(client):
    doc = uri(client, "picked/quiet/empty.md")
    after = open_doc(client, doc, "")
    assert list(await published(client, doc, 1, after)) == []


def change(client, doc: str, version: int, start, end, text: str) -> int:
    """An incremental didChange, sent as it is (lsprotocol refuses a negative line)."""
    before = len(client.published)
    at = [{"line": line, "character": char} for line, char in (start, end)]
    client.protocol._send_data({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {
        "textDocument": {"uri": doc, "version": version},
        "contentChanges": [{"range": {"start": at[0], "end": at[1]}, "text": text}]}})
    return before


@pytest.mark.parametrize("start, end", [((2, 3), (0, 0)), ((-1, 0), (0, 0))])
async def test_a_change_that_cannot_be_applied_says_the_copy_is_out_of_step_until_a_whole_text(
        client, start, end):
    """nu30 #8: a reversed range was applied as an insert and a negative line
    dropped, each in silence, and the server's copy then differed from the
    editor's. Now the document shows one error at its start until the editor
    sends its whole text; changes meanwhile are not applied."""
    doc = uri(client, f"step{start[0]}.md")
    await published(client, doc, 1, open_doc(client, doc, "# Hed\n\nThe vote.\n"))
    found = await published(client, doc, None, change(client, doc, 2, start, end, "X"))
    assert refusal(found) == [("out-of-step", ERROR, 0, 0, 0, 0, found[0].message)]
    assert "out of step with the editor" in found[0].message and "reopen" in found[0].message
    found = await published(client, doc, 3, change(client, doc, 3, (2, 0), (2, 0), "The the "))
    assert [d.code for d in found] == ["out-of-step"]
    found = await published(client, doc, 4, replace_all(client, doc, "# Hed\n\nThe the vote.\n", 4))
    assert [d.code for d in found] == ["hygiene.doubled-word"]
