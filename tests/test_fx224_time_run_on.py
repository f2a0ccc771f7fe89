"""fx224 (qa136): what fx220's kept stop left behind.

#1 A sentence or credit run on after a.m./p.m. ("7 p.m.Then", "7 p.m.Credit")
   is hygiene.missing-space's (captions.run-on's in a caption), before and
   after `--fix`; its fix starts at the stop, so it applies beside the time's.
#2 A stop a quote mark and a capital follow ('9:30 am."The') is left out of
   the time's span too, so both fixes apply in one pass.
#3 A reader is shown the fix with the stop it keeps ('7 p.m.'), while the edit
   still ends before it.
#4 A time is never part of an address, a domain or a file name.
#5 style.noon-midnight quotes the stop it keeps before a letter."""
from __future__ import annotations

import json

import pytest

from lint.config import Config
from lint.engine import lint_bytes
from lint.fixes import apply_fixes, fix_bytes
from lint.kinds.time_form import scan
from story_helpers import FRONT_MATTER, story_file as _file

SPACE = ("hygiene.missing-space",)
TIMES = ("style.time-of-day", "style.noon-midnight")


def _found(body: str, select, kind: str = "md"):
    path, data = _file(kind, body)
    return data.decode("utf-8"), lint_bytes(path, data, Config(select=select)).diagnostics


# ---- #1: the run-on after a.m. or p.m. is missing-space's -------------------------------

@pytest.mark.parametrize("kind", ["md", "html", "txt"])
@pytest.mark.parametrize("body, glued, fixed", [
    ("Polls close at 7 p.m.Then they count.", "p.m.Then", "7 p.m. Then"),
    ("The board met at 9:30 a.m.It rained.", "a.m.It", "9:30 a.m. It"),
    ("The board met at 7PM.Then it rained.", "PM.Then", "7PM. Then"),
    ("The board met at 11 A.M.Nobody came.", "A.M.Nobody", "11 A.M. Nobody"),
    ("Polls close at 7\u00a0p.m.Then they count.", "p.m.Then", "7\u00a0p.m. Then"),
])
def test_missing_space_reads_a_time_as_the_word_before_the_stop(kind, body, glued, fixed):
    source, found = _found(body, SPACE, kind)
    (d,) = found
    stop = source.index(glued) + glued.rindex(".")          # the stop after "p.m", "PM", ...
    assert source[stop] == "." and source[stop + 1].isupper()
    assert d.offset == stop == d.fix.start                       # the finding and its fix start at the stop
    assert f"in '{glued}'" in d.message, d.message
    path, data = _file(kind, body)
    assert fixed in fix_bytes(path, data, Config(select=SPACE)).fixed


@pytest.mark.parametrize("body", [
    "Polls close at 7 p.m. Then they count.",          # spaced already
    "Polls close at 7 p.m.U.S. officials watch.",      # an abbreviation, not a capitalised word
    "Polls close at 7 p.m.ET on Tuesday.",             # a zone in capitals
    "Polls close at 7 p.m.then they count.",           # no capital: no sentence start read
    "The P.M.Smith file and the a.m.Radio band.",      # no figure before: no time
    "Polls close at 7 p.m.Com staff count.",           # a top-level domain after the stop
])
def test_missing_space_leaves_what_is_no_run_on_after_a_time(body):
    assert _found(body, SPACE)[1] == []


@pytest.mark.parametrize("kind", ["md", "html", "txt"])
@pytest.mark.parametrize("body, fixed", [
    ("The mayor met at 7:00 PM.Then he left.", "The mayor met at 7 p.m. Then he left."),
    ("The mayor met at 7pm.Then he left.", "The mayor met at 7 p.m. Then he left."),
    ("The vote was at 9:30 am.It rained.", "The vote was at 9:30 a.m. It rained."),
    ("The vote was at 12 PM.Then they left.", "The vote was at noon. Then they left."),
])
def test_one_fix_pass_writes_both_and_leaves_nothing_to_flag(kind, body, fixed):
    path, data = _file(kind, body)
    source = data.decode("utf-8")
    found = [d for d in lint_bytes(path, data, Config()).diagnostics if d.fix is not None]
    assert {d.rule for d in found} >= {"hygiene.missing-space"}
    new, applied = apply_fixes(source, found)
    assert applied == len(found) == 2 and fixed in new, new
    assert fixed in fix_bytes(path, data, Config()).fixed
    again = lint_bytes(path, new.encode("utf-8"), Config(select=SPACE + TIMES)).diagnostics
    assert again == [], [d.message for d in again]


def test_the_times_quick_fix_alone_leaves_a_missing_space_finding():
    # an editor applying the time's quick fix first: the run-on is still reported
    path, data = _file("md", "The vote was at 9:30 am.It rained.")
    source = data.decode("utf-8")
    (t,) = [d for d in lint_bytes(path, data, Config(select=TIMES)).diagnostics]
    after = source[:t.fix.start] + t.fix.replacement + source[t.fix.end:]
    assert "9:30 a.m.It" in after
    (d,) = lint_bytes(path, after.encode("utf-8"), Config(select=SPACE)).diagnostics
    assert after[d.offset:d.offset + 3] == ".It"


def _caption(text: str) -> tuple[str, bytes]:
    return "story.html", (
        "<html><head><title>Council votes</title></head><body><article><h1>Council votes</h1>"
        "<p>The council met on Monday, officials said.</p>"
        f'<figure><img src="a.jpg" alt="Fans"><figcaption>{text}</figcaption></figure>'
        "<p>The vote was close, officials said.</p></article></body></html>\n").encode("utf-8")


@pytest.mark.parametrize("caption", ["Fans gather at 7 p.m.Credit: Jane Roe/AP",
                                     "Fans gather at 7 pm.Credit: Jane Roe/AP",
                                     "Fans gather at 7:00 PM.Reuters"])
def test_a_credit_glued_to_a_time_is_a_run_on_before_and_after_fix(caption):
    path, data = _caption(caption)
    for _ in range(2):          # the text as written, then as --fix writes it
        source = data.decode("utf-8")
        found = lint_bytes(path, data, Config()).diagnostics
        stop = source.index(".", source.index("<figcaption>") + len("<figcaption>Fans gather at 7"))
        run_ons = [d for d in found if d.rule == "captions.run-on"]
        assert [d for d in run_ons if d.offset <= stop < d.end_offset], [(d.rule, d.message) for d in found]
        assert not [d for d in found if d.rule == "hygiene.missing-space"]   # yields: one finding
        data = fix_bytes(path, data, Config()).fixed.encode("utf-8")
    assert "p.m.C" in source or "p.m.R" in source


# ---- #2: a quote mark and a capital after the stop ----------------------------------------

@pytest.mark.parametrize("kind", ["md", "html", "txt"])
@pytest.mark.parametrize("body, fixed", [
    ('The vote was at 9:30 am."The count can wait," she said.',
     'The vote was at 9:30 a.m. "The count can wait," she said.'),
    ("The vote was at 7:00 PM.\u201cThe count can wait,\u201d she said.",
     "The vote was at 7 p.m. \u201cThe count can wait,\u201d she said."),
    ("She called it \u201ca vote at 9:30 am.\u201dThe council left.",
     "She called it \u201ca vote at 9:30 a.m.\u201d The council left."),
    ('The vote was at 12 p.m."The count can wait," she said.',
     'The vote was at noon. "The count can wait," she said.'),
    ("She called it \u201ca vote at 12 PM.\u201dThe council left.",
     "She called it \u201ca vote at noon.\u201d The council left."),
])
def test_a_times_fix_and_missing_space_before_a_quote_apply_in_one_pass(kind, body, fixed):
    path, data = _file(kind, body)
    source = data.decode("utf-8")
    found = [d for d in lint_bytes(path, data, Config(select=SPACE + TIMES)).diagnostics if d.fix]
    (t,) = [d for d in found if d.rule != SPACE[0]]
    (s,) = [d for d in found if d.rule == SPACE[0]]
    assert t.end_offset == s.offset and source[s.offset] == "."     # side by side, not overlapping
    new, applied = apply_fixes(source, found)
    assert applied == 2 and fixed in new, new


@pytest.mark.parametrize("body, span, fixed", [
    ('Polls close at 7 PM."the count" follows.', "7 PM.", 'at 7 p.m."the count"'),     # no capital
    ('It starts at 12 p.m."sharp" on Friday.', "12 p.m.", 'at noon"sharp" on Friday'),
    ('She said, "Polls close at 7 PM." Then she left.', "7 PM.", 'at 7 p.m." Then'),
    ("Polls close at 7 PM.'The' is next.", "7 PM.", "at 7 p.m.'The'"),                # no quote mark read
])
def test_a_stop_without_a_quote_and_a_capital_after_stays_in_the_span(body, span, fixed):
    source, found = _found(body, TIMES)
    (d,) = found
    assert source[d.offset:d.end_offset] == span
    path, data = _file("md", body)
    assert fixed in fix_bytes(path, data, Config(select=TIMES)).fixed


def test_scan_leaves_a_quoted_stop_out_of_the_span():
    text = 'At 7 PM."The end" and 8 PM."the" and 12 a.m.\u201dWe left.'
    got = [(text[t.start:t.end], t.fix, t.written) for t in scan(text)]
    assert got == [("7 PM", "7 p.m", "7 PM."), ("8 PM.", "8 p.m.", ""), ("12 a.m", "midnight", "12 a.m.")]


# ---- #3: what a reader is shown --------------------------------------------------------------

def _kept_finding(body: str = "The mayor met at 7:00 PM.Then he left."):
    (d,) = _found(body, ("style.time-of-day",))[1]
    return d


def test_the_edit_ends_before_the_kept_stop_but_is_shown_with_it():
    d = _kept_finding()
    assert (d.fix.replacement, d.fix.kept, d.fix.shown) == ("7 p.m", ".", "7 p.m.")
    assert d.fix.start == d.offset and d.snippet == "7:00 PM"


@pytest.mark.parametrize("body, title, sarif, html", [
    ("The mayor met at 7:00 PM.Then he left.", "replace '7:00 PM.' with '7 p.m.'", "Replace with '7 p.m.'",
     "fix: \u201c7 p.m.\u201d"),
    ('The vote was at 9:30 am."The count can wait," she said.', "replace '9:30 am.' with '9:30 a.m.'",
     "Replace with '9:30 a.m.'", "fix: \u201c9:30 a.m.\u201d"),
    ("Polls close at 7 PM.", "replace '7 PM.' with '7 p.m.'", "Replace with '7 p.m.'",        # unchanged
     "fix: \u201c7 p.m.\u201d"),
])
def test_the_title_sarif_and_html_show_what_the_text_reads(body, title, sarif, html):
    from lint.formatters.html import _message_item
    from lint.formatters.sarif import _fix
    from lint.server.actions import fix_title
    d = _kept_finding(body)
    assert fix_title(d).endswith(title), fix_title(d)
    shown = _fix(d, {"uri": "story.md"})
    assert shown["description"]["text"] == sarif
    # the edit itself is unchanged: the span, and the text before the kept stop
    (change,) = shown["artifactChanges"][0]["replacements"]
    assert change["insertedContent"]["text"] == d.fix.replacement
    assert html in _message_item("f1", 1, d)


def test_json_gives_the_edit_and_the_message_the_written_form(tmp_path, run_cli):
    (tmp_path / "a.md").write_text(FRONT_MATTER + "The mayor met at 7:00 PM.Then he left.\n", encoding="utf-8")
    out = json.loads(run_cli("check", "a.md", "--no-cache", "--format", "json", "--select", "style.time-of-day",
                             cwd=tmp_path).output)
    (d,) = out
    assert d["fix"] == {"replacement": "7 p.m"} and "'7:00 PM.' -> '7 p.m.'" in d["message"]


def test_the_kept_stop_survives_the_result_cache(tmp_path, run_cli):
    from lint.result_cache import _diagnostic, _row
    d = _kept_finding()
    assert _diagnostic(_row(d)).fix.kept == "."
    (tmp_path / "a.md").write_text(FRONT_MATTER + "The mayor met at 7:00 PM.Then he left.\n", encoding="utf-8")
    args = ("check", "a.md", "--format", "sarif", "--select", "style.time-of-day", "--cache",
            "--cache-dir", tmp_path / "c")
    runs = [run_cli(*args, cwd=tmp_path).output for _ in range(2)]       # written to the cache, then read
    assert list((tmp_path / "c").rglob("*.marshal"))
    assert runs[0] == runs[1] and "Replace with '7 p.m.'" in runs[1], runs[1]


def test_fix_equality_is_the_edit():
    from lint.diagnostic import Fix
    assert Fix(1, 8, "7 p.m", ".") == Fix(1, 8, "7 p.m")
    assert Fix(1, 8, "7 p.m").shown == "7 p.m"


# ---- #4: an address, a domain or a file name is no time ------------------------------------------

@pytest.mark.parametrize("body", [
    "Email tickets@7pm.org for seats.",
    "Tickets are sold at 7pm.com and by phone.",
    "See www.7pm.com or WWW.7PM.COM for seats.",
    "See https://7pm.com/seats for seats.",
    "See 7pm.co.uk and 7.30pm.net for seats.",
    "Follow @7pm for news.",
    "The photo sunrise-6am.jpg ran on Monday.",
    "Lunch is at 12noon.org this week.",
])
def test_an_address_a_domain_or_a_file_name_is_no_time(body):
    source, found = _found(body, TIMES)
    assert found == [], [d.message for d in found]
    path, data = _file("md", body)
    assert body in fix_bytes(path, data, Config()).fixed


@pytest.mark.parametrize("body, fixed", [
    ("Doors open at 7 pm.com staff say.", "7 p.m.com"),           # spaced: no hostname's shape
    ("Doors open at 7:30pm.org staff say.", "7:30 p.m.org"),      # a colon: no hostname's shape
    ("Doors open at 7pm.The staff left.", "7 p.m.The"),           # a capital: a sentence, not a label
    ("Doors open at 7pm, see 7pm.com.", "at 7 p.m., see 7pm.com."),
    ("Doors open at 7pm.", "at 7 p.m."),
])
def test_a_time_beside_an_address_shape_is_still_a_time(body, fixed):
    path, data = _file("md", body)
    assert fixed in fix_bytes(path, data, Config(select=TIMES)).fixed


# ---- #5: noon-midnight quotes the stop it keeps ---------------------------------------------------

@pytest.mark.parametrize("body, quoted, span", [
    ("The vote was at 12 p.m.Then they left.", "'12 p.m.'", "12 p.m"),
    ("The vote was at 12 PM.Then they left.", "'12 PM.'", "12 PM"),
    ("They left at 12am.Nobody saw them.", "'12am.'", "12am"),
    ('They left at 12 a.m."We are done," she said.', "'12 a.m.'", "12 a.m"),
    ("They left at 12 a.m.", "'12 a.m.'", "12 a.m"),               # unchanged: a sentence end
    ("They left at 12 AM on Friday.", "'12 AM'", "12 AM"),          # unchanged: no stop
])
def test_noon_quotes_the_time_as_written(body, quoted, span):
    source, found = _found(body, ("style.noon-midnight",))
    (d,) = found
    assert f"not {quoted}" in d.message, d.message
    assert source[d.offset:d.end_offset] == span
