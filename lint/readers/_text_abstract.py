"""An archive's abstract over the story in plain text.

News archives' text exports (ProQuest's, as PolNeAR's New York Times files
are written) set the database's summary between two label lines under the
headline: `ABSTRACT.`, one paragraph, `FULL TEXT.`, and then the story as
printed. The abstract is the archive's, not the writer's: it names people by
the surname the story goes on to introduce (`Mr. Rubio's time is quickly
running out`, over `Senator Marco Rubio has persuaded ...`). It stays a
paragraph, read by every rule as before (its words are the story's words to
the headline checks, and a misspelt name in it is still one: `Hilary
Clinton`), with `attrs["abstract"]` set, so that names.first-reference does
not take its surname for the story's first reference.

Only that whole layout counts, in the block right under the hed's (the
archive's header block; the reader asks no later one, so a paper's abstract
quoted in the body is none): both labels in
capitals with their full stops, each a line of its own, one paragraph of
one line between them, each set apart by blank lines. It may stand under a
line the reader takes for a paragraph (a dek under `hed;` that the reader
turns down: `Criticism within party drives candidate to say remarks
'misconstrued.'`). A story that only mentions an abstract, or a lone
`ABSTRACT.` line, has none.
"""
from __future__ import annotations

from .. import rx as regex

from ..regex_cache import SERIAL

# `ABSTRACT.`, a blank line or more, one line of summary, a blank line or
# more, `FULL TEXT.`; each line trimmed of spaces (and a CR before its LF).
# Matched at the label's offset (past the block's indent, so no `^`). Every
# run is possessive and no two runs in a row can take the same character, so
# the match is linear in the text read: a long run of spaces never backtracks.
_LAYOUT = regex.compile(
    r"(?m)ABSTRACT\.[ \t\r]*+\n(?:[ \t\r]*+\n)++[ \t]*+(\S)[^\n]*+\n"
    r"(?:[ \t\r]*+\n)++[ \t]*+FULL TEXT\.[ \t\r]*+$")


def abstract_at(src: str, at: int, end: int | None) -> int | None:
    """The offset of the summary's first character when the `ABSTRACT.` label
    of the archive's layout opens at offset `at` (a block's first character,
    its indent trimmed), else None; `end` bounds the text read."""
    if not src.startswith("ABSTRACT.", at):
        return None
    m = _LAYOUT.match(src, at, len(src) if end is None else end, SERIAL)
    return None if m is None else m.start(1)
