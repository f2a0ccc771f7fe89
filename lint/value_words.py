"""Plain words for a scalar value a loader cannot read as written.

PyYAML's safe constructors fail on a scalar whose tag they cannot honour
with Python's own errors, none of them naming the tag: `!!int abc` a
ValueError about int(), `!!bool maybe` a KeyError, `!!float ""` an
IndexError, `!!timestamp foo` an AttributeError (the YAML 1.1 type
repository, yaml.org/type, says which text each tag takes). `unread_scalar`
says each in one sentence that names the value, for configs, rule files
(`safeload.measure`) and front matter (`readers._fm_yaml`) alike.
"""
from __future__ import annotations

SHOWN = 60                   # characters of an offending value quoted in a message
# what a safe constructor raises for a scalar it cannot read (YAMLError aside)
VALUE_ERRORS = (ValueError, TypeError, OverflowError, AttributeError, KeyError, IndexError)

_YAML = "tag:yaml.org,2002:"
_WHAT = {"int": "a whole number", "float": "a number", "bool": "true or false"}


def shown(value: object) -> str:
    """repr() of a value cut to a few dozen characters, for error messages."""
    text = repr(value)
    return text if len(text) <= SHOWN else text[: SHOWN - 1] + "…"


def as_written(text: str, cut: bool = True) -> str:
    r"""A pattern quoted as its rule file writes it, for error messages
    (README: "quoted as written"): each backslash one backslash, as a YAML
    single-quoted or plain value and a Vale style hold it, where repr()
    doubled it (`'\\bfoo('` for `\bfoo(`: nu68 #6). Quoted as repr() quotes
    (in `"` when it holds a `'` and no `"`); a character that cannot be
    shown on a line (a verbose block's newline) as its escape (`\n`); `cut`
    to `SHOWN` characters as `shown` cuts."""
    mark = '"' if "'" in text and '"' not in text else "'"
    body = "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)
    quoted = mark + (body if mark == '"' else body.replace("'", "\\'")) + mark
    return quoted if not cut or len(quoted) <= SHOWN else quoted[: SHOWN - 1] + "…"


def huge_number(digits: int) -> str:
    """The words for a whole number of `digits` digits, more than Python
    converts to an integer (`sys.get_int_max_str_digits`, 4,300 by
    default), which `tomllib` and `json` then refuse: no article field is one."""
    return (f"a whole number of {digits:,} digits, too long to read; quote it if it is text, "
            "or write it shorter")


def unread_scalar(tag: str, text: str, exc: Exception) -> str:
    """Why the scalar `text`, tagged `tag` (a full tag, `tag:yaml.org,2002:int`),
    failed to construct with `exc` (one of VALUE_ERRORS): the value quoted,
    with what its tag asks for (`'abc' is not a whole number (it is tagged !!int)`)."""
    if isinstance(exc, ValueError) and "int_max_str_digits" in str(exc):
        return huge_number(sum(c.isdigit() for c in text))
    name = tag[len(_YAML):] if tag.startswith(_YAML) else None
    if name == "timestamp":
        return f"{text!r} is not a valid date (use YYYY-MM-DD)"
    short = f"!!{name}" if name else tag
    if name in _WHAT:
        return f"{shown(text)} is not {_WHAT[name]} (it is tagged {short})"
    return f"{shown(text)} cannot be read as {short}"


def plain_equals() -> str:
    """Why a plain, untagged `=` value is refused: YAML 1.1 (PyYAML) resolves it
    to the value key's tag (yaml.org/type/value), which no safe constructor
    builds; said as the user wrote it, naming no tag (qa270 #4)."""
    return "'=' is read by YAML as its value key, not as text; quote it if it is text, as in \"=\""


def written(value: object) -> str:
    """A YAML scalar that is no string as YAML writes it (`true`, `2024-01-01`,
    `2024-01-01 10:00:00`, `null`), not as Python's repr (`True`,
    `datetime.date(2024, 1, 1)`: qa86 #9); any other value as `shown`."""
    import datetime as dt

    if isinstance(value, bool) or value is None:
        return {True: "true", False: "false", None: "null"}[value]
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return shown(value)


def key_not_text(read: object, what: str = "key", written: str | None = None) -> str:
    """Why a key (or list item, `what`) that must be a word (a `swap:` pattern,
    a front-matter field name, an `existence` token) is refused, when YAML read
    it as `read`: unquoted yes, no, on, off, true and false are booleans in YAML
    1.1 (PyYAML's), numbers and dates are numbers and dates, and ~ or an empty
    key is null; the word written is lost before any check. The advice quotes
    `written` (the text in the file, once `marks` know it): `12:00` is read as
    720 and `0x1F` as 31, and quoting those would make a different word."""
    tail = ": ..." if what == "key" else ""
    if isinstance(read, bool):
        written = written or ("yes" if read else "no")
        return (f"{what} read as {'true' if read else 'false'}, not as a word (YAML reads an "
                "unquoted yes, no, on, off, true or false as true or false); quote it, as in "
                f"\"{written}\"{tail}")
    if read is None:
        return (f"{what} read as null, not as a word (YAML reads ~, null or an empty {what} "
                f"as null); quote it, as in \"{written or 'null'}\"{tail}")
    kind = "a number" if isinstance(read, (int, float)) else f"a {type(read).__name__}"
    return (f"{what} read as {kind} ({read}), not as a word; quote it, as in "
            f"\"{written or read}\"{tail}")
