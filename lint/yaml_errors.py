"""What a YAML error says, and where, in words a user can act on: the
place a quote or a bracket left open opens (YAML's own mark is often the end
of the text), a tab named as a tab, a quote that closes the value it is in,
and the character a reader error refuses. Shared by front matter, configs,
rule files and Vale styles (`safeload.load_yaml`, `readers.frontmatter`)."""
from __future__ import annotations

import re
from typing import NamedTuple


class _Mark(NamedTuple):
    """A place in the text, as a yaml Mark gives it (0-based)."""
    index: int
    line: int
    column: int


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


def yaml_mark(exc, text: str):
    """Where a MarkedYAMLError in `text` is shown: for a quote or a bracket
    left open, where it opens (YAML's own mark is the end of the text or a
    later line, far from the fix); else where YAML found the problem."""
    opener = _unclosed(exc, text)
    return opener[1] if opener else exc.problem_mark or exc.context_mark


TAB = "a tab, which YAML never reads as indentation: indent with spaces"


def yaml_problem(exc, text: str) -> str:
    """What a MarkedYAMLError says, in words a user can act on: libyaml's
    "found character that cannot start any token" names no character, and
    is most often a tab where YAML wants spaces; a quote or a bracket left
    open is named at its opening (`yaml_mark`)."""
    mark = exc.problem_mark or exc.context_mark
    problem = exc.problem or exc.context or "syntax error"
    opener = _unclosed(exc, text)
    if opener and opener[0] == "quote":
        return f"the quoted value that opens here is never closed ({problem})"
    if opener:
        return f"the {opener[0]} that opens here is never closed ({problem})"
    if "tab character that violates indentation" in problem or (
            mark and "cannot start any token" in problem and text[mark.index:mark.index + 1] == "\t"):
        return TAB        # libyaml's two words for it: in front matter and configs, one line
    q = text[mark.index - 1] if mark and 1 <= mark.index < len(text) else ""
    if q and q in "'\"" and text[mark.index].isalnum() and \
            q in text[text.rfind("\n", 0, mark.index) + 1:mark.index - 1]:
        # "description: 'Board's vote'": the apostrophe closed the value it is in
        twice = "write it twice (''), " if q == "'" else ""
        other = '"' if q == "'" else "'"
        line = (text[text.rfind("\n", 0, mark.index) + 1:] + "\n").split("\n", 1)[0]
        value = line[line.index(q) + 1:line.rindex(q)]
        # unquoted, 'Update: Mayor says "no"' is a key, '"No," she said' a quoted start (YAML 1.2 7.3.3)
        bare = value[:1] not in "\"'&*!|>%@`[]{},#?:-" and not re.search(r": | #|:$", value)
        return (f"{problem}: the {q} inside a {q}...{q} value ends it; {twice}"
                f"quote the value with {other} instead" + (", or leave it unquoted" if bare else ""))
    return problem


def reader_error_offset(text: str, exc) -> int:
    """The character offset of the character a YAML ReaderError refuses. libyaml
    reports a BYTE offset of the UTF-8 text as `position` (PyYAML's own reader a
    character one), so the refused character is looked up instead."""
    if isinstance(exc.character, int):
        found = text.find(chr(exc.character))
        if found != -1:
            return found
    return min(exc.position, len(text))
