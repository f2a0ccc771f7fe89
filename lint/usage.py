"""Click classes that print a usage error as one line.

Click's default is three lines (usage, a hint, the error); newslint prints
`newslint: PROBLEM (see 'newslint check --help')`, like every other error it
reports, and exits 2.
"""
from __future__ import annotations

import click


class OneLineUsage(click.UsageError):
    """A usage error shown as one line."""

    def show(self, file=None) -> None:
        hint = f" (see '{self.ctx.command_path} --help')" if self.ctx is not None else ""
        click.echo(f"newslint: {self.format_message()}{hint}", err=True, file=file)


def _one_line(method):
    """Wrap a parsing method so any UsageError it raises shows as one line."""
    def wrapper(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except OneLineUsage:
            raise
        except click.UsageError as exc:
            raise OneLineUsage(exc.format_message(), exc.ctx) from None
    return wrapper


class OneLineCommand(click.Command):
    parse_args = _one_line(click.Command.parse_args)


class OneLineGroup(click.Group):
    """The `newslint` group: its commands and itself report usage errors in one line."""

    command_class = OneLineCommand
    parse_args = _one_line(click.Group.parse_args)
    resolve_command = _one_line(click.Group.resolve_command)
