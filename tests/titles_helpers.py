"""Run the titles and names rules alone, straight from their YAML files, so
these tests do not depend on the other packs loading."""
from __future__ import annotations

from pathlib import Path

from lint.config import Config
from lint.document import Document, Part
from lint.engine import lint_document
from lint.readers import read_bytes
from lint.ruleset import load_rule

RULES = Path(__file__).resolve().parent.parent / "rules"


def rule(rule_id: str, **options):
    pack, name = rule_id.split(".", 1)
    return load_rule(rule_id, RULES / pack / f"{name}.yaml", options or None)


def run(doc: Document, rule_id: str, **options):
    return lint_document(doc, [rule(rule_id, **options)], Config()).diagnostics


def read(text: str, suffix: str = ".txt") -> Document:
    return read_bytes(f"article{suffix}", text.encode("utf-8"))


def built(*parts: tuple[str, str, str]) -> Document:
    """A document from (kind, name, text) triples, one line each."""
    source = "\n".join(t for _, _, t in parts)
    doc = Document(path="built", source=source, format="text")
    pos = 0
    for kind, name, text in parts:
        doc.add(Part.from_slice(kind, source, pos, pos + len(text), name=name))
        pos += len(text) + 1
    return doc


def where(diags) -> list[tuple[int, int, str]]:
    return [(d.line, d.column, d.snippet) for d in diags]


# A text story's headline and publication line: a body under it starts on line 5.
STORY_HED = "Council vote set\n\nPublished May 1, 2024\n\n"


def first_references(body: str) -> list[tuple[int, int, str]]:
    """(line, column, flagged text) of each names.first-reference finding in
    a text story of `body` under STORY_HED."""
    return where(run(read(STORY_HED + body + "\n"), "names.first-reference"))


def first_refs(text: str) -> list[tuple[int, int, str]]:
    """(line, column, flagged text) of each names.first-reference finding in
    the text story `text` as given (no headline added)."""
    return where(run(read(text), "names.first-reference"))


# A captain's story published on a Monday, 45 at first mention; `{later}` is
# a later paragraph (line 7) that may give him another age (nu43, qa169).
CAPTAIN = ("Captain retires\n\nPublished April 20, 2026\n\n"     # a Monday
           "Capt. John Smith, 45, retired on Monday after 20 years at sea.\n\n{later}\n")

# A Reuters story on Ford Motor Co; `{lone}` opens the last paragraph (line 5)
# with the short form "Ford", before "Executive Chair Bill Ford" (nu43, qa169).
FORD = ("Ford to recall 10,000 trucks\n\n"
        "DETROIT, March 3 (Reuters) - Ford Motor Co said on Tuesday it would recall 10,000 trucks. "
        "Ford said no injuries had been reported.\n\n{lone} Executive Chair Bill Ford spoke to reporters.\n")


def age_findings(later: str, head: str = CAPTAIN):
    """The names.age-changed diagnostics on `head` with `{later}` filled in."""
    return run(read(head.format(later=later)), "names.age-changed")


def ages(later: str, head: str = CAPTAIN) -> list[tuple[int, int, str]]:
    """(line, column, flagged age) of each names.age-changed finding, as `age_findings`."""
    return where(age_findings(later, head))
