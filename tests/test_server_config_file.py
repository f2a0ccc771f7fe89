"""fx117: a config file open in the editor shows its own error where it is.

A broken `.newslint.yaml` made every document under it show `config-error`
at 0:0 (fx115), and the config file itself showed nothing: the writer had
to read the line and column out of the message. Now the config file gets
the error at that line and column (in the client's UTF-16 units), and loses
it once mended; a sound config, or a `pyproject.toml` that is not its
folder's config, shows nothing. Positions are read here independently
(`lsp_helpers.position_of`), never with the server's arithmetic."""
from __future__ import annotations

import os

import pytest
import pytest_lsp
from lsprotocol import types

from lsp_helpers import capabilities, config, open_doc, position_of, published, replace_all

pytestmark = pytest.mark.asyncio(loop_scope="module")

# The bad value `[x]` follows a four-byte character on its line: UTF-16 counts it twice.
BROKEN = 'select: [hygiene]\nexclude: ["\U0001F5DE.md", [x]]\nignore: [file.empty]\n'
UNKNOWN = "select: [hygiene]\nignore:\n  - file.empty\n  - hygeine\n"
UNCLOSED = "# Desk config\nselect: [hygiene\nignore: [file.empty]\n"
PYPROJECT = '[project]\nname = "desk"\n\n[tool.newslint]\nselect = ["hygiene"]\nfail-levle = "error"\n'
STORY = "# Council meets\n\nThe the council met.\n"


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    root = tmp_path_factory.mktemp("cfgws")
    for folder, name, text in (("broken", ".newslint.yaml", BROKEN), ("unknown", ".newslint.yaml", UNKNOWN),
                               ("unclosed", ".newslint.yml", UNCLOSED), ("sound", ".newslint.yaml", UNKNOWN),
                               ("toml", "pyproject.toml", PYPROJECT),
                               ("shadowed", ".newslint.yaml", "select: [hygiene]\n"),
                               ("shadowed", "pyproject.toml", PYPROJECT)):
        (root / folder).mkdir(exist_ok=True)
        (root / folder / name).write_text(text, encoding="utf-8")
    (root / "sound" / ".newslint.yaml").write_text("select: [hygiene]\n", encoding="utf-8")
    return root


@pytest_lsp.fixture(config=config(), scope="module")
async def client(lsp_client: pytest_lsp.LanguageClient, workspace):
    await lsp_client.initialize_session(types.InitializeParams(
        capabilities=capabilities(), root_uri=workspace.as_uri(),
        workspace_folders=[types.WorkspaceFolder(workspace.as_uri(), "cfgws")]))
    lsp_client.root = workspace
    yield
    await lsp_client.shutdown_session()


def spots(found) -> list[tuple]:
    return [(d.code, d.severity, d.range.start.line, d.range.start.character) for d in found]


async def opened(client, folder: str, name: str, language: str = "yaml"):
    path = client.root / folder / name
    uri = path.as_uri()
    return uri, await published(client, uri, 1, open_doc(client, uri, path.read_text(encoding="utf-8"),
                                                         language))


async def test_a_broken_config_file_shows_its_error_at_its_own_line_and_column(client):
    uri, found = await opened(client, "broken", ".newslint.yaml")
    at = BROKEN.index("[x]")
    assert spots(found) == [("config-error", types.DiagnosticSeverity.Error, *position_of(BROKEN, at))]
    assert position_of(BROKEN, at) == (1, 19)          # 18 characters before it, one of them two units
    assert found[0].message.startswith("exclude: must be a list of strings")
    assert found[0].range.end == found[0].range.start
    story = (client.root / "broken" / "story.md").as_uri()       # the documents under it, as before
    under = await published(client, story, 1, open_doc(client, story, STORY))
    assert spots(under) == [("config-error", types.DiagnosticSeverity.Error, 0, 0)]


async def test_an_unknown_rule_id_is_marked_on_its_item(client):
    _, found = await opened(client, "unknown", ".newslint.yaml")
    assert spots(found) == [("config-error", types.DiagnosticSeverity.Error, 3, 4)]
    assert "no rule or pack 'hygeine' (did you mean hygiene?)" in found[0].message


async def test_invalid_yaml_is_marked_where_the_parser_stopped(client):
    _, found = await opened(client, "unclosed", ".newslint.yml")
    assert spots(found) == [("config-error", types.DiagnosticSeverity.Error, 1, 8)]
    assert "invalid YAML" in found[0].message


async def test_a_pyproject_key_is_marked_on_its_line(client):
    _, found = await opened(client, "toml", "pyproject.toml", "toml")
    assert spots(found) == [("config-error", types.DiagnosticSeverity.Error, 5, 0)]
    assert "unknown key" in found[0].message


async def test_a_sound_config_or_one_its_folder_does_not_use_shows_nothing(client):
    assert list((await opened(client, "sound", ".newslint.yaml"))[1]) == []
    assert list((await opened(client, "shadowed", "pyproject.toml", "toml"))[1]) == []   # .newslint.yaml wins


def save(path, text: str) -> None:
    """Write `text` with a stamp a second past the last (a coarse clock never hides it)."""
    before = path.stat().st_mtime_ns
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(before + 10**9, before + 10**9))


def changed(client, path) -> int:
    """Tell the server `path` changed on disk, as a watching client does; the
    number of publishes before it (for `published`)."""
    after = len(client.published)
    client.workspace_did_change_watched_files(types.DidChangeWatchedFilesParams(
        [types.FileEvent(path.as_uri(), types.FileChangeType.Changed)]))
    return after


async def test_the_error_comes_with_the_save_and_goes_with_the_mending_save(client):
    path = client.root / "sound" / ".newslint.yaml"
    uri = path.as_uri()          # open since the test above, sound
    assert list(await published(client, uri, 2, replace_all(client, uri, UNKNOWN, 2))) == []   # typed, not saved
    save(path, UNKNOWN)
    broke = await published(client, uri, 2, changed(client, path))
    assert spots(broke) == [("config-error", types.DiagnosticSeverity.Error, 3, 4)]
    mended = UNKNOWN.replace("hygeine", "hygiene")
    typed = await published(client, uri, 3, replace_all(client, uri, mended, 3))
    assert spots(typed) == spots(broke)          # `check` still reads the saved file
    save(path, mended)
    assert list(await published(client, uri, 3, changed(client, path))) == []
