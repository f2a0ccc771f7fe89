"""Run a rule's YAML examples. The test suite and `newslint explain` both call
this, so the examples the docs show are the examples the tests run.

An example is `pass: TEXT` (no finding) or `fail: TEXT` (a finding), with:
- `at`: where the findings are, in order: the exact text flagged or a 1-based
  column, or a list of them (one per finding);
- `message`: a substring of every finding's message (or a list, one per finding);
- `count`: how many findings (implied by a list `at`);
- `fix`: the text after the fixes, which must then pass the rule;
- `options`: rule options for this example only;
- `published`, `format` and `name`.
The model is sqlfluff's rule cases and yamllint's exact (line, column) lists.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .config import Config, parse_date_option
from .diagnostic import Diagnostic
from .document import Document, Part
from .engine import lint_document
from .fixes import apply_fixes
from .marks import PlacedError
from .plural import counted
from .readers import ReadError, read_bytes
from .ruleset import Rule, load_rule

FORMAT_SUFFIX = {"text": ".txt", "txt": ".txt", "markdown": ".md", "md": ".md", "html": ".html",
                 "nitf": ".nitf", "newsml": ".xml", "jsonl": ".jsonl"}


@dataclass
class ExampleResult:
    """What one example did; `problems` says how it differs from what it claims."""

    expect: str                 # "pass" or "fail"
    text: str
    diagnostics: list[Diagnostic]
    fixed: str | None           # the text after fixes, when the example has `fix`
    want_fix: str | None = None
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def example_document(rule: Rule, example: dict, text: str | None = None) -> Document:
    """A whole document when the example names a `format`, else the text as one
    part of the kind the rule looks at first; a paragraph for a rule with
    `skip-quotes` that reads them, as quotations are read in body text only."""
    text = example.get("pass", example.get("fail")) if text is None else text
    fmt = example.get("format")
    if fmt:
        return read_bytes(f"example{FORMAT_SUFFIX.get(fmt, '.txt')}", text.encode("utf-8"))
    doc = Document(path="example", source=text, format="text")
    kind = "paragraph" if rule.skip_quotes and "paragraph" in rule.scope else rule.scope[0]
    doc.add(Part.from_slice(kind, text, 0, len(text)))
    return doc


def _lint(rule: Rule, example: dict, text: str | None = None) -> tuple[Document, list[Diagnostic], list[str]]:
    """The example's document, the rule's findings on it and the run's
    problems (a rule that failed or timed out on it), which the example then
    reports rather than hiding them behind 'was not flagged' (nu28 #3)."""
    doc = example_document(rule, example, text)
    published = example.get("published")
    config = Config(published=parse_date_option(published, rule.path) if published else None)
    if example.get("options"):
        rule = load_rule(rule.id, Path(rule.path), example["options"])
    result = lint_document(doc, [rule], config)
    return doc, [d for d in result.diagnostics if d.rule == rule.id], [p.text for p in result.problems]


def run_example(rule: Rule, example: dict) -> ExampleResult:
    """The example run, with its `problems`. An example that cannot be run (its
    `options:` wrong for the kind, a `published:` that is no date, or text its
    `format:` reader refuses, such as NITF with an entity declaration) is one
    problem that says why, as `explain` shows it, not an internal error (tb5)."""
    try:
        doc, diagnostics, failed = _lint(rule, example)
    except (PlacedError, ReadError) as exc:
        text = example.get("pass", example.get("fail"))
        return ExampleResult("pass" if "pass" in example else "fail", text, [], None,
                             example.get("fix"), [f"the example cannot be run: {exc}"])
    expect = "pass" if "pass" in example else "fail"
    fixed = apply_fixes(doc.source, diagnostics)[0] if "fix" in example else None
    result = ExampleResult(expect, doc.source, diagnostics, fixed, example.get("fix"))
    result.problems = [f"the check failed: {p}" for p in failed] + _problems(rule, example, result)
    return result


def _as_list(value) -> list:
    return value if isinstance(value, list) else [value]


def expected_count(example: dict) -> int | None:
    """How many findings the example claims, or None for 'at least one'."""
    if "count" in example:
        return example["count"]
    if isinstance(example.get("at"), list):
        return len(example["at"])
    if isinstance(example.get("message"), list):
        return len(example["message"])
    return 1 if "at" in example else None


def _problems(rule: Rule, example: dict, result: ExampleResult) -> list[str]:
    found = result.diagnostics
    shown = ", ".join(f"{d.line}:{d.column} {d.snippet!r}" for d in found) or "none"
    if result.expect == "pass":
        return [f"a pass example was flagged: {shown}"] if found else []
    if not found:
        return ["a fail example was not flagged"]
    out = []
    want = expected_count(example)
    if want is not None and len(found) != want:
        out.append(f"{counted(len(found), 'finding')} where the example says {want}: {shown}")
    if "at" in example:
        for d, at in zip(found, _as_list(example["at"])):
            if isinstance(at, int) and d.column != at:
                out.append(f"flagged at column {d.column}, not column {at}")
            elif isinstance(at, str) and d.snippet != at:
                out.append(f"flagged {d.snippet!r}, not {at!r}")
    if "message" in example:
        wanted = example["message"]
        pairs = zip(found, wanted) if isinstance(wanted, list) else ((d, wanted) for d in found)
        out += [f"message {d.message!r} does not say {m!r}" for d, m in pairs if m not in d.message]
    if result.want_fix is not None:
        if result.fixed != result.want_fix:
            out.append(f"the fix gives {result.fixed!r}, not {result.want_fix!r}")
        else:
            _, left, _ = _lint(rule, example, result.fixed)
            if left:
                out.append("the fixed text is still flagged: " + ", ".join(
                    f"{d.line}:{d.column} {d.snippet!r}" for d in left))
    return out
