"""Faults QA (qa95) found driving `newslint server` as a writer's editor
would: a pulled report's result id is the document's version, so a document
closed and opened again at version 1 with other text is answered
"unchanged" and the editor keeps the old findings (#1); a document over
`liveLimit` keeps its open-time findings pushed after an edit moves its
lines, so they underline the wrong words until it is saved (#2); an
untitled document keeps the config of the workspace folder it was opened
in after that folder is removed, while a new untitled one gets the new
folder's (#3); a client that does not watch files is sent, at a save after
a config change on disk, the document's findings under the old config
before the new ones (#4).

Each was a strict xfail failing for the fault's reason, with a passing
control where one makes the reason plain; each now passes with its fix
(fx173). Synthetic input only, written under tmp_path."""
from __future__ import annotations

import asyncio

import pytest
import pytest_lsp
from lsprotocol import types

from lsp_helpers import (capabilities, config, offset_of, open_doc, published, until)

pytestmark = pytest.mark.asyncio(loop_scope="module")
STORY = "# Council weighs budget\n\nBy Ana Ruiz\n\nThe the council voted at 7 PM.\n"
CLEAN = "# Council weighs budget\n\nBy Ana Ruiz\n\nThe council voted at 7 p.m.\n"


# -- #1: pulled diagnostics across a close and reopen ---------------------------------------

@pytest_lsp.fixture(config=config(), scope="module")
async def puller(lsp_client: pytest_lsp.LanguageClient, tmp_path_factory):
    lsp_client.root = tmp_path_factory.mktemp("qa95pull")
    await lsp_client.initialize_session(types.InitializeParams(
        capabilities=capabilities("neovim@v0.10.0"), root_uri=lsp_client.root.as_uri()))
    yield
    await lsp_client.shutdown_session()


async def pull(client, uri: str, previous: str | None = None):
    return await client.text_document_diagnostic_async(types.DocumentDiagnosticParams(
        text_document=types.TextDocumentIdentifier(uri), previous_result_id=previous))


def reopen(client, uri: str, text: str) -> None:
    """Close the document and open it again at version 1 (an editor that
    reloads a file changed on disk, or a buffer wiped and read again)."""
    client.text_document_did_close(types.DidCloseTextDocumentParams(
        types.TextDocumentIdentifier(uri)))
    open_doc(client, uri, text, version=1)


async def test_control_a_reopened_document_is_linted_afresh(puller):
    doc = (puller.root / "control.md").as_uri()
    open_doc(puller, doc, STORY)
    assert "hygiene.doubled-word" in [d.code for d in (await pull(puller, doc)).items]
    reopen(puller, doc, CLEAN)
    fresh = await pull(puller, doc)                 # no previous result id: a full report
    assert fresh.kind == "full" and list(fresh.items) == []


async def test_a_reopened_document_with_other_text_is_not_reported_unchanged(puller):
    doc = (puller.root / "reopened.md").as_uri()
    open_doc(puller, doc, STORY)
    first = await pull(puller, doc)
    assert "hygiene.doubled-word" in [d.code for d in first.items]
    reopen(puller, doc, CLEAN)
    again = await pull(puller, doc, first.result_id)
    # LSP 3.17 (Pull Diagnostics): 'unchanged' says the client's cached report,
    # the one for the text with a doubled word, still holds for this text
    assert again.kind == "full" and list(again.items) == []


# -- #2 and #3: a pushing client --------------------------------------------------------------

@pytest_lsp.fixture(config=config(), scope="module")
async def pusher(lsp_client: pytest_lsp.LanguageClient, tmp_path_factory):
    root = lsp_client.root = tmp_path_factory.mktemp("qa95push")
    lsp_client.folder_a, lsp_client.folder_b = root / "a", root / "b"
    for folder, ignored in ((lsp_client.folder_a, "style"), (lsp_client.folder_b, "hygiene")):
        folder.mkdir()
        (folder / ".newslint.yaml").write_text(f"ignore: [{ignored}]\n")
    await lsp_client.initialize_session(types.InitializeParams(
        capabilities=capabilities(), root_uri=lsp_client.folder_a.as_uri(),
        workspace_folders=[types.WorkspaceFolder(lsp_client.folder_a.as_uri(), "a")],
        initialization_options={"liveLimit": 1000}))
    yield
    await lsp_client.shutdown_session()


def insert(client, uri: str, version: int, line: int, text: str) -> int:
    before = len(client.published)
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        types.VersionedTextDocumentIdentifier(uri=uri, version=version),
        [types.TextDocumentContentChangePartial(
            range=types.Range(types.Position(line, 0), types.Position(line, 0)), text=text)]))
    return before


async def settle(client, uri: str) -> None:
    """A round trip, then time for a lint the server would run (its debounce
    is at most 500 ms)."""
    await client.text_document_hover_async(types.HoverParams(
        types.TextDocumentIdentifier(uri), types.Position(0, 0)))
    await asyncio.sleep(3)


async def test_findings_of_a_document_over_the_live_limit_do_not_stay_at_old_places(pusher):
    text = "# Council weighs budget\n\nBy Ana Ruiz\n\nThe the council voted.\n\n" + \
        "The council met again.\n\n" * 60                 # over the fixture's liveLimit (1,000)
    doc = (pusher.folder_a / "long.md").as_uri()       # folder a ignores style only
    found = await published(pusher, doc, 1, open_doc(pusher, doc, text))
    assert "hygiene.doubled-word" in [d.code for d in found]
    insert(pusher, doc, 2, 2, "Editor's note.\n\n")     # two lines above the finding
    text = text.replace("By Ana", "Editor's note.\n\nBy Ana", 1)
    await settle(pusher, doc)
    shown = pusher.diagnostics[doc]                     # what the editor shows now
    places = [text[offset_of(text, d.range.start):offset_of(text, d.range.end)]
              for d in shown if d.code == "hygiene.doubled-word"]
    assert places in ([], ["The the"])                  # cleared, or moved with the text


async def test_control_an_untitled_document_uses_its_folders_config(pusher):
    doc = "untitled:Untitled-7"
    found = await published(pusher, doc, 1, open_doc(pusher, doc, STORY))
    assert [d.code for d in found] == ["hygiene.doubled-word"]      # folder a ignores style


async def test_an_untitled_document_follows_the_workspace_folders(pusher):
    first = "untitled:Untitled-8"
    await published(pusher, first, 1, open_doc(pusher, first, STORY))
    pusher.workspace_did_change_workspace_folders(types.DidChangeWorkspaceFoldersParams(
        types.WorkspaceFoldersChangeEvent(
            added=[types.WorkspaceFolder(pusher.folder_b.as_uri(), "b")],
            removed=[types.WorkspaceFolder(pusher.folder_a.as_uri(), "a")])))
    second = "untitled:Untitled-9"
    new = await published(pusher, second, 1, open_doc(pusher, second, STORY))
    assert [d.code for d in new] == ["style.time-of-day"]            # folder b ignores hygiene
    edited = await published(pusher, first, 2, insert(pusher, first, 2, 5, "More.\n"))
    assert [d.code for d in edited] == [d.code for d in new]


# -- #4: a client that does not watch files, saving after a config change on disk -----------

@pytest_lsp.fixture(config=config(), scope="module")
async def unwatching(lsp_client: pytest_lsp.LanguageClient, tmp_path_factory):
    lsp_client.root = tmp_path_factory.mktemp("qa95save")
    caps = capabilities()
    caps.workspace.did_change_watched_files = None      # config changes are seen at a save
    await lsp_client.initialize_session(types.InitializeParams(
        capabilities=caps, root_uri=lsp_client.root.as_uri()))
    yield
    await lsp_client.shutdown_session()


def save(client, uri: str) -> int:
    before = len(client.published)
    client.text_document_did_save(types.DidSaveTextDocumentParams(types.TextDocumentIdentifier(uri)))
    return before


async def saved_with_style_ignored(client, folder: str) -> list[list[str]]:
    """Open a story in a new `folder`, write a config ignoring `style` there
    on disk, save; every publish for it after the save, once the config's is in."""
    (client.root / folder).mkdir()
    path = client.root / folder / "story.md"
    path.write_text(STORY)
    doc = path.as_uri()
    found = await published(client, doc, 1, open_doc(client, doc, STORY))
    assert sorted(d.code for d in found) == ["hygiene.doubled-word", "style.time-of-day"]
    (client.root / folder / ".newslint.yaml").write_text("ignore: [style]\n")
    before = save(client, doc)
    await until(lambda: any(p.uri == doc and [d.code for d in p.diagnostics] == ["hygiene.doubled-word"]
                            for p in client.published[before:]), "the new config's findings")
    return [[d.code for d in p.diagnostics] for p in client.published[before:] if p.uri == doc]


async def test_control_a_save_applies_a_config_changed_on_disk(unwatching):
    shown = await saved_with_style_ignored(unwatching, "control")
    assert shown[-1] == ["hygiene.doubled-word"]


async def test_a_save_publishes_no_findings_of_the_old_config(unwatching):
    shown = await saved_with_style_ignored(unwatching, "story")
    assert shown == [["hygiene.doubled-word"]]



def only_folder(client, keep, drop) -> None:
    """Make `keep` the workspace's one folder (`drop` removed; either may be
    so already)."""
    client.workspace_did_change_workspace_folders(types.DidChangeWorkspaceFoldersParams(
        types.WorkspaceFoldersChangeEvent(added=[types.WorkspaceFolder(keep.as_uri(), keep.name)],
                                          removed=[types.WorkspaceFolder(drop.as_uri(), drop.name)])))


async def test_an_untitled_document_is_linted_again_when_its_folder_changes(pusher):
    """qa95 #3's fix: the folder change alone, with no edit, relints an open
    untitled buffer under the new first folder's config."""
    only_folder(pusher, pusher.folder_b, pusher.folder_a)
    doc = "untitled:Untitled-10"
    found = await published(pusher, doc, 1, open_doc(pusher, doc, STORY))
    assert [d.code for d in found] == ["style.time-of-day"]             # folder b ignores hygiene
    after = len(pusher.published)
    only_folder(pusher, pusher.folder_a, pusher.folder_b)
    again = await published(pusher, doc, 1, after)
    assert [d.code for d in again] == ["hygiene.doubled-word"]          # folder a ignores style
