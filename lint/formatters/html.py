"""One self-contained HTML page for editors, made to be read on an archive
too: the rules found (count, level, what each checks) first; then the files,
the most errors first, then the most warnings, with the files that have no
findings folded into one line; then each article with findings, its text
around them with the findings highlighted where they are and the messages
beside them (`_html_context`: lines and long lines' characters far from every
finding are counted, not shown; a clean article's text is not in the page). An "Errors only" switch hides
every warning and suggestion, and every rule, file and article without an
error: a checkbox and CSS, no script. No scripts, fonts or images are
loaded; every piece of article text is escaped, so a `<script>` in copy
stays text.
"""
from __future__ import annotations

import bisect
import html
from collections import Counter, defaultdict
from itertools import islice

from ..diagnostic import LEVELS
from ..document import LineIndex
from ..plural import counted
from . import _html_context as context
from ._common import code_spans, rule_info, safe_link, shown_path
from .text import by_level

NAME = "html"
NEEDS_SOURCE = True
ORDER = tuple(reversed(LEVELS))        # error, warning, suggestion
MARK_SHOWN = 8                         # findings a highlight's tooltip names

CSS = """
:root{--error:#b31d28;--error-bg:#ffdce0;--warning:#8a6100;--warning-bg:#fff1b8;
--suggestion:#0b5cad;--suggestion-bg:#dbeafe;--line:#e3e3e3;--muted:#666}
*{box-sizing:border-box}
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1d1d1d;background:#fafafa}
header{background:#1f2937;color:#fff;padding:16px 28px}
header h1{margin:0;font-size:22px}
main{padding:12px 28px 40px}
h2{font-size:18px;margin:28px 0 8px}
table.sum{border-collapse:collapse;background:#fff;margin:6px 0 12px;min-width:50%}
table.sum th,table.sum td{border:1px solid var(--line);padding:4px 10px;text-align:left;vertical-align:top}
table.sum td.n{text-align:right;font-variant-numeric:tabular-nums}
.badge{display:inline-block;border-radius:3px;padding:0 6px;font-size:12px;font-weight:600;color:#fff}
.badge.error{background:var(--error)}.badge.warning{background:var(--warning)}
.badge.suggestion{background:var(--suggestion)}.badge.zero{opacity:.45}
section.article{background:#fff;border:1px solid var(--line);border-radius:6px;margin:18px 0;padding:0 0 8px}
section.article h2{margin:0;padding:10px 14px;border-bottom:1px solid var(--line);font-size:16px}
section.article h2 small{color:var(--muted);font-weight:400}
.rows{display:grid;grid-template-columns:3.2em minmax(0,1fr) 24em}
.ln{color:#999;text-align:right;padding:1px 8px 1px 0;font:12px/1.9 ui-monospace,monospace;user-select:none}
.tx{white-space:pre-wrap;overflow-wrap:anywhere;padding:1px 12px;font-family:Georgia,serif}
.ms{padding:1px 10px;font-size:13px;border-left:1px solid var(--line)}
.row-hit{background:#fcfcf7}
mark{padding:0 1px;border-radius:2px;color:inherit}
mark.error{background:var(--error-bg);border-bottom:2px solid var(--error)}
mark.warning{background:var(--warning-bg);border-bottom:2px solid var(--warning)}
mark.suggestion{background:var(--suggestion-bg);border-bottom:2px dotted var(--suggestion)}
sup.ref{font:700 10px sans-serif;margin:0 0 0 2px}
sup.ref a{text-decoration:none;color:#fff;border-radius:7px;padding:0 4px}
sup.ref.error a{background:var(--error)}sup.ref.warning a{background:var(--warning)}
sup.ref.suggestion a{background:var(--suggestion)}
ol.msgs{list-style:none;margin:0;padding:0}
ol.msgs li{margin:2px 0 6px;padding-left:6px;border-left:3px solid}
ol.msgs li.error{border-color:var(--error)}ol.msgs li.warning{border-color:var(--warning)}
ol.msgs li.suggestion{border-color:var(--suggestion)}
ol.msgs code,table code{font-size:12px;color:var(--muted)}
.num{font-weight:700}
.fileprob{padding:6px 14px}
.kind{font:11px sans-serif;color:var(--muted);text-transform:uppercase;letter-spacing:.04em}
.asread{color:var(--muted);font-size:13px;padding:4px 14px;margin:0}
footer{color:var(--muted);font-size:12px;padding:0 28px 20px}
#errors-only{position:absolute;opacity:0;width:1px;height:1px}
p.tools{margin:8px 0 0;text-align:right}
label.only{border:1px solid #9ca3af;border-radius:4px;padding:2px 10px;cursor:pointer;font-size:14px;background:#fff}
#errors-only:focus-visible~main label.only{outline:2px solid var(--suggestion)}
#errors-only:checked~main label.only{background:var(--error);border-color:var(--error);color:#fff}
#errors-only:checked~main .no-errors,#errors-only:checked~main li.warning,
#errors-only:checked~main li.suggestion,#errors-only:checked~main sup.ref.warning,
#errors-only:checked~main sup.ref.suggestion{display:none}
#errors-only:checked~main mark.warning,#errors-only:checked~main mark.suggestion{background:none;border-bottom:0}
details.clean-files{margin:0 0 12px}details.clean-files p{color:var(--muted);font-size:13px}
"""


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _message_item(anchor: str, n: int, d) -> str:
    fix = f' <em>fix: “{_e(d.fix.shown)}”</em>' if d.fix else ""
    return (f'<li id="{anchor}" class="{d.level}"><span class="num">{n}</span> '
            f'<span class="badge {d.level}">{d.level}</span> {_e(d.message)}{fix} '
            f'<code>{_e(d.rule)}</code> <code>{d.line}:{d.column}</code></li>')


def _ref_at(text: str, end: int) -> int:
    """Where a finding's number goes: at its end, moved on to the end of the
    word it stops in, so a badge never sits between two letters."""
    stop = min(len(text), end + 40)
    while 0 < end < stop and text[end - 1].isalnum() and text[end].isalnum():
        end += 1
    return end


def _marked(text: str, hits: list) -> str:
    """`text` with each finding's part of it wrapped in <mark>. `hits` holds
    (anchor, number, diagnostic, start, end), start and end indexing `text`.
    One sweep over the cut points, so 24,000 nested findings on one line stay
    linear; a mark's title names its first MARK_SHOWN findings and counts the rest."""
    cuts = {0, len(text)}
    refs = defaultdict(list)       # where each finding's number goes
    opens, closes = defaultdict(list), defaultdict(list)
    for k, (anchor, n, d, a, b) in enumerate(hits):
        cuts.update((a, b))
        refs[_ref_at(text, b)].append(f'<sup class="ref {d.level}"><a href="#{anchor}">{n}</a></sup>')
        if a < b:
            opens[a].append(k)
            closes[b].append(k)
    cuts = sorted(cuts | set(refs))
    active: dict[int, tuple] = {}          # hit index -> (anchor, diagnostic), in start order
    levels: Counter = Counter()
    out = []
    for a, b in zip(cuts, cuts[1:] + [None]):
        for k in closes.pop(a, ()):
            levels[active.pop(k)[1].level] -= 1
        for k in opens.pop(a, ()):
            active[k] = (hits[k][0], hits[k][2])
            levels[hits[k][2].level] += 1
        out.extend(refs.pop(a, ()))          # a number follows the text that ends at a
        if b is None or a == b:
            continue
        chunk = _e(text[a:b])
        if not active:
            out.append(chunk)
            continue
        level = next(lv for lv in ORDER if levels[lv] > 0)
        shown = list(islice(active.values(), MARK_SHOWN))
        lines = [f"{d.level}: {d.message} [{d.rule}]" for _, d in shown]
        if len(active) > len(shown):
            lines.append(f"… and {len(active) - len(shown)} more")
        out.append(f'<mark class="{level}" title="{_e(chr(10).join(lines))}" '
                   f'data-findings="{" ".join(x for x, _ in shown)}">{chunk}</mark>')
    return "".join(out)


def _row(line: object, text: str, msgs: str, label: str = "") -> str:
    cls = " row-hit" if msgs else ""
    label = f'<span class="kind">{_e(label)}</span> ' if label else ""
    return (f'<div class="ln{cls}">{line}</div><div class="tx{cls}">{label}{text}</div>'
            f'<div class="ms{cls}">{f"<ol class=msgs>{msgs}</ol>" if msgs else ""}</div>')


def _source_rows(doc, numbered: list) -> list[str]:
    """The article's source around its findings, line by line, findings marked
    where they are; lines and characters far from every finding are counted,
    not shown (`_html_context`)."""
    source = doc.source
    starts = LineIndex(source).starts
    by_line: dict[int, list] = defaultdict(list)      # line -> findings touching it
    first_line: dict[int, list] = defaultdict(list)   # line -> findings starting on it
    for item in numbered:
        d = item[2]
        for line in range(d.line, d.end_line + 1):
            by_line[line].append(item)
        first_line[d.line].append(item)
    rows, shown_to = [], 0
    for lo, hi in context.line_plan(len(starts), set(by_line)):
        if lo > shown_to + 1:
            rows.append(_row("…", f'<span class="kind">{_e(context.lines_left_out(lo - shown_to - 1))}</span>', ""))
        for line in range(lo, hi + 1):
            ls = starts[line - 1]
            le = starts[line] - 1 if line < len(starts) else len(source)
            if le > ls and source[le - 1] == "\r":
                le -= 1
            hits = [(a, n, d, min(max(d.offset, ls), le) - ls, min(max(d.end_offset, ls), le) - ls)
                    for a, n, d in by_line[line]]
            rows.append(_row(line, _line_text(source[ls:le], hits),
                             "".join(_message_item(a, n, d) for a, n, d in first_line[line])))
        shown_to = hi
    if shown_to < len(starts):
        rows.append(_row("…", f'<span class="kind">{_e(context.lines_left_out(len(starts) - shown_to))}</span>', ""))
    return rows


def _line_text(text: str, hits: list) -> str:
    """One line, marked; a long one only around its findings (`context.windows`)."""
    pieces = context.windows(len(text), [(h[3], h[4]) for h in hits])
    out, at = [], 0
    for lo, hi in pieces:
        if lo > at:
            out.append(f'<span class="kind">{_e(context.characters_left_out(lo - at))}</span>')
        inside = [(a, n, d, max(s, lo) - lo, min(e, hi) - lo) for a, n, d, s, e in hits
                  if s < hi and e > lo or s == e and lo <= s <= hi]
        out.append(_marked(text[lo:hi], inside) if inside else _e(text[lo:hi]))
        at = hi
    if at < len(text):
        out.append(f'<span class="kind">{_e(context.characters_left_out(len(text) - at))}</span>')
    return "".join(out)


def _span_in(part, start: int, end: int) -> tuple[int, int] | None:
    """The part-text span that source[start:end] covers, or None when it misses the part."""
    segs = part.segments
    lo = hi = None
    for k, (t0, s0) in enumerate(segs):
        t1 = segs[k + 1][0] if k + 1 < len(segs) else len(part.text)
        s1 = s0 + (t1 - t0)
        if start == end and s0 <= start <= s1:
            return start - s0 + t0, start - s0 + t0
        a, b = max(start, s0), min(end, s1)
        if a < b:
            lo = a - s0 + t0 if lo is None else lo
            hi = b - s0 + t0
    return None if lo is None else (lo, hi)


def _part_rows(doc, numbered: list) -> list[str]:
    """An HTML article as read: one row per part (headline, paragraph, caption,
    ...) of its text, entities decoded and markup gone, findings marked in it.
    Findings outside every part (in markup, or about the file) get a markup
    row in their place in the page's order."""
    lines = LineIndex(doc.source)
    parts = sorted((p for p in doc.parts if p.text), key=lambda p: p.segments[0][1])
    placed, rows, per_part = set(), [], []
    for part in parts:
        hits = []
        for a, n, d in numbered:
            span = _span_in(part, d.offset, d.end_offset)
            if span is not None:
                hits.append((a, n, d, *span))
        per_part.append(hits)
    first = {}
    for part, hits in zip(parts, per_part):
        for a, n, d, *_ in hits:
            first.setdefault(a, part)
    # Findings outside every part (in markup, or about the file) go in a
    # markup row where they stand: before the first part that starts after them.
    starts = [p.segments[0][1] for p in parts]
    outside = defaultdict(list)
    for a, n, d in numbered:
        if a not in first:
            outside[bisect.bisect_right(starts, d.offset or 0)].append((a, n, d))
    for k, (part, hits) in enumerate(zip(parts, per_part)):
        _markup_row(rows, outside.pop(k, ()))
        msgs = "".join(_message_item(a, n, d) for a, n, d, *_ in hits if first[a] is part
                       and a not in placed)
        placed.update(a for a, *_ in hits)
        text = _marked(part.text, hits) if hits else _e(part.text)
        rows.append(_row(lines.position(part.segments[0][1])[0], text, msgs, part.name or part.kind))
    _markup_row(rows, outside.pop(len(parts), ()))
    return rows


def _markup_row(rows: list[str], found) -> None:
    """One row for the findings in markup between two parts, if any."""
    if found:
        rows.append(_row(found[0][2].line, '<span class="kind">markup</span>',
                         "".join(_message_item(a, n, d) for a, n, d in found)))


def _no_errors(diags) -> bool:
    """Whether "Errors only" hides what `diags` are about: none is an error."""
    return not any(d.level == "error" for d in diags)


def _article(k: int, path: str, doc, diags: list, root: str) -> str:
    """One article's view, wrapped for "Errors only" to hide when it has no error."""
    shown = _view(k, path, doc, diags, root)
    return f'<div class="no-errors">{shown}</div>' if _no_errors(diags) else shown


def _view(k: int, path: str, doc, diags: list, root: str) -> str:
    tally = by_level(Counter(d.level for d in diags))
    head = f'<section class="article" id="file-{k}"><h2>{_e(shown_path(path, root))} <small>{tally}</small></h2>'
    numbered = [(f"f{k}-{n}", n, d) for n, d in enumerate(diags, 1)]
    if doc is None:
        items = "".join(_message_item(a, n, d) for a, n, d in numbered)
        return f'{head}<div class="fileprob"><ol class="msgs">{items}</ol></div></section>'
    as_read = doc.format == "html" and any(p.text for p in doc.parts)
    rows = _part_rows(doc, numbered) if as_read else _source_rows(doc, numbered)
    note = '<p class="asread">Shown as read: the page\'s text without its markup.</p>' if as_read else ""
    return f'{head}{note}<div class="rows">{"".join(rows)}</div></section>'


def by_severity(paths: list[str], grouped: dict) -> list[str]:
    """`paths` with the most errors first, then the most warnings, then the
    most suggestions; in their order (the report's, by path) among equals."""
    def key(k_path):
        counts = Counter(d.level for d in grouped[k_path[1]])
        return tuple(-counts[lv] for lv in ORDER) + (k_path[0],)
    return [p for _, p in sorted(enumerate(paths), key=key)]


def _file_table(paths: list[str], grouped: dict, root: str) -> str:
    """Files with findings, each a row linking to its article; the clean ones
    one line, their names folded away."""
    rows, clean = [], []
    for k, path in enumerate(paths):
        if not grouped[path]:
            clean.append(_e(shown_path(path, root)))
            continue
        counts = Counter(d.level for d in grouped[path])
        cells = "".join(f'<td class="n">{counts[lv] or ""}</td>' for lv in ORDER)
        hide = ' class="no-errors"' if _no_errors(grouped[path]) else ""
        rows.append(f'<tr{hide}><td><a href="#file-{k}">'
                    f'{_e(shown_path(path, root))}</a></td>{cells}<td class="n">{len(grouped[path])}</td></tr>')
    head = "".join(f"<th>{lv}s</th>" for lv in ORDER)
    table = (f'<table class="sum" id="by-file"><tr><th>File</th>{head}<th>Total</th></tr>'
             f'{"".join(rows)}</table>') if rows else ""
    if clean:
        table += (f'<details class="clean-files" id="clean-files"><summary>{counted(len(clean), "file")}'
                  ' with no findings</summary>'
                  f'<p>{", ".join(clean)}</p></details>')
    return table


def _rule_table(diagnostics: list, rules: dict) -> str:
    counts = Counter(d.rule for d in diagnostics)
    levels = defaultdict(set)
    for d in diagnostics:
        levels[d.rule].add(d.level)
    rows = []
    for rule_id, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        short, _, link = rule_info(rule_id, rules)
        badges = " ".join(f'<span class="badge {lv}">{lv}</span>'
                          for lv in ORDER if lv in levels[rule_id])
        if safe_link(link):
            ref = f' <a href="{_e(safe_link(link))}" rel="noopener noreferrer">reference</a>'
        else:   # a javascript: or data: link is never made live
            ref = f' <span class="link">reference: {_e(link)}</span>' if link else ""
        hidden = "" if "error" in levels[rule_id] else ' class="no-errors"'
        rows.append(f'<tr{hidden}><td><code>{_e(rule_id)}</code></td><td>{badges}</td>'
                    f'<td class="n">{n}</td><td>{code_spans(short, _e)}{ref}</td></tr>')
    if not rows:
        return "<p>No findings.</p>"
    return ('<table class="sum" id="by-rule"><tr><th>Rule</th><th>Level</th><th>Count</th>'
            f'<th>What it checks</th></tr>{"".join(rows)}</table>')


def render(report) -> str:
    from .. import __version__
    from ..readers._own_reports import HTML_MARK    # the mark a later run's reader skips the report by

    grouped: dict[str, list] = {p: [] for p in report.files}
    for d in report.diagnostics:
        grouped.setdefault(d.path, []).append(d)
    for diags in grouped.values():
        diags.sort(key=lambda d: (d.offset, d.end_offset, d.rule))
    paths = by_severity(list(grouped), grouped)
    counts = Counter(d.level for d in report.diagnostics)
    total = len(report.diagnostics)
    legend = " ".join(f'<span class="badge {lv}{" zero" if not counts[lv] else ""}">{counted(counts[lv], lv)}</span>'
                      for lv in ORDER)
    articles = "".join(_article(k, p, report.documents.get(p), grouped[p], report.root)
                       for k, p in enumerate(paths) if grouped[p])      # a clean one's text: left out
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
{HTML_MARK}
<title>newslint report: {counted(total, "finding")}</title>
<style>{CSS}</style></head>
<body><input type="checkbox" id="errors-only" aria-label="Errors only">
<header><h1>newslint report</h1>
<p>{counted(total, "finding")} in {counted(len(paths), "file")} {legend}</p></header>
<main><p class="tools"><label class="only" for="errors-only">Errors only</label></p><h2>Rules</h2>{_rule_table(report.diagnostics, report.rules)}
<h2>Files</h2>{_file_table(paths, grouped, report.root)}
<h2>Articles</h2>{articles or "<p>No findings.</p>"}</main>
<footer>newslint {_e(__version__)}: hover a highlight for its message; numbers link to the list beside the text.</footer>
</body></html>
"""
