"""Whether a YAML plain (unquoted) scalar still reads as its text.

A fix inside `title: Fifties music is back` that writes `'50s` at the start
makes `title: '50s music is back`, which no longer parses (a quote mark opens
a quoted scalar); `%`, `&`, `*`, `@`, `` ` ``, `- `, `? ` at the start,
`: ` or ` #` inside, or a text YAML resolves to a number, a date, null or a
boolean (`1984`, `yes`) make it read as something else (YAML 1.1 and 1.2
sections 7.3.3 "Plain Style" and 10.3 "Core Schema"; PyYAML resolves as
1.1). Imports nothing of newslint's, and `yaml` only when a fix is checked
(a plain-text check on a warm cache loads no YAML: tests/test_startup.py).
"""
from __future__ import annotations


def reads_as_itself(text: str, flow: bool) -> bool:
    """Does `text`, written as a plain scalar, read back as the string `text`?
    `flow`: it stands inside a flow collection (`[a, b]`, `{k: v}`), where
    `,`, `[`, `]`, `{` and `}` end it; else as a block mapping's value.
    False also when the text does not parse at all. Never raises."""
    if not text or "\n" in text or "\r" in text:
        return False
    import yaml

    try:
        got = yaml.load(f"[{text}]" if flow else f"k: {text}", Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except (yaml.YAMLError, ValueError, TypeError, OverflowError, RecursionError):
        return False
    return got == [text] if flow else got == {"k": text}
