"""`newslint server`: the click command. pygls is imported only when the
command runs, so `newslint check` never loads it (tests/test_server_unit.py
keeps that true)."""
from __future__ import annotations

import logging
import os
import sys

import click

from ..usage import OneLineCommand

INSTALL_HINT = ("the language server needs the lsp extra: pip install 'newslint[lsp]' "
                "(from a checkout: pip install '.[lsp]')")


def _address(ctx, param, value):
    if value is None:
        return None
    host, sep, port = value.rpartition(":")
    if not sep or not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise click.BadParameter(f"{value!r} is not HOST:PORT (for example 127.0.0.1:2087)")
    return host.strip("[]"), int(port)


@click.command(cls=OneLineCommand, short_help="Run the language server (LSP) for editors, on stdio.")
@click.option("--tcp", "address", callback=_address, metavar="HOST:PORT",
              help="Listen on a TCP socket instead of stdio (for debugging a client).")
@click.option("--log-file", type=click.Path(dir_okay=False), metavar="FILE",
              help="Write the server's log to FILE (default: stderr, which editors keep).")
@click.option("--verbose", "-v", is_flag=True, help="Log every lint and message, not only problems.")
def server(address, log_file, verbose):
    """Run the language server that shows findings in editors as you type.

    \b
    Speaks the Language Server Protocol on stdin/stdout: editors start it as
    `newslint server`. Markdown, HTML and plain-text documents get diagnostics,
    quick fixes (the --fix edits), "Fix all", "Disable RULE for this line" and
    hover docs; each document uses the config `newslint check` would. See the
    README's "Editors" section for VS Code, Neovim, Helix and Zed. Other
    linters call this command `lsp` (ruff, harper-ls, vale-ls); here it is
    `server`.
    """
    logging.basicConfig(filename=log_file, level=logging.WARNING,
                        format="%(asctime)s %(name)s %(levelname)s: %(message)s")
    logging.getLogger("newslint").setLevel(logging.DEBUG if verbose else logging.INFO)
    logging.getLogger("pygls").setLevel(logging.INFO if verbose else logging.WARNING)
    try:
        from .features import build
    except ImportError as exc:
        click.echo(f"newslint: {INSTALL_HINT} ({exc})", err=True)
        sys.exit(2)
    ls = build()
    if address is not None:
        ls.start_tcp(*address)
    else:
        from .framing import Framed
        ls.protocol.framed = Framed(sys.stdin.buffer)
        ls.start_io(stdin=ls.protocol.framed)
    # LSP `exit`: code 0 after a `shutdown` request, else 1 (pygls swallows its own
    # SystemExit). At once: a lint still running in the worker thread (a 10 MB
    # article takes half a minute) is abandoned, never waited for.
    logging.shutdown()
    os._exit(0 if ls.shut_down else 1)     # pygls has flushed and closed stdout
