"""Stories and runs that several regression test files share, written once.

Captions (qa61_breaks, qa117, qa129, qa133, qa137, qa144, qa147, fx90, fx96,
fx105, fx211, fx219, fx226, fx231, fx234, test_caption_credit_words): `CAPTIONS` (the captions pack alone),
`figure` (a Markdown story with one HTML figure), `page` (a web page with
one figure), `text_story` (a plain-text story with its caption lines),
`captions_run` / `caption_findings` / `caption_rules` / `figure_rules` (the
captions rules on a source) and `credit_of` (the credit `find_credit` finds).

Markdown (qa128, qa136, qa141, qa145, fx224, md_signature_tail,
md_table_scope, time_stop_fix, fx236): `FRONT_MATTER`, `HEAD` (the front matter and
one story paragraph), `story_file` (one story as Markdown, HTML or text)
and `missing_space` (hygiene.missing-space's flagged text in a text story;
missing_space_figures, qa173).

Charts (aria_hidden_charts, qa141, fx236): `CHART_PAGE` (a web page a figure is
put in with `.format`), `CHART` (a chart's caption) and `captions_with_chart`
(each caption part and whether it is a chart's).

Audits (qa124, qa146): `AUDIT_STORY` and `killed_before_its_summary`.

The run's own stdout (qa279, qa283, file_formats): `into_report` (a check
whose stdout is redirected into report.txt).

Data files (qa167, fx277): `check_with_data` (`newslint check` in a child
process with newslint's data folder replaced by an edited copy) and
`data_edit` (an edit replacing a string in one data file).

Synthetic input only; nothing here reads the shared data sets."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from lint import lint_text
from lint.analysis.credits import find_credit
from lint.config import Config
from lint.engine import active_rules, lint_bytes, lint_document
from lint.readers import read_bytes

# --- captions ----------------------------------------------------------------

CAPTIONS = Config(select=("captions",))


def figure(caption: str) -> str:
    """A Markdown story with one HTML figure (a photo) captioned `caption`."""
    return ("# Floods reach Lima\n\nThe river rose on Monday.\n\n<figure>\n<img src=\"a.jpg\" "
            f"alt=\"A street\">\n<figcaption>{caption}</figcaption>\n</figure>\n")


def page(caption: str) -> str:
    """A web page with one figure (a photo) captioned `caption` (raw HTML, so
    `<br>` and `<p>` in it are the figcaption's lines)."""
    return ("<html><body><h1>Floods reach Lima</h1><p>The river rose on Monday.</p>"
            f"<figure><img src=a.jpg alt=x><figcaption>{caption}</figcaption></figure></body></html>")


def text_story(lines: str) -> str:
    """A plain-text story: a headline, one paragraph, then `lines` (a
    caption, credit lines) and a line break."""
    return f"Floods reach Lima\n\nThe river rose on Monday, officials said.\n\n{lines}\n"


def captions_run(source: str, name: str = "story.md"):
    """(the Document read from `source` as the file `name`, the captions
    rules' diagnostics on it, in order)."""
    doc = read_bytes(name, source.encode("utf-8"))
    return doc, lint_document(doc, active_rules(CAPTIONS), CAPTIONS).diagnostics


def caption_findings(source: str, name: str = "story.md") -> list:
    """The captions rules' diagnostics on `source` read as the file `name`."""
    return captions_run(source, name)[1]


def caption_rules(source: str, name: str = "story.md") -> list[str]:
    """The rule id of each captions finding on `source`, in order."""
    return [d.rule for d in caption_findings(source, name)]


def figure_rules(caption: str) -> list[str]:
    """`caption_rules` of the Markdown `figure` captioned `caption`."""
    return caption_rules(figure(caption))


def credit_of(caption: str) -> str | None:
    """The text of the credit `find_credit` finds in `caption`, or None."""
    span = find_credit(caption)
    return None if span is None else caption[span[0]:span[1]]


# --- Markdown and one-story files ----------------------------------------------

FRONT_MATTER = "---\ntitle: Council votes\ndate: 2024-05-01\n---\n\n"
HEAD = FRONT_MATTER + "The council met on Tuesday.\n\n"


def story_file(kind: str, body: str, title: str = "Council votes") -> tuple[str, bytes]:
    """(file name, UTF-8 bytes) of a story whose body is `body`: `kind` "md"
    (front matter with `title`), "html" (a page with `title` as its title and
    h1, `body` one paragraph) or any other suffix (plain text, `title` over
    a blank line)."""
    if kind == "md":
        text = f"---\ntitle: {title}\ndate: 2024-05-01\n---\n\n{body}\n"
    elif kind == "html":
        text = (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
                f"<p>{body}</p></article></body></html>\n")
    else:
        text = f"{title}\n\n{body}\n"
    return f"story.{kind}", text.encode("utf-8")


def missing_space(body: str) -> list[str]:
    """The flagged text of each hygiene.missing-space finding in the text
    story `story_file("txt", body)` (nu44 H8, qa173)."""
    path, data = story_file("txt", body)
    source = data.decode("utf-8")
    return [source[d.offset:d.end_offset]
            for d in lint_bytes(path, data, Config(select=("hygiene.missing-space",))).diagnostics]


# --- charts ---------------------------------------------------------------------

CHART_PAGE = ("<html><body><article><h1>County jobless rate falls</h1><p>The county's jobless rate fell to "
              "4 percent in May, the state said.</p>{}<p>The rate was 6 percent a year ago, officials said."
              "</p></article></body></html>")
CHART = "The county's jobless rate by month since 2010."


def captions_with_chart(name: str, source: str) -> list[tuple[str, bool]]:
    """(text, whether it is a chart's) of each caption part of `source` read
    as the file `name`, in order."""
    return [(p.text, p.attrs.get("chart", False)) for p in read_bytes(name, source.encode("utf-8")).parts
            if p.kind == "caption"]


# --- audits -----------------------------------------------------------------------

AUDIT_STORY = "# Council vote\n\nThe the council met. TK.\n"    # two findings: doubled word, placeholder


def killed_before_its_summary(out: Path) -> None:
    """Leave the finished audit in the folder `out` as a kill during its
    summary leaves it: every partition written, no `_summary.parquet`, and the
    `_INCOMPLETE` marker there."""
    (out / "_summary.parquet").unlink()
    (out / "_INCOMPLETE").write_text("not finished\n")


# Caption pages for licence-line tests (fx234, qa150).
def licence_page(caption: str) -> str:
    return ("<html><body><h1>Floods reach Lima</h1><p>The river rose on Monday.</p>"
            f"<figure><img src=a.jpg alt=x><figcaption>{caption}</figcaption></figure></body></html>")


def licence_markdown(caption: str) -> str:
    return f"# Floods reach Lima\n\nThe river rose on Monday.\n\n![A street](a.jpg)\n\n*{caption}*\n"


# A fire story's page under a given <title> and head (html_site_prefix, qa157).
def fire_page(title: str, head: str) -> str:
    return ("<!doctype html>\n<html><head><title>" + title + "</title>\n" + head +
            "</head><body><article><h1>4 dead in Port Averill apartment fire</h1>\n"
            "<p>Four people died Tuesday when a fire swept through an apartment building on Elm Street "
            "in Port Averill, fire officials said.</p>\n"
            "<p>Crews from three towns fought the blaze for hours, and the cause is under investigation.</p>\n"
            "</article></body></html>\n")


# A ferry story's page of the given blocks, and where a rule fires (qa149, qa158).
def ferry_page(*blocks: str) -> str:
    body = "\n".join(blocks)
    return ("<!doctype html>\n<html><head><title>Ferry fares rise</title></head>\n<body><article>\n"
            f"<h1>Ferry fares rise</h1>\n{body}\n</article></body></html>\n")


def found_at(text: str, name: str, rule: str) -> list[tuple[int, int]]:
    return [(d.line, d.column) for d in lint_text(text, name) if d.rule == rule]


# A wire story on an appeal ruling; `court_wire` puts a line, the quote
# TRAVESTY and what follows it under COURT_HED and a lede (fx290, fx294).
COURT_HED = "Court rejects appeal\n\n"
COURT_LEDE = ("NEW YORK, May 4 (Reuters) - A federal appeals court on Monday rejected former banker "
              "Paul Ames's appeal of his fraud conviction, with his lawyer Ruth Cole at his side.")
TRAVESTY = "“This ruling is a travesty.”"


def court_wire(before: str, after: str, lede: str = COURT_LEDE) -> list[tuple[int, int]]:
    """(line, column) of each quotes.unattributed finding in the wire story:
    `lede` (line 3), `before` (line 5), TRAVESTY and `after` (line 7)."""
    return found_at(f"{COURT_HED}{lede}\n\n{before}\n\n{TRAVESTY} {after}\n", "story.txt", "quotes.unattributed")


def messages_at(text: str, name: str, rule: str) -> list[tuple[int, int, str]]:
    """(line, column, message) of each `rule` finding in `text` read as file `name`."""
    return [(d.line, d.column, d.message) for d in lint_text(text, name) if d.rule == rule]


# --- a data folder edited for one run ---------------------------------------------

ROOT = Path(__file__).resolve().parent.parent


def check_with_data(tmp_path: Path, edit, stories: list[str]) -> subprocess.CompletedProcess:
    """`newslint check --published 2026-12-05` on each of `stories` (Markdown
    texts, written as story0.md, story1.md, ... under `tmp_path`) in a child
    process whose data folder is a copy of lint/data edited by `edit(folder)`;
    the cache is `tmp_path`/cache. Raises subprocess.TimeoutExpired after 300 s."""
    data = tmp_path / "data"
    shutil.copytree(ROOT / "lint" / "data", data)
    edit(data)
    paths = []
    for n, story in enumerate(stories):
        paths.append(tmp_path / f"story{n}.md")
        paths[-1].write_text(story, encoding="utf-8")
    code = ("import sys, lint.rule_cache as rc; rc.DATA_FOLDER = sys.argv[1]; "
            "sys.argv = ['newslint', 'check', '--published', '2026-12-05', *sys.argv[2:]]; "
            "from lint.__main__ import main; main()")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NEWSLINT_CACHE_DIR": str(tmp_path / "cache")}
    return subprocess.run([sys.executable, "-c", code, str(data), *map(str, paths)], capture_output=True,
                          text=True, env=env, timeout=300)


def data_edit(name: str, old: str, new: str):
    """An edit for `check_with_data`: the first `old` in the data file `name`
    becomes `new` (asserting `old` is there)."""
    def edit(data: Path) -> None:
        p = data / name
        text = p.read_text(encoding="utf-8")
        assert old in text
        p.write_text(text.replace(old, new, 1), encoding="utf-8")
    return edit


def into_report(tmp_path: Path, *args: str) -> tuple[subprocess.CompletedProcess, str]:
    """`newslint check --no-cache --no-color ARGS > report.txt` run in `tmp_path`:
    (the process, its stderr as text; report.txt's text)."""
    with open(tmp_path / "report.txt", "w") as out:
        done = subprocess.run([sys.executable, "-m", "lint", "check", "--no-cache", "--no-color", *args],
                              cwd=tmp_path, stdout=out, stderr=subprocess.PIPE, text=True, check=False)
    return done, (tmp_path / "report.txt").read_text()
