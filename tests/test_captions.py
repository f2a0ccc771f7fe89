"""Captions: credit recognition and splitting, caption lines, the captions pack."""
from __future__ import annotations

import pytest

from lint.analysis import caption_lines, credits as cr, credit_grammar as cg
from lint.config import Config
from lint.document import Document, Part
from lint.engine import active_rules, lint_document
from lint.kinds.caption_unbalanced import unbalanced
from lint.readers import read_bytes
from lint.readers.patterns import CAPTION_LINE, mask_spans
from lint.ruleset import RuleError, load_rule, builtin_rules_dir

CAPTIONS = Config(select=("captions",))


def lint(text: str, name: str = "story.txt", config: Config = CAPTIONS):
    doc = read_bytes(name, text.encode("utf-8"))
    return doc, lint_document(doc, active_rules(config), config).diagnostics


def found(diags) -> list[tuple[int, int, str]]:
    return [(d.line, d.column, d.rule) for d in diags]


# --- credit recognition -------------------------------------------------------

HOUSE_FORMS = [  # (caption text, the credit it carries)
    ("Crews clear the road on Monday. (AP Photo/Maria Okafor)", "(AP Photo/Maria Okafor)"),
    ("Crews clear the road. (AP Photo/Maria Okafor, File)", "(AP Photo/Maria Okafor, File)"),
    ("Crews clear the road. (AP Photo)", "(AP Photo)"),
    ("Crews clear the road. (Ana Ruiz/The Delta Courier via AP)",
     "(Ana Ruiz/The Delta Courier via AP)"),
    ("Crews clear the road in Lyon. Photograph: Tomas Lindqvist/Reuters",
     "Photograph: Tomas Lindqvist/Reuters"),
    ("Crews clear the road. REUTERS/Tomas Lindqvist", "REUTERS/Tomas Lindqvist"),
    ("Crews clear the road. Ana Ruiz/AFP via Getty Images", "Ana Ruiz/AFP via Getty Images"),
    ("Crews clear the road. Ana Ruiz/Getty Images", "Ana Ruiz/Getty Images"),
    ("Crews clear the road. Photo: Ana Ruiz for The Daily Ledger",
     "Photo: Ana Ruiz for The Daily Ledger"),
    ("Crews cleared the road on Monday.Credit...Ana Ruiz for The Daily Ledger",
     "Credit...Ana Ruiz for The Daily Ledger"),
    ("Crews clear the road. Courtesy of the Brennan family", "Courtesy of the Brennan family"),
    ("Crews clear the road. Photo courtesy of NASA", "Photo courtesy of NASA"),
    ("Crews clear the road. Handout via Reuters", "Handout via Reuters"),
    ("Crews clear the road. Getty Images", "Getty Images"),
    ("Crews clear the road (EPA-EFE/Ana Ruiz)", "(EPA-EFE/Ana Ruiz)"),
    ("Photo: Ana Ruiz. Crews clear the road.", "Photo: Ana Ruiz"),
    ("(Photo: Ana Ruiz) Crews clear the road.", "(Photo: Ana Ruiz)"),
    ("(photo courtesy:", "(photo courtesy:"),
    ("Crews clear the road. (Getty Images", "(Getty Images"),
]


SCRAPED_FORMS = [  # issue 10's forms and the ones scraped stories carry
    ("Rainfall since March. (Source: National Weather Service)", "(Source: National Weather Service)"),
    ("Crews clear the road. Ana Ruiz/AFP/Getty Images", "Ana Ruiz/AFP/Getty Images"),
    ("Crews clear the road. Ana Ruiz for BuzzFeed", "Ana Ruiz for BuzzFeed"),
    ("Crews clear the road. Ana Ruiz for Bloomberg News", "Ana Ruiz for Bloomberg News"),
    ("Crews clear the road. (Ana Ruiz/Getty Images for Hartwell Festival)",
     "(Ana Ruiz/Getty Images for Hartwell Festival)"),
    ("Crews clear the road. CRAIG WARGA/NY DAILY NEWS/GETTY IMAGES",
     "CRAIG WARGA/NY DAILY NEWS/GETTY IMAGES"),
    ("Crews clear the road (Facebook)", "(Facebook)"),
    ("BETRAYED: The teacher asked the teen to delete the video [CEN]", "[CEN]"),
    ("Shane Smith © Getty Images", "© Getty Images"),
    ("Crews clear the road. Photo-AFP", "Photo-AFP"),
    ("Crews clear the road (Iraqi News photo)", "(Iraqi News photo)"),
    ("Vogue staff pack up via Vogue Instagram", "via Vogue Instagram"),
    ("The Lego letter Photo: Imgur / fryd_", "Photo: Imgur / fryd_"),
    ("Police Commissioner Ana Ruiz Credit Michael Appleton for The New York Times",
     "Credit Michael Appleton for The New York Times"),
    ("[Image Credit | India Today]", "[Image Credit | India Today]"),
    ("[image via screengrab]", "[image via screengrab]"),
    ("Getty   Successful: Michael Phelps is the most decorated Olympian", "Getty"),
    # stock libraries, whose names start in lower case, and a desk's initials
    ("A woman checks her phone. Photo by iStock", "Photo by iStock"),
    ("A woman checks her phone. iStock/Getty Images Plus", "iStock/Getty Images Plus"),
    ("A woman checks her phone. iStock.com/Ana Ruiz", "iStock.com/Ana Ruiz"),
    ("A woman checks her phone. (iStockphoto)", "(iStockphoto)"),
    ("A woman checks her phone. (Thinkstock)", "(Thinkstock)"),
    ("Crews clear the road after the storm [DS]", "[DS]"),
    ("A woman checks her phone. smolaw11/iStock", "smolaw11/iStock"),
    # Getty's contributor/collection/brand credit line, the handle in any case
    ("A woman checks her phone. olm26250/iStock/Thinkstock", "olm26250/iStock/Thinkstock"),
    ("A woman checks her phone. elenabs/iStock/Thinkstock", "elenabs/iStock/Thinkstock"),
    ("elenabs/iStock/Thinkstock", "elenabs/iStock/Thinkstock"),
    # ... and the same line with commas for slashes
    ("A woman checks her phone. arinahabich, iStock, Thinkstock", "arinahabich, iStock, Thinkstock"),
    ("DigitalStorm, iStock, Thinkstock", "DigitalStorm, iStock, Thinkstock"),
    # a student paper's credit: the photographer and a role after the slash
    ("Students queue for lunch. (Christine Kao/Daily Bruin staff)", "(Christine Kao/Daily Bruin staff)"),
    ("(Megan Cai/Photo editor)", "(Megan Cai/Photo editor)"),
    ("Students queue for lunch. (Ana Ruiz/The Daily Texan staff photographer)",
     "(Ana Ruiz/The Daily Texan staff photographer)"),
    # ... with a rank or desk before the role, in lower-case job words (nu51 #2)
    ("Students queue for lunch. (Ana Ruiz/Daily Bruin senior staff)", "(Ana Ruiz/Daily Bruin senior staff)"),
    ("Students queue for lunch. (Ana Ruiz/The Daily Texan photo staff)", "(Ana Ruiz/The Daily Texan photo staff)"),
    ("Students queue. (Ana Ruiz/Daily Bruin senior staff photographer)",
     "(Ana Ruiz/Daily Bruin senior staff photographer)"),
    ("Students queue. (Daily Bruin file photo and Ana Ruiz/Daily Bruin staff)",
     "(Daily Bruin file photo and Ana Ruiz/Daily Bruin staff)"),
    # US desk credits naming no one, or the house's own: staff, file, reader,
    # a TV station's call letters; a name and paper in capitals
    ("Crews fight the blaze. (Staff photo by Ana Ruiz)", "(Staff photo by Ana Ruiz)"),
    ("Crews fight the blaze. Staff photo by Ana Ruiz", "Staff photo by Ana Ruiz"),
    ("Crews fight the blaze. Staff photo", "Staff photo"),
    ("The new fire map. (Photo illustration by Ana Ruiz)", "(Photo illustration by Ana Ruiz)"),
    ("Crews fight the blaze. (ANA RUIZ/THE COURIER)", "(ANA RUIZ/THE COURIER)"),
    ("The Lions pose after the final. (Contributed)", "(Contributed)"),
    ("The Lions pose after the final. (Submitted photo)", "(Submitted photo)"),
    ("Smoke rises west of Bend. (KXYZ)", "(KXYZ)"),
    ("Smoke rises west of Bend. (WGN-TV)", "(WGN-TV)"),
    # a credit on a line of its own under another one
    ("\u00a9 Provided by The Guardian\n Photograph: Ana Ruiz/AFP/Getty",
     "Photograph: Ana Ruiz/AFP/Getty"),
]


@pytest.mark.parametrize("text,credit", HOUSE_FORMS + SCRAPED_FORMS,
                         ids=[c for _, c in HOUSE_FORMS + SCRAPED_FORMS])
def test_find_credit_takes_exactly_the_credit(text, credit):
    span = cr.find_credit(text)
    assert span is not None and text[span[0]:span[1]] == credit


@pytest.mark.parametrize("text", [
    "Mayor Ana Ruiz speaks at the rally on Monday.",
    "Courtesy calls resumed on Monday.",
    "Protesters hold signs reading Down With Taxes/No More Cuts.",
    "The mayor shows a photo: it was her father.",
    "Officials met at the Reuters building and the AP office.",
    "The Democratic Socialists [DS] met on Monday.",
    "Scenes from the flood [VIDEO]",
    "A man walks his dog (DS)",
    "The rate rose on Monday. and/AP",
    "Students line up. students/iStock",
    "U.K. Minister for Aviation Ana Ruiz",
    "Vote Ana Ruiz for Mayor",
    "Scroll Down for Audio",
    "The January/November figures were revised.",
    "Jane McDonald holds an iPhone at the YouTube office",
    "Rain, snow, wind and hail hit the coast.",
    "The meeting drew Ana Ruiz, iStock, and Getty reps.",
    "The plans for the bridge were submitted.",
    "The head of the World Health Organization (WHO)",
    "A veteran of World War II (WWII)",
    "Ana Ruiz, superintendent",
    "GROWERS MEET/CORN PRICES FALL",
])
def test_find_credit_leaves_plain_captions_alone(text):
    assert cr.find_credit(text) is None


def test_parse_splits_lead_in_from_body():
    c = cr.parse(Part.from_slice("credit", "(AP Photo/ Maria Okafor)", 0, 24))
    assert c.part.text[c.lead[0]:c.lead[1]] == "AP Photo/" and c.body_text == "Maria Okafor"
    assert not c.is_empty
    for empty in ("(photo courtesy:", "Photo:", "Photo courtesy of", "(AP Photo/ )", "", "  "):
        assert cr.parse(Part.from_slice("credit", empty, 0, len(empty))).is_empty, empty
    assert not cr.parse(Part.from_slice("credit", "(AP Photo)", 0, 10)).is_empty


# --- plain-text caption lines -----------------------------------------------------

@pytest.mark.parametrize("line", [
    "(photo courtesy:",
    "Photo: Maria Okafor",
    "Photograph: Tomas Lindqvist/Reuters",
    "AP Photo/Maria Okafor",
    "Courtesy of the Brennan family",
    "Caption: Crews clear the road on Monday.",
    "Ana Ruiz/Getty Images",
    "(Ana Ruiz/The Delta Courier via AP)",
    "Crews clear the road on Monday. (AP Photo/Maria Okafor)",
    "Crews clear the road on Monday. Photograph: Tomas Lindqvist/Reuters",
    "Crews clear the road on Monday (Getty Images",
    "IMG_4471.JPG",
    "Screen Shot 2024-03-01 at 10.42.13 AM",
])
def test_caption_lines(line):
    assert CAPTION_LINE.match(line)


@pytest.mark.parametrize("line", [
    "Courtesy calls between the two leaders resumed on Monday after a pause.",
    "RELIEF TO U.S. CORN/OATS GROWERS SAID LIKELY",
    "(Reuters) - The company said on Monday it would cut 300 jobs.",
    "Reuters said on Monday that the talks had ended.",
    "The council met on Monday and said the plan would go ahead (Reuters)." + " More text." * 20,
    # a body paragraph ending in a credit is body copy once it is long: past
    # 250 characters for a weak credit, past 600 for a strong one
    "The council met on Monday. " * 10 + "(Reuters)",
    "The council met on Monday. " * 23 + "(AP Photo/Maria Okafor)",
])
def test_body_lines_are_not_captions(line):
    assert not CAPTION_LINE.match(line)


# --- splitting ------------------------------------------------------------------

def test_split_credit_is_an_exact_slice_of_the_caption():
    src = "Flood\n\nCrews clear the road on Monday. (AP Photo/Maria Okafor)\n"
    doc = read_bytes("story.txt", src.encode())
    cap = doc.first("caption")
    credit = doc.parts[cap.attrs["credit"]]
    assert credit.kind == "credit" and credit.text == "(AP Photo/Maria Okafor)"
    assert credit.attrs == {"caption": cap.index, "split": True}
    assert cap.text == "Crews clear the road on Monday. (AP Photo/Maria Okafor)"  # kept whole
    s, e = credit.source_span(0, len(credit.text))
    assert src[s:e] == credit.text and doc.lines.position(s) == (3, 33)


def test_carve_follows_a_stitched_caption_map():
    src = "Crews https://x.example/a clear it. Photo: Ana Ruiz/Reuters"
    cut = (6, 26)  # the URL and its space are left out of the text
    cap = mask_spans("caption", src, 0, len(src), [cut])
    start = cap.text.index("Photo")
    credit = cr.carve("credit", cap, start, len(cap.text))
    assert credit.text == "Photo: Ana Ruiz/Reuters"
    for i in range(len(credit.text)):
        assert src[credit.source_offset(i)] == credit.text[i]


def test_marked_up_credit_is_not_split_again():
    doc = Document("x.html", "Crews clear it. (AP Photo/Ana Ruiz) Ana Ruiz/AP", "html")
    cap = doc.add(Part.from_slice("caption", doc.source, 0, 35))
    credit = doc.add(Part.from_slice("credit", doc.source, 36, 47, attrs={"caption": 0}))
    cap.attrs["credit"] = credit.index
    cr.split_credits(doc)
    assert len(doc.parts) == 2 and cap.attrs["credit"] == 1


def test_credit_line_under_a_caption_line_credits_it():
    src = "Flood\n\nCaption: Crews clear the road on Monday.\nPhoto: Tomas Lindqvist/Reuters\n"
    doc, diags = lint(src)
    first, second = doc.parts_of(["caption"])
    assert first.attrs["credit"] == second.attrs["credit"]
    assert "captions.missing-credit" not in {d.rule for d in diags}
    # a blank line in between breaks the pairing
    _, diags = lint(src.replace("\nPhoto", "\n\nPhoto"))
    assert found(diags) == [(3, 1, "captions.missing-credit")]


# --- the rules --------------------------------------------------------------------

def test_sample_line_5(sample):
    _, diags = lint(sample.read_text(encoding="utf-8"), str(sample))
    assert found(diags) == [(5, 1, "captions.empty-credit"), (5, 1, "captions.unbalanced")]
    assert diags[0].snippet == "(photo courtesy:" and diags[1].snippet == "("


def test_every_house_form_passes():
    lines = [text for text, _ in HOUSE_FORMS if "courtesy:" not in text and "(Getty" not in text]
    src = "Flood\n\n" + "\n\n".join(lines) + "\n"
    doc, diags = lint(src)
    assert len(doc.parts_of(["caption"])) == len(lines)
    assert diags == []


def test_broken_captions_are_placed_exactly():
    src = ("Flood\n\n"
           "Crews clear the road. (AP Photo / Maria Okafor)\n\n"
           "Crews clear the road. Photograph: /Getty Images\n\n"
           "Caption TK (Getty Images\n\n"
           "Crews clear the road. Photo courtesy of\n\n"
           "DSC_0042\n")
    _, diags = lint(src)
    assert found(diags) == [
        (3, 32, "captions.malformed-credit"),
        (5, 35, "captions.malformed-credit"),
        (7, 1, "captions.placeholder"),
        (7, 12, "captions.unbalanced"),
        (9, 23, "captions.empty-credit"),
        (11, 1, "captions.filename"),
        (11, 1, "captions.missing-credit"),
    ]
    assert "spaces around the slash" in diags[0].message and diags[0].snippet == " / "
    assert "nothing before the slash" in diags[1].message


def test_unbalanced_pairs_brackets_and_quotes():
    assert unbalanced("The mayor’s “open streets” plan (left) [map]") == []
    assert unbalanced("(Getty Images") == [(0, "'(' is never closed")]
    assert unbalanced("Fans cheer.) Photo: X") == [(11, "')' closes nothing")]
    assert unbalanced('Banner reads "Home (left') == [(13, "'\"' is never closed"),
                                                     (19, "'(' is never closed")]
    assert unbalanced("“Home at last\" they said") == []


def test_missing_credit_follows_the_formats_option(tmp_path):
    text = "Caption: Crews clear the road on Monday.\n"
    _, diags = lint(text)
    assert found(diags) == [(1, 1, "captions.missing-credit")]
    only_html = Config(select=("captions",),
                       options=(("captions.missing-credit", "formats: [html]\n"),))
    _, diags = lint(text, config=only_html)
    assert diags == []
    path = builtin_rules_dir() / "captions" / "missing-credit.yaml"
    with pytest.raises(RuleError, match="unknown format 'pdf'"):
        load_rule("captions.missing-credit", path, {"formats": ["pdf"]})


def test_missing_alt_flags_only_images_without_alt():
    doc = Document("x.html", "<img src=a.jpg><img src=b.png alt=''>", "html")
    doc.add(Part("alt", "", ((0, 0),), attrs={"src": "a.jpg", "missing": True,
                                               "decorative": False}))
    doc.add(Part("alt", "", ((15, 35),), attrs={"src": "b.png", "missing": False,
                                                "decorative": True}))
    diags = lint_document(doc, active_rules(CAPTIONS), CAPTIONS).diagnostics
    assert found(diags) == [(1, 1, "captions.missing-alt")] and "'a.jpg'" in diags[0].message
    assert diags[0].fix is None


def test_a_newsroom_can_add_an_agency(tmp_path, monkeypatch):
    data = tmp_path / "credits.yaml"
    with open(cg.DATA_FILE, encoding="utf-8") as fh:    # a path string (no pathlib at start-up)
        shipped = fh.read()
    data.write_text(shipped.replace(
        "agencies:\n", "agencies:\n  - Delta Wire Service\n"), encoding="utf-8")
    text = "Crews clear the road. (Delta Wire Service)"
    assert cr.find_credit(text) is None
    monkeypatch.setattr(cg, "DATA_FILE", data)
    caches = (cg.vocabulary, cg.grammar, caption_lines.caption_line_pattern)
    for cached in caches:
        cached.cache_clear()
    try:
        assert cr.find_credit(text) == (22, 42)
        assert CAPTION_LINE.match("Delta Wire Service")
    finally:
        monkeypatch.undo()
        for cached in caches:
            cached.cache_clear()


def test_blank_marked_up_credit_is_empty_at_its_position():
    src = ("---\ntitle: Levee holds\nimage:\n  src: levee.jpg\n  alt: Sandbags on a levee\n"
           "  caption: Volunteers stack sandbags.\n  credit: \"\"\n---\n\nThe levee held.\n")
    _, diags = lint(src, "story.md")
    assert found(diags) == [(7, 12, "captions.empty-credit")]  # between the quotes
    assert "the credit is blank" in diags[0].message


def test_long_caption_finds_its_trailing_credit_only_near_the_end():
    body = "Crews clear the road near the bridge. " * 80
    assert cr.find_credit(body) is None
    text = body + "(AP Photo/Maria Okafor)"
    assert cr.find_credit(text) == (len(body), len(text))
    # a credit far from the end belongs to the prose, not to the caption's end
    assert cr.find_credit("Crews work. (AP Photo/Maria Okafor) " + body) is None


def test_a_spaced_slash_before_a_label_parts_two_credits():
    figure = ('<figure><img src="c.jpg" alt="{alt}"><figcaption>{cap} '
              '<span class="credit">{credit}</span></figcaption></figure>')
    src = ("<h1>Ferry books</h1><p>The board voted on the ferry books today.</p>"
           + figure.format(alt="Two covers", cap="The covers.", credit="L: Ferry House / R: Pier Books")
           + figure.format(alt="A ferry", cap="A ferry.", credit="Ana Ruiz / Pier Books"))
    _, diags = lint(src, "story.html", Config(select=("captions.malformed-credit",)))
    assert [d.snippet for d in diags] == [" / "] and diags[0].column == src.index("Ruiz / ") + 5


def test_a_stop_glued_to_a_credit_is_one_finding_the_run_ons():
    # "phenomenon.Credit" drew hygiene.missing-space and captions.run-on at once;
    # the run-on names the fault (a credit run on), so missing-space yields to it.
    select = Config(select=("captions.run-on", "hygiene.missing-space"))
    cap = "Lights\n\nResidents photographed the phenomenon.Credit: Jane Roe/AP\n\nThe lights were seen.\n"
    doc = read_bytes("a.txt", cap.encode())
    diags = lint_document(doc, active_rules(select), select).diagnostics
    assert [d.rule for d in diags] == ["captions.run-on"]
    # in a paragraph, with no run-on to yield to, the missing space is still found
    body = "Lights\n\nResidents saw the phenomenon.Credit card use rose, they said on Tuesday night.\n"
    diags = lint_document(read_bytes("b.txt", body.encode()), active_rules(select), select).diagnostics
    assert [d.rule for d in diags] == ["hygiene.missing-space"]


def test_a_finding_never_yields_to_a_suppressed_one():
    # the writer switched the run-on off for this caption: the missing space is
    # then the one finding left, not dropped with it.
    select = Config(select=("captions.run-on", "hygiene.missing-space"))
    page = ("<h1>Lights</h1><p>The lights were seen on Tuesday.</p>\n{}<figure><img src='a.jpg' alt='Lights'>"
            "<figcaption>Residents photographed the phenomenon.Credit: Jane Roe/AP</figcaption></figure>\n")
    diags = lint_document(read_bytes("a.html", page.format("").encode()), active_rules(select), select).diagnostics
    assert [d.rule for d in diags] == ["captions.run-on"]
    off = page.format("<!-- newslint-disable-next-line captions.run-on -->\n")
    diags = lint_document(read_bytes("a.html", off.encode()), active_rules(select), select).diagnostics
    assert [d.rule for d in diags] == ["hygiene.missing-space"]


def test_yields_to_must_name_rules(tmp_path):
    rule = tmp_path / "house" / "x.yaml"
    rule.parent.mkdir()
    rule.write_text('extends: existence\nmessage: "Avoid %s."\ntokens: [very]\nyields-to: run-on\n')
    with pytest.raises(RuleError, match="yields-to.*list of rule ids|list of rule ids"):
        load_rule("house.x", rule)
