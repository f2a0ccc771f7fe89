"""Plain words for a value a loader cannot read as written.

`shown` quotes an offending value in an error message, cut short;
`huge_number` says a whole number too long for Python to convert, in YAML,
TOML and JSON front matter alike.
"""
from __future__ import annotations

SHOWN = 60                   # characters of an offending value quoted in a message


def shown(value: object) -> str:
    """repr() of a value cut to a few dozen characters, for error messages."""
    text = repr(value)
    return text if len(text) <= SHOWN else text[: SHOWN - 1] + "…"


def huge_number(digits: int) -> str:
    """The words for a whole number of `digits` digits, more than Python
    converts to an integer (`sys.get_int_max_str_digits`, 4,300 by
    default), which `tomllib` and `json` then refuse: no article field is one."""
    return (f"a whole number of {digits:,} digits, too long to read; quote it if it is text, "
            "or write it shorter")
