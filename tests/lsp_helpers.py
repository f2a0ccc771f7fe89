"""Helpers for the language-server tests: a pytest-lsp client that records
every publishDiagnostics, and an independent reading of LSP positions (so
the tests never check the server's arithmetic with the server's own code)."""
from __future__ import annotations

import asyncio
import re
import sys
from pathlib import Path

from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities
from pytest_lsp.client import DEFAULT_CLIENT_FEATURES, register_lsp_features
from pygls.protocol import default_converter

TESTS = Path(__file__).resolve().parent
SERVER = [sys.executable, "-m", "lint", "server"]
TIMEOUT = 60.0       # seconds: the shared machine can be very slow; a pass is far quicker


def recording_client() -> LanguageClient:
    """A pytest-lsp client that also keeps every publishDiagnostics in order."""
    client = LanguageClient(converter_factory=default_converter)
    client.published = []

    def publish(client: LanguageClient, params: types.PublishDiagnosticsParams):
        client.diagnostics[params.uri] = params.diagnostics
        client.published.append(params)

    def register(client: LanguageClient, params: types.RegistrationParams):
        client.registrations.extend(params.registrations)

    client.registrations = []
    register_lsp_features(client, {**DEFAULT_CLIENT_FEATURES,
                                   types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS: publish,
                                   types.CLIENT_REGISTER_CAPABILITY: register})
    return client


def config(*args: str) -> ClientServerConfig:
    return ClientServerConfig(server_command=[*SERVER, *args], client_factory=recording_client)


def capabilities(name: str = "visual_studio_code") -> types.ClientCapabilities:
    return client_capabilities(name)


async def house_session(client, root: Path, kind: str, names, level: str = "warning", **options):
    """Initialize the session in `root`, whose config adds a house pack of
    rules of the test rule kind `kind` (one rule file per name), with these
    initialization options."""
    (root / ".newslint.yaml").write_text("rules: [house]\n")
    (root / "house" / "house").mkdir(parents=True)
    for name in names:
        (root / "house" / "house" / f"{name}.yaml").write_text(
            f"extends: {kind}\nmessage: never shown\nlevel: {level}\n")
    await client.initialize_session(types.InitializeParams(
        capabilities=capabilities(), root_uri=root.as_uri(), initialization_options=options))


async def published(client, uri: str, version: int | None = None, after: int = 0):
    """The diagnostics of the first publish for `uri` (at `version`, if given)
    among those received from index `after` on; waits for it."""
    deadline = asyncio.get_running_loop().time() + TIMEOUT
    while True:
        for params in client.published[after:]:
            if params.uri == uri and (version is None or params.version == version):
                return params.diagnostics
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"no diagnostics published for {uri} version {version}")
        await asyncio.sleep(0.01)


async def until(predicate, what: str):
    deadline = asyncio.get_running_loop().time() + TIMEOUT
    while not predicate():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.01)


def open_doc(client, uri: str, text: str, language: str = "markdown", version: int = 1) -> int:
    """Open a document; returns how many publishes came before (for `published`)."""
    before = len(client.published)
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        types.TextDocumentItem(uri=uri, language_id=language, version=version, text=text)))
    return before


def replace_all(client, uri: str, text: str, version: int) -> int:
    before = len(client.published)
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        types.VersionedTextDocumentIdentifier(uri=uri, version=version),
        [types.TextDocumentContentChangeWholeDocument(text=text)]))
    return before


# -- positions, read independently of lint/server/text.py -----------------------------------

def lsp_lines(text: str) -> list[str]:
    """Lines as LSP splits them (LF, CRLF, CR), without their breaks."""
    return re.split(r"\r\n|\r|\n", text)


def utf16(s: str) -> int:
    return len(s.encode("utf-16-le")) // 2


def offset_of(text: str, pos: types.Position) -> int:
    """The string index of an LSP position (UTF-16 character offsets)."""
    starts, i = [0], 0
    for m in re.finditer(r"\r\n|\r|\n", text):
        starts.append(m.end())
    line_start = starts[pos.line]
    units = 0
    i = line_start
    while units < pos.character:
        units += 2 if ord(text[i]) > 0xFFFF else 1
        i += 1
    return i


def position_of(text: str, index: int) -> tuple[int, int]:
    """(line, UTF-16 character) of a string index."""
    before = text[:index]
    lines = lsp_lines(before)
    return len(lines) - 1, utf16(lines[-1])


def apply(text: str, edits) -> str:
    """Apply TextEdits (all against `text`, as LSP does) and return the result."""
    spans = sorted(((offset_of(text, e.range.start), offset_of(text, e.range.end), e.new_text)
                    for e in edits), key=lambda s: s[:2], reverse=True)
    for start, end, new in spans:
        text = text[:start] + new + text[end:]
    return text


def edits_of(edit: types.WorkspaceEdit, uri: str):
    if edit.document_changes:
        return [e for change in edit.document_changes if change.text_document.uri == uri
                for e in change.edits]
    return list((edit.changes or {}).get(uri, []))
