"""`newslint server`: the Language Server Protocol front door to the engine.

An editor is a new way in to the same engine, never a second engine: every
lint goes through one `lint.session.Session` (config per path, compiled
rules, config edits seen), fixes through `lint.fixes`, hover text through
`lint.explain`. pygls and lsprotocol are an optional extra
(`pip install "newslint[lsp]"`), imported only by `newslint server`.

Modules, from the protocol inwards:
  command.py      the click command (imports pygls only when run)
  features.py     LSP messages -> server methods (thin handlers)
  app.py          the server: open documents, settings, messages
  scheduling.py   when each document is linted, and where its diagnostics go
  protocol.py     pygls's protocol: messages out of place or unreadable answered
  framing.py      the client's byte stream: bodies that are not JSON, framing
  workspace.py    pygls documents split into lines as LSP does
  actions.py      quick fixes, fix all, disable-for-this-line
  hover.py        rule docs and live examples (lint.explain)
  convert.py      findings -> LSP diagnostics, in the worker thread
  linting.py      the engine for one buffer: lint and fix-all (no protocol)
  suppressing.py  where a disable comment can go without changing the article
  documents.py    which documents are linted, and as which file
  settings.py     initializationOptions / workspace/configuration
  text.py         LSP lines, positions in UTF-16/8/32, text edits
"""
