"""SARIF 2.1.0, the format GitHub code scanning and most CI dashboards read.

Paths are relative to the run's root under `%SRCROOT%` (a file outside it:
an absolute `file:` URI, `_artifact`); columns count Unicode
code points (`columnKind`), as newslint's do; `partialFingerprints` come from
`fingerprint.py`, so an alert survives edits elsewhere in the article.

A finding an inline directive hid (`<!-- newslint-disable-line ... -- reason -->`)
is listed too, as ESLint's SARIF formatter does, with `suppressions` (SARIF
2.1.0 §3.35: `kind` "inSource", the directive's reason as `justification`), so
code scanning shows it as dismissed, not fixed; it counts for no exit code.
Fingerprints are taken over both: a finding's occurrence index counts hidden
ones too, so hiding the first of two alike leaves the second its print.
"""
from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import quote

from .. import __version__
from ..fingerprint import VERSION as FP_KEY, for_report
from ._common import plain, relative, rule_info, safe_link

NAME = "sarif"
NEEDS_SOURCE = True
SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVEL = {"error": "error", "warning": "warning", "suggestion": "note"}


def _artifact(path: str, root: str) -> dict:
    """`path`'s artifactLocation: relative to the run's root under `%SRCROOT%`
    (which `originalUriBaseIds` gives as an absolute URI ending in "/", SARIF
    2.1.0 §3.14.14), else, outside the root (`../x.md`), its absolute `file:`
    URI with no `uriBaseId`: a base goes only with a relative `uri` (§3.4.3,
    §3.4.4), and the file is still located exactly (nu66)."""
    rel = relative(path, root)
    if rel is not None:
        # a name that is not UTF-8 is percent-encoded byte for byte, as as_uri() does
        return {"uri": quote(rel, errors="surrogateescape"), "uriBaseId": "%SRCROOT%"}
    return {"uri": Path(path).resolve().as_uri()}


def _rule(rule_id: str, rules: dict, levels: dict) -> dict:
    """`levels`: the run's level of each rule (`Report.levels`): the configs'
    `levels:` give the default, and a rule no config selects is not enabled."""
    short, full, link = rule_info(rule_id, rules)
    rule = rules.get(rule_id)
    given = levels.get(rule_id, rule.level if rule is not None else "warning")
    default = {"level": LEVEL.get(given, LEVEL[rule.level] if rule is not None else "warning")}
    if given == "off":
        default["enabled"] = False
    # explain runs a rule's examples; a Vale style's rule has none there, only its description
    styled = getattr(getattr(getattr(rule, "checker", None), "vale", None), "scope", None) is not None
    more = "More" if styled and not rule.examples else "Examples"
    help_text = f"{full}\n\n{more}: newslint explain {rule_id}" if rule is not None else full
    if link:
        help_text += f"\nReference: {link}"
    out = {
        "id": rule_id,
        "name": "".join(w.capitalize() for w in rule_id.replace("-", ".").split(".")),
        "shortDescription": {"text": plain(short)},
        "fullDescription": {"text": plain(full)},
        "help": {"text": plain(help_text)},
        "defaultConfiguration": default,
        "properties": {"tags": [rule_id.split(".", 1)[0]]},
    }
    if safe_link(link):      # helpUri is a live link in viewers: http(s) only
        out["helpUri"] = safe_link(link)
    if rule is not None:
        out["properties"]["kind"] = rule.kind
        out["properties"]["fixable"] = rule.fixable
    return out


def _region(d) -> dict:
    return {"startLine": d.line, "startColumn": d.column,
            "endLine": d.end_line, "endColumn": max(d.end_column, d.column)}


def _fix(d, artifact: dict) -> dict:
    fix = d.fix
    if fix.start == d.offset and fix.end == d.end_offset:
        region = _region(d)
    else:
        region = {"charOffset": fix.start, "charLength": fix.end - fix.start}
    # the fix as it reads (`Fix.shown`: '7 p.m.'), though the edit keeps the text's own stop
    return {"description": {"text": f"Replace with {fix.shown!r}"},
            "artifactChanges": [{"artifactLocation": artifact, "replacements": [
                {"deletedRegion": region, "insertedContent": {"text": fix.replacement}}]}]}


def render(report) -> str:
    hidden = report.suppressed
    shown = sorted([*report.diagnostics, *hidden], key=lambda d: d.sort_key()) if hidden \
        else report.diagnostics
    ids = sorted(set(report.rules) | {d.rule for d in shown})
    index = {rule_id: i for i, rule_id in enumerate(ids)}
    prints = for_report(shown, report.documents)
    results = []
    for d in shown:
        artifact = _artifact(d.path, report.root)
        region = _region(d)
        if d.snippet:
            region["snippet"] = {"text": d.snippet}
        result = {
            "ruleId": d.rule, "ruleIndex": index[d.rule], "level": LEVEL[d.level],
            "message": {"text": d.message},
            "locations": [{"physicalLocation": {"artifactLocation": artifact, "region": region}}],
            "partialFingerprints": {FP_KEY: prints[d]},
        }
        if d.fix is not None and d not in hidden:     # never a fix offered where the writer said no
            result["fixes"] = [_fix(d, artifact)]
        if d.article:      # the article inside an export (post id, item GUID)
            result["properties"] = {"article": d.article}
        if d in hidden:
            why = hidden[d]
            result["suppressions"] = [{"kind": "inSource", **({"justification": why} if why else {})}]
        results.append(result)
    run = {
        "tool": {"driver": {
            "name": "newslint", "version": __version__, "semanticVersion": __version__,
            "rules": [_rule(rule_id, report.rules, report.levels) for rule_id in ids]}},
        "columnKind": "unicodeCodePoints",
        "results": results,
    }
    if report.problems:     # a rule stopped or crashed (exit 2): the analysis is incomplete (SARIF 2.1.0 §3.20)
        run["invocations"] = [{"executionSuccessful": False, "toolExecutionNotifications": [
            {"level": "error", "message": {"text": p}} for p in report.problems]}]
    if report.root:
        run["originalUriBaseIds"] = {"%SRCROOT%": {"uri": Path(report.root).resolve().as_uri() + "/"}}
    log = {"version": "2.1.0", "$schema": SCHEMA, "runs": [run]}
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"
