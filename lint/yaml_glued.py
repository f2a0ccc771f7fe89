"""A `key:value` front-matter line with no space after the colon (`title:x`),
which YAML reads as plain text, not as a key: the pattern that finds one and
the words that say how to mend it (YAML 1.2, 7.3.3 Plain Style). Apart from
`yaml_errors` (which words it when a broken file stops YAML) because valid
front matter is checked for the slip too (`readers._fm_hints.glued_in_key`),
and a run whose YAML parses never needs the rest of the error wording.
"""
from __future__ import annotations

import re

# `title:x`: a key with no space after its colon, which YAML reads as plain text
GLUED_KEY = re.compile(r"( *)([^\W\d][\w.-]*)(:)(?=[^\s:])(.*)")


def glued_value(value: str) -> str:
    """`value`, the text after a `title:x` slip's colon, as YAML wants it
    after `key: `: as written, when it is already one quoted value or a plain
    one YAML reads as text; else in quotes, for it holds ': ' or ' #' or opens
    with a character YAML reserves (YAML 1.2, 7.3.3 Plain Style)."""
    q = value[:1]
    if q in ("'", '"') and len(value) > 1 and value.endswith(q) and q not in value[1:-1].replace(q * 2, ""):
        return value
    if value[:1] not in "\"'&*!|>%@`[]{},#?:-" and not re.search(r":(?:[ \t]|$)|[ \t]#", value):
        return value
    if '"' not in value and "\\" not in value:
        return f'"{value}"'
    return "'" + value.replace("'", "''") + "'"


def glued_key_words(line: str) -> str:
    """What to say of a `key:value` line (`GLUED_KEY`) YAML read as text, or,
    with a colon and space later in it (`title:Breaking: news`), read as the
    key `title:Breaking`; the mend quotes a value that needs it (`glued_value`)."""
    m = GLUED_KEY.fullmatch(line.rstrip("\r"))
    value = m[4] if len(m[4]) <= 24 else m[4][:23] + "…"
    mend = glued_value(m[4])
    later = re.search(r":(?:[ \t]|$)", m[4])
    if later:
        return (f"'{m[2]}:{value}' has no space after its first colon, so YAML reads the key as "
                f"'{m[2]}:{m[4][:later.start()]}', not '{m[2]}': write {m[2]}: {mend}")
    said = f"'{m[2]}: {value}'" if mend == m[4] and mend[:1] not in "\"'" else f"{m[2]}: {mend}"
    return (f"'{m[2]}:{value}' has no space after its colon, so YAML reads the line as text, "
            f"not as the key '{m[2]}': write {said}")
