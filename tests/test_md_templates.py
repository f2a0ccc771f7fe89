"""Static-site Markdown (issue 11): template syntax is markup, figure parameters
and front-matter picture fields are captions, credits and alt text, file names
date posts. Each fault kind the issue lists is one small article here."""
from __future__ import annotations

import datetime as dt

import pytest

from lint.config import Config, ConfigError, from_mapping
from lint.engine import active_rules, lint_document
from lint.readers import read_bytes
from lint.readers.options import ReadOptions

ALL = Config()


def read(text: str, name: str = "content/story.md", **options):
    return read_bytes(name, text.encode("utf-8"), options=ReadOptions(**options))


def lint(text: str, name: str = "content/story.md", config: Config = ALL):
    doc = read_bytes(name, text.encode("utf-8"), options=config.read_options())
    return doc, lint_document(doc, active_rules(config), config).diagnostics


def at(doc, d) -> str:
    """The source text a finding covers (or the next 12 characters for an empty span)."""
    return doc.source[d.offset:d.end_offset] or doc.source[d.offset:d.offset + 12]


def prose(doc) -> str:
    return "\n".join(p.text for p in doc.parts if p.kind in ("paragraph", "blockquote", "heading"))


FRONT = "---\ntitle: Levee holds after the storm\ndate: 2024-03-05\n---\n\n"


def test_hugo_shortcode_parameters_are_not_quotes_or_unbalanced_marks():
    src = FRONT + ('The levee held overnight, officials said.\n\n'
                   '{{< figure src="levee.jpg" caption="Sandbags line the levee on Monday." '
                   'credit="" >}}\n\n'
                   '{{% callout title="What to know before you go back home" %}}\n'
                   'Check the county page “before you drive,” the sheriff said.\n'
                   '{{% /callout %}}\n\n'
                   'See [the map]({{< relref "maps/levee.md" >}}) for closures.\n')
    doc, diags = lint(src)
    rules = [d.rule for d in diags]
    assert "quotes.unattributed" not in rules and "quotes.unbalanced" not in rules
    assert "quotes.mixed-marks" not in rules
    empty = [d for d in diags if d.rule == "captions.empty-credit"]
    assert len(empty) == 1
    line = src.splitlines()[empty[0].line - 1]
    assert empty[0].column == line.index('credit=""') + len('credit="') + 1   # inside the quotes
    assert "figure" not in prose(doc) and "callout" not in prose(doc)
    assert "Check the county page “before you drive,” the sheriff said." in prose(doc)


def test_liquid_tags_and_outputs_are_markup():
    src = FRONT + ('Read the [guide]({{ site.baseurl }}/guide/) first.\n\n'
                   '{% include image.html url="/a.jpg" caption="Crews at work on the levee." %}\n\n'
                   '{% image "assets/levee.jpg" "Workers stack sandbags at dusk." %}\n\n'
                   '{% highlight python %}\nprint("TK the the")\n{% endhighlight %}\n\n'
                   'Crews worked through the night.\n')
    doc, diags = lint(src)
    text = prose(doc)
    assert "site.baseurl" not in text and "include" not in text and "print" not in text
    assert not [d for d in diags if d.rule in ("hygiene.placeholder", "hygiene.doubled-word")]
    captions = {p.text for p in doc.parts if p.kind == "caption"}
    assert captions == {"Crews at work on the levee."}
    assert [p.text for p in doc.parts if p.kind == "alt"] == ["Workers stack sandbags at dusk."]


def test_straight_quotes_in_markup_do_not_set_the_quote_style():
    src = FRONT + ('{{< img src="plan" alt="A map of the levee" >}}\n\n'
                   '{% include note.html text="Road closed" kind="alert" %}\n\n'
                   '“We held the line,” Mayor Ana Ruiz said on Tuesday.\n')
    doc, diags = lint(src)
    assert "quotes.mixed-marks" not in [d.rule for d in diags]


def test_shortcode_without_inner_spaces_is_read_not_dropped_as_html():
    src = FRONT + ('{{<picture src="a.jpg" caption="CAPTION HERE" credit="">}}\n\n'
                   'Text of the story.\n')
    doc, diags = lint(src)
    rules = {d.rule for d in diags}
    assert "captions.empty-credit" in rules
    assert "captions.placeholder" in rules
    cap = next(p for p in doc.parts if p.kind == "caption")
    assert doc.source[cap.source_offset(0):].startswith("CAPTION HERE")


def test_caption_credit_and_alt_parameters_are_linked_parts_at_exact_positions():
    src = FRONT + ('{{< figure src="dam.jpg" alt="The dam at dawn" '
                   'caption="Water spills over the dam on Monday." attr="Jo Park/The Ledger" >}}\n')
    doc = read(src)
    alt, cap, credit = (next(p for p in doc.parts if p.kind == k) for k in ("alt", "caption", "credit"))
    for part in (alt, cap, credit):
        start = part.source_offset(0)
        assert doc.source[start:start + len(part.text)] == part.text
        assert doc.source[start - 1] == '"'
        assert part.attrs["template"] == "figure"
    assert cap.attrs == {"template": "figure", "image": alt.index, "credit": credit.index}
    assert credit.text == "Jo Park/The Ledger" and alt.attrs["src"] == "dam.jpg"


def test_figure_names_are_configurable_and_positional_roles_too():
    src = FRONT + '{% photo_box "a.jpg" "wide" "Kids at the fair" %}\n'
    assert [p for p in read(src).parts if p.kind == "alt"] == []   # figure-like, roles unknown
    doc = read(src, figures=(("photo_box", ("src", "class", "alt")),))
    assert [p.text for p in doc.parts if p.kind == "alt"] == ["Kids at the fair"]
    plain = read(FRONT + '{% gallery_box "a.jpg" "Kids at the fair" %}\n')
    assert [p.kind for p in plain.parts if p.kind in ("alt", "caption")] == []


@pytest.mark.parametrize("front, want", [
    ("image-credit: Jo Park\nimage-caption: Kids at the fair.\n", ("Kids at the fair.", "Jo Park")),
    ("image_description: Kids at the fair.\nphoto_credit: Jo Park\n", ("Kids at the fair.", "Jo Park")),
    ("featured_image:\n  url: a.jpg\n  caption: Kids at the fair.\n  credit: Jo Park\n",
     ("Kids at the fair.", "Jo Park")),
    ("cover:\n  image: a.jpg\n  caption: Kids at the fair.\n", ("Kids at the fair.", None)),
    ("primary_image: kids-fair\nimage_figcaption: Kids at the fair.\n", ("Kids at the fair.", None)),
])
def test_front_matter_picture_fields_by_their_common_names(front, want):
    doc = read(f"---\ntitle: Fair opens\n{front}---\n\nThe fair opened.\n")
    caption = next((p for p in doc.parts if p.kind == "caption"), None)
    credit = next((p for p in doc.parts if p.kind == "credit"), None)
    assert (caption and caption.text, credit and credit.text) == want
    if credit is not None and caption is not None:
        assert caption.attrs["credit"] == credit.index
        assert doc.source[credit.source_offset(0):].startswith("Jo Park")


def test_front_matter_picture_fields_from_the_config_mapping():
    src = "---\ntitle: Fair opens\nlede_art:\n  words: Kids at the fair.\n  shooter: ''\n---\n\nText.\n"
    config = from_mapping({"image-fields": {"lede_art.words": "caption",
                                            "lede_art.shooter": "credit"}}, "x/.newslint.yaml")
    doc, diags = lint(src, config=config)
    assert [p.text for p in doc.parts if p.kind == "caption"] == ["Kids at the fair."]
    assert [d.rule for d in diags if d.rule.startswith("captions.")] == ["captions.empty-credit"]
    with pytest.raises(ConfigError, match="image-fields"):
        from_mapping({"image-fields": {"a": "photo"}}, "x/.newslint.yaml")


@pytest.mark.parametrize("path, markup, want, source", [
    ("_posts/2024-03-05-levee.md", "auto", dt.date(2024, 3, 5), "file name"),
    ("_posts/2023-5-24-election.md", "jekyll", dt.date(2023, 5, 24), "file name"),
    ("posts/2024/2024-03-05/index.md", "eleventy", dt.date(2024, 3, 5), "file path"),
    ("posts/2024/2024-03-05/index.md", "jekyll", None, ""),
    ("_posts/2024-02-30-bad.md", "auto", None, ""),
    ("_posts/0001-01-01-placeholder.md", "auto", None, ""),
])
def test_file_name_dates_when_front_matter_has_none(path, markup, want, source):
    doc = read("---\ntitle: Levee\n---\n\nText.\n", path, markup=markup)
    assert (doc.published, doc.published_from) == (want, source)


def test_front_matter_date_wins_over_the_file_name():
    doc = read("---\ntitle: Levee\npubDate: 2024-03-07\n---\n\nText.\n", "_posts/2024-03-05-a.md")
    assert (doc.published, doc.published_from) == (dt.date(2024, 3, 7), "front matter pubDate")


def test_link_with_a_template_destination_stays_a_link():
    doc, diags = lint(FRONT + 'See the [API]({{< ref "api.md" >}}) and [FAQ]({{ "/faq/" | url }}).\n')
    assert [p.text for p in doc.parts if p.kind == "paragraph"] == ["See the API and FAQ."]
    assert "hygiene.placeholder" not in {d.rule for d in diags}


def test_liquid_image_tag_inside_a_figure_is_not_a_file_name_caption():
    src = FRONT + ('<figure>\n{% image "assets/IMG_4471.JPG" "Volunteers fill sandbags." %}\n'
                   '<figcaption>Volunteers fill sandbags. (Photo: Jo Park)</figcaption>\n</figure>\n')
    doc, diags = lint(src)
    assert "captions.filename" not in {d.rule for d in diags}
    assert [p.text for p in doc.parts if p.kind == "alt"] == ["Volunteers fill sandbags."]


def test_kramdown_attribute_list_does_not_hide_the_caption_credit():
    src = FRONT + ('![Sandbags on the levee](levee.jpg)\n'
                   '*Volunteers fill sandbags on Monday. (Photo: Jo Park)*\n{: .caption}\n')
    doc, diags = lint(src, config=Config(select=("captions",)))
    assert [p.text for p in doc.parts if p.kind == "credit"] == ["(Photo: Jo Park)"]
    assert diags == []


def test_front_matter_title_beats_a_body_h1():
    doc = read(FRONT + "# Introduction\n\nThe levee held.\n")
    assert [(p.kind, p.text) for p in doc.parts if p.kind in ("headline", "heading")] == [
        ("headline", "Levee holds after the storm"), ("heading", "Introduction")]
    assert read("---\ndate: 2024-03-05\n---\n# Real head\n").first("headline").text == "Real head"


def test_mdx_files_are_read_in_folder_runs_with_jsx_as_markup(tmp_path, run_cli):
    (tmp_path / "story.mdx").write_text(
        "---\ntitle: Levee holds\n---\n\nimport Chart from '../components/Chart'\n"
        "export const meta = {\"kind\": \"story\"}\n\n"
        "The levee held {props.year ?? \"this year\"} as crews worked.\n\n"
        "<Chart data={[1, 2, 3]} title=\"Water levels\" />\n\n"
        "<Callout kind=\"note\">\nRoads reopen TK.\n</Callout>\n", encoding="utf-8")
    result = run_cli("check", "--format", "json", "--select", "hygiene,quotes", tmp_path)
    assert '"hygiene.placeholder"' in result.output           # the prose inside <Callout> is read
    assert "quotes." not in result.output                   # no quote marks from JSX
    doc = read_bytes(str(tmp_path / "story.mdx"), (tmp_path / "story.mdx").read_bytes())
    assert [p.text for p in doc.parts if p.kind == "paragraph"] == [
        "The levee held \ufffc as crews worked.", "Roads reopen TK."]


def test_hugo_json_front_matter():
    src = ('{\n  "title": "Levee \\"holds\\" after the storm",\n  "date": "2024-03-05",\n'
           '  "image": {"src": "a.jpg", "caption": "Crews at work \\u2014 Monday."}\n}\n\nText.\n')
    doc = read(src)
    head = doc.first("headline")
    assert head.text == 'Levee "holds" after the storm'
    assert doc.published == dt.date(2024, 3, 5) and doc.published_from == "front matter date"
    i = head.text.index("after")
    assert doc.source[head.source_offset(i):].startswith("after")
    cap = next(p for p in doc.parts if p.kind == "caption")
    k = cap.text.index("Monday")
    assert doc.source[cap.source_offset(k):].startswith("Monday")


def test_entity_escaped_html_in_a_shortcode_parameter_is_not_linted():
    src = FRONT + ('{{< figure src="a.jpg" caption="&lt;strong&gt;Crews&lt;/strong&gt; clear '
                   'the road&#8217;s edge. (Photo: Jo Park)" >}}\n')
    doc, diags = lint(src)
    cap = next(p for p in doc.parts if p.kind == "caption")
    assert cap.text == "Crews clear the road’s edge. (Photo: Jo Park)"
    assert not [d for d in diags if d.rule.startswith("quotes.") or d.rule.startswith("hygiene.")]


def test_br_and_code_spans_separate_words():
    src = FRONT + ("The board met.<br/>The vote was 5-2.\n\n"
                   "Run the `the` command, then the `build` step.\n")
    doc, diags = lint(src)
    assert not [d for d in diags if d.rule in ("hygiene.missing-space", "hygiene.doubled-word")]


def test_tweet_and_video_embeds_are_markup():
    src = FRONT + ('<blockquote class="twitter-tweet"><p lang="en">Crews say the levee "holds" '
                   'TK - Dec 5th</p>&mdash; County (@county) <a href="https://x.com/1">Dec 5, 2024'
                   '</a></blockquote>\n\n'
                   '{{< tweet user="county" id="1" >}}\n\n'
                   '<iframe src="https://www.youtube.com/embed/x" title="Levee on Dec 5th"></iframe>\n\n'
                   'The levee held.\n')
    doc, diags = lint(src, config=Config(select=("hygiene", "quotes", "style", "dates")))
    assert diags == []
    assert [p.text for p in doc.parts if p.kind in ("paragraph", "blockquote")] == ["The levee held."]


def test_raw_and_comment_blocks():
    src = FRONT + ("Use `{% raw %}{{ name }}{% endraw %}` in templates.\n\n"
                   "{% comment %}\nEditor: TK the quote here\n{% endcomment %}\n\n"
                   "{% raw %}Keep {{ this }} literal TK{% endraw %}\n")
    doc, diags = lint(src, config=Config(select=("hygiene",)))
    assert [p.text for p in doc.parts if p.kind == "paragraph"] == [
        "Use \ufffc in templates.", "Keep {{ this }} literal TK"]
    assert [(d.rule, at(doc, d)) for d in diags] == [("hygiene.placeholder", "TK")]
    assert diags[0].line == src.count("\n") - 0


def test_markup_option_limits_the_syntax_and_is_validated(run_cli, tmp_path):
    src = FRONT + "Prices rose {% 10 %} this week.\n\n{{< note >}}\nAll fine.\n{{< /note >}}\n"
    hugo = read(src, markup="hugo")
    assert "{% 10 %}" in prose(hugo) and "note" not in prose(hugo)
    assert "{%" not in prose(read(src)) and "{{<" in prose(read(src, markup="none"))
    with pytest.raises(ConfigError, match="markup"):
        from_mapping({"markup": "gatsby"}, "x/.newslint.yaml")
    story = tmp_path / "s.md"
    story.write_text(src, encoding="utf-8")
    out = run_cli("check", "--markup", "none", "--select", "quotes", "--format", "json", story)
    assert out.exit_code in (0, 1)
    assert run_cli("check", "--markup", "gatsby", story).exit_code == 2


def test_html_in_front_matter_values_is_markup():
    src = ('---\ntitle: Levee holds\ndescription: "Crews met at <a href=\\"https://x.example/\\">'
           'the &lt;em&gt;levee&lt;/em&gt;</a> on Monday."\n---\n\nText.\n')
    doc, diags = lint(src)
    dek = doc.first("dek")
    assert dek.text == "Crews met at the levee on Monday."
    i = dek.text.index("Monday")
    assert doc.source[dek.source_offset(i):].startswith("Monday")
    assert not [d for d in diags if d.rule.startswith("quotes.")]


def test_parse_says_where_the_date_came_from(tmp_path, run_cli):
    post = tmp_path / "_posts" / "2024-03-05-levee.md"
    post.parent.mkdir()
    post.write_text("---\ntitle: Levee holds\n---\n\nThe levee held.\n", encoding="utf-8")
    out = run_cli("parse", post).output
    assert "published: 2024-03-05 (from file name)" in out


def test_comment_forms_of_each_generator_are_markup():
    src = FRONT + ("Crews worked. {# Nunjucks note: TK #}\n\n{::comment}\nkramdown TK\n{:/comment}\n\n"
                   "{{</* figure caption=\"TK\" */>}} shows the syntax.\n")
    doc, diags = lint(src, config=Config(select=("hygiene",)))
    assert [p.text for p in doc.parts if p.kind == "paragraph"] == [
        "Crews worked.", "shows the syntax."]
    assert diags == []


def test_figures_config_is_validated():
    assert from_mapping({"figures": ["hero-shot"]}, "x/.newslint.yaml").figures == (("hero-shot", ()),)
    with pytest.raises(ConfigError, match="figures"):
        from_mapping({"figures": {"hero": "alt"}}, "x/.newslint.yaml")
    with pytest.raises(ConfigError, match="figures"):
        from_mapping({"figures": 3}, "x/.newslint.yaml")


def test_a_template_tag_opening_the_file_is_not_json_front_matter():
    doc = read('{% image "a.jpg" "Kids at the fair" %}\n\n{{< note >}}\nText.\n{{< /note >}}\n')
    assert [(p.kind, p.text) for p in doc.parts] == [("alt", "Kids at the fair"),
                                                      ("paragraph", "Text.")]
    assert doc.notices == []


@pytest.mark.parametrize("body, caption", [
    ('> {{< figure src="a.jpg" caption=`The mayor speaks\n> at the rally.` >}}\n',
     "The mayor speaks\nat the rally."),
    ('> {% include image.html caption="The mayor speaks\n> at the rally." %}\n',
     "The mayor speaks\nat the rally."),
    ('> > {% include image.html caption="The mayor speaks\n> > at the rally." %}\n',
     "The mayor speaks\nat the rally."),
    ('- A list\n- {% include image.html caption="The mayor speaks\n  at the rally." %}\n',
     "The mayor speaks\nat the rally."),
    ('> - {% include image.html caption="The mayor speaks\n>   at the rally." %}\n',
     "The mayor speaks\nat the rally."),
    ('> <div>\n> {% include image.html caption="The mayor speaks\n> at the rally." %}\n> </div>\n',
     "The mayor speaks\nat the rally."),
    # at the top level a `>` opening a line of the value is the value's own
    ('{% include image.html caption="The mayor speaks\n> at the rally." %}\n',
     "The mayor speaks\n> at the rally."),
])
def test_a_figure_over_lines_of_a_quote_or_list_item_leaves_out_their_prefixes(body, caption):
    doc = read(FRONT + body)
    (part,) = [p for p in doc.parts if p.kind == "caption"]
    assert part.text == caption
    assert all(doc.source[part.source_offset(i)] == c for i, c in enumerate(part.text) if c != "\n")


def test_a_finding_in_a_figure_caption_inside_a_quote_is_placed_exactly():
    src = FRONT + '> {% include image.html caption="The mayor speaks\n> at the the rally." credit="AP" %}\n'
    doc, diags = lint(src, config=Config(select=("hygiene.doubled-word",)))
    (d,) = diags
    assert at(doc, d) == "the the" and (d.line, d.column) == (7, 6)
