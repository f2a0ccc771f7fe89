"""Which editor documents newslint lints, and as which file.

A document is linted when its file name has an extension a newslint reader
takes (`.md`, `.html`, `.txt`, ...), as `newslint check` decides, or else when
its language id is Markdown, MDX, HTML or plain text (an untitled buffer, a
`README` with no extension). The extension wins when both speak, so the
editor and `newslint check` read a file the same way.

Config is looked up from the document's own path; an untitled document is
placed in the first workspace folder (else the server's working folder), so
it gets that folder's config, and is placed again when the folders change
(`app.NewslintServer.folders_changed`).

A config file itself (`.newslint.yaml`, `.newslint.yml`, a `pyproject.toml`)
is linted for its own error only (`Target.config`): the one `newslint check`
stops on, placed at its line and column in the file (`linting.Linter`).
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit
from urllib.request import url2pathname

from ..config_find import CONFIG_NAMES
from ..readers import EXTENSIONS

# Language ids as VS Code, Neovim (filetype), Helix and Zed send them.
LANGUAGES = {
    "markdown": ".md", "mdx": ".mdx", "html": ".html",
    "plaintext": ".txt", "text": ".txt", "plain text": ".txt",
}
SCHEMES = ("file", "untitled")
CONFIG_FILES = (*CONFIG_NAMES, "pyproject.toml")     # the files a config is read from


@dataclass(frozen=True)
class Target:
    """How one document is linted. `path` is the file it is (or would be)
    saved as, which decides its config; `lint_as` is the name the engine is
    given, which decides the reader: `path`, plus an extension when the
    name has none newslint knows. `config`: the document is a config file
    (`CONFIG_FILES`), whose own error is its only finding."""

    uri: str
    path: str
    lint_as: str
    config: bool = False


def uri_to_path(uri: str) -> str | None:
    """The local path of a `file:` URI (None for any other scheme), its
    percent-escapes decoded once: `url2pathname` decodes them, so a folder
    named `Q3%20desk` (`Q3%2520desk` in the URI) stays that (qa123 #3)."""
    parts = urlsplit(uri)
    if parts.scheme != "file":
        return None
    path = url2pathname(parts.path)
    if parts.netloc and parts.netloc != "localhost":       # a UNC share
        path = f"//{parts.netloc}{path}"
    return os.path.normpath(path)


def target(uri: str, language_id: str | None, folders: list[str]) -> Target | None:
    """The Target for a document, or None when newslint does not lint it."""
    parts = urlsplit(uri)
    if parts.scheme not in SCHEMES:
        return None
    path = uri_to_path(uri)
    if path is None:            # untitled:Untitled-1: a new file in the workspace
        name = os.path.basename(unquote(parts.path)) or "untitled"
        path = os.path.join(folders[0] if folders else os.getcwd(), name)
    elif os.path.basename(path) in CONFIG_FILES:     # saved: the file `check` reads
        return Target(uri, path, path, config=True)
    if path.lower().endswith(EXTENSIONS):
        return Target(uri, path, path)
    suffix = LANGUAGES.get((language_id or "").lower())
    if suffix is None:
        return None
    return Target(uri, path, path + suffix)
