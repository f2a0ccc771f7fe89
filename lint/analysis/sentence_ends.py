"""The cheap shapes of a sentence's end that readers and checks test a line
or a span with: a stop mark and the closing marks after it, at a line's end
or before white space, and a paragraph's end in a text whose paragraphs a
blank line parts. One definition of each, so two readers that mean the same
line cannot drift apart (rr39a #11: a private copy that took every line
break for a sentence's end cut a quote's frame at a soft wrap, rr39a #1).

These know no abbreviation and no clock time: the full scan of a part's
sentences is `sentences.SENTENCE_END`. Patterns and pattern text only (the
`regex` module's syntax); no reader or kind is imported, so both may use it.
"""
from __future__ import annotations

from .. import rx as regex

__all__ = ["CLOSING_MARKS", "LINE_BREAK", "LINE_ENDS_AT_STOP", "LINE_ENDS_SENTENCE", "MARKDOWN_LINE_ENDS_AT_STOP",
           "ONE_SPACE", "PARAGRAPH_BREAK", "SOFT_WRAP", "SPACE_RUN", "STOP_AT_LINE_END", "STOP_CLOSED"]

# Marks that may close a sentence after its stop, as the characters of a
# class: straight and curly closing quotes, a closing parenthesis or bracket.
CLOSING_MARKS = "\"'\u201d\u2019)\\]"

# A line that ends as a sentence does: `.`, `!`, `?` or an ellipsis, any
# closing marks, then only white space ("After TK.", "“We won.”").
LINE_ENDS_SENTENCE = regex.compile(rf"[.!?\u2026][{CLOSING_MARKS}]*\s*$")
# The same where a line trailing off in an ellipsis is left open: `.`, `!`
# or `?` only.
LINE_ENDS_AT_STOP = regex.compile(rf"[.!?][{CLOSING_MARKS}]*\s*$")
# `LINE_ENDS_AT_STOP` in Markdown source, where emphasis marks close the line too ("*In Lima.*").
MARKDOWN_LINE_ENDS_AT_STOP = regex.compile(rf"[.!?][*_{CLOSING_MARKS}]*\s*$")

# Pattern text: `.`, `!` or `?` and any closing quote marks or parenthesis
# after it, inside running text (callers say what must follow). Not an
# ellipsis or a bracket there: "with … Denver" and "the [U.S.] Army" go on
# (qa130 #1, #2).
STOP_CLOSED = "[.!?][\"'\u201d\u2019)]*"
# Pattern text: a stop or an ellipsis and any closing marks (`CLOSING_MARKS`:
# "failure…", "[sic.]") at a line's end, before its line break: a line that
# trails off there ends its sentence, where one inside the line may not
# (qa126 #5, qa130 #1).
STOP_AT_LINE_END = f"[.!?\u2026][{CLOSING_MARKS}]*(?=[ \t]*(?:\r\n?|\n))"

# Pattern text: one line break, LF, CRLF or a lone CR (old Mac files), as
# `line_index.LineIndex` ends a line: a pattern that reads across a line's
# end takes this, never `\n` alone, so a story saved on Windows reads as
# one saved on Linux (fx385). Atomic: a CRLF is never two breaks.
LINE_BREAK = r"(?>\r\n?|\n)"
# Pattern text: the one space between two words, a CRLF as one (`\s` alone
# reads a CRLF wrap as two: "30.5\r\nmln", "7:00\r\nPM").
ONE_SPACE = r"(?:\r\n|\s)"
# Pattern text: what joins two words as one space does: any run of
# horizontal white space (spaces, tabs, no-break spaces: `743.7  mln`,
# `7  pm`), or one line break (a wrapped line), never a blank line (fx386, fx403).
SPACE_RUN = rf"(?:[\t\p{{Zs}}]+|{ONE_SPACE})"
# Pattern text: a line break with a blank line after it, the end of a
# paragraph; and one without, a soft wrap inside a paragraph, which ends no
# sentence. Each is the other's complement.
PARAGRAPH_BREAK = LINE_BREAK + r"[ \t]*[\r\n]"
SOFT_WRAP = LINE_BREAK + r"(?![ \t]*[\r\n])"
