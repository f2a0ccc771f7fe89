"""pygls's workspace, with documents split into lines as LSP defines them.

pygls (2.1) splits a document with `str.splitlines`, which also breaks at
U+2028, U+0085, form feed and other characters the protocol counts as
ordinary text; an incremental edit after one of them lands in the wrong
place, and the server's copy of the article drifts from the editor's
(fortls and dxr fixed the same bug). Here a document splits only at LF, CRLF
and CR, and an incremental edit is spliced at offsets from one `LineMap`.

Out of step (nu30 #8): LSP 3.17 has no way for a server to ask for a
document's text again, so a change the server cannot apply (a reversed
range, whose start comes after its end; a range with a negative line,
which the protocol drops as invalid params) leaves its copy differing from
the editor's. Then the document is `out_of_step`: the reason is logged as a
warning, the server shows one error at the document's start instead of
findings at wrong places, and later incremental changes are not applied
(they were made to a text the server lacks) until a whole-text change
(`contentChanges` with no range) or a close and reopen gives it the text
again. A range past a line's or the text's end is clamped, as LSP says,
and applied.
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
    out_of_step: str | None = None      # why the copy may differ from the editor's (see above)

    def lose_step(self, reason: str) -> None:
        """A change to this document could not be applied (`reason`)."""
        if self.out_of_step is None:
            log.warning("%s is out of step with the editor: %s; its changes are not applied "
                        "until the editor sends its whole text (or it is closed and reopened)",
                        self.uri, reason)
        self.out_of_step = self.out_of_step or reason

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
            if self.out_of_step is not None:
                return                  # made to a text this copy is not
            begin, stop = change.range.start, change.range.end
            if (begin.line, begin.character) > (stop.line, stop.character):
                self.lose_step(f"a change with a reversed range ({begin.line}:{begin.character} "
                               f"after {stop.line}:{stop.character})")
                return
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
        if self.out_of_step is not None:
            log.info("%s is in step with the editor again (its whole text was sent)", self.uri)
            self.out_of_step = None


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
