"""The one `--published DATE` option that `check`, `audit` and `parse` share,
so the three read, refuse and describe a publication date in the same words
(nu70 #11: `audit` had none, and an archive of undated wire text needed a
config to date it). Imports only click and `config`: `audit`'s command loads
it without loading `check`'s."""
from __future__ import annotations

import click

from .config import ConfigError, parse_date_option

HELP = ("Publication date for date checks, overriding the article: YYYY-MM-DD (an ISO "
        "date-time or a written date such as 'Nov. 30, 2026' is read too).")


def published_date(ctx, param, value):
    """click callback: the date `value` names (datetime.date), None when the
    option is not given; a usage error (exit 2, one line) for text that is
    no date, worded as a config's `published:` is refused."""
    if value is None:
        return None
    try:
        return parse_date_option(value, "--published")
    except ConfigError as exc:
        raise click.BadParameter(str(exc).split(": ", 2)[-1]) from None


def published_option(help: str = HELP):
    """The `--published DATE` click option (parameter `published`), with
    `help` in place of check's wording where a command uses it otherwise."""
    return click.option("--published", callback=published_date, metavar="DATE", help=help)
