"""What to do about front matter a site cannot read, for the common newsroom
slips the parsers' own words do not name (fx121 #2): a block never closed
(and the line that would close it), a block whose closing fence is missing
so that a later `---` closes it over the story, a `title:x` line alone, and
TOML text values written without quotes or with words after their closing
quote. YAML's value-level slips (`title:x` over another key, words after a
closing quote, a quote inside a quoted value) are `yaml_errors`'; each
function here gives the words a `file.front-matter` line adds, or ""."""
from __future__ import annotations

import re

from ..yaml_glued import GLUED_KEY, glued_key_words, glued_value

# A line a writer may have meant as the closing fence: a fence indented, too
# long, of the other language, or a dash a word processor made of `---`.
_NEAR_FENCE = re.compile(r"(?m)^[ \t]*(-{3,}|\+{3,}|\.{3}|[\u2014\u2013][\u2014\u2013-]*)[ \t]*\r?$")
# A `key:` (YAML) opening a line, or a comment or list item: front matter, not the story
_DATA_LINE = re.compile(r"[^\s:#][^:#]*:(?:[ \t]|$)|[#\-\[{]")


def _line_no(src: str, offset: int) -> int:
    return src.count("\n", 0, offset) + 1


def never_closed(src: str, fence: str, after: int, key_lines=None) -> str:
    """What a `fence` block opened before `after` and never closed wants: the
    line a writer meant to close it, said as the fence it must be ("the
    '----' on line 5 would close it as '---' alone at the start of its
    line"), else a fence line under its last key (`_close_under`).
    `key_lines`: a callable giving the block's `_fm_open.key_lines` when the
    caller wants them too (read once); default, they are read here."""
    m = _NEAR_FENCE.search(src, after)
    if m is None:
        return _close_under(src, fence, after, key_lines)
    line, found = _line_no(src, m.start()), m[1]
    if found == fence:      # indented: a fence starts its line
        return f"the '{found}' on line {line} is indented: it closes the block only at the start of its line"
    if found in ("---", "+++", "..."):
        lang = "TOML (+++)" if found == "+++" else "YAML (---)"
        return f"the '{found}' on line {line} closes only {lang} front matter: close this block with '{fence}'"
    return f"the '{found}' on line {line} would close it written as '{fence}'"


def _close_under(src: str, fence: str, after: int, key_lines=None) -> str:
    """A fence line under the block's last key line; when that holds a
    `title:x` slip (`GLUED_KEY`: no key to YAML), that line's number and
    what the slip wants (qa67 #7.7)."""
    if key_lines is None:
        from ._fm_open import key_lines as read     # (a module of its own: the reader's fixes use it)
        lines = read(src, fence, after)
    else:
        lines = key_lines()
    glued = next(((a, e) for a, e, g in lines if g), None)      # (the line's end before "\r\n")
    if glued is None:
        return f"close it with a '{fence}' line under its last key"
    last = _line_no(src, lines[-1][0])
    under = "its last key" if any(not g for *_, g in lines) else f"line {last}"
    return f"close it with a '{fence}' line under {under}; on line {_line_no(src, glued[0])}, " \
        + glued_key_words(src[glued[0]:glued[1]])


def left_open(text: str, problem_at: int, close_line: int, first_line: int) -> tuple[str, int] | None:
    """(words, offset in `text`) when the YAML `text` of a block closed by the
    `---` on `close_line` runs on into the story: a line of words under a
    blank line that is no `key:`, comment or list item, at or before where
    YAML failed (`problem_at`), is where the closing fence was forgotten.
    `first_line`: the file's line of `text`'s first line."""
    blank, pos = False, 0
    while pos < len(text) and pos <= problem_at:
        nl = text.find("\n", pos)
        end = len(text) if nl == -1 else nl
        line = text[pos:end].rstrip("\r")
        if not line.strip():
            blank = True
        elif blank and not line[0].isspace() and not _DATA_LINE.match(line) and len(line.split()) >= 2:
            at = first_line + text.count("\n", 0, pos)
            return (f"the front matter is never closed above the story, so the '---' on line {close_line} "
                    f"closes it and the text from line {at} is read as YAML: put a '---' line above line {at}"), pos
        else:
            blank = False
        pos = end + 1
    return None


def glued_scalar(text: str) -> tuple[str, int] | None:
    """(words, offset of the colon in `text`) when front matter that is one
    line of text (no mapping) is a `title:x` line, else None."""
    line = text.split("\n", 1)[0]
    m = GLUED_KEY.fullmatch(line.rstrip("\r"))
    return (glued_key_words(line), m.start(3)) if m else None


def glued_in_key(text: str, key) -> tuple[str, int, str] | None:
    """(words, offset of the first colon in `text`, the key meant) for a
    mapping's plain key that holds a `title:x` slip followed by a colon
    (`title:Breaking: news`, qa67 #7.2): YAML reads the key `title:Breaking`
    with the value `news`. The mend quotes the value, which holds ': '."""
    m = GLUED_KEY.fullmatch(key.value) if not key.style and isinstance(key.value, str) else None
    if m is None or m[1]:
        return None
    start = key.start_mark.index
    nl = text.find("\n", start)
    line = text[start:len(text) if nl == -1 else nl].rstrip("\r")
    value = line[len(m[2]) + 1:]
    shown = value if len(value) <= 24 else value[:23] + "…"
    return (f"'{m[2]}:{shown}' has no space after its first colon, so YAML reads the key as "
            f"'{key.value}', not '{m[2]}': write {m[2]}: {glued_value(value)}"), start + len(m[2]), m[2]


_TOML_LINE = re.compile(r"[ \t]*([A-Za-z0-9_.-]+|\"[^\"\r\n]*\")[ \t]*=[ \t]*([^\r\n]*)")
_TOML_WORDS = ("inf", "nan", "+inf", "-inf", "+nan", "-nan")
# Words a writer means as a yes/no setting (YAML 1.1 reads them so), as TOML writes them
_YES_NO = {**dict.fromkeys(("yes", "y", "on", "true"), "true"),
           **dict.fromkeys(("no", "n", "off", "false"), "false")}

# Keys whose value is text however it reads (`title = Yes`), as the front-matter reader names them
_TEXT_KEY = re.compile(r"(?i)title|headline|hed$|description|summary|dek$|author|byline|caption|alt$")


def _requoted(inner: str, q: str) -> str:
    """A TOML string of `inner`, the text between a value's outer `q` quotes
    that holds `q` itself (TOML v1.0.0, String): in the other quotes where
    its characters allow (a literal '...' string keeps backslashes as
    written), else with each `"` escaped in a "..." string, or a `'` inside
    a '''...''' literal string."""
    if q == '"' and "'" not in inner and "\\" not in inner:
        return f"'{inner}'"
    if q == '"':
        return '"' + inner.replace('"', '\\"') + '"'
    if '"' not in inner:
        return '"' + inner.replace("\\", "\\\\") + '"'
    return f"'''{inner}'''"


def toml_value(src: str, offset: int, said: str) -> str:
    """Advice for tomllib's "Invalid value" or "Expected newline ... after a
    statement" at `offset` of `src` on a `key = value` line (TOML v1.0.0:
    Strings): a text value written with no quotes wants them; words after a
    quoted value's closing quote want the whole value in the other quotes."""
    if not said.startswith(("Invalid value", "Expected newline or end of document after a statement")):
        return ""
    start = src.rfind("\n", 0, offset) + 1
    m = _TOML_LINE.match(src, start)
    if m is None or not m[2] or offset < m.start(2):
        return ""
    key, value = m[1], m[2].rstrip()
    q = value[0]
    if q not in "\"'":
        value = value.split(" #")[0].rstrip()     # a comment after it
    if q in "\"'":
        close = value.find(q, 1)
        if close == -1 or not value[close + 1:].strip() or value[close + 1:].lstrip()[0] == "#":
            return ""
        # a comment after the last quote (qa68 #8.1) stays a comment, out of the value
        last = max(value.rfind(q), close)
        note = re.search(r"[ \t]+#.*", value[last + 1:])
        comment = value[last + 1 + note.start():] if note else ""
        value = value[:len(value) - len(comment)].rstrip()
        if value.endswith(q) and len(value) > close + 1:     # `"He said "no" today"` (qa67 #5)
            return (f"the {q} inside a {q}...{q} value ends it: "
                    f"write {key} = {_requoted(value[1:-1], q)}{comment}")
        if q == '"' and "'" not in value:
            return f"words after the value's closing \" are no part of it: write {key} = '{value}'{comment}"
        return f"words after the value's closing {q} are no part of it: put the whole value in \"...\""
    yes = _YES_NO.get(value.lower())
    if yes is not None and not _TEXT_KEY.search(key):      # `draft = yes`: a setting, not text
        return f"TOML has no '{value}': a setting is true or false, in lower case: write {key} = {yes}"
    words = value[0].isdigit() and any(c.isalpha() for c in value.partition(" ")[2])    # `2026 budget`
    if value.lower() in _TOML_WORDS or not (value[0].isalpha() or words):
        return ""
    shown = value.replace("\\", "\\\\").replace('"', '\\"')
    return f"TOML puts text in quotes: write {key} = \"{shown}\""
