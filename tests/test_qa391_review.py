"""qa391: review of fx525 (7152e04d..d09f0d6a): a Markdown quote shortcode or
Liquid blockquote tag that names its speaker makes the paragraphs it wraps a
signed pull quote (attrs pullquote/cite).

Each strict xfail states what a copy desk expects and fails today; the other
tests guard the nearest shapes that work now. Every article here is written
for this review."""
import json
import os
import sys

import pytest

from conftest import run_check
from lint import lint_text
from lint.document import Document
from lint.readers import markdown

HEAD = "---\ntitle: 'Council approves budget'\ndate: 2026-12-07\n---\n\n"
LEDE = "The council approved the budget on Monday, Council President Ann Lee said.\n\n"
Q = '"We will not raise taxes this year, whatever the state does next."'
U = '"The reserves are gone and nobody on the dais will admit it this year."'
OPEN_LEDE = ('"We will not raise taxes," Council President Ann Lee said. '
             '"The state can do as it likes.\n\n')
AFTER = "\nThe vote was 7-2.\n"


def _found(text, select=("quotes",), path="content/news/a.md", **kw):
    return [(d.rule, d.line, d.column) for d in lint_text(text, path, select=list(select), **kw)]


def _unattributed(text, **kw):
    return [(line, col) for rule, line, col in _found(text, **kw) if rule == "quotes.unattributed"]


def _parts(text, path="content/news/a.md"):
    doc = Document(path, text, "markdown")
    markdown.read(doc)
    return [p for p in doc.parts if p.kind in ("paragraph", "blockquote")]


# --- #1 HIGH (new): a paragraph that starts inside the tag's body and runs on
# past the closing tag is a pull quote whole: a quote after the tag is lost ---

@pytest.mark.xfail(strict=True, reason="qa391 #1: the running text after a closing quote tag in the "
                   "same paragraph (no blank line after `{{< /quote >}}` / `{% endblockquote %}`, "
                   "or on its line) is marked a signed pull quote, so its unattributed quote is "
                   "no longer flagged (mark places a part by its first offset only)")
@pytest.mark.parametrize("block, where", [
    ('{{< quote author="Ann Lee" >}}\n' + Q + "\n{{< /quote >}}\n" + U + "\n", (11, 1)),
    ('{{< quote author="Ann Lee" >}}\n' + Q + "\n{{< /quote >}} " + U + "\n", (10, 16)),
    ("{% blockquote Ann Lee %}\n" + Q + "\n{% endblockquote %}\n" + U + "\n", (11, 1)),
    ('> {{< quote author="Ann Lee" >}}\n> ' + Q + "\n> {{< /quote >}}\n> " + U + "\n", (11, 3)),
    ('{{< quote author="Ann Lee" >}}\n> ' + Q + "\n{{< /quote >}}\n> " + U + "\n", (11, 3)),
])
def test_quote_after_the_closing_tag_in_the_same_paragraph_is_still_unattributed(block, where):
    assert _unattributed(HEAD + LEDE + block) == [where]


def test_guard_quote_after_the_closing_tag_and_a_blank_line_is_unattributed():
    assert _unattributed(HEAD + LEDE + '> {{< quote author="Ann Lee" >}}\n> ' + Q
                         + "\n> {{< /quote >}}\n>\n> " + U + "\n") == [(12, 3)]
    toml = '+++\ntitle = "Council approves budget"\ndate = 2026-12-07\n+++\n\n'
    assert _unattributed(toml + LEDE + '{{< quote author="Ann Lee" >}}\n' + Q
                         + "\n{{< /quote >}}\n\n" + U + "\n") == [(12, 1)]
    for block in ('{{< quote author="Ann Lee" >}}\n' + Q + "\n{{< /quote >}}\n\n" + U + "\n",
                  "{% blockquote Ann Lee %}\n" + Q + "\n{% endblockquote %}\n\n" + U + "\n"):
        assert _unattributed(HEAD + LEDE + block) == [(12, 1)]


# --- #2 HIGH (new): tags commented out in HTML still wrap the text between ---

@pytest.mark.parametrize("pair", [
    ('<!-- {{< quote author="Ann Lee" >}} -->', "<!-- {{< /quote >}} -->"),
    ("<!-- {% blockquote Ann Lee %} -->", "<!-- {% endblockquote %} -->"),
])
def test_commented_out_quote_tags_attribute_nothing(pair):
    block = pair[0] + "\n\n" + U + "\n\n" + pair[1] + "\n"
    assert _unattributed(HEAD + LEDE + block) == [(10, 1)]


def test_guard_template_comments_and_literal_shortcodes_attribute_nothing():
    for a, b in [('{{</* quote author="Ann Lee" */>}}', "{{</* /quote */>}}"),
                 ("{# {% blockquote Ann Lee %} #}", "{# {% endblockquote %} #}"),
                 ("{% comment %}{% blockquote Ann Lee %}{% endcomment %}",
                  "{% comment %}{% endblockquote %}{% endcomment %}"),
                 ("{% raw %}`{% blockquote Ann Lee %}`{% endraw %}",
                  "{% raw %}`{% endblockquote %}`{% endraw %}")]:
        block = "Open with " + a + ".\n\n" + U + "\n\nClose with " + b + ".\n"
        assert _unattributed(HEAD + LEDE + block) == [(10, 1)], a


# --- #3 MED (new): tags shown as code pair up over the prose between ---

@pytest.mark.parametrize("block, line", [
    ("```liquid\n{% blockquote Ann Lee %}\n```\n\n" + U + "\n\n```liquid\n{% endblockquote %}\n```\n", 12),
    ("Open with `{% blockquote Ann Lee %}`.\n\n" + U + "\n\nClose with `{% endblockquote %}`.\n", 10),
])
def test_quote_tags_shown_as_code_attribute_nothing(block, line):
    assert _unattributed(HEAD + LEDE + block) == [(line, 1)]


@pytest.mark.parametrize("markup, block", [
    ("hugo", "{% blockquote Ann Lee %}\n" + Q + "\n{% endblockquote %}\n"),
    ("jekyll", '{{< quote author="Ann Lee" >}}\n' + Q + "\n{{< /quote >}}\n"),
    ("none", '{{< quote author="Ann Lee" >}}\n' + Q + "\n{{< /quote >}}\n"),
    ("none", "{% blockquote Ann Lee %}\n" + Q + "\n{% endblockquote %}\n"),
])
def test_guard_markup_mode_that_does_not_read_the_tag_leaves_the_quote_unattributed(markup, block):
    assert _unattributed(HEAD + LEDE + block, markup=markup) == [(9, 1)]


@pytest.mark.parametrize("markup, block", [
    ("hugo", '{{< quote author="Ann Lee" >}}\n' + Q + "\n{{< /quote >}}\n"),
    ("jekyll", "{% blockquote Ann Lee %}\n" + Q + "\n{% endblockquote %}\n"),
    ("eleventy", '{% blockquote "Ann Lee" %}\n' + Q + "\n{% endblockquote %}\n"),
])
def test_guard_markup_mode_that_reads_the_tag_attributes_the_quote(markup, block):
    assert _unattributed(HEAD + LEDE + block, markup=markup) == []


@pytest.mark.parametrize("path, text, where", [
    ("a.txt", "Council approves budget\n\n" + LEDE + '{{< blockquote author="Ann Lee" >}}\n' + Q
     + "\n{{< /blockquote >}}\n", (6, 1)),
    ("a.html", "<html><head><title>Council approves budget</title></head><body>"
     "<h1>Council approves budget</h1><p>" + LEDE.strip() + "</p>\n<p>{{&lt; blockquote "
     'author="Ann Lee" &gt;}}</p>\n<p>' + Q + "</p>\n<p>{{&lt; /blockquote &gt;}}</p></body></html>",
     (3, 4)),
])
def test_guard_other_formats_read_no_template_tag(path, text, where):
    assert _unattributed(text, path=path) == [where]


# --- #4 HIGH (before): a {{< pullquote >}} that names nobody is running text ---

@pytest.mark.xfail(strict=True, reason="qa391 #4: a `{{< pullquote >}}` naming nobody stays running "
                   "text, so a body quote left open runs on into it and its quotes.unbalanced is "
                   "lost; an <aside class=\"pullquote\"> and a signed pullquote shortcode find it")
def test_unsigned_pullquote_shortcode_is_set_apart():
    block = "{{< pullquote >}}\n" + Q + "\n{{< /pullquote >}}\n"
    assert ("quotes.unbalanced", 6, 60) in _found(HEAD + OPEN_LEDE + block + AFTER)


@pytest.mark.parametrize("block", [
    '<aside class="pullquote">\n<p>' + Q + "</p>\n</aside>\n",
    '{{< pullquote cite="Ann Lee" >}}\n' + Q + "\n{{< /pullquote >}}\n",
    '{{< pullquote cite="Ann Lee" >}}' + Q + "{{< /pullquote >}}\n",
    "{% blockquote Ann Lee, council president %}\n" + Q + "\n{% endblockquote %}\n",
])
def test_guard_signed_pull_quote_leaves_an_open_body_quote_unbalanced(block):
    assert _found(HEAD + OPEN_LEDE + block + AFTER) == [("quotes.unbalanced", 6, 60)]


# --- #5 MED (before): a pull quote carried in a parameter is never read ---

@pytest.mark.xfail(strict=True, reason="qa391 #5: the quote a shortcode carries in a parameter "
                   "(digitalgov's `{{< quote-block text=\"…\" cite=\"…\" >}}`) is never read, so a "
                   "doubled word printed in the pull quote is never found")
def test_quote_in_a_text_parameter_is_linted():
    block = ('{{< quote-block text="We will not raise the the taxes this year, whatever the state '
             'does next." cite="Ann Lee" >}}\n\nThe vote was 7-2.\n')
    assert ("hygiene.doubled-word", 8, 41) in _found(HEAD + LEDE + block, select=("hygiene",))


# --- #6 MED (before): the speaker the tag names is not read for names rules ---

KOWAL = ("The council approved the budget on Monday, Council President Ann Kowalczyk said. "
         "Kowalczyk said taxes stay flat. Kowalczyk added more.\n\n")
PQ = "“We will not raise taxes this year, whatever the state does next.”"


@pytest.mark.xfail(strict=True, reason="qa391 #6: the speaker a quote tag names is never read as "
                   "text, though the page prints it under the pull quote: a misspelled speaker "
                   "(`author=\"Council President Ann Kowalczik\"`) passes names.spelling-variant, "
                   "where the Markdown dash-line signature `> — … Kowalczik` is flagged")
def test_tag_speaker_is_read_by_names_rules():
    block = '{{< blockquote author="Council President Ann Kowalczik" >}}\n' + PQ + "\n{{< /blockquote >}}\n"
    assert [r for r, _, _ in _found(HEAD + KOWAL + block, select=("names",))] == ["names.spelling-variant"]


# --- #11 HIGH (new): a placeholder speaker attributes the quote, and is said by nothing ---

@pytest.mark.parametrize("block", [
    '{{< pullquote cite="TK" >}}\n' + PQ + "\n{{< /pullquote >}}\n",
    "{% blockquote TK %}\n" + PQ + "\n{% endblockquote %}\n",
])
def test_placeholder_speaker_is_flagged(block):
    assert _found(HEAD + LEDE + block, select=("quotes", "hygiene")) != []


@pytest.mark.parametrize("lede, sign, rule", [
    (KOWAL, "Council President Ann Kowalczik", ("names.spelling-variant", 10, 27)),
    (LEDE, "TK", ("hygiene.placeholder", 10, 5)),
])
def test_guard_dash_line_signature_is_read_as_text(lede, sign, rule):
    block = "> " + PQ + "\n>\n> — " + sign + "\n"
    assert _found(HEAD + lede + block, select=("names", "hygiene")) == [rule]


# --- #7 LOW (new in d09f0d6a): crossed tags: the pieces are not sorted ---

@pytest.mark.xfail(strict=True, reason="qa391 #7: with quote tags closed out of order, _disjoint "
                   "yields pieces out of order and the bisect misses: a paragraph inside a signed "
                   "tag that is still open is left unmarked (7d9043a8 marked it; d09f0d6a says no "
                   "behaviour change)")
def test_crossed_quote_tags_keep_the_paragraph_inside_a_signed_tag_marked():
    body = ('{{< blockquote author="Cy Ross" >}}\n\n"One."\n\n{{< quote author="Bo Diaz" >}}\n\n'
            '"Two."\n\n{{< pullquote cite="Ann Lee" >}}\n\n"Three."\n\n{{< /quote >}}\n\n'
            '"Four is here."\n\n{{< /blockquote >}}\n\n"Five."\n\n{{< /pullquote >}}\n')
    five = [p for p in _parts(HEAD + LEDE + body) if p.text == '"Five."']
    assert five and five[0].attrs.get("cite") == "Ann Lee"


def test_guard_nested_tags_innermost_speaker_wins():
    body = ('{{< blockquote author="Cy Ross" >}}\n\n"One."\n\n{{< quote author="Bo Diaz" >}}\n\n'
            '"Two."\n\n{{< /quote >}}\n\n"Three."\n\n{{< /blockquote >}}\n\n"Four."\n')
    got = {p.text: p.attrs.get("cite") for p in _parts(HEAD + LEDE + body)}
    assert (got['"One."'], got['"Two."'], got['"Three."'], got['"Four."']) == \
        ("Cy Ross", "Bo Diaz", "Cy Ross", None)


def test_guard_many_pull_quotes_each_keep_their_own_speaker():
    body = "".join(f'{{{{< quote author="Speaker {i}" >}}}}\n"Line {i} of it."\n{{{{< /quote >}}}}\n\n'
                   f'"Running {i} quote here."\n\n' for i in range(200))
    parts = _parts(HEAD + LEDE + body)
    cites = {p.text: p.attrs.get("cite") for p in parts}
    assert all(cites[f'"Line {i} of it."'] == f"Speaker {i}" for i in range(200))
    assert all(cites[f'"Running {i} quote here."'] is None for i in range(200))


# --- #8 LOW (new): the rules' own descriptions know only the HTML pull quote ---

@pytest.mark.xfail(strict=True, reason="qa391 #8: `newslint explain quotes.unattributed` (and "
                   "quotes.unbalanced) describe a pull quote as one marked in the HTML only; the "
                   "Markdown quote shortcode / Liquid blockquote that now marks one is not named")
def test_rule_descriptions_name_the_markdown_quote_tags():
    import yaml
    root = os.path.join(os.path.dirname(__file__), "..", "rules", "quotes")
    for name in ("unattributed", "unbalanced"):
        with open(os.path.join(root, name + ".yaml"), encoding="utf-8") as fh:
            text = yaml.safe_load(fh)["description"]
        assert "shortcode" in text or "{{<" in text, name


# --- #9 LOW (before): `parse --format json` shows no pull quote or speaker ---

@pytest.mark.xfail(strict=True, reason="qa391 #9: `newslint parse --format json` gives a signed pull "
                   "quote's part no pullquote flag nor speaker (the text outline shows `{pullquote}` "
                   "but not who), so a desk cannot see why its quote passes")
def test_parse_json_shows_the_pull_quote_and_its_speaker(tmp_path):
    (tmp_path / "a.md").write_text(HEAD + LEDE + '{{< quote author="Ann Lee" >}}\n' + Q
                                   + "\n{{< /quote >}}\n", encoding="utf-8")
    import subprocess
    out = subprocess.run([sys.executable, "-m", "lint", "parse", "a.md", "--format", "json"],
                         cwd=tmp_path, capture_output=True, text=True, check=False)
    part = [p for p in json.loads(out.stdout)[0]["parts"] if p["text"] == Q][0]
    assert "Ann Lee" in json.dumps(part)


# --- guards: positions, fixes, CRLF, Unicode, CLI ---

def test_guard_positions_inside_a_pull_quote_with_crlf_and_astral_text():
    body = ('{{< pullquote cite="Ann \\"the boss\\" Lee" >}}"We will not raise taxes — \U0001F600 — '
            'this year, whatever the the state does next."{{< /pullquote >}}\n')
    lf = HEAD + LEDE + body
    for text in (lf, lf.replace("\n", "\r\n")):
        got = _found(text, select=("quotes", "hygiene"))
        assert got == [("hygiene.doubled-word", 8, 97)], got


def test_guard_fix_inside_a_pull_quote_leaves_the_tag_bytes(tmp_path):
    lede = ("“We will not raise taxes this year,” Council President Ann Lee said. “The state can "
            "do as it likes,” she added. “We are ready,” she said.\r\n\r\n")
    tag = '{{< pullquote cite="Ann \\"the boss\\" Lee" >}}'
    text = (HEAD.replace("\n", "\r\n") + lede + tag + '"We will not raise taxes this year."'
            "{{< /pullquote >}}\r\n")
    (tmp_path / "a.md").write_bytes(text.encode())
    r = run_check(tmp_path, "a.md", "--select", "quotes", "--fix")
    assert r.returncode == 0, r.stdout + r.stderr
    want = text.replace('"We will not raise taxes this year."', "“We will not raise taxes this year.”")
    assert (tmp_path / "a.md").read_bytes() == want.encode()


def test_guard_check_json_finds_the_body_quote_and_not_the_pull_quote(tmp_path):
    text = (HEAD + LEDE + '{% blockquote Ann Lee, council president https://x.test/m The minutes %}\n'
            + Q + "\n{% endblockquote %}\n\n" + U + "\n")
    (tmp_path / "a.md").write_text(text, encoding="utf-8")
    r = run_check(tmp_path, "a.md", "--select", "quotes", "--format", "json")
    assert r.returncode == 0, r.stderr       # warnings: below the default fail-level
    got = [(f["rule"], f["line"], f["column"]) for f in json.loads(r.stdout)]
    assert got == [("quotes.unattributed", 12, 1)]


def test_guard_language_server_matches_check_as_the_speaker_is_typed(tmp_path):
    """The editor's view: the server publishes what check finds for a signed
    pull quote, and the pull quote's quote is flagged once the writer deletes
    the speaker (the document is read again on each change)."""
    pytest.importorskip("pygls")
    from test_nu71_review import _Lsp, _hugo_site
    site = _hugo_site(tmp_path)
    story = site / "content/news/pq.md"
    signed = (HEAD + LEDE + '{{< pullquote cite="Ann Lee" >}}\n' + Q + "\n{{< /pullquote >}}\n\n"
              + U + "\n")
    story.write_text(signed, encoding="utf-8")
    cli = json.loads(run_check(site, "content/news/pq.md", "--format", "json").stdout)
    want = sorted((f["rule"], f["line"] - 1, f["column"] - 1) for f in cli)
    assert ("quotes.unattributed", 11, 0) in want and ("quotes.unattributed", 8, 0) not in want
    lsp = _Lsp(site)
    uri = story.as_uri()

    def published():
        m = lsp.wait(lambda m: m.get("method") == "textDocument/publishDiagnostics"
                     and m["params"]["uri"] == uri)
        return sorted((d["code"], d["range"]["start"]["line"], d["range"]["start"]["character"])
                      for d in m["params"]["diagnostics"])
    try:
        lsp.request("initialize", {"processId": os.getpid(), "rootUri": site.as_uri(),
                                   "capabilities": {}})
        lsp.send({"jsonrpc": "2.0", "method": "initialized", "params": {}})
        lsp.send({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {
            "uri": uri, "languageId": "markdown", "version": 1, "text": signed}}})
        first = published()
        lsp.send({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {
            "textDocument": {"uri": uri, "version": 2},
            "contentChanges": [{"text": signed.replace(' cite="Ann Lee"', "")}]}})
        second = published()
    finally:
        lsp.close()
    assert first == want
    assert ("quotes.unattributed", 8, 0) in second and ("quotes.unattributed", 11, 0) in second


# --- #10 MED (new): pairing the tags is quadratic in unmatched ones ---

def _counted_tag_names(monkeypatch):
    """[n]: how many times a quote tag's name is compared from here on (the
    tag names `_template_quotes._opens` gives count each `==`)."""
    from lint.readers import _template_quotes as tq
    count = [0]

    class Name(str):
        def __eq__(self, other):
            count[0] += 1
            return str.__eq__(self, other)
        __hash__ = str.__hash__

    real = tq._opens
    monkeypatch.setattr(tq, "_opens", lambda src, tag: None if real(src, tag) is None
                        else Name(real(src, tag)))
    return count


@pytest.mark.xfail(strict=True, reason="qa391 #10: _template_quotes._spans walks every open quote "
                   "tag back for each closing tag that matches none (thousands of `{{< quote >}}` "
                   "left open, closers of another name): n*n comparisons, seconds at 8,000 tags, "
                   "where the commit says the work stays linear")
def test_pairing_quote_tags_stays_linear_with_unmatched_tags(monkeypatch):
    count = _counted_tag_names(monkeypatch)
    n = 1000
    body = '{{< quote author="Ann Lee" >}}\n' * n + "Text.\n\n" + "{{< /pullquote >}}\n" * n
    _parts(HEAD + body)
    assert 0 < count[0] <= 20 * n, count[0]


def test_guard_pairing_counts_are_small_for_well_formed_pull_quotes(monkeypatch):
    count = _counted_tag_names(monkeypatch)
    n = 1000
    body = ('{{< quote author="Ann Lee" >}}\n"Line."\n{{< /quote >}}\n\n"Running."\n\n') * n
    parts = _parts(HEAD + body)
    assert 0 < count[0] <= 2 * n
    assert sum(1 for p in parts if p.attrs.get("cite") == "Ann Lee") == n


def test_guard_body_quote_repeating_a_signed_pull_quote_is_still_unattributed():
    lede = "The council approved the budget on Monday after a long debate.\n\n"
    for pq in ('{{< pullquote cite="Ann Lee" >}}\n' + Q + "\n{{< /pullquote >}}\n\n",
               "{% blockquote Ann Lee, council president %}\n" + Q + "\n{% endblockquote %}\n\n"):
        assert _unattributed(HEAD + lede + pq + "The vote was 7-2.\n\n" + Q + "\n") == [(14, 1)]


def test_guard_marks_inside_a_signed_pull_quote_are_still_checked():
    curly = ("“We will not raise taxes this year,” Lee said. “The state can do as it likes,” "
             "she added.\n\n")
    straight = '{{< pullquote cite="Ann Lee" >}}\n' + Q + "\n{{< /pullquote >}}\n"
    assert _found(HEAD + curly + straight) == [("quotes.mixed-marks", 9, 1)]
    unclosed = '{{< pullquote cite="Ann Lee" >}}\n“We will not raise taxes this year.\n{{< /pullquote >}}\n'
    assert _found(HEAD + curly + unclosed + AFTER) == [("quotes.unbalanced", 9, 1)]


# Cases whose outcome a take-back changed: each a strict xfail at run time, named by its test id.
_RUNTIME_XFAIL = {
    'test_guard_body_quote_repeating_a_signed_pull_quote_is_still_unattributed': "taken back (fx525 7d9043a8/d09f0d6a, qa391 #1, #2, #11 HIGH: a paragraph running on past a signed tag's close, tags in HTML comments and a TK speaker hid real unattributed quotes; no real repo uses the forms); nu71 #2 open again",
    'test_guard_check_json_finds_the_body_quote_and_not_the_pull_quote': "taken back (fx525 7d9043a8/d09f0d6a, qa391 #1, #2, #11 HIGH: a paragraph running on past a signed tag's close, tags in HTML comments and a TK speaker hid real unattributed quotes; no real repo uses the forms); nu71 #2 open again",
    'test_guard_language_server_matches_check_as_the_speaker_is_typed': "taken back (fx525 7d9043a8/d09f0d6a, qa391 #1, #2, #11 HIGH: a paragraph running on past a signed tag's close, tags in HTML comments and a TK speaker hid real unattributed quotes; no real repo uses the forms); nu71 #2 open again",
    'test_guard_many_pull_quotes_each_keep_their_own_speaker': "taken back (fx525 7d9043a8/d09f0d6a, qa391 #1, #2, #11 HIGH: a paragraph running on past a signed tag's close, tags in HTML comments and a TK speaker hid real unattributed quotes; no real repo uses the forms); nu71 #2 open again",
    'test_guard_markup_mode_that_reads_the_tag_attributes_the_quote[eleventy-block2]': "taken back (fx525 7d9043a8/d09f0d6a, qa391 #1, #2, #11 HIGH: a paragraph running on past a signed tag's close, tags in HTML comments and a TK speaker hid real unattributed quotes; no real repo uses the forms); nu71 #2 open again",
    'test_guard_markup_mode_that_reads_the_tag_attributes_the_quote[hugo-block0]': "taken back (fx525 7d9043a8/d09f0d6a, qa391 #1, #2, #11 HIGH: a paragraph running on past a signed tag's close, tags in HTML comments and a TK speaker hid real unattributed quotes; no real repo uses the forms); nu71 #2 open again",
    'test_guard_markup_mode_that_reads_the_tag_attributes_the_quote[jekyll-block1]': "taken back (fx525 7d9043a8/d09f0d6a, qa391 #1, #2, #11 HIGH: a paragraph running on past a signed tag's close, tags in HTML comments and a TK speaker hid real unattributed quotes; no real repo uses the forms); nu71 #2 open again",
    'test_guard_nested_tags_innermost_speaker_wins': "taken back (fx525 7d9043a8/d09f0d6a, qa391 #1, #2, #11 HIGH: a paragraph running on past a signed tag's close, tags in HTML comments and a TK speaker hid real unattributed quotes; no real repo uses the forms); nu71 #2 open again",
    'test_guard_pairing_counts_are_small_for_well_formed_pull_quotes': "taken back (fx525 7d9043a8/d09f0d6a, qa391 #1, #2, #11 HIGH: a paragraph running on past a signed tag's close, tags in HTML comments and a TK speaker hid real unattributed quotes; no real repo uses the forms); nu71 #2 open again",
    'test_guard_positions_inside_a_pull_quote_with_crlf_and_astral_text': "taken back (fx525 7d9043a8/d09f0d6a, qa391 #1, #2, #11 HIGH: a paragraph running on past a signed tag's close, tags in HTML comments and a TK speaker hid real unattributed quotes; no real repo uses the forms); nu71 #2 open again",
    'test_guard_quote_after_the_closing_tag_and_a_blank_line_is_unattributed': "taken back (fx525 7d9043a8/d09f0d6a, qa391 #1, #2, #11 HIGH: a paragraph running on past a signed tag's close, tags in HTML comments and a TK speaker hid real unattributed quotes; no real repo uses the forms); nu71 #2 open again",
    'test_guard_signed_pull_quote_leaves_an_open_body_quote_unbalanced[block1]': "taken back (fx525 7d9043a8/d09f0d6a, qa391 #1, #2, #11 HIGH: a paragraph running on past a signed tag's close, tags in HTML comments and a TK speaker hid real unattributed quotes; no real repo uses the forms); nu71 #2 open again",
    'test_guard_signed_pull_quote_leaves_an_open_body_quote_unbalanced[block2]': "taken back (fx525 7d9043a8/d09f0d6a, qa391 #1, #2, #11 HIGH: a paragraph running on past a signed tag's close, tags in HTML comments and a TK speaker hid real unattributed quotes; no real repo uses the forms); nu71 #2 open again",
    'test_guard_signed_pull_quote_leaves_an_open_body_quote_unbalanced[block3]': "taken back (fx525 7d9043a8/d09f0d6a, qa391 #1, #2, #11 HIGH: a paragraph running on past a signed tag's close, tags in HTML comments and a TK speaker hid real unattributed quotes; no real repo uses the forms); nu71 #2 open again",
}
