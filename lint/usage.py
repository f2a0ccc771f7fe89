"""Click classes that print a usage error as one line, and load commands lazily.

Click's default is three lines (usage, a hint, the error); newslint prints
`newslint: PROBLEM (see 'newslint check --help')`, like every other error it
reports, and exits 2. Commands a plain `check` never runs (the language
server, the archive audit, and parse, rules, explain and clean) are
imported only when named or listed.
"""
from __future__ import annotations

import importlib

import click

from .did_you_mean import alternatives
from .readers._own_reports import OTHER_NAME

# A command other tools give the name users try first, and newslint's for it: the
# language server is `lsp` to ruff, harper-ls and vale-ls users (nu65 #8).
OTHER_NAMES = {"lsp": "server", "language-server": "server"}


class OneLineUsage(click.UsageError):
    """A usage error shown as one line."""

    def show(self, file=None) -> None:
        hint = f" (see '{self.ctx.command_path} --help')" if self.ctx is not None else ""
        click.echo(f"newslint: {self.format_message()}{hint}", err=True, file=file)


def _one_line(method):
    """Wrap a parsing method (or `invoke`) so any UsageError it raises shows
    as one line, with the `--help` hint also when Click's parser gave the
    error no context (`Option '--tcp' requires an argument.`): the context
    the method was given names the command."""
    def wrapper(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except OneLineUsage:
            raise
        except click.UsageError as exc:
            ctx = exc.ctx or next((a for a in args if isinstance(a, click.Context)), None)
            raise OneLineUsage(_message(exc), ctx) from None
    return wrapper


# Click's errors for a mistyped option or command, with the near names in
# `possibilities` (a command's since Click 8.4).
_MISTYPED = tuple(c for c in (click.NoSuchOption, getattr(click.exceptions, "NoSuchCommand", None)) if c)


def _message(exc: click.UsageError) -> str:
    """Click's message, with a mistyped option's or command's near names in
    the CLI's one did-you-mean form, `(did you mean --cache-dir or
    --rules?)`, where Click writes `(Did you mean one of: '--cache-dir',
    '--rules'?)` or `Did you mean 'server'?` (qa168 #5)."""
    if isinstance(exc, _MISTYPED) and exc.possibilities:
        return f"{exc.message} (did you mean {alternatives(sorted(exc.possibilities))}?)"
    return exc.format_message()


class OneLineCommand(click.Command):
    """A command whose usage errors are one line: those of its arguments and
    options, and one its body raises (`parse` with no path, qa96 #5)."""

    parse_args = _one_line(click.Command.parse_args)
    invoke = _one_line(click.Command.invoke)


class OneLineGroup(click.Group):
    """The `newslint` group: its commands and itself report usage errors in one
    line. `lazy` maps a command's name to the `module:attribute` of a command
    imported the first time it is run, listed or asked for help."""

    command_class = OneLineCommand

    @_one_line
    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        """Bare `newslint` prints the help, as `--help` does, but to stderr with
        exit 2 (as ruff does): no command was given, so the run did nothing. Not
        an error line, and the same under every Click (8.1 exits 0 on its own)."""
        if not args and self.no_args_is_help and not ctx.resilient_parsing:
            click.echo(ctx.get_help(), err=True, color=ctx.color)
            ctx.exit(2)
        return super().parse_args(ctx, args)

    def __init__(self, *args, lazy: dict[str, str] | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.lazy = dict(lazy or {})

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *self.lazy})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = self.lazy.get(cmd_name)
        if target is not None and cmd_name not in self.commands:
            module, _, attribute = target.partition(":")
            self.add_command(getattr(importlib.import_module(module), attribute), cmd_name)
        return super().get_command(ctx, cmd_name)

    @_one_line
    def resolve_command(self, ctx: click.Context, args: list[str]):
        try:
            return super().resolve_command(ctx, args)
        except click.UsageError:
            # another tool's name first: once every command is loaded (an earlier typo in the
            # same process: the language server, tests) it is still said (qa327 #7)
            if args and args[0] in OTHER_NAMES and args[0] not in self.lazy:
                raise click.UsageError(OTHER_NAME.format(name=args[0], command=OTHER_NAMES[args[0]]), ctx) from None
            if not any(name not in self.commands for name in self.lazy):
                raise
            for name in self.lazy:       # a typo: "did you mean" looks at every command
                self.get_command(ctx, name)
            return super().resolve_command(ctx, args)

    def invoke(self, ctx: click.Context):
        """Ctrl-C ends a run with "interrupted" and exit code 130, as shells
        expect; Click's own handling would print "Aborted!" and exit 1, which a
        CI script reads as "findings"."""
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            click.echo("newslint: interrupted", err=True)
            raise click.exceptions.Exit(130) from None
