"""`--fix` never changes a byte of template syntax (issue 11), and a Hugo site
still builds after it (when Debian's `hugo` is installed)."""
from __future__ import annotations

import shutil
import subprocess

import pytest
import regex
from hypothesis import HealthCheck, given, settings, strategies as st

from lint.config import Config
from lint.fixes import fix_bytes

# The tags, found here by the generators' delimiters, independently of the reader.
TAG = regex.compile(r"\{\{[<%].*?[>%]\}\}|\{%.*?%\}|\{\{.*?\}\}|\{:[^}\n]*\}", regex.DOTALL)

PROSE = ["“We held the line,” Mayor Ana Ruiz said.", 'She said "we held" today.', "on Jan 5th",
         "at 7 PM", "the the", "TK", "On Sept. 3, 2024,", "‘90s", "It's 12 noon."]
TEMPLATE = ['{{< img src="plan" alt="A map of the levee" >}}',
            '{{<picture src="a.jpg" caption="Crews on Jan 5th at 7 PM" credit="">}}',
            '{% include image.html caption="She said "yes" on Jan 5th" %}',
            "{{ site.baseurl }}", "{% raw %}{{ x }} said \"no\"{% endraw %}", "{: .caption}",
            '{{% note title="Don\'t miss it" %}}', "{{% /note %}}",
            '[the API]({{< ref "api.md" >}})', '{{< quote-block text="It\'s "big"" cite="Ann" >}}']
PIECES = PROSE + TEMPLATE + [" ", "\n", "\n\n", "*", "> "]


def tags(text: str) -> list[str]:
    return [m.group() for m in TAG.finditer(text)]


def fix(text: str, name: str = "content/story.md") -> str:
    outcome = fix_bytes(name, text.encode("utf-8"), Config())
    return outcome.fixed or text


def test_fix_leaves_every_template_byte_alone():
    src = ("---\ntitle: Levee holds\ndate: 2025-01-10\n---\n\n"
           "“We held the line,” Mayor Ana Ruiz said on Jan 5th at 7 PM.\n\n"
           "“It rose fast,” said Jo Park. “Then it stopped,” she said. “We slept.”\n\n"
           '{{< img src="plan" alt="A map" >}}\n\n'
           '{{<picture src="a.jpg" caption="Crews on Jan 5th" credit="">}}\n\n'
           'Crews said "it held" and the the water fell.\n')
    fixed = fix(src)
    assert fixed != src                                   # prose fixes were applied
    assert tags(fixed) == tags(src)
    assert '{{< img src="plan" alt="A map" >}}' in fixed
    assert "Jan. 5" in fixed.split("{{<picture")[0]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=25))
def test_fix_never_changes_template_syntax(pieces):
    src = "---\ntitle: A story\ndate: 2025-01-10\n---\n\n" + "".join(pieces) + "\n"
    assert tags(fix(src)) == tags(src)


SHORTCODES = {
    "img": '<img src="/{{ .Get "src" }}.png" alt="{{ .Get "alt" }}">',
    "picture": '<figure><img src="/{{ .Get "src" }}"><figcaption>{{ .Get "caption" }} '
               '{{ .Get "credit" }}</figcaption></figure>',
}


def test_hugo_site_builds_before_and_after_fix(tmp_path, run_cli):
    hugo = shutil.which("hugo")
    if hugo is None:
        pytest.skip("Debian's hugo is not installed (apt-get install hugo)")
    site = tmp_path / "site"
    (site / "layouts" / "_default").mkdir(parents=True)
    (site / "layouts" / "shortcodes").mkdir()
    (site / "content" / "posts").mkdir(parents=True)
    (site / "config.toml").write_text('baseURL = "https://example.org/"\ntitle = "Ledger"\n')
    (site / "layouts" / "_default" / "single.html").write_text("<h1>{{ .Title }}</h1>{{ .Content }}")
    (site / "layouts" / "_default" / "list.html").write_text("{{ range .Pages }}{{ .Title }}{{ end }}")
    for name, body in SHORTCODES.items():
        (site / "layouts" / "shortcodes" / f"{name}.html").write_text(body)
    story = site / "content" / "posts" / "levee.md"
    story.write_text("---\ntitle: Levee holds\ndate: 2025-01-10\n---\n\n"
                     "“We held the line,” Mayor Ana Ruiz said on Jan 5th.\n\n"
                     '{{< img src="plan" alt="A map of the levee" >}}\n\n'
                     '{{<picture src="a.jpg" caption="Crews at work" credit="Jo Park">}}\n\n'
                     'Crews said "it held" as the water fell.\n', encoding="utf-8")

    def build() -> str:
        out = tmp_path / "public"
        proc = subprocess.run([hugo, "--quiet", "-s", str(site), "-d", str(out)],
                              capture_output=True, text=True, timeout=120)
        assert proc.returncode == 0, proc.stderr
        return (out / "posts" / "levee" / "index.html").read_text(encoding="utf-8")

    before = build()
    original = story.read_text(encoding="utf-8")
    run_cli("check", "--fix", story)
    fixed = story.read_text(encoding="utf-8")
    assert fixed != original and tags(fixed) == tags(original)
    after = build()
    assert 'alt="A map of the levee"' in before and 'alt="A map of the levee"' in after
    assert "Crews at work Jo Park" in after and "“it held”" in after


VALUES = ['Mayor says "no deal" on Jan 5th', "Crews at 7 PM on Sept. 3rd", "It's “done” at 12 noon",
          "Board meets Tue., May 18th"]
STYLES = [lambda v: '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"',
          lambda v: "'" + v.replace("'", "''") + "'",
          lambda v: v if not v.startswith(("'", '"')) and ": " not in v else "'" + v.replace("'", "''") + "'",
          lambda v: "|\n  " + v,
          lambda v: ">\n  " + v]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(VALUES), st.sampled_from(VALUES), st.sampled_from(range(len(STYLES))),
       st.sampled_from(range(len(STYLES))))
def test_fix_never_breaks_the_front_matter(title, dek, s1, s2):
    import yaml
    src = (f"---\ntitle: {STYLES[s1](title)}\ndescription: {STYLES[s2](dek)}\ndate: 2025-01-10\n"
           f"---\n\n“We held,” Mayor Ana Ruiz said on Jan 5th at 7 PM. “It rose,” she said.\n")
    before = yaml.safe_load(src.split("---\n")[1])
    after = yaml.safe_load(fix(src).split("---\n")[1])
    assert set(after) == set(before)
    assert isinstance(after["title"], str) and isinstance(after["description"], str)


def test_fix_refuses_a_quote_that_would_end_a_quoted_value():
    src = "---\ntitle: 'Mayor says \"no deal\" on budget'\n---\n\nText.\n"
    assert fix(src) == src
    plain = "---\ntitle: Mayor says \"no deal\" on budget\n---\n\nText.\n"
    assert "title: Mayor says 'no deal' on budget" in fix(plain)


@pytest.mark.parametrize("markup", ["hugo", "auto", "jekyll", "eleventy"])
@pytest.mark.parametrize("comment", ['{{/* Draft said "it was 7 PM" on Jan 5th */}}',
                                     '{{- /* Draft said "it was 7 PM"\non Jan 5th */ -}}'])
def test_a_go_template_comment_is_never_linted_or_fixed(markup, comment):
    # qa67: with --markup hugo the comment's text was read as prose, linted and fixed
    from lint.engine import lint_bytes
    src = f"---\ntitle: Levee holds\ndate: 2025-01-10\n---\n\nCrews left at 7 PM.\n\n{comment}\n"
    config = Config(markup=markup)
    found = lint_bytes("content/story.md", src.encode("utf-8"), config).diagnostics
    assert [(d.rule, d.line) for d in found] == [("style.time-of-day", 6)]
    outcome = fix_bytes("content/story.md", src.encode("utf-8"), config)
    assert outcome.fixed == src.replace("7 PM.", "7 p.m.", 1)
