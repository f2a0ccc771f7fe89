"""pygls's workspace, with documents split into lines as LSP defines them.

pygls (2.1) splits a document with `str.splitlines`, which also breaks at
U+2028, U+0085, form feed and other characters the protocol counts as
ordinary text; an incremental edit after one of them lands in the wrong
place, and the server's copy of the article drifts from the editor's
(fortls and dxr fixed the same bug). Here a document splits only at LF, CRLF
and CR, and an incremental edit is spliced at offsets from one `LineMap`.
"""
from __future__ import annotations

import logging
from urllib.parse import unquote

from lsprotocol import types
from pygls.workspace import TextDocument, Workspace

from .text import LineMap, split_lines

log = logging.getLogger("newslint.server")


class LspDocument(TextDocument):
    """A text document whose lines and edits follow LSP's line breaks."""

    _map: LineMap | None = None

    @property
    def lines(self):
        return tuple(split_lines(self.source))

    def line_map(self) -> LineMap:
        """The current text's LineMap (built once per version)."""
        text = self.source
        if self._map is None or self._map.text is not text:
            self._map = LineMap(text, self.position_codec.encoding)
        return self._map

    def offset_at_position(self, client_position: types.Position) -> int:
        return self.line_map().offset(client_position.line, client_position.character)

    def apply_change(self, change: types.TextDocumentContentChangeEvent) -> None:
        if isinstance(change, types.TextDocumentContentChangePartial):
            lines = self.line_map()
            start = lines.offset(change.range.start.line, change.range.start.character)
            end = lines.offset(change.range.end.line, change.range.end.character)
            text = lines.text
            # pygls keeps the text in `_source`; `source` reads it back.
            self._source = "".join((text[:start], change.text, text[max(start, end):]))
            self._map = None
            return
        super().apply_change(change)
        self._map = None


class LspWorkspace(Workspace):
    """A pygls Workspace whose text documents are `LspDocument`s. A change to
    a document that was never opened (pygls: KeyError, shown as an internal
    error) is ignored, said in one line of the log."""

    _unopened: tuple | None = None

    @classmethod
    def like(cls, other: Workspace) -> "LspWorkspace":
        """A new, empty workspace with `other`'s root, folders and encoding
        (the server swaps it in at `initialize`, before any document opens)."""
        return cls(other.root_uri, types.TextDocumentSyncKind.Incremental,
                   list(other.folders.values()), other.position_encoding)

    def update_text_document(self, text_doc: types.VersionedTextDocumentIdentifier,
                             change: types.TextDocumentContentChangeEvent) -> None:
        if unquote(text_doc.uri) not in self.text_documents:
            if self._unopened != (text_doc.uri, text_doc.version):   # one line per notification
                self._unopened = (text_doc.uri, text_doc.version)
                log.info("didChange for a document that is not open, ignored: %s", text_doc.uri)
            return
        super().update_text_document(text_doc, change)

    def _create_text_document(self, doc_uri, source=None, version=None, language_id=None):
        return LspDocument(doc_uri, source=source, version=version, language_id=language_id,
                           sync_kind=types.TextDocumentSyncKind.Incremental,
                           position_codec=self.position_codec)
