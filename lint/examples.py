"""Run a rule's YAML examples. The test suite and `newslint explain` both call
this, so the examples the docs show are the examples the tests run."""
from __future__ import annotations

from dataclasses import dataclass

from .config import Config, parse_date_option
from .diagnostic import Diagnostic
from .document import Document, Part
from .engine import lint_document
from .fixes import apply_fixes
from .readers import read_bytes
from .ruleset import Rule

FORMAT_SUFFIX = {"text": ".txt", "txt": ".txt", "markdown": ".md", "md": ".md", "html": ".html"}


@dataclass
class ExampleResult:
    expect: str                 # "pass" or "fail"
    text: str
    diagnostics: list[Diagnostic]
    fixed: str | None           # the text after fixes, when the example has `fix`

    @property
    def ok(self) -> bool:
        flagged = bool(self.diagnostics)
        if self.expect == "pass":
            return not flagged
        return flagged and (self.fixed is None or self.fixed == self.want_fix)

    want_fix: str | None = None


def example_document(rule: Rule, example: dict) -> Document:
    """A whole document when the example names a `format`, else the text as one
    part of the kind the rule looks at first."""
    text = example.get("pass", example.get("fail"))
    fmt = example.get("format")
    if fmt:
        return read_bytes(f"example{FORMAT_SUFFIX.get(fmt, '.txt')}", text.encode("utf-8"))
    doc = Document(path="example", source=text, format="text")
    doc.add(Part.from_slice(rule.scope[0], text, 0, len(text)))
    return doc


def run_example(rule: Rule, example: dict) -> ExampleResult:
    doc = example_document(rule, example)
    published = example.get("published")
    config = Config(published=parse_date_option(published, rule.path) if published else None)
    diagnostics = [d for d in lint_document(doc, [rule], config).diagnostics if d.rule == rule.id]
    expect = "pass" if "pass" in example else "fail"
    fixed = apply_fixes(doc.source, diagnostics)[0] if "fix" in example else None
    result = ExampleResult(expect, doc.source, diagnostics, fixed)
    result.want_fix = example.get("fix")
    return result
