"""The checks that tests/test_fuzz.py and benchmarks/fuzz.py run on every
generated input: what must hold for ANY article or config file (issue 13)."""
from __future__ import annotations

import datetime as dt
import traceback

from lint.config import Config, ConfigError, load_file
from lint.config_ids import check_config_ids
from lint.document import LineIndex
from lint.file_notices import FILE_RULES
from lint.engine import lint_bytes, rules_for
from lint.ruleset import RuleError

# Fragments that once broke something, or sit where readers and rules decide:
# quote marks, line ends, markup of all three formats, dates at the calendar's
# ends, directives, template tags, odd characters.
PIECES = [
    '"', "\u201c", "\u201d", "\u2018", "\u2019", "'", "''", "\n", "\r", "\r\n", "\n\n", " ", "\t",
    "# ", "## ", "> ", "- ", "* ", "1. ", "`", "```\n", "    ", "[", "]", "(", ")", "*", "_",
    '![alt](x.jpg "A title")', "![](p.jpg)", "[a link](http://x.example)", "<https://x.example>",
    "<p>", "</p>", "<h1>", "</h1>", "<b>", "</b>", "<br>", '<img src="x.jpg" alt="">',
    "<figure>", "<figcaption>", "</figcaption>", "</figure>", "<article>", "</article>",
    '<meta property="article:published_time" content="0001-1-1">', "<title>", "</title>",
    '<script type="application/ld+json">', "</script>", '{"headline": "A \\u201cB", '
    '"datePublished": "9999-12-31"}', "[[[[[[", "&amp;", "&#8220;", "&nbsp;", "&bogus;",
    "---\n", "+++\n", "title: ", "date: 9999-12-31\n", "date: 0001-01-01\n", "x = [[[", "{",
    "2024-02-30", "Feb. 30", "May 18th", "Monday, May 5, 2024", "Tue.", "yesterday", "next week",
    "last Thursday, March 1", "9999-12-31", "0001-01-01", "Dec. 31, 9999", "Jan. 1, 0001",
    " said", " said Mayor Anna Lee", "Lee said:", "TK", "the the", "The the", "U.S.", "US",
    "(AP Photo/Jane Doe)", "Photo: ", "CAPTION HERE", "(photo courtesy:", "By Jane Doe\n",
    "WASHINGTON (AP) \u2014 ", "<!-- newslint-disable -->", "<!-- newslint-enable hygiene -->",
    "<!-- newslint-disable-next-line dates -->", '{{< figure src="a.jpg" caption="Hi" >}}',
    "{% include x.html %}", "{{ page.title }}", "\u2028", "\x0b", "\x0c", "\ufeff", "\u00e9",
    "\u65e5\u672c", "\U0001f600", "\u200b", "7 PM", "7:00 p.m.", "12 noon", "1990's", "Reyes.Council",
    "\u2014", "\u2026", "Kowalczyk", "Kowalczik", "Deputy Mayor ", "\x00",
    "> > > > > > > > ", "- - - - - - ", "<div><div><div><div>", "<blockquote><p>\u201c",
    '{"title": "Vote", "date": "0001-01-01"}\n\n', "+++\ntitle = \"Vote\"\ndate = 9999-12-31\n+++\n",
    "---\ntitle: Vote\nimage:\n  src: a.jpg\n  caption: Photo: \n---\n", "on Friday, Dec. 31, 9999",
    "Sunday, Jan. 1, 0001", "Feb. 29, 2023", "in 0000", "the 31st of February", "Tuesday 32",
    '<blockquote class="twitter-tweet"><p>', "</blockquote>", "&mdash; Jane Doe (@jdoe) ",
    '<div class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/x/">', "</div>",
    "A post shared by Jane Doe (@jdoe)", '<a href="https://twitter.com/jdoe/status/1">', "</a>",
    '\n> <blockquote class="twitter-tweet"><p>a\n>\tb', '\n- <div class="tiktok-embed">\n\t<p>',
    "Le Pen said", "Bashar al-Assad, Al-Assad and al-", "at 10:30:15 and 24:00, John 3:16",
]


def check_source(name: str, text: str, published: dt.date | None = None,
                 data: bytes | None = None) -> list[str]:
    """Every property `text` (or raw `data`) breaks when linted as file `name`; [] when none."""
    config = Config(published=published)
    try:
        result = lint_bytes(name, text.encode("utf-8") if data is None else data, config)
    except Exception:          # noqa: BLE001 - the property under test
        return ["exception: " + traceback.format_exc(limit=6)]
    broken = [f"rule crashed: {p.text}" for p in result.problems if "internal error" in p.text]
    doc = result.document
    if doc is None:
        return broken
    source, lines = doc.source, LineIndex(doc.source)
    for d in result.diagnostics:
        for line, col, offset in ((d.line, d.column, d.offset), (d.end_line, d.end_column, d.end_offset)):
            if not 1 <= line <= len(lines.starts):
                broken.append(f"{d.rule}: line {line} is not in the source")
                continue
            start = lines.starts[line - 1]
            stop = lines.starts[line] - 1 if line < len(lines.starts) else len(source)
            if not 1 <= col <= stop - start + 1:
                broken.append(f"{d.rule}: column {col} is not on line {line}")
            elif d.rule not in FILE_RULES and lines.position(offset) != (line, col):
                broken.append(f"{d.rule}: {line}:{col} is not offset {offset}")
        if d.fix is not None:
            broken += _fix_problems(doc, d)
    return broken


def _fix_problems(doc, d) -> list[str]:
    s, e = d.fix.start, d.fix.end
    if (s, e) != (d.offset, d.end_offset) or not 0 <= s <= e <= len(doc.source):
        return [f"{d.rule}: fix {s}-{e} is not the finding's span {d.offset}-{d.end_offset}"]
    flagged = doc.source[s:e]
    for part in doc.parts:
        for k, (t0, s0) in enumerate(part.segments):
            t1 = part.segments[k + 1][0] if k + 1 < len(part.segments) else len(part.text)
            if not s0 <= s <= s0 + (t1 - t0):
                continue
            t = t0 + s - s0
            if part.source_span(t, t + len(flagged)) == (s, e) and part.text[t:t + len(flagged)] == flagged:
                return []
    return [f"{d.rule}: fix over {flagged!r} at {s}-{e} is not verbatim prose of any part"]


def check_config_text(folder, text: str) -> str | None:
    """None when the config `text` loads (or is refused with ConfigError/RuleError)
    and its ids check; else the traceback of what escaped."""
    path = folder / ".newslint.yaml"
    path.write_text(text, encoding="utf-8", newline="")
    try:
        config = load_file(str(path))
        rules = rules_for(config)
        check_config_ids(config, {r.id for r in rules} | set(FILE_RULES))
        lint_bytes(str(folder / "a.txt"), b"Vote\n\nThe the council met on Monday.\n", config)
    except (ConfigError, RuleError):
        return None
    except Exception:          # noqa: BLE001 - the property under test
        return traceback.format_exc(limit=6)
    return None
