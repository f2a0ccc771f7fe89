"""A document newslint refuses to read gets check's `file.*` notice in the
editor at its start (nu26 #13): under a config that selects `hygiene` and
`style`, a buffer over max-file-size, one with a NUL byte and an empty one
were published as `[]` (and check said "No problems found"), so a writer saw
a clean file that was never checked. A refusal is said whatever `select:`
picks (`Config.reports`); an `ignore:` entry still silences it. Driven
through the real server with a pytest-lsp client."""
from __future__ import annotations

import pytest
import pytest_lsp
from lsprotocol import types

from lsp_helpers import capabilities, config, open_doc, published, replace_all

pytestmark = pytest.mark.asyncio(loop_scope="module")


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    root = tmp_path_factory.mktemp("ws")
    (root / ".newslint.yaml").write_text("select: [hygiene, style]\nmax-file-size: 0.001\n")  # 1 KB
    (root / "quiet").mkdir()
    (root / "quiet" / ".newslint.yaml").write_text("select: [hygiene]\nignore: [file.empty]\n")
    return root


@pytest_lsp.fixture(config=config(), scope="module")
async def client(lsp_client: pytest_lsp.LanguageClient, workspace):
    lsp_client.init_result = await lsp_client.initialize_session(types.InitializeParams(
        capabilities=capabilities(), root_uri=workspace.as_uri(),
        workspace_folders=[types.WorkspaceFolder(workspace.as_uri(), "ws")]))
    lsp_client.root = workspace
    yield
    await lsp_client.shutdown_session()


def shown(diagnostics) -> list[tuple]:
    return [(d.code, d.severity, d.range.start.line, d.range.start.character, d.range.end.line,
             d.range.end.character, d.message) for d in diagnostics]


WARN, ERROR = types.DiagnosticSeverity.Warning, types.DiagnosticSeverity.Error


@pytest.mark.parametrize("name, text, want", [
    ("big.md", "# Big story\n\n" + "The TK board met on Tuesday. " * 100 + "\n",
     ("file.too-large", ERROR, "file is 0.0 MB, over the 0.000999451 MB limit (raise max-file-size in "
                               "the config); skipped")),
    ("nul.md", "# Council meets\n\nThe TK council\x00 met.\n",
     ("file.binary", WARN, "binary file (contains NUL bytes); skipped")),
    ("empty.md", "", ("file.empty", WARN, "empty file: nothing to lint")),
])
async def test_a_refused_document_shows_checks_notice_at_its_start(client, name, text, want):
    doc = (client.root / name).as_uri()
    after = open_doc(client, doc, text)
    rule, level, message = want
    assert shown(await published(client, doc, 1, after)) == [(rule, level, 0, 0, 0, 0, message)]


async def test_the_notice_goes_once_the_document_can_be_read(client):
    doc = (client.root / "mended.md").as_uri()
    after = open_doc(client, doc, "")
    assert [d.code for d in await published(client, doc, 1, after)] == ["file.empty"]
    after = replace_all(client, doc, "# Council meets\n\nThe TK council met.\n", 2)
    assert [d.code for d in await published(client, doc, 2, after)] == ["hygiene.placeholder"]


async def test_an_ignored_refusal_stays_unsaid(client):
    doc = (client.root / "quiet" / "empty.md").as_uri()
    after = open_doc(client, doc, "")
    assert list(await published(client, doc, 1, after)) == []
