"""fx553 (nu73 #8): a line opening "Updated", "Last updated" or "Posted" is
a template's date stamp in a page a CMS wrote (HTML, plain text scraped from
one) and its date's form is no style matter; in a writer's Markdown the line
is copy they typed, its date checked as any other. Guards: the stamps of
HTML and plain text, and the machine texts of every format (a theme's "This
entry was posted on", a quoted e-mail's Date: header) stay exempt."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from lint.kinds.date_form import deviations, typed_deviations

STORY = "The council voted on the plan, officials said."
LINE = "Updated on August 5th at 10am."
PAGES = {
    "a.md": f"---\ntitle: Council vote\ndate: 2025-09-01\n---\n\n{STORY}\n\n{LINE}\n",
    "a.txt": f"Council vote\n\n{STORY}\n\n{LINE}\n",
    "a.html": (f"<html><head><title>Council vote</title></head><body><h1>Council vote</h1>"
               f"<p>{STORY}</p><p>{LINE}</p></body></html>\n"),
}


def _rules(tmp_path, name):
    (tmp_path / name).write_text(PAGES[name])
    done = subprocess.run([sys.executable, "-m", "lint", "check", "--no-cache", "--format", "json", name],
                          cwd=tmp_path, capture_output=True, text=True, check=False)
    assert done.returncode in (0, 1), done.stderr
    return {f["rule"] for f in json.loads(done.stdout)}


def test_an_update_line_in_markdown_gets_every_date_style(tmp_path):
    assert {"style.time-of-day", "style.date-ordinal", "style.month-abbreviation"} <= _rules(tmp_path, "a.md")


@pytest.mark.parametrize("name", ["a.txt", "a.html"])
def test_guard_a_pages_update_stamp_keeps_its_exemption(tmp_path, name):
    found = _rules(tmp_path, name)
    assert "style.time-of-day" in found          # the line is read ...
    assert not found & {"style.date-ordinal", "style.month-abbreviation"}    # ... its date is the CMS's


@pytest.mark.parametrize("line", ["Updated on August 5th at 10am.", "Last updated August 5th, 2025.",
                                  "Posted on August 5th by the desk.", "Updated: August 5th."])
def test_a_stamp_line_typed_in_markdown_is_copy(line):
    found = typed_deviations(line)
    assert found["ordinal"] == [(line.index("5th"), line.index("5th") + 3, "5")]
    assert found["abbreviate"] == [(line.index("August"), line.index("August") + 6, "Aug.")]
    assert deviations(line) == {}                  # the same line a CMS wrote: its stamp


@pytest.mark.parametrize("line", ["This entry was posted on Tuesday, September 3rd, 2013 at 12:53 pm.",
                                  "Date: Tue, August 5th, 2014"])
def test_guard_machine_text_quoted_in_markdown_stays_exempt(line):
    assert typed_deviations(line) == deviations(line) == {}


def test_guard_a_wrapped_lower_case_updated_is_prose_in_both():
    text = "The figures were last\nupdated August 5th, officials said."
    assert typed_deviations(text) == deviations(text) != {}
