"""`caption-unbalanced`: brackets or quotes opened in a caption and never closed.

A caption is short and often pasted from a picture desk's metadata, so a
cut-off credit such as "(Getty Images" or a quote with no end is a common
and very visible slip. Straight single quotes and ’ are apostrophes far more
often than quotes, so only ‘ opens a single quote.
"""
from __future__ import annotations

from .base import Finding, Kind

OPENERS = {"(": ")", "[": "]", "{": "}", "“": "”", "‘": "’"}
CLOSERS = {")": "(", "]": "[", "}": "{", "”": "“"}


def unbalanced(text: str) -> list[tuple[int, str]]:
    """(offset, problem) for each bracket or quote without its partner."""
    stack: list[tuple[int, str]] = []
    problems: list[tuple[int, str]] = []
    for i, ch in enumerate(text):
        if ch == '"':
            if stack and stack[-1][1] in ('"', "“"):
                stack.pop()
            else:
                stack.append((i, ch))
        elif ch in OPENERS:
            stack.append((i, ch))
        elif ch == "’":
            if stack and stack[-1][1] == "‘":
                stack.pop()
        elif ch in CLOSERS:
            want = {CLOSERS[ch]} | ({'"'} if ch == "”" else set())
            depth = next((k for k in range(len(stack) - 1, -1, -1) if stack[k][1] in want), None)
            if depth is None:
                problems.append((i, f"'{ch}' closes nothing"))
                continue
            problems.extend((j, f"'{o}' is never closed") for j, o in stack[depth + 1:])
            del stack[depth:]
    problems.extend((j, f"'{o}' is never closed") for j, o in stack)
    return sorted(problems)


class CaptionUnbalanced(Kind):
    name = "caption-unbalanced"
    placeholders = frozenset({"problem"})
    description = "Flags brackets and quotes left unclosed (or closing nothing) in a caption."
    default_scope = ("caption", "credit")

    def check(self, doc, parts):
        for part in parts:
            if part.attrs.get("split"):
                continue  # carved out of a caption that is checked whole
            for offset, problem in unbalanced(part.text):
                yield Finding(part, offset, offset + 1, args={"problem": problem})


KIND = CaptionUnbalanced
