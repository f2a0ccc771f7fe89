"""qa123: newslint through its language server, as a writer in an editor
drives it (didOpen, incremental didChange, didSave, code actions, settings),
compared with `newslint check` on the same text saved to disk. Each test is
a fault found, first pinned as a strict xfail; all seven are fixed (fx216)
and are guards now: each asserts the right behaviour."""
from __future__ import annotations

import subprocess
import sys

import pytest
import pytest_lsp
from lsprotocol import types

from lsp_helpers import apply, capabilities, config, edits_of, open_doc, published

pytestmark = pytest.mark.asyncio(loop_scope="module")

PUBLISHED = "published: 2024-06-01\n"


@pytest_lsp.fixture(config=config(), scope="module")
async def client(lsp_client: pytest_lsp.LanguageClient, tmp_path_factory):
    root = tmp_path_factory.mktemp("qa123")
    (root / ".newslint.yaml").write_text(PUBLISHED)
    await lsp_client.initialize_session(types.InitializeParams(
        capabilities=capabilities(), root_uri=root.as_uri(),
        workspace_folders=[types.WorkspaceFolder(root.as_uri(), "ws")],
        initialization_options={"debounce": 0}))
    lsp_client.root = root
    yield
    await lsp_client.shutdown_session()


@pytest_lsp.fixture(config=config(), scope="module")
async def slow_client(lsp_client: pytest_lsp.LanguageClient, tmp_path_factory):
    """A second server whose lint waits 2 s after a change (the `debounce`
    setting), so two quick changes are never linted one by one."""
    root = tmp_path_factory.mktemp("qa123-slow")
    (root / ".newslint.yaml").write_text(PUBLISHED)
    await lsp_client.initialize_session(types.InitializeParams(
        capabilities=capabilities(), root_uri=root.as_uri(),
        workspace_folders=[types.WorkspaceFolder(root.as_uri(), "ws")],
        initialization_options={"debounce": 2000}))
    lsp_client.root = root
    yield
    await lsp_client.shutdown_session()


def _codes(diagnostics) -> list[str]:
    return [d.code for d in diagnostics]


async def test_a_change_at_the_same_version_is_linted_afresh(client):
    """A client that sends a change without raising `version` (the protocol
    says it must rise; some clients slip) gets the old text's findings back at
    once, and the old finding's quick fix, applied to the new text, cuts a
    word in two ("The council met" -> "Thencil met"). The lint kept for a
    version is reused because only the version number is compared
    (scheduling.Scheduling.lint / current, features.code_action)."""
    uri = (client.root / "same-version.md").as_uri()
    old = "# Budget\n\nThe the council met.\n"
    new = "# Budget\n\nThe council met today.\n"
    first = await published(client, uri, 5, open_doc(client, uri, old, version=5))
    assert "hygiene.doubled-word" in _codes(first)
    before = len(client.published)
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        types.VersionedTextDocumentIdentifier(uri=uri, version=5),
        [types.TextDocumentContentChangeWholeDocument(text=new)]))
    again = await published(client, uri, 5, before)
    assert "hygiene.doubled-word" not in _codes(again)          # 'The the' is gone from the text
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=uri),
        range=types.Range(types.Position(2, 0), types.Position(2, 7)),
        context=types.CodeActionContext(diagnostics=[], only=[types.CodeActionKind.QuickFix])))
    for action in actions or []:
        if action.edit is not None:
            fixed = apply(new, edits_of(action.edit, uri))
            assert "council" in fixed, (action.title, fixed)      # no quick fix cuts a word


async def test_a_folder_with_a_percent_sign_in_its_name_keeps_its_config(client):
    """`Path.as_uri()` (and every editor) writes a literal '%' as '%25'.
    `uri_to_path` calls `unquote` and then `url2pathname`, which unquotes
    again, so '/ws/Q3%20desk/story.md' is looked up as '/ws/Q3 desk/story.md'
    (saved web pages and exports often keep '%20' in their names). The folder's
    config (ignore the doubled word) is missed; the workspace's applies."""
    desk = client.root / "Q3%20desk"
    desk.mkdir()
    (desk / ".newslint.yaml").write_text(PUBLISHED + "ignore: [hygiene.doubled-word]\n")
    story = desk / "story.md"
    text = "# Budget\n\nThe the council met today.\n"
    story.write_text(text)
    uri = story.as_uri()
    assert "%2520" in uri
    found = await published(client, uri, 1, open_doc(client, uri, text))
    assert "hygiene.doubled-word" not in _codes(found)        # `newslint check story.md` finds nothing


async def test_a_config_buffer_with_a_bom_places_its_error_on_the_bad_id(client):
    """`newslint check` says `.newslint.yaml:1:10` for 'hygeine' in
    '\\ufeffselect: [hygeine]': column 10 of the file read without its BOM.
    The server adds that column to the buffer's line start, where the BOM is
    still a character (one UTF-16 unit), so the error lands on '[' (0:9), not
    on 'hygeine' (0:10). Articles shift past a BOM (linting._encoded); the
    config buffer does not."""
    folder = client.root / "bom-config"
    folder.mkdir()
    text = "\ufeffselect: [hygeine]\n"
    (folder / ".newslint.yaml").write_text(text, encoding="utf-8")
    uri = (folder / ".newslint.yaml").as_uri()
    found = await published(client, uri, 1, open_doc(client, uri, text, language="yaml"))
    assert [d.code for d in found] == ["config-error"]
    assert (found[0].range.start.line, found[0].range.start.character) == (0, text.index("hygeine"))


async def test_a_pyproject_with_a_bom_is_never_dropped_unsaid(tmp_path):
    """config_find._sets_tool_newslint: tomllib refuses the BOM, and the
    fallback `_NAMES_TABLE` (`^[ \\t]*[tool.newslint`) does not match a first
    line that opens with the BOM's bytes, so the file counts as no config at
    all; `check` lints with the defaults and exits 0 or 1, as if the config
    were read. (The same file with `[project]` first gets exit 2, 'invalid
    TOML: Invalid statement' at 1:1; a `.newslint.yaml` with a BOM is read.)
    Either read it or say what is wrong with it."""
    (tmp_path / "pyproject.toml").write_bytes(
        b'\xef\xbb\xbf[tool.newslint]\nignore = ["hygiene.doubled-word"]\npublished = "2024-06-01"\n')
    story = tmp_path / "story.md"
    story.write_text("# Budget\n\nThe the council met.\n")
    run = subprocess.run([sys.executable, "-m", "lint", "check", "--no-cache", str(story)],
                         capture_output=True, text=True, cwd=tmp_path)
    assert run.returncode == 2 or "hygiene.doubled-word" not in run.stdout, (run.returncode, run.stdout)


async def test_disable_for_this_line_is_offered_only_where_it_hides_the_finding(client):
    """README: a disable place is taken only if 'the comment is read as a
    directive and hides exactly that line'. A misspelt id in a directive is a
    `file.directive` warning that engine.lint_document adds after the
    suppressions ('the directive never hides it'; only `ignore:` does), but
    suppressing._keeps_article checks only that the new comment is read as a
    directive for that line, so the action is offered and, once applied, the
    warning stays (one line lower) and the article has one more comment."""
    uri = (client.root / "misspelt-directive.md").as_uri()
    text = ("# Budget\n\nThe council met.\n\n"
            "<!-- newslint-disable-next-line hygeine.doubled-word -->\nAnd and more.\n")
    found = await published(client, uri, 1, open_doc(client, uri, text))
    directive = next(d for d in found if d.code == "file.directive")
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=uri), range=directive.range,
        context=types.CodeActionContext(diagnostics=[directive], only=[types.CodeActionKind.QuickFix])))
    disable = [a for a in actions or [] if a.title == "Disable file.directive for this line"]
    if not disable:
        return                     # not offered: right
    edited = apply(text, edits_of(disable[0].edit, uri))
    before = len(client.published)
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        types.VersionedTextDocumentIdentifier(uri=uri, version=2),
        [types.TextDocumentContentChangeWholeDocument(text=edited)]))
    after = await published(client, uri, 2, before)
    assert "file.directive" not in _codes(after), edited       # offered, so it must hide it


def _answer_to_initialize(options_json: str) -> dict:
    """Start `newslint server`, send `initialize` whose initializationOptions
    are the raw JSON `options_json`, and return its answer (then exit)."""
    import json
    server = subprocess.Popen([sys.executable, "-m", "lint", "server"], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    try:
        body = ('{"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"processId": null, '
                '"rootUri": null, "capabilities": {}, "initializationOptions": %s}}' % options_json).encode()
        server.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        server.stdin.flush()
        while True:
            length = None
            while (line := server.stdout.readline().strip()):
                name, _, value = line.decode().partition(":")
                if name.lower() == "content-length":
                    length = int(value)
            message = json.loads(server.stdout.read(length))
            if message.get("id") == 1:
                return message
    finally:
        server.kill()
        server.wait()


async def test_a_live_limit_past_a_double_is_left_out_not_a_failed_initialize():
    """settings._number takes any int or float 0 or more, inf and nan
    included; settings.parse then calls int(limit), which raises. In
    `initialize` (app.first_settings) that is an internal error answering the
    request, so the client cannot start the server; README: a setting's bad
    value is 'left out and the other settings apply'. (`debounce: 1e400` is
    taken too, and the document is then never linted after a change.)"""
    answer = _answer_to_initialize('{"liveLimit": 1e400, "ignore": ["style"]}')
    assert "error" not in answer, answer["error"]["message"]
    assert answer["result"]["serverInfo"]["name"] == "newslint"


async def test_a_version_number_seen_before_never_brings_back_its_old_lint(slow_client):
    """Open at version 5 (a doubled word), change to version 3, then to version
    5 again with other text, within the debounce (2 s here). The push is right (the
    lint in flight was dropped), but `Scheduling.current` keeps the first
    version 5's lint in `Open.linted` and takes it for the current text because
    the numbers match: code actions offer 'replace The the with The' at 2:0-2:7
    of 'The council met today.' ('Thencil met today.') and hover shows the
    old finding. Same root as the same-version change above: a kept lint is
    known by its version number alone."""
    uri = (slow_client.root / "versions-back.md").as_uri()
    first = "# Budget\n\nThe the council met.\n"
    now = "# Budget\n\nThe council met today.\n"
    await published(slow_client, uri, 5, open_doc(slow_client, uri, first, version=5))
    for version, text in ((3, "# Budget\n\nThe council met.\n"), (5, now)):
        slow_client.text_document_did_change(types.DidChangeTextDocumentParams(
            types.VersionedTextDocumentIdentifier(uri=uri, version=version),
            [types.TextDocumentContentChangeWholeDocument(text=text)]))
    actions = await slow_client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=uri),
        range=types.Range(types.Position(2, 0), types.Position(2, 7)),
        context=types.CodeActionContext(diagnostics=[], only=[types.CodeActionKind.QuickFix])))
    titles = [a.title for a in actions or []]
    assert not any("hygiene.doubled-word" in t for t in titles), titles
