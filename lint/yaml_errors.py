"""What a YAML error says, and where, in words a user can act on: the
place a quote or a bracket left open opens (YAML's own mark is often the end
of the text), a tab named as a tab, a quote that closes the value it is in,
words after a value's closing quote, a `key:value` with no space after the
colon (at that colon), and the character a reader error refuses. Shared by front matter, configs,
rule files and Vale styles (`safeload.load_yaml`, `readers.frontmatter`)."""
from __future__ import annotations

import re
from collections import namedtuple

from .yaml_glued import GLUED_KEY, glued_key_words

# A place in the text, as a yaml Mark gives it (0-based). A plain namedtuple:
# typing's NamedTuple compiles each (string) annotation, and this module is
# imported while the rule-set cache opens, before `code_cache` can keep them;
# the first compile of a process was 9M instructions, 2% of a one-article run.
_Mark = namedtuple("_Mark", ("index", "line", "column"))


def _mark_at(text: str, index: int) -> _Mark:
    start = text.rfind("\n", 0, index) + 1
    return _Mark(index, text.count("\n", 0, index), index - start)


def _unclosed(exc, text: str) -> tuple[str, object] | None:
    """(the opener a MarkedYAMLError shows was never closed: "quote", "[" or
    "{"; where it opens), or None:
    - a quoted value that runs to the end of the text;
    - a quoted value left open on its line, that YAML read on to the next
      line's quote (`title: "open` over `author: "Ann Lee"`: YAML stops at
      `Ann`, "did not find expected key");
    - a flow collection whose close YAML looked for on a later line
      (`tags: [a, b` over the next key, or over a comment holding `]`)."""
    context, at, found = exc.context or "", exc.context_mark, exc.problem_mark
    if found is None:
        return None
    if at is not None and context.startswith("while scanning a quoted") and \
            "end of stream" in (exc.problem or ""):
        return "quote", at
    if at is not None and context.startswith("while parsing a flow") and found.line != at.line:
        return ("[" if "sequence" in context else "{"), at
    i = found.index
    q = text[i - 1] if 1 <= i < len(text) else ""
    line_start = text.rfind("\n", 0, i) + 1
    if q and q in "'\"" and "expected key" in (exc.problem or "") and \
            q not in text[line_start:i - 1] and (opened := text.rfind(q, 0, line_start)) >= 0:
        return "quote", _mark_at(text, opened)
    return None


TAB = "a tab, which YAML never reads as indentation: indent with spaces"
# libyaml's words for a tab where it wants spaces: in a plain scalar, in a block
# scalar's indentation (`x: |` over a tabbed line, qa48 #10), and before a token
_TAB_WORDS = ("tab character that violates indentation",
              "tab character where an indentation space is expected")


def yaml_error(exc, text: str, line_at=None):
    """(what a MarkedYAMLError in `text` says, where it is shown), in words a
    user can act on, the mark None when YAML gives none:
    - a quote or a bracket left open is named and shown where it opens (YAML's
      own mark is the end of the text or a later line, far from the fix);
    - a tab where YAML wants spaces is one line, `TAB`: libyaml says it three
      ways (its "found character that cannot start any token" names no
      character), and for a space then a tab before a key, "mapping values
      are not allowed" at the key's colon, which is shown at the tab instead
      (qa48 #10);
    - a quote that closes the value it is in says how to quote it;
    - an anchor given twice is named, with the line of the first: `line_at`
      (an offset in `text` -> its line in the file) when `text` is part of a
      file (front matter: YAML counts a U+2028 or NEL as a line break, the
      file does not), else YAML's own count;
    - else YAML's own words, where it found the problem."""
    mark = exc.problem_mark or exc.context_mark
    problem = exc.problem or exc.context or "syntax error"
    if problem == "second occurrence" and "duplicate anchor" in (exc.context or "") and mark:
        # PyYAML's composer: "found duplicate anchor; first occurrence" (the context) ...
        # "second occurrence" (the problem), which alone named neither the anchor nor the fault
        # (a node's properties: a tag may stand before its anchor, `!!seq &a [x]`; YAML 1.2, 6.9)
        name = re.match(r"(?:![^\s]*\s+)?(&[^\s,\[\]{}]*)", text[mark.index:])
        first = exc.context_mark and (line_at(exc.context_mark.index) if line_at else exc.context_mark.line + 1)
        first = f" (first on line {first})" if first else ""
        return f"the anchor {name[1] if name else ''} is given twice{first}: give each its own name", mark
    opener = _unclosed(exc, text)
    if opener:
        what = "quoted value" if opener[0] == "quote" else opener[0]
        return f"the {what} that opens here is never closed ({problem})", opener[1]
    if any(words in problem for words in _TAB_WORDS) or (
            mark and "cannot start any token" in problem and text[mark.index:mark.index + 1] == "\t"):
        return TAB, mark
    if mark and "mapping values are not allowed" in problem and (tab := _tab_before(text, mark)):
        return TAB, tab
    if (glued := _glued_key(text, exc)) is not None:
        return f"{problem}: {glued[0]}", glued[1]
    if mark and ("expected key" in problem or "mapping values are not allowed" in problem) and \
            (glued := _glued_line(text, mark)) is not None:
        return f"{problem}: {glued[0]}", glued[1]
    if mark and "mapping values are not allowed" in problem and (why := _colon_why(text, mark)):
        return f"{problem}: {why}", mark
    if mark and "expected key" in problem and (after := _after_quote(text, mark)):
        return f"{problem}: {after}", mark
    q = text[mark.index - 1] if mark and 1 <= mark.index < len(text) else ""
    if q and q in "'\"" and text[mark.index].isalnum() and \
            q in text[text.rfind("\n", 0, mark.index) + 1:mark.index - 1]:
        # "description: 'Board's vote'": the apostrophe closed the value it is in
        twice = "write it twice (''), " if q == "'" else ""
        other = '"' if q == "'" else "'"
        line = _line_at(text, text.rfind("\n", 0, mark.index) + 1)
        value = line[line.index(q) + 1:line.rindex(q)]
        # unquoted, 'Update: Mayor says "no"' is a key, '"No," she said' a quoted start (YAML 1.2 7.3.3)
        bare = value[:1] not in "\"'&*!|>%@`[]{},#?:-" and not re.search(r": | #|:$", value)
        return (f"{problem}: the {q} inside a {q}...{q} value ends it; {twice}"
                f"quote the value with {other} instead" + (", or leave it unquoted" if bare else "")), mark
    return problem, mark


def _glued_line(text: str, mark) -> tuple[str, _Mark] | None:
    """(words, the glued colon) when the line YAML stopped on is a `title:x`
    slip with a colon and space later in it (`title:Breaking: "news" today`:
    YAML reads the key `title:Breaking` and stops in its value)."""
    start = text.rfind("\n", 0, mark.index) + 1
    line = _line_at(text, start).rstrip("\r")
    m = GLUED_KEY.fullmatch(line)
    if m is None or m[1] or not re.search(r":[ \t]", m[4]):
        return None
    return glued_key_words(line), _mark_at(text, start + m.start(3))


def _glued_key(text: str, exc) -> tuple[str, _Mark] | None:
    """(words, the colon) for a `title:x` line that YAML read on into the next
    key as one text: libyaml then stops at that key's colon ("mapping values
    are not allowed"), or, the glued line last, at the end with "could not
    find expected ':'" while scanning the line (a "simple key"). The first
    of a run of such lines over the problem's line is named."""
    mark, problem, context = exc.problem_mark, exc.problem or "", exc.context or ""
    if mark is None:
        return None
    if "could not find expected ':'" in problem and context.startswith("while scanning a simple key") \
            and exc.context_mark is not None:
        line_start = exc.context_mark.index - exc.context_mark.column
    elif "mapping values are not allowed" in problem:
        line_start = text.rfind("\n", 0, mark.index) + 1      # the key's line; the glued ones are above
        found = None
        while line_start > 0:
            above = text.rfind("\n", 0, line_start - 1) + 1
            if not GLUED_KEY.fullmatch(text[above:line_start - 1].rstrip("\r")):
                break
            found = line_start = above
        if found is None:
            return None
    else:
        return None
    line = _line_at(text, line_start)
    m = GLUED_KEY.fullmatch(line.rstrip("\r"))
    if m is None:
        return None
    return glued_key_words(line), _mark_at(text, line_start + m.start(3))


def _after_quote(text: str, mark) -> str:
    """What to say of words after a quoted value's closing quote (`title: "A" B`,
    YAML: "did not find expected key" at `B`), or "": when the line ends with
    a further quote of the same kind, the quote before the words was one
    inside the value (`"Mayor says " no"`); else the writer opened the value with a
    quotation, and the whole value wants the other quotes around it."""
    start = text.rfind("\n", 0, mark.index) + 1
    line = _line_at(text, start).rstrip("\r")
    before = line[:mark.index - start].rstrip(" \t")
    key = re.match(r" *[^\s:#][^:#]*:[ \t]+(['\"])", before)
    if key is None or len(before) == len(line[:mark.index - start]) or before[-1] != key[1] \
            or len(before) == key.end():
        return ""
    q, other = key[1], "'" if key[1] == '"' else '"'
    if line[mark.index - start:].split(" #")[0].rstrip().endswith(q):     # the value's real close
        return f"the {q} inside a {q}...{q} value ends it; quote the value with {other} instead"
    value = line[key.end() - 1:].rstrip()
    value = value.replace("'", "''") if other == "'" else value.replace('"', '\\"')
    shown = f" ({other}{value}{other})" if len(value) <= 60 else ""
    return (f"words after the value's closing {q} are no part of it: to keep the quote marks, "
            f"put the whole value in {'single' if other == chr(39) else 'double'} quotes{shown}")


def _colon_why(text: str, mark) -> str:
    """Why a `:` at `mark` is no key's colon, in a writer's words (nu30 #4), or
    "": a line indented under the value above it (YAML reads it as more of
    that value), or a colon and space in an unquoted value on the key's line."""
    start = text.rfind("\n", 0, mark.index) + 1
    line = text[start:mark.index]
    indent = len(line) - len(line.lstrip(" "))
    above = text[:max(start - 1, 0)].rsplit("\n", 1)[-1] if start else ""
    key = re.match(r"( *)([^\s:#][^:#]*):[ \t]+\S", above)
    if indent and key and len(key[1]) < indent:
        return (f"this line is indented under the value of '{key[2].strip()}' above it, so YAML reads it as "
                f"more of that value: start it where '{key[2].strip()}' starts")
    first = re.match(r" *[^\s:#][^:#]*:[ \t]+(?=\S)", line)
    if first and not line[first.end()] in "\"'":
        return (f"the value of '{line[:first.end()].strip(' :')}' holds ': ', which YAML reads as a new key: "
                "put the value in quotes (\"...\")")
    return ""


def _line_at(text: str, start: int) -> str:
    """The line of `text` from `start` (a line's start) to its "\n" or the
    text's end, without the "\n" (a "\r" before it is kept)."""
    end = text.find("\n", start)
    return text[start:] if end == -1 else text[start:end]


def _tab_before(text: str, mark) -> _Mark | None:
    """The first tab in the indentation of the mark's line, when there is one."""
    start = text.rfind("\n", 0, mark.index) + 1
    indent = len(text[start:mark.index]) - len(text[start:mark.index].lstrip(" \t"))
    at = text.find("\t", start, start + indent)
    return _mark_at(text, at) if at >= 0 else None


def reader_error_offset(text: str, exc) -> int:
    """The character offset of the character a YAML ReaderError refuses. libyaml
    reports a BYTE offset of the UTF-8 text as `position` (PyYAML's own reader a
    character one), so the refused character is looked up instead."""
    if isinstance(exc.character, int):
        found = text.find(chr(exc.character))
        if found != -1:
            return found
    return min(exc.position, len(text))
