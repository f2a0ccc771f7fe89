"""The credit found in each caption is kept per part (fx80:
`Document.per_part`, by part index): in the language server, a caption
edited through didChange is read afresh, and of two captions with the same
text, editing one leaves the other's finding (qa61)."""
from __future__ import annotations

import pytest
import pytest_lsp
from lsprotocol import types

from lsp_helpers import capabilities, config, open_doc, published

pytestmark = pytest.mark.asyncio(loop_scope="module")

FIGURE = '{{{{< figure src="{src}" alt="A plow on Main Street" caption="Crews clear Main Street. {credit}" >}}}}\n'
STORY = ("---\ntitle: Crews clear snow\ndate: 2026-12-03\n---\n\n"
         "Crews cleared Main Street on Wednesday, the city said.\n\n"
         + FIGURE.format(src="a.jpg", credit="(Photo by: )") + "\n"
         + FIGURE.format(src="b.jpg", credit="(Photo by: )"))


@pytest_lsp.fixture(config=config(), scope="module")
async def client(lsp_client: pytest_lsp.LanguageClient, tmp_path_factory):
    root = tmp_path_factory.mktemp("qa61")
    await lsp_client.initialize_session(types.InitializeParams(
        capabilities=capabilities(), root_uri=root.as_uri(),
        initialization_options={"debounce": 50}))
    lsp_client.root = root
    yield
    await lsp_client.shutdown_session()


def _empty_credits(diagnostics) -> list[tuple[int, int, int]]:
    """(line, first and last character) of each empty-credit finding."""
    return sorted((d.range.start.line, d.range.start.character, d.range.end.character)
                  for d in diagnostics if d.code == "captions.empty-credit")


def _blanks(text: str) -> list[tuple[int, int, int]]:
    """Where each blank credit stands in `text` (read independently of the server)."""
    return [(k, line.index("(Photo by: )"), line.index("(Photo by: )") + len("(Photo by: )"))
            for k, line in enumerate(text.splitlines()) if "(Photo by: )" in line]


def _edit(client, uri: str, version: int, text: str, line: int, old: str, new: str) -> tuple[int, str]:
    """Replace `old` on `line` of the buffer `text` (its first) by an
    incremental change: (publishes so far, the buffer's new text)."""
    at = text.splitlines()[line].index(old)
    before = len(client.published)
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        types.VersionedTextDocumentIdentifier(uri=uri, version=version),
        [types.TextDocumentContentChangePartial(
            range=types.Range(types.Position(line, at), types.Position(line, at + len(old))), text=new)]))
    lines = text.split("\n")
    lines[line] = lines[line].replace(old, new, 1)
    return before, "\n".join(lines)


async def test_an_edited_caption_is_read_again_and_its_twin_keeps_its_finding(client):
    uri = (client.root / "snow.md").as_uri()
    first = next(k for k, line in enumerate(STORY.splitlines()) if "figure" in line)
    found = await published(client, uri, 1, open_doc(client, uri, STORY))
    assert _empty_credits(found) == _blanks(STORY) and len(_blanks(STORY)) == 2
    # the first caption's credit filled in: only its twin stays empty
    before, text = _edit(client, uri, 2, STORY, first, "(Photo by: )", "(Photo by: Jane Doe)")
    found = await published(client, uri, 2, before)
    assert _empty_credits(found) == _blanks(text) and len(_blanks(text)) == 1
    # a longer caption, its credit emptied again: reported where it now stands
    before, text = _edit(client, uri, 3, text, first, "Crews clear Main Street. (Photo by: Jane Doe)",
                         "Crews clear snow from Main Street. (Photo by: )")
    found = await published(client, uri, 3, before)
    assert _empty_credits(found) == _blanks(text) and len(_blanks(text)) == 2
