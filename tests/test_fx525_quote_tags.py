"""fx525 (nu71 #2): a quote shortcode or Liquid blockquote tag that names its
speaker attributes the paragraphs it wraps, as an HTML <blockquote> with a
<cite> does; tags that name nobody, other tags and plain blockquotes are
read as before."""
import pytest

from lint import lint_text
from lint.document import Document
from lint.readers import markdown

HEAD = "---\ntitle: 'Council approves budget'\ndate: 2026-12-07\n---\n\n"
LEDE = "The council approved the budget on Monday, Council President Ann Lee said.\n\n"
Q = '"We will not raise taxes this year, whatever the state does next."'


def _story(block, lede=LEDE):
    return HEAD + lede + block


def _unattributed(text):
    return [(d.line, d.column) for d in lint_text(text, "content/news/a.md", select=["quotes"])
            if d.rule == "quotes.unattributed"]


def _quote_part(text):
    doc = Document("content/news/a.md", text, "markdown")
    markdown.read(doc)
    found = [p for p in doc.parts if Q[1:20] in p.text]
    assert len(found) == 1
    return found[0]


@pytest.mark.parametrize("block, who", [
    ('{{< blockquote author="Ann Lee" >}}\n' + Q + "\n{{< /blockquote >}}\n", "Ann Lee"),
    ('{{% blockquote by="Ann Lee" %}}\n' + Q + "\n{{% /blockquote %}}\n", "Ann Lee"),
    ('{{< pullquote cite="Council President Ann Lee" >}}' + Q + "{{< /pullquote >}}\n",
     "Council President Ann Lee"),
    ('{{<quote source="City Council minutes">}}\n' + Q + "\n{{</quote>}}\n", "City Council minutes"),
    ('{{< blockquote link="https://x.test/a" author="Ann Lee" >}}\n' + Q + "\n{{< /blockquote >}}\n",
     "Ann Lee"),
    ("{% blockquote Ann Lee %}\n" + Q + "\n{% endblockquote %}\n", "Ann Lee"),
    ("{% blockquote Ann Lee, Council minutes %}\n" + Q + "\n{% endblockquote %}\n", "Ann Lee"),
    ("{% blockquote Ann Lee https://x.test/minutes The minutes %}\n" + Q + "\n{% endblockquote %}\n",
     "Ann Lee"),
    ("{% blockquote Conan O'Brien, host %}\n" + Q + "\n{% endblockquote %}\n", "Conan O'Brien"),
    ("{%- quote Ann Lee -%}\n" + Q + "\n{%- endquote -%}\n", "Ann Lee"),          # Hexo's alias
    ('{% blockquote "Ann Lee" %}\n' + Q + "\n{% endblockquote %}\n", "Ann Lee"),   # Eleventy
    ('{% blockquote author="Ann Lee" %}\n' + Q + "\n{% endblockquote %}\n", "Ann Lee"),
])
def test_tag_speaker_attributes_the_quote(block, who):
    text = _story(block)
    assert _unattributed(text) == []
    part = _quote_part(text)
    assert part.attrs.get("pullquote") is True and part.attrs.get("cite") == who


def test_pull_quote_inside_a_markdown_quote_and_nested_tags():
    block = ('> {{< blockquote author="Ann Lee" >}}\n> ' + Q + "\n> {{< /blockquote >}}\n\n"
             '{{< blockquote >}}\n{{< quote author="Ann Lee" >}}\n' + Q.replace("taxes", "fees")
             + "\n{{< /quote >}}\n{{< /blockquote >}}\n")
    assert _unattributed(_story(block)) == []


def test_positions_stay_exact_and_the_tag_is_not_prose():
    # a doubled word inside the pull quote is found where it stands; the
    # tag's own arguments (a doubled word, quote marks) are never linted
    block = ('{{< blockquote author="the the Ann Lee" >}}\n'
             '"We will not raise the the taxes this year, whatever the state does next."\n'
             "{{< /blockquote >}}\n")
    diags = lint_text(_story(block), "content/news/a.md", select=["hygiene", "quotes"])
    assert [(d.rule, d.line, d.column) for d in diags] == [("hygiene.doubled-word", 9, 20)]


def test_pull_quote_is_set_apart_as_the_html_one():
    """A quote left open in the body does not run on into a signed pull quote:
    the shortcode form finds what the <footer> form finds (the body quote is
    never closed), where a tag naming nobody is running text that continues it."""
    lede = '"We will not raise taxes," Council President Ann Lee said. "The state can do as it likes.\n\n'
    after = "\nThe vote was 7-2.\n"
    forms = {"html": "<blockquote>\n<p>" + Q + "</p>\n<footer>— Ann Lee</footer>\n</blockquote>\n",
             "signed": '{{< blockquote author="Ann Lee" >}}\n' + Q + "\n{{< /blockquote >}}\n",
             "unsigned": "{{< blockquote >}}\n" + Q + "\n{{< /blockquote >}}\n"}
    got = {name: [(d.rule, d.line, d.column) for d in
                  lint_text(_story(block + after, lede), "a.md", select=["quotes"])]
           for name, block in forms.items()}
    assert got["html"] == got["signed"] == [("quotes.unbalanced", 6, 60)]
    assert got["unsigned"] == []


# --- guards: what must not change ---

def test_guard_blockquote_shortcode_without_author_is_as_today():
    # today: its paragraph is running text, and a quote nobody says is flagged
    block = "{{< blockquote >}}\n" + Q + "\n{{< /blockquote >}}\n"
    assert _unattributed(_story(block)) == [(9, 1)]
    assert "pullquote" not in _quote_part(_story(block)).attrs


@pytest.mark.parametrize("block", [
    '{{< blockquote author="" >}}\n' + Q + "\n{{< /blockquote >}}\n",
    '{{< blockquote source="https://x.test/minutes" >}}\n' + Q + "\n{{< /blockquote >}}\n",
    "{% blockquote %}\n" + Q + "\n{% endblockquote %}\n",
    '{% blockquote class="wide" %}\n' + Q + "\n{% endblockquote %}\n",
])
def test_guard_quote_tag_naming_nobody_is_still_unattributed(block):
    assert _unattributed(_story(block)) == [(9, 1)]


@pytest.mark.parametrize("block", [
    '{{< figure src="a.jpg" author="Ann Lee" >}}\n' + Q + "\n",
    '{{< figure src="a.jpg" author="Ann Lee" >}}\n\n' + Q + "\n",
    '{{< note author="Ann Lee" >}}\n' + Q + "\n{{< /note >}}\n",          # not a quote tag
    '{{< quote author="Ann Lee" />}}\n\n' + Q + "\n",                      # self-closing: no body
    '{{< blockquote author="Ann Lee" >}}\n' + Q + "\n",                    # never closed
    "{% pullquote Ann Lee %}\n" + Q + "\n{% endpullquote %}\n",            # Octopress's wraps body text
])
def test_guard_other_tags_attribute_nothing(block):
    assert len(_unattributed(_story(block))) == 1


def test_guard_quote_after_the_closing_tag_is_not_attributed():
    block = ('{{< blockquote author="Ann Lee" >}}\n' + Q + "\n{{< /blockquote >}}\n\n"
             "## Next steps\n\n" + Q.replace("taxes", "fees") + "\n")
    assert _unattributed(_story(block)) == [(14, 1)]


def test_guard_plain_markdown_blockquote_is_unattributed():
    assert _unattributed(_story("> " + Q + "\n")) == [(8, 3)]


def test_guard_unsigned_pullquote_repeating_a_body_quote_passes():
    # the repeat rule holds for it as for an HTML blockquote, as before
    lede = Q[:-2] + '," Council President Ann Lee said on Monday.\n\n## Reserves\n\n'
    block = "{{< pullquote >}}" + Q + "{{< /pullquote >}}\n"
    assert _unattributed(_story(block, lede)) == []
    assert _unattributed(_story(block.replace("taxes", "fees"), lede)) == [(10, 18)]
